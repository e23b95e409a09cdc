// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/domain/Scorecard.h"

#include <QByteArray>

#include <optional>

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

private:
    db::Database& m_db;
    db::Statement m_insert;
    db::Statement m_update;
    db::Statement m_clearValues;
    db::Statement m_insertValue;
    /// Inserts kBatch values in one statement: one statement run per scorecard instead of one per value.
    static constexpr int kBatch = 6;
    db::Statement m_insertValues;
};

} // namespace jurybox::store
