// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/Command.h"
#include "core/store/AwardFile.h"
#include "core/tally/Method.h"

#include <optional>

namespace jurybox::cli {

// Shared by the tally, reliability and shortlist commands: names on the command line to ids in the award.

/// The round named by `option`, or nullopt when the option is absent. Throws Error naming the round and the
/// rounds there are (with a "did you mean").
std::optional<Id> roundOption(store::AwardFile& award, const po::variables_map& vm, const char* option);

/// The category named by --category, or nullopt when absent. Throws Error like roundOption.
std::optional<Id> categoryOption(store::AwardFile& award, const po::variables_map& vm);

/// The --method option (default weighted-mean); po::error (usage, exit 2) for an unknown name.
tally::Method methodOption(const po::variables_map& vm);

/// An integer option that must be at least `minimum`; po::error otherwise.
int integerOption(const po::variables_map& vm, const char* option, int minimum);

/// Adds --method, --trim and --quorum.
void addMethodOptions(po::options_description& options);

} // namespace jurybox::cli
