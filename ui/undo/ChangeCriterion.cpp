// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeCriterion.h"

#include <QObject>

#include <utility>

namespace jurybox::ui {

ChangeCriterion::ChangeCriterion(store::AwardFile& file, const Criterion& before, Criterion after)
    : RecordCommand(file, before, std::move(after), QObject::tr("change criterion \"%1\"").arg(before.name)) {}

} // namespace jurybox::ui
