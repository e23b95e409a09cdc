// SPDX-License-Identifier: Apache-2.0
#include "core/signoff/TallyInputs.h"

#include "core/db/Statement.h"

namespace jurybox::signoff {

TallyInputs::TallyInputs(db::Database& db, Id roundId) {
    // Each query is one section; ?1 is the round wherever a section depends on it.
    addQuery(db, "SELECT uuid FROM award", roundId);
    addQuery(db, "SELECT id, name FROM round WHERE id = ?1", roundId);
    addQuery(db, "SELECT id, position, name FROM category ORDER BY id", roundId);
    addQuery(db, "SELECT id, category_id, position, name, weight, scale_min, scale_max FROM criterion ORDER BY id",
             roundId);
    addQuery(db, "SELECT position, name, min_score FROM tier ORDER BY position", roundId);
    // Judges' and entries' names and texts are not inputs: the results carry the refs, titles and cities they print.
    addQuery(db, "SELECT id, ref, category_id, status FROM submission ORDER BY id", roundId);
    addQuery(db, "SELECT judge_id, submission_id FROM conflict WHERE status = 'confirmed' ORDER BY 1, 2", roundId);
    addQuery(db, "SELECT judge_id, submission_id FROM assignment WHERE round_id = ?1 ORDER BY 1, 2", roundId);
    addQuery(db, "SELECT id, judge_id, submission_id, status, revision FROM scorecard WHERE round_id = ?1 ORDER BY id",
             roundId);
    addQuery(db,
             "SELECT v.scorecard_id, v.criterion_id, v.value FROM score v JOIN scorecard sc ON sc.id = v.scorecard_id "
             "WHERE sc.round_id = ?1 ORDER BY 1, 2",
             roundId);
}

void TallyInputs::add(const QString& field) {
    const QByteArray utf8 = field.toUtf8();
    m_hash.addData(QByteArray::number(utf8.size()) + ':');
    m_hash.addData(utf8);
}

QString TallyInputs::hex() {
    return QString::fromLatin1(m_hash.result().toHex());
}

void TallyInputs::addQuery(db::Database& db, const char* sql, Id roundId) {
    db::Statement st = db.prepare(sql);
    if (QByteArray(sql).contains("?1"))
        st.bind(1, roundId);
    add(QString::fromLatin1(sql)); // the section header: a row cannot slide from one section into the next
    while (st.step()) {
        m_hash.addData("(");
        // SQLite renders every value (REAL included) as the same text for the same stored value.
        for (int c = 0; c < st.columnCount(); ++c)
            add(st.isNull(c) ? QStringLiteral("NULL") : st.text(c));
        m_hash.addData(")");
    }
}

} // namespace jurybox::signoff
