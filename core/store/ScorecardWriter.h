// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/domain/Scorecard.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace jurybox::store {

/// Writes many scorecards with statements prepared once: what imports and merges use inside their transaction.
class ScorecardWriter {
public:
    explicit ScorecardWriter(db::Database& db);

    /// Inserts a new scorecard (id 0) or replaces an existing one's fields and values; returns its id.
    Id save(const Scorecard& scorecard);
    /// The same, and stores the scorecard's package signature with it (nullopt: an insert has none, an update
    /// keeps the one stored).
    Id save(const Scorecard& scorecard, const std::optional<QByteArray>& signature);
    /// Inserts new scorecards (ids 0) with many rows per statement: a bulk import runs a few thousand statements
    /// instead of two per scorecard. The rows get the ids SQLite would have given them one by one. `signatures` is
    /// empty (the scorecards are unsigned) or holds each scorecard's package signature, in the same order.
    void insertAll(const std::vector<Scorecard>& scorecards, const std::vector<QByteArray>& signatures = {});

private:
    db::Database& m_db;
    db::Statement m_insert;
    db::Statement m_update;
    db::Statement m_clearValues;
    db::Statement m_insertValue;
    /// Inserts kBatch values in one statement: one statement run per scorecard instead of one per value.
    static constexpr int kBatch = 6;
    db::Statement m_insertValues;
    /// insertAll's statements, prepared on first use.
    static constexpr int kCardBatch = 32;
    static constexpr int kValueBatch = 128;
    std::optional<db::Statement> m_insertCards;
    std::optional<db::Statement> m_insertCard;
    std::optional<db::Statement> m_insertValueRows;
};

} // namespace jurybox::store
