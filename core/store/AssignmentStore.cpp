// SPDX-License-Identifier: Apache-2.0
#include "core/store/AssignmentStore.h"

#include "core/db/Statement.h"

namespace jurybox::store {

std::vector<Assignment> AssignmentStore::all(std::optional<Id> roundId) {
    db::Statement st = m_db.prepare("SELECT a.judge_id, a.submission_id, a.round_id FROM assignment a "
                                    "JOIN round r ON r.id = a.round_id JOIN judge j ON j.id = a.judge_id "
                                    "JOIN submission s ON s.id = a.submission_id "
                                    "WHERE ?1 IS NULL OR a.round_id = ?1 ORDER BY r.position, j.ref, s.ref");
    if (roundId)
        st.bind(1, *roundId);
    std::vector<Assignment> out;
    while (st.step())
        out.push_back({st.integer(0), st.integer(1), st.integer(2)});
    return out;
}

std::vector<Assignment> AssignmentStore::unordered() {
    db::Statement st = m_db.prepare("SELECT judge_id, submission_id, round_id FROM assignment");
    std::vector<Assignment> out;
    while (st.step())
        out.push_back({st.integer(0), st.integer(1), st.integer(2)});
    return out;
}

bool AssignmentStore::exists(const Assignment& a) {
    db::Statement st =
        m_db.prepare("SELECT 1 FROM assignment WHERE judge_id = ? AND submission_id = ? AND round_id = ?");
    st.bind(1, a.judgeId).bind(2, a.submissionId).bind(3, a.roundId);
    return st.step();
}

bool AssignmentStore::add(const Assignment& a) {
    m_db.prepare("INSERT OR IGNORE INTO assignment (judge_id, submission_id, round_id) VALUES (?, ?, ?)")
        .bind(1, a.judgeId)
        .bind(2, a.submissionId)
        .bind(3, a.roundId)
        .run();
    return m_db.changes() > 0;
}

void AssignmentStore::remove(const Assignment& a) {
    m_db.prepare("DELETE FROM assignment WHERE judge_id = ? AND submission_id = ? AND round_id = ?")
        .bind(1, a.judgeId)
        .bind(2, a.submissionId)
        .bind(3, a.roundId)
        .run();
}

} // namespace jurybox::store
