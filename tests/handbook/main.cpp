// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

#include <cstdlib>

int main(int argc, char** argv) {
    // The handbook renders with QtGui (fonts, QPdfWriter): a QGuiApplication on the offscreen platform, so the tests
    // (and ctest's discovery run) need no display.
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
