// SPDX-License-Identifier: Apache-2.0
#include "core/store/ConflictStore.h"

#include "core/db/Statement.h"

namespace jurybox::store {

namespace {

Conflict read(const db::Statement& st) {
    return {st.integer(0), st.integer(1), st.text(2),
            conflictStatusFromString(st.text(3)).value_or(ConflictStatus::Confirmed)};
}

} // namespace

std::vector<Conflict> ConflictStore::all() {
    db::Statement st = m_db.prepare("SELECT c.judge_id, c.submission_id, c.reason, c.status FROM conflict c "
                                    "JOIN judge j ON j.id = c.judge_id JOIN submission s ON s.id = c.submission_id "
                                    "ORDER BY j.ref, s.ref");
    std::vector<Conflict> out;
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::optional<Conflict> ConflictStore::find(Id judgeId, Id submissionId) {
    db::Statement st = m_db.prepare(
        "SELECT judge_id, submission_id, reason, status FROM conflict WHERE judge_id = ? AND submission_id = ?");
    st.bind(1, judgeId).bind(2, submissionId);
    if (st.step())
        return read(st);
    return std::nullopt;
}

bool ConflictStore::blocks(Id judgeId, Id submissionId) {
    const auto c = find(judgeId, submissionId);
    return c && c->blocks();
}

std::set<std::pair<Id, Id>> ConflictStore::blockingPairs() {
    db::Statement st = m_db.prepare("SELECT judge_id, submission_id FROM conflict WHERE status = 'confirmed'");
    std::set<std::pair<Id, Id>> pairs;
    while (st.step())
        pairs.emplace(st.integer(0), st.integer(1));
    return pairs;
}

void ConflictStore::put(const Conflict& c) {
    m_db.prepare(
            "INSERT INTO conflict (judge_id, submission_id, reason, status) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (judge_id, submission_id) DO UPDATE SET reason = excluded.reason, status = excluded.status")
        .bind(1, c.judgeId)
        .bind(2, c.submissionId)
        .bind(3, c.reason)
        .bind(4, toString(c.status))
        .run();
}

void ConflictStore::remove(Id judgeId, Id submissionId) {
    m_db.prepare("DELETE FROM conflict WHERE judge_id = ? AND submission_id = ?")
        .bind(1, judgeId)
        .bind(2, submissionId)
        .run();
}

} // namespace jurybox::store
