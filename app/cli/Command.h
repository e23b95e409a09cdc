// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/Context.h"

#include <boost/program_options.hpp>

#include <string>

namespace jurybox::cli {

namespace po = boost::program_options;

/// One `jurybox-cli` subcommand: its options, positional arguments and what it does.
class Command {
public:
    virtual ~Command() = default;

    virtual std::string name() const = 0;
    virtual std::string summary() const = 0;
    /// The synopsis after the command name, e.g. "FILE WHAT [--format F]".
    virtual std::string synopsis() const = 0;
    /// Named options; `--help` is added by the runner.
    virtual po::options_description options() const = 0;
    /// Positional arguments, mapped onto option names in options().
    virtual po::positional_options_description positionals() const { return {}; }
    /// Runs with parsed options; returns the exit status. May throw jurybox::Error (exit 1) or po::error (exit 2).
    virtual int run(const po::variables_map& vm, Context& context) = 0;
};

} // namespace jurybox::cli
