// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/Context.h"

#include <string>
#include <vector>

namespace jurybox::cli {

/// Exit statuses of jurybox-cli.
enum ExitCode : int { Success = 0, Failure = 1, UsageError = 2 };

/// Runs `jurybox-cli` with the arguments after the program name. Never throws: errors become a message on
/// context.err and the exit status.
int runCli(const std::vector<std::string>& args, Context& context);

} // namespace jurybox::cli
