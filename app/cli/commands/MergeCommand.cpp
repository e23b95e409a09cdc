// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "core/exchange/PackageMerge.h"

namespace jurybox::cli {

namespace {

/// `merge FILE PKG...`: verifies and merges returned packages, each on its own, all in one transaction.
class MergeCommand : public Command {
public:
    std::string name() const override { return "merge"; }
    std::string summary() const override {
        return "Merge returned judge packages. Each is verified (this award, a known judge, every signature, ranges, "
               "assignments, conflicts) and merged, or rejected whole with the reason and rolled back to its own "
               "savepoint; the merged ones are committed together in one transaction. Exit 1 when any package was "
               "rejected.";
    }
    std::string synopsis() const override { return "FILE PKG..."; }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file")(
            "package", po::value<std::vector<std::string>>()->required()->multitoken(), "returned packages");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1).add("package", -1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        store::AwardFile award = openAward(vm);
        report::Table table{{QStringLiteral("package"), QStringLiteral("judge"), QStringLiteral("result"),
                             QStringLiteral("new"), QStringLiteral("updated"), QStringLiteral("unchanged"),
                             QStringLiteral("ignored")},
                            {}};
        int rejected = 0;
        std::vector<QString> paths;
        for (const std::string& path : vm["package"].as<std::vector<std::string>>())
            paths.push_back(QString::fromStdString(path));
        for (const exchange::MergeReport& r : exchange::PackageMerger(award).mergeAll(paths)) {
            table.rows.push_back({r.package, r.judgeRef,
                                  r.accepted ? QStringLiteral("merged") : QStringLiteral("REJECTED"),
                                  static_cast<std::int64_t>(r.added), static_cast<std::int64_t>(r.updated),
                                  static_cast<std::int64_t>(r.unchanged), static_cast<std::int64_t>(r.ignored)});
            if (!r.accepted) {
                ++rejected;
                write(context.err,
                      QStringLiteral("rejected %1: %2; nothing from it was merged\n").arg(r.package, r.reason));
            }
        }
        write(context.out, report::render(table, report::Format::Text));
        return rejected ? 1 : 0;
    }
};

} // namespace

std::unique_ptr<Command> makeMergeCommand() {
    return std::make_unique<MergeCommand>();
}

} // namespace jurybox::cli
