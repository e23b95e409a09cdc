// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeTier.h"

#include <QObject>

#include <utility>

namespace jurybox::ui {

ChangeTier::ChangeTier(store::AwardFile& file, const Tier& before, Tier after)
    : RecordCommand(file, before, std::move(after), QObject::tr("change tier \"%1\"").arg(before.name)) {}

} // namespace jurybox::ui
