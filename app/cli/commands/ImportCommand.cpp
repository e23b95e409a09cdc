// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "core/import/AwardImport.h"

namespace jurybox::cli {

namespace {

/// `import FILE --criteria CSV ...`: any subset of the CSV files, all or nothing.
class ImportCommand : public Command {
public:
    std::string name() const override { return "import"; }
    std::string summary() const override {
        return "Import CSV files into the award. They are applied in the order criteria, submissions, judges, "
               "conflicts, assignments, scores, in one transaction: one bad row and nothing changes.";
    }
    std::string synopsis() const override {
        return "FILE [--criteria CSV] [--submissions CSV] [--judges CSV] [--conflicts CSV] [--assignments CSV] "
               "[--scores CSV] [--round NAME]";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file")(
            "criteria", po::value<std::string>(), "category,criterion,weight,min,max[,description]")(
            "submissions", po::value<std::string>(),
            "id,title,city,country,category[,organization,summary,contact,status]")(
            "judges", po::value<std::string>(), "id,name,country[,organization,position,email]")(
            "conflicts", po::value<std::string>(), "judge,submission[,reason,status]")(
            "assignments", po::value<std::string>(), "judge,submission")("scores", po::value<std::string>(),
                                                                         "judge,submission,criterion,score[,comment]")(
            "round", po::value<std::string>(), "round for assignments and scores (default: the current round)");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        import::ImportSources sources;
        const auto take = [&](const char* option, std::optional<QString>& target) {
            if (vm.count(option))
                target = text(vm, option);
        };
        take("criteria", sources.criteria);
        take("submissions", sources.submissions);
        take("judges", sources.judges);
        take("conflicts", sources.conflicts);
        take("assignments", sources.assignments);
        take("scores", sources.scores);
        take("round", sources.round);
        if (!sources.criteria && !sources.submissions && !sources.judges && !sources.conflicts &&
            !sources.assignments && !sources.scores)
            throw po::error("name at least one CSV file to import (--criteria, --submissions, --judges, "
                            "--conflicts, --assignments or --scores)");

        store::AwardFile award = store::AwardFile::open(text(vm, "file"));
        const import::ImportReport report = import::importCsv(award, sources);
        for (const import::ImportCount& c : report.counts) {
            QString line = QStringLiteral("%1: %2 added, %3 updated, %4 unchanged")
                               .arg(c.table)
                               .arg(c.added)
                               .arg(c.updated)
                               .arg(c.unchanged);
            if (c.assignmentsRemoved > 0)
                line += QStringLiteral("; %1 conflicting assignment(s) removed").arg(c.assignmentsRemoved);
            write(context.err, line + QLatin1Char('\n'));
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand() {
    return std::make_unique<ImportCommand>();
}

} // namespace jurybox::cli
