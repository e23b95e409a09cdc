// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/Command.h"

#include <memory>
#include <vector>

namespace jurybox::cli {

// One factory per subcommand; each lives in its own file under app/cli/commands/.
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeListCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeAssignCommand();
std::unique_ptr<Command> makeConflictsCommand();
std::unique_ptr<Command> makePackageCommand();
std::unique_ptr<Command> makeScoreCommand();
std::unique_ptr<Command> makeMergeCommand();
std::unique_ptr<Command> makeGenerateCommand();
std::unique_ptr<Command> makeAuditCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeTallyCommand();
std::unique_ptr<Command> makeReliabilityCommand();
std::unique_ptr<Command> makeShortlistCommand();
std::unique_ptr<Command> makeSignoffCommand();
std::unique_ptr<Command> makeExportCommand();

/// Every subcommand, in the order `jurybox-cli --help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace jurybox::cli
