// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/TallySupport.h"
#include "core/report/Table.h"
#include "core/tally/Shortlist.h"

namespace jurybox::cli {

namespace {

/// `shortlist FILE --from ROUND --top N --to ROUND2`: sends the top entries of each category to the next round.
class ShortlistCommand : public Command {
public:
    std::string name() const override { return "shortlist"; }
    std::string summary() const override {
        return "Tally a round and assign every judge without a conflict of interest to the top N entries of each "
               "category in the next round (created if missing). Ties at rank N all go through.";
    }
    std::string synopsis() const override {
        return "FILE --from ROUND --top N --to ROUND2 [--method M] [--trim K] [--quorum N] [--format table|csv|json]";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file")(
            "from", po::value<std::string>()->required(), "the round whose scorecards rank the entries")(
            "top", po::value<int>()->required(), "how many entries of each category go through")(
            "to", po::value<std::string>()->required(), "the round to assign (created when missing)");
        addMethodOptions(o);
        addFormatOption(o);
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        const report::Format format = parseFormat(vm);
        tally::ShortlistOptions options;
        options.top = integerOption(vm, "top", 1);
        options.method = methodOption(vm);
        options.trim = integerOption(vm, "trim", 0);
        options.quorum = integerOption(vm, "quorum", 1);
        options.toRound = text(vm, "to");
        store::AwardFile award = openAward(vm);
        options.fromRoundId = *roundOption(award, vm, "from");
        const tally::ShortlistResult result = tally::shortlist(award, options);

        report::Table table;
        table.columns = {QStringLiteral("category"), QStringLiteral("submission")};
        for (const auto& category : result.categories) {
            for (const QString& ref : category.submissions)
                table.rows.push_back({category.category, ref});
        }
        write(context.out, report::render(table, format));
        QString message = result.roundCreated ? QStringLiteral("Created round \"%1\". ").arg(result.round.name)
                                              : QStringLiteral("Round \"%1\": ").arg(result.round.name);
        message += QStringLiteral("%1 assignment(s) added").arg(result.assignmentsAdded);
        if (result.conflictsSkipped > 0)
            message += QStringLiteral(", %1 left out for a conflict of interest").arg(result.conflictsSkipped);
        write(context.err, message + QStringLiteral(".\n"));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeShortlistCommand() {
    return std::make_unique<ShortlistCommand>();
}

} // namespace jurybox::cli
