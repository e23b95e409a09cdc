// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

class QWidget;

namespace jurybox::app {

/// TEST HOOK for tests/crash/JudgeCrashTest.cpp, inert in normal use. When JURYBOX_TEST_JUDGE_SCRIPT names a file of
/// marks ("REF<TAB>criterion number from 0<TAB>value" per line) and JURYBOX_TEST_ACCESS_CODE holds the code, opens
/// the package given as `files` in judge mode and enters the marks one per turn of the event loop through the
/// window's mark inputs, as the keyboard would; after each it prints "saved N" on stdout, and "script done" before
/// it quits. Returns the judge window, or nullptr when the hook is not asked for.
QWidget* startJudgeScript(const QStringList& files);

} // namespace jurybox::app
