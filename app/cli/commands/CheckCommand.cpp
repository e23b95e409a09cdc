// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "core/check/AwardCheck.h"

namespace jurybox::cli {

namespace {

/// `check FILE`: SQLite's integrity check plus the award's own invariants.
class CheckCommand : public Command {
public:
    std::string name() const override { return "check"; }
    std::string summary() const override {
        return "Check the award file: SQLite integrity, references, scores within their scales, no scorecard or "
               "assignment for a conflicted pair. Exit 0 only when everything holds.";
    }
    std::string synopsis() const override { return "FILE"; }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        store::AwardFile award = openAwardForReading(vm);
        const QStringList problems = check::checkAward(award);
        if (problems.isEmpty()) {
            write(context.out, QStringLiteral("%1: ok\n").arg(text(vm, "file")));
            return 0;
        }
        for (const QString& p : problems)
            write(context.out, QStringLiteral("%1: %2\n").arg(text(vm, "file"), p));
        write(context.err, QStringLiteral("%1 problem(s) found\n").arg(problems.size()));
        return 1;
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand() {
    return std::make_unique<CheckCommand>();
}

} // namespace jurybox::cli
