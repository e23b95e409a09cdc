// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Scorecard.h"

#include <optional>
#include <vector>

namespace jurybox::store {

/// Scorecards and their per-criterion values.
class ScorecardStore {
public:
    explicit ScorecardStore(db::Database& db)
        : m_db(db) {}

    /// Every scorecard (or those of one round) with its values, ordered by round, judge ref, submission ref.
    std::vector<Scorecard> all(std::optional<Id> roundId = std::nullopt);
    std::optional<Scorecard> find(Id judgeId, Id submissionId, Id roundId);
    /// The round's scorecards without their values or comments (judge, submission, status): one cheap query for
    /// overviews such as the assignment matrix.
    std::vector<Scorecard> statuses(Id roundId);
    /// One judge's scorecards of a round (through the (round, judge, submission) index: cheap in a large award).
    std::vector<Scorecard> ofJudge(Id judgeId, Id roundId);
    /// Inserts a new scorecard (id 0) or replaces an existing one's fields and values; returns its id.
    Id save(const Scorecard& scorecard);
    /// The stored signature of a scorecard (empty when unsigned).
    QByteArray signature(Id scorecardId);
    void setSignature(Id scorecardId, const QByteArray& signature);

private:
    std::vector<Scorecard> query(std::optional<Id> roundId, std::optional<Id> judgeId, std::optional<Id> submissionId);

    db::Database& m_db;
};

} // namespace jurybox::store
