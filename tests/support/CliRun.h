// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/Cli.h"

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

} // namespace jurybox::test
