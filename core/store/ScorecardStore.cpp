// SPDX-License-Identifier: Apache-2.0
#include "core/store/ScorecardStore.h"

#include "core/db/Statement.h"
#include "core/store/ScorecardWriter.h"

#include <unordered_map>

namespace jurybox::store {

std::vector<Scorecard> ScorecardStore::query(std::optional<Id> roundId, std::optional<Id> judgeId,
                                             std::optional<Id> submissionId) {
    db::Statement st =
        m_db.prepare("SELECT sc.id, sc.judge_id, sc.submission_id, sc.round_id, sc.comment, sc.status, sc.revision, "
                     "sc.created_at, sc.updated_at FROM scorecard sc JOIN round r ON r.id = sc.round_id "
                     "JOIN judge j ON j.id = sc.judge_id JOIN submission s ON s.id = sc.submission_id "
                     "WHERE (?1 IS NULL OR sc.round_id = ?1) AND (?2 IS NULL OR sc.judge_id = ?2) "
                     "AND (?3 IS NULL OR sc.submission_id = ?3) ORDER BY r.position, j.ref, s.ref");
    if (roundId)
        st.bind(1, *roundId);
    if (judgeId)
        st.bind(2, *judgeId);
    if (submissionId)
        st.bind(3, *submissionId);
    std::vector<Scorecard> out;
    std::unordered_map<Id, std::size_t> index;
    while (st.step()) {
        Scorecard sc;
        sc.id = st.integer(0);
        sc.judgeId = st.integer(1);
        sc.submissionId = st.integer(2);
        sc.roundId = st.integer(3);
        sc.comment = st.text(4);
        sc.status = scorecardStatusFromString(st.text(5)).value_or(ScorecardStatus::Draft);
        sc.revision = static_cast<int>(st.integer(6));
        sc.createdAt = st.text(7);
        sc.updatedAt = st.text(8);
        index.emplace(sc.id, out.size());
        out.push_back(std::move(sc));
    }
    if (out.empty())
        return out;
    db::Statement values = m_db.prepare(
        "SELECT v.scorecard_id, v.criterion_id, v.value FROM score v JOIN scorecard sc ON sc.id = v.scorecard_id "
        "WHERE (?1 IS NULL OR sc.round_id = ?1) AND (?2 IS NULL OR sc.judge_id = ?2) "
        "AND (?3 IS NULL OR sc.submission_id = ?3)");
    if (roundId)
        values.bind(1, *roundId);
    if (judgeId)
        values.bind(2, *judgeId);
    if (submissionId)
        values.bind(3, *submissionId);
    while (values.step()) {
        const auto it = index.find(values.integer(0));
        if (it != index.end())
            out[it->second].values.emplace(values.integer(1), values.real(2));
    }
    return out;
}

std::vector<Scorecard> ScorecardStore::ofJudge(Id judgeId, Id roundId) {
    db::Statement st = m_db.prepare("SELECT sc.id, sc.submission_id, sc.comment, sc.status, sc.revision, "
                                    "sc.created_at, sc.updated_at FROM scorecard sc "
                                    "WHERE sc.round_id = ? AND sc.judge_id = ? ORDER BY sc.submission_id");
    st.bind(1, roundId).bind(2, judgeId);
    db::Statement values = m_db.prepare("SELECT criterion_id, value FROM score WHERE scorecard_id = ?");
    std::vector<Scorecard> out;
    while (st.step()) {
        Scorecard sc;
        sc.id = st.integer(0);
        sc.judgeId = judgeId;
        sc.submissionId = st.integer(1);
        sc.roundId = roundId;
        sc.comment = st.text(2);
        sc.status = scorecardStatusFromString(st.text(3)).value_or(ScorecardStatus::Draft);
        sc.revision = static_cast<int>(st.integer(4));
        sc.createdAt = st.text(5);
        sc.updatedAt = st.text(6);
        values.bind(1, sc.id);
        while (values.step())
            sc.values.emplace(values.integer(0), values.real(1));
        values.reset();
        out.push_back(std::move(sc));
    }
    return out;
}

std::vector<Scorecard> ScorecardStore::all(std::optional<Id> roundId) {
    return query(roundId, std::nullopt, std::nullopt);
}

std::optional<Scorecard> ScorecardStore::find(Id judgeId, Id submissionId, Id roundId) {
    auto rows = query(roundId, judgeId, submissionId);
    return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

std::vector<Scorecard> ScorecardStore::statuses(Id roundId) {
    db::Statement st = m_db.prepare("SELECT judge_id, submission_id, status FROM scorecard WHERE round_id = ?");
    st.bind(1, roundId);
    std::vector<Scorecard> out;
    while (st.step()) {
        Scorecard s;
        s.judgeId = st.integer(0);
        s.submissionId = st.integer(1);
        s.roundId = roundId;
        s.status = scorecardStatusFromString(st.text(2)).value_or(ScorecardStatus::Draft);
        out.push_back(std::move(s));
    }
    return out;
}

Id ScorecardStore::save(const Scorecard& sc) {
    return ScorecardWriter(m_db).save(sc);
}

QByteArray ScorecardStore::signature(Id scorecardId) {
    db::Statement st = m_db.prepare("SELECT signature FROM scorecard WHERE id = ?");
    st.bind(1, scorecardId);
    return st.step() && !st.isNull(0) ? st.blob(0) : QByteArray();
}

void ScorecardStore::setSignature(Id scorecardId, const QByteArray& signature) {
    m_db.prepare("UPDATE scorecard SET signature = ? WHERE id = ?").bind(1, signature).bind(2, scorecardId).run();
}

} // namespace jurybox::store
