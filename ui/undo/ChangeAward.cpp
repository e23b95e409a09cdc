// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/ChangeAward.h"

#include <QObject>

namespace jurybox::ui {

ChangeAward::ChangeAward(store::AwardFile& file, Award before, Award after)
    : RecordCommand(file, std::move(before), std::move(after), QObject::tr("change the award's details")) {}

} // namespace jurybox::ui
