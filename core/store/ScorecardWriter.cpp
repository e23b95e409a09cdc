// SPDX-License-Identifier: Apache-2.0
#include "core/store/ScorecardWriter.h"

#include <algorithm>
#include <array>

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

namespace {

constexpr const char* kCardColumns = "INSERT INTO scorecard (id, judge_id, submission_id, round_id, comment, status, "
                                     "revision, created_at, updated_at, signature)";
constexpr int kCardWidth = 10;

/// The UTF-8 of a batch's text columns, bound without copies: the rows of a bulk write mostly share their status and
/// times, which are then encoded once. Every encoding a bound row uses stays alive until release(), after the run
/// (a moved QByteArray keeps its bytes where they were). If a run fails, the statement keeps pointers into released
/// bytes; nothing reads them, as every row of the next batch binds all its parameters before it runs.
class BatchText {
public:
    const QByteArray& utf8(std::size_t column, const QString& text) {
        Column& c = m_columns.at(column);
        if (!c.encoded || c.text != text) {
            if (c.encoded)
                m_bound.push_back(std::move(c.utf8));
            c.text = text;
            c.utf8 = text.toUtf8();
            c.encoded = true;
        }
        return c.utf8;
    }
    /// After the statement has run: only the latest encoding of each column can still be bound again.
    void release() { m_bound.clear(); }

private:
    struct Column {
        QString text;
        QByteArray utf8;
        bool encoded = false;
    };
    std::array<Column, 4> m_columns;
    std::vector<QByteArray> m_bound;
};

} // namespace

void ScorecardWriter::insertAll(const std::vector<Scorecard>& scorecards, const std::vector<QByteArray>& signatures) {
    Q_ASSERT(signatures.empty() || signatures.size() == scorecards.size());
    if (scorecards.empty())
        return;
    if (!m_insertCards) {
        m_insertCards = m_db.prepare(db::multiRowInsert(kCardColumns, kCardWidth, kCardBatch).constData());
        m_insertCard = m_db.prepare(db::multiRowInsert(kCardColumns, kCardWidth, 1).constData());
        m_insertValueRows = m_db.prepare(
            db::multiRowInsert("INSERT INTO score (scorecard_id, criterion_id, value)", 3, kValueBatch).constData());
    }
    // Explicit ids, max + 1 onwards as SQLite assigns them, so the values can be batched without lastInsertId.
    db::Statement maxId = m_db.prepare("SELECT COALESCE(MAX(id), 0) FROM scorecard");
    maxId.step();
    const Id first = maxId.integer(0) + 1;

    BatchText texts;
    const auto bindCard = [&scorecards, &signatures, &texts](db::Statement& st, int row, Id id, std::size_t index) {
        const Scorecard& sc = scorecards[index];
        const int p = row * kCardWidth;
        if (signatures.empty())
            st.bindNull(p + 10);
        else
            st.bind(p + 10, signatures[index]);
        st.bind(p + 1, id)
            .bind(p + 2, sc.judgeId)
            .bind(p + 3, sc.submissionId)
            .bind(p + 4, sc.roundId)
            .bindUtf8(p + 5, texts.utf8(0, sc.comment))
            .bindUtf8(p + 6, texts.utf8(1, toString(sc.status)))
            .bind(p + 7, std::max(sc.revision, 1))
            .bindUtf8(p + 8, texts.utf8(2, sc.createdAt))
            .bindUtf8(p + 9, texts.utf8(3, sc.updatedAt));
    };
    std::size_t i = 0;
    for (; i + kCardBatch <= scorecards.size(); i += kCardBatch) {
        for (int r = 0; r < kCardBatch; ++r)
            bindCard(*m_insertCards, r, first + static_cast<Id>(i) + r, i + static_cast<std::size_t>(r));
        m_insertCards->run();
        texts.release();
    }
    for (; i < scorecards.size(); ++i) {
        bindCard(*m_insertCard, 0, first + static_cast<Id>(i), i);
        m_insertCard->run();
        texts.release();
    }

    struct ValueRow {
        Id scorecard;
        Id criterion;
        double value;
    };
    std::vector<ValueRow> rows;
    for (std::size_t c = 0; c < scorecards.size(); ++c)
        for (const auto& [criterionId, value] : scorecards[c].values)
            rows.push_back({first + static_cast<Id>(c), criterionId, value});
    std::size_t v = 0;
    for (; v + kValueBatch <= rows.size(); v += kValueBatch) {
        for (int r = 0; r < kValueBatch; ++r) {
            const ValueRow& row = rows[v + static_cast<std::size_t>(r)];
            m_insertValueRows->bind(3 * r + 1, row.scorecard).bind(3 * r + 2, row.criterion).bind(3 * r + 3, row.value);
        }
        m_insertValueRows->run();
    }
    for (; v < rows.size(); ++v)
        m_insertValue.bind(1, rows[v].scorecard).bind(2, rows[v].criterion).bind(3, rows[v].value).run();
}

} // namespace jurybox::store
