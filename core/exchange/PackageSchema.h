// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace jurybox::exchange {

/// `PRAGMA user_version` of the judge package format this Jurybox writes and reads.
inline constexpr int kPackageVersion = 1;

/// The tables of a `.jurypkg`: the award definition, one judge's entries and that judge's own scorecards.
/// Documented in README.md ("Offline judging").
const char* packageSchema();

} // namespace jurybox::exchange
