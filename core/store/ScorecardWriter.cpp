// SPDX-License-Identifier: Apache-2.0
#include "core/store/ScorecardWriter.h"

#include <algorithm>

namespace jurybox::store {

ScorecardWriter::ScorecardWriter(db::Database& db)
    : m_db(db)
    , m_insert(db.prepare("INSERT INTO scorecard (judge_id, submission_id, round_id, comment, status, revision, "
                          "created_at, updated_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_update(db.prepare("UPDATE scorecard SET comment = ?, status = ?, revision = ?, created_at = ?, "
                          "updated_at = ?, signature = COALESCE(?, signature) WHERE id = ?"))
    , m_clearValues(db.prepare("DELETE FROM score WHERE scorecard_id = ?"))
    , m_insertValue(db.prepare("INSERT INTO score (scorecard_id, criterion_id, value) VALUES (?, ?, ?)"))
    , m_insertValues(db.prepare("INSERT INTO score (scorecard_id, criterion_id, value) VALUES (?, ?, ?), (?, ?, ?), "
                                "(?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?)")) {}

Id ScorecardWriter::save(const Scorecard& sc) {
    return save(sc, std::nullopt);
}

Id ScorecardWriter::save(const Scorecard& sc, const std::optional<QByteArray>& signature) {
    // The signature goes in with the row: a separate UPDATE per scorecard compiled and ran the freeze trigger
    // again (a sixth of a 200-package merge).
    const auto bindSignature = [&](db::Statement& st, int index) {
        if (signature)
            st.bind(index, *signature);
        else
            st.bindNull(index);
    };
    Id id = sc.id;
    if (id == 0) {
        bindSignature(m_insert, 9);
        m_insert.bind(1, sc.judgeId)
            .bind(2, sc.submissionId)
            .bind(3, sc.roundId)
            .bind(4, sc.comment)
            .bind(5, toString(sc.status))
            .bind(6, std::max(sc.revision, 1))
            .bind(7, sc.createdAt)
            .bind(8, sc.updatedAt)
            .run();
        id = m_db.lastInsertId();
    } else {
        bindSignature(m_update, 6);
        m_update.bind(1, sc.comment)
            .bind(2, toString(sc.status))
            .bind(3, std::max(sc.revision, 1))
            .bind(4, sc.createdAt)
            .bind(5, sc.updatedAt)
            .bind(7, id)
            .run();
        m_clearValues.bind(1, id).run();
    }
    auto it = sc.values.begin();
    for (auto left = sc.values.size(); left >= kBatch; left -= kBatch) {
        for (int k = 0; k < kBatch; ++k, ++it)
            m_insertValues.bind(3 * k + 1, id).bind(3 * k + 2, it->first).bind(3 * k + 3, it->second);
        m_insertValues.run();
    }
    for (; it != sc.values.end(); ++it)
        m_insertValue.bind(1, id).bind(2, it->first).bind(3, it->second).run();
    return id;
}

} // namespace jurybox::store
