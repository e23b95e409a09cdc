// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/edit/CriterionEdit.h"
#include "ui/undo/AwardCommand.h"

namespace jurybox::ui {

/// Undoable change of a criterion's name, description, weight, scale and descriptors (edit::changeCriterion).
class ChangeCriterion : public RecordCommand<Criterion, &edit::changeCriterion> {
public:
    ChangeCriterion(store::AwardFile& file, const Criterion& before, Criterion after);
};

} // namespace jurybox::ui
