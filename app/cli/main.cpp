// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <iostream>
#include <memory>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    // `export` renders the handbook with QtGui, which needs a QGuiApplication; the command line never shows a
    // window, so it uses the offscreen platform and works without a display. Every other command stays QtCore-only.
    std::unique_ptr<QCoreApplication> app;
    if (!args.empty() && args.front() == "export") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("jurybox-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Jurybox"));
    jurybox::cli::Context context{std::cout, std::cerr};
    return jurybox::cli::runCli(args, context);
}
