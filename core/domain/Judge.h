// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Id.h"

#include <QString>

namespace jurybox {

/// A member of the judging panel. The access code is kept apart (JudgeStore::accessCode) so it never travels by
/// accident.
struct Judge {
    Id id = 0;
    QString ref;
    QString name;
    QString country;
    QString organisation;
    QString position;
    QString email;
};

} // namespace jurybox
