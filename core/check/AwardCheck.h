// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QStringList>

namespace jurybox::check {

/// Runs SQLite's integrity and foreign-key checks and the award's own invariants (scores within their scales,
/// no scorecard or assignment for a conflicted pair, every score on a criterion of the entry's category, an intact
/// audit trail).
/// Returns one readable line per problem; empty when everything holds.
QStringList checkAward(store::AwardFile& award);

} // namespace jurybox::check
