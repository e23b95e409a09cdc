// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/edit/CriterionEdit.h"
#include "ui/undo/AwardCommand.h"

namespace jurybox::ui {

/// Undoable change of a category's name and description (edit::changeCategory).
class ChangeCategory : public RecordCommand<Category, &edit::changeCategory> {
public:
    ChangeCategory(store::AwardFile& file, const Category& before, Category after);
};

} // namespace jurybox::ui
