// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Category.h"
#include "core/store/AwardFile.h"

namespace jurybox::edit {

/// Renames the category with `category.id` and sets its description. Names are required and unique. One transaction,
/// audited as "edit"; false when nothing changes. The name is a tally input: while a sign-off stands a rename throws
/// ConflictError naming it (the description stays editable).
bool changeCategory(store::AwardFile& file, const Category& category);

/// Sets name, description, weight, scale and level descriptors of the criterion with `criterion.id` (its category and
/// position stay). Validated like the criteria import: the name is required and unique within the category, weight
/// > 0, scale min < max with every stored score inside it, each descriptor's level within the scale, once, with a
/// text. Throws InputError naming the criterion, the field, the value and the rule. Name, weight and scale are tally
/// inputs: while a sign-off stands, changing them throws ConflictError naming it. One transaction, audited as "edit".
bool changeCriterion(store::AwardFile& file, const Criterion& criterion);

} // namespace jurybox::edit
