// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "core/Error.h"

#include <QFileInfo>

namespace jurybox::cli {

namespace {

/// `backup FILE OUT`: a consistent copy through SQLite's online backup API, safe while the award is in use.
class BackupCommand : public Command {
public:
    std::string name() const override { return "backup"; }
    std::string summary() const override {
        return "Copy the award file to OUT with SQLite's online backup API: a consistent copy even while another "
               "program is using the award. Never overwrites OUT.";
    }
    std::string synopsis() const override { return "FILE OUT"; }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(),
                        "the award file")("out", po::value<std::string>()->required(), "the backup file to create");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1).add("out", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        const QString out = text(vm, "out");
        if (QFileInfo::exists(out))
            throw Error(QStringLiteral("%1 already exists; choose a new name for the backup").arg(out));
        store::AwardFile award = openAwardForReading(vm);
        award.db().backupTo(out);
        write(context.err, QStringLiteral("Backed up %1 to %2\n").arg(text(vm, "file"), out));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand() {
    return std::make_unique<BackupCommand>();
}

} // namespace jurybox::cli
