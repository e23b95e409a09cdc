// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tests/support/TestFiles.h"
#include "ui/MainWindow.h"

#include <memory>

namespace jurybox::test {

/// The demo award's workspace, shown and exposed (on the Submissions page).
std::unique_ptr<ui::MainWindow> demoWorkspace();
/// The demo's entries and panel without scores or assignments, in a file in `dir`: the workspace shown on `page`.
std::unique_ptr<ui::MainWindow> panelWorkspace(const TempDir& dir, const QString& page);

} // namespace jurybox::test
