// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Award.h"
#include "core/store/AwardFile.h"

namespace jurybox::edit {

/// Changes the award's name, year and organiser (its uuid never changes). One transaction, audited as "edit"; returns
/// false and writes nothing when nothing changes. Throws InputError naming the field, the value and the rule: the name
/// is required and the year lies between 1900 and 2100. Not a tally input, so allowed while a sign-off stands.
bool changeAward(store::AwardFile& file, const Award& award);

/// Renames the tier with `tier.id` and sets its optional minimum score (0–100, on the weighted-mean scale). Names
/// are required and unique. Tiers decide the tally: while a sign-off stands, throws ConflictError naming it.
bool changeTier(store::AwardFile& file, const Tier& tier);

} // namespace jurybox::edit
