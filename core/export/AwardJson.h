// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/ExportOptions.h"
#include "core/store/AwardFile.h"

#include <QByteArray>
#include <QJsonObject>

namespace jurybox::exports {

/// The whole award as one JSON document (keys in README "Exports"): format and version, the award, tiers, rounds,
/// categories with their criteria and descriptors, submissions, judges (never access codes), conflicts,
/// assignments and scorecards of every round (by refs and names, not database ids), sign-offs, and the tally of the
/// exported round in the contract of `jurybox-cli tally --format json`. Numbers are numbers; what cannot be
/// computed is null, never NaN. Deterministic: the same award gives the same bytes.
QJsonObject awardJson(store::AwardFile& file, const ExportOptions& options = {});

/// awardJson() as indented UTF-8 text.
QByteArray awardJsonText(store::AwardFile& file, const ExportOptions& options = {});

} // namespace jurybox::exports
