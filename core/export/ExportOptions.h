// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/signoff/Signoff.h"
#include "core/tally/ScoreMatrix.h"
#include "core/tally/TallyResult.h"

#include <QString>

#include <optional>

namespace jurybox::exports {

/// Which round to export and how to tally it. Unset method, trim or quorum: the round's active sign-off's, else the
/// defaults (weighted-mean, trim 1, quorum 3) — so a signed-off round exports its frozen result without being asked.
struct ExportOptions {
    /// Default: the current (last open) round, else the last round.
    std::optional<Id> roundId;
    std::optional<tally::Method> method;
    std::optional<int> trim;
    std::optional<int> quorum;
    /// The handbook's language ("en", "ko", "es"); empty: the default QLocale's language where the handbook has a
    /// translation, else English. The tables, CSV and JSON never depend on it.
    QString language;
};

/// The tally options an export uses for a round, and the round's sign-off.
struct ExportTally {
    tally::TallyOptions options;
    std::optional<signoff::Signoff> signoff;
    /// True when the options are exactly the sign-off's (method, trim, quorum): its digest vouches for the result.
    bool matchesSignoff = false;
};

/// Resolves the options for the loaded round (robustness on, every category).
ExportTally exportTally(store::AwardFile& file, const tally::ScoreMatrix& matrix, const ExportOptions& options);

} // namespace jurybox::exports
