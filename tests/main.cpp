// SPDX-License-Identifier: Apache-2.0
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <cstdlib>

int main(int argc, char** argv) {
    // Before any QGuiApplication exists, so GUI tests (and ctest's test discovery) never need a display.
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
