// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/edit/AwardEdit.h"
#include "ui/undo/AwardCommand.h"

namespace jurybox::ui {

/// Undoable change of a prize tier's name and minimum score (edit::changeTier).
class ChangeTier : public RecordCommand<Tier, &edit::changeTier> {
public:
    ChangeTier(store::AwardFile& file, const Tier& before, Tier after);
};

} // namespace jurybox::ui
