// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Award.h"
#include "core/store/AwardFile.h"
#include "core/tally/TallyResult.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace jurybox::signoff {

/// A frozen tally: how it was computed, what it decided, and a SHA-256 digest over its inputs and results.
struct Signoff {
    Id id = 0;
    Round round;
    QString method;
    /// trim and quorum, as compact JSON.
    QString parameters;
    /// The tally as the JSON contract of `jurybox-cli tally --format json`, compact.
    QString results;
    QString digest;
    QString signedBy;
    QString signedAt;
    QString revokedBy;
    QString revokedAt;

    bool active() const { return revokedAt.isEmpty(); }
    /// "round "Final" signed off by Ana Lima on 2026-11-20 (weighted-mean, digest 3f2a9c…)".
    QString describe() const;
};

/// Tallies the round with the options and freezes the result: from then on the database refuses every change that
/// would alter this round's tally (scores, scorecards, assignments, conflicts, criteria, tiers, submission statuses)
/// until the sign-off is revoked. One transaction, audited. Throws ConflictError when the round is signed off already.
Signoff signOff(store::AwardFile& file, const tally::TallyOptions& options, const QString& by);

/// Lifts the round's active sign-off (kept in the file, marked revoked); audited. Throws Error when there is none.
Signoff revoke(store::AwardFile& file, std::optional<Id> roundId, const QString& by);

/// The round's active sign-off, if any.
std::optional<Signoff> activeSignoff(db::Database& db, Id roundId);
/// Every sign-off of the award, oldest first (revoked ones included).
std::vector<Signoff> allSignoffs(db::Database& db);

/// Throws ConflictError naming the sign-off when a change to the tally inputs of `roundId` (or of any round, when
/// nullopt: criteria, tiers, submissions and conflicts are shared) would be refused. Call before writing, so the user
/// gets this message rather than the database's.
void ensureNotFrozen(db::Database& db, std::optional<Id> roundId = std::nullopt);

/// For `check`: every active sign-off's digest recomputed from the file's current inputs and its stored results,
/// and its results compared with a fresh tally. One line per problem; empty when all hold.
QStringList verify(store::AwardFile& file);

/// SHA-256 (hex) over a canonical encoding of the round's tally inputs and the results text.
QString digestOf(store::AwardFile& file, Id roundId, const QString& parameters, const QString& results);

} // namespace jurybox::signoff
