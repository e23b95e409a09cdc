// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ui/widgets/ErrorPresenter.h"

#include <QApplication>

#include <cstdlib>

int main(int argc, char** argv) {
    // Before the QApplication exists, so the tests (and ctest's discovery run) never need a display.
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Jurybox tests"));
    jurybox::ui::ErrorPresenter::setInteractive(false);
    return Catch::Session().run(argc, argv);
}
