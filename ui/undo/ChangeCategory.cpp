// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeCategory.h"

#include <QObject>

namespace jurybox::ui {

ChangeCategory::ChangeCategory(store::AwardFile& file, Category before, Category after)
    : RecordCommand(file, before, after, QObject::tr("change category \"%1\"").arg(before.name)) {}

} // namespace jurybox::ui
