// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeCategory.h"

#include <QObject>

#include <utility>

namespace jurybox::ui {

ChangeCategory::ChangeCategory(store::AwardFile& file, const Category& before, Category after)
    : RecordCommand(file, before, std::move(after), QObject::tr("change category \"%1\"").arg(before.name)) {}

} // namespace jurybox::ui
