// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Cli.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jurybox-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Jurybox"));
    std::vector<std::string> args(argv + 1, argv + argc);
    jurybox::cli::Context context{std::cout, std::cerr};
    return jurybox::cli::runCli(args, context);
}
