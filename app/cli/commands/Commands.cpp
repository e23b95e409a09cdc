// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/Commands.h"

namespace jurybox::cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeInitCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeListCommand());
    commands.push_back(makeCheckCommand());
    commands.push_back(makeConflictsCommand());
    commands.push_back(makeAssignCommand());
    commands.push_back(makeTallyCommand());
    commands.push_back(makeReliabilityCommand());
    commands.push_back(makeShortlistCommand());
    commands.push_back(makePackageCommand());
    commands.push_back(makeScoreCommand());
    commands.push_back(makeMergeCommand());
    commands.push_back(makeAuditCommand());
    commands.push_back(makeSignoffCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeBackupCommand());
    commands.push_back(makeGenerateCommand());
    return commands;
}

} // namespace jurybox::cli
