// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Award.h"

#include <optional>
#include <vector>

namespace jurybox::store {

/// The award record, its prize tiers and its judging rounds.
class AwardStore {
public:
    explicit AwardStore(db::Database& db)
        : m_db(db) {}

    Award award();
    void updateAward(const Award& award);

    /// Tiers in award order (Best first).
    std::vector<Tier> tiers();
    Id addTier(const QString& name, std::optional<double> minimumScore = std::nullopt);
    void setTierMinimum(Id tierId, std::optional<double> minimumScore);

    /// Rounds in order.
    std::vector<Round> rounds();
    std::optional<Round> roundByName(const QString& name);
    /// The last open round; nullopt when every round is closed.
    std::optional<Round> currentRound();
    Id addRound(const QString& name);
    void setRoundOpen(Id roundId, bool open);

private:
    db::Database& m_db;
};

} // namespace jurybox::store
