// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

namespace jurybox::award {

/// Builds the embedded demo award: the 2nd WeGO Awards 2014 (its categories, judging panel and prize-winning cities,
/// with invented scores). An empty path builds it in memory. Refuses to overwrite an existing file.
store::AwardFile createDemoAward(const QString& path);

} // namespace jurybox::award
