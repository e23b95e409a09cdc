// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"
#include "core/tally/ScoreMatrix.h"
#include "core/tally/TallyResult.h"

namespace jurybox::tally {

/// Tallies a round of an award (DESIGN.md §5): scorecard totals, the chosen method, quorum, ranks with tie-breaks,
/// tiers with minimums, and (unless switched off) robustness across methods and judges. Reads the award once.
/// Throws Error for options out of range (quorum < 1, trim < 0), an unknown round or category, or an award without
/// rounds.
TallyResult runTally(store::AwardFile& file, const TallyOptions& options = {});

/// The same on scores already loaded (one load can feed a tally and a reliability analysis). `options.roundId` is
/// ignored: the matrix holds one round.
TallyResult runTally(const ScoreMatrix& matrix, const TallyOptions& options = {});

} // namespace jurybox::tally
