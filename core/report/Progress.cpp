// SPDX-License-Identifier: Apache-2.0
#include "core/report/Progress.h"

#include "core/db/Statement.h"

namespace jurybox::report {

namespace {

std::vector<ProgressRow> query(store::AwardFile& file, Id roundId, const char* sql) {
    db::Statement st = file.db().prepare(sql);
    st.bind(1, roundId);
    std::vector<ProgressRow> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), static_cast<int>(st.integer(2)), static_cast<int>(st.integer(3)),
                       static_cast<int>(st.integer(4))});
    return out;
}

} // namespace

std::vector<ProgressRow> judgeProgress(store::AwardFile& file, Id roundId) {
    return query(file, roundId,
                 "SELECT j.name, j.ref, "
                 "(SELECT COUNT(*) FROM assignment a WHERE a.judge_id = j.id AND a.round_id = ?1), "
                 "(SELECT COUNT(*) FROM scorecard s WHERE s.judge_id = j.id AND s.round_id = ?1), "
                 "(SELECT COUNT(*) FROM scorecard s WHERE s.judge_id = j.id AND s.round_id = ?1 "
                 "AND s.status = 'submitted') FROM judge j ORDER BY j.ref");
}

std::vector<ProgressRow> categoryProgress(store::AwardFile& file, Id roundId) {
    return query(file, roundId,
                 "SELECT c.name, '', "
                 "(SELECT COUNT(*) FROM assignment a JOIN submission s ON s.id = a.submission_id "
                 "WHERE s.category_id = c.id AND a.round_id = ?1), "
                 "(SELECT COUNT(*) FROM scorecard sc JOIN submission s ON s.id = sc.submission_id "
                 "WHERE s.category_id = c.id AND sc.round_id = ?1), "
                 "(SELECT COUNT(*) FROM scorecard sc JOIN submission s ON s.id = sc.submission_id "
                 "WHERE s.category_id = c.id AND sc.round_id = ?1 AND sc.status = 'submitted') "
                 "FROM category c ORDER BY c.position");
}

} // namespace jurybox::report
