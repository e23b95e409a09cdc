// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/Cli.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace jurybox::test {

/// What one in-process run of jurybox-cli printed and returned.
struct CliRun {
    int status;
    std::string out;
    std::string err;
};

/// Runs `jurybox-cli ARGS...` in this process, capturing stdout and stderr.
inline CliRun invoke(const std::vector<std::string>& args) {
    std::ostringstream out;
    std::ostringstream err;
    cli::Context context{out, err};
    const int status = cli::runCli(args, context);
    return {status, out.str(), err.str()};
}

/// The JSON object a command printed; fails the test when the text is not one.
inline QJsonObject jsonObject(const std::string& text) {
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace jurybox::test
