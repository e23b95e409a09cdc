// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeTier.h"

#include <QObject>

namespace jurybox::ui {

ChangeTier::ChangeTier(store::AwardFile& file, Tier before, Tier after)
    : RecordCommand(file, before, after, QObject::tr("change tier \"%1\"").arg(before.name)) {}

} // namespace jurybox::ui
