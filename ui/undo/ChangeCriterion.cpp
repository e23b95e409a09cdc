// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeCriterion.h"

#include <QObject>

namespace jurybox::ui {

ChangeCriterion::ChangeCriterion(store::AwardFile& file, Criterion before, Criterion after)
    : RecordCommand(file, before, after, QObject::tr("change criterion \"%1\"").arg(before.name)) {}

} // namespace jurybox::ui
