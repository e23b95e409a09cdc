// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "core/assign/FoundConflicts.h"

namespace jurybox::cli {

namespace {

/// `conflicts FILE --find | --confirm J,S | --clear J,S`: found conflicts and the secretariat's decisions.
class ConflictsCommand : public Command {
public:
    std::string name() const override { return "conflicts"; }
    std::string summary() const override {
        return "Find possible conflicts of interest (a judge from the same country as a submission) and confirm or "
               "clear them. A possible conflict does not block; a confirmed one keeps the judge away.";
    }
    std::string synopsis() const override {
        return "FILE --find | --confirm JUDGE,SUBMISSION | --clear JUDGE,SUBMISSION";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(),
                        "the award file")("find", po::bool_switch(), "record same-country pairs as possible conflicts")(
            "confirm", po::value<std::string>(), "JUDGE,SUBMISSION: confirm a conflict")(
            "clear", po::value<std::string>(), "JUDGE,SUBMISSION: clear a conflict")(
            "reason", po::value<std::string>()->default_value(""), "with --confirm or --clear: why");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        const int actions = (vm["find"].as<bool>() ? 1 : 0) + static_cast<int>(vm.count("confirm")) +
                            static_cast<int>(vm.count("clear"));
        if (actions != 1)
            throw po::error("choose one of --find, --confirm or --clear");
        store::AwardFile award = openAward(vm);
        if (vm["find"].as<bool>()) {
            const int found = assign::findSameCountryConflicts(award);
            write(context.err, QStringLiteral("%1 possible conflict(s) recorded; review them with `list FILE "
                                              "conflicts` and confirm or clear each.\n")
                                   .arg(found));
            return 0;
        }
        const bool confirm = vm.count("confirm") > 0;
        const QStringList pair = text(vm, confirm ? "confirm" : "clear").split(QLatin1Char(','));
        if (pair.size() != 2 || pair[0].trimmed().isEmpty() || pair[1].trimmed().isEmpty())
            throw po::error("give the pair as JUDGE,SUBMISSION, e.g. J3,SER-04");
        assign::decideConflict(award, pair[0].trimmed(), pair[1].trimmed(),
                               confirm ? ConflictStatus::Confirmed : ConflictStatus::Cleared, text(vm, "reason"));
        write(context.err, QStringLiteral("%1 the conflict of %2 with %3.\n")
                               .arg(confirm ? QStringLiteral("Confirmed") : QStringLiteral("Cleared"),
                                    pair[0].trimmed(), pair[1].trimmed()));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeConflictsCommand() {
    return std::make_unique<ConflictsCommand>();
}

} // namespace jurybox::cli
