// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tests/support/TestFiles.h"

#include <QString>

namespace jurybox::test {

/// An award made of the 2014 entries and panel with two judges per entry, and J1's package with its access code.
struct JudgePackage {
    TempDir dir;
    QString award;
    QString package;
    QString code;
};

void prepareJudgePackage(JudgePackage& s);

} // namespace jurybox::test
