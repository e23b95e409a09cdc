// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/edit/AwardEdit.h"
#include "ui/undo/AwardCommand.h"

namespace jurybox::ui {

/// Undoable change of the award's name, year and organiser (edit::changeAward).
class ChangeAward : public RecordCommand<Award, &edit::changeAward> {
public:
    ChangeAward(store::AwardFile& file, Award before, Award after);
};

} // namespace jurybox::ui
