// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/TallySupport.h"
#include "core/report/ReliabilityOutput.h"
#include "core/report/TallyOutput.h"
#include "core/stats/Reliability.h"
#include "core/tally/Tally.h"

#include <optional>

namespace jurybox::cli {

namespace {

/// `tally FILE`: ranks the entries of a round, awards the tiers and checks that the winners are robust.
class TallyCommand : public Command {
public:
    std::string name() const override { return "tally"; }
    std::string summary() const override {
        return "Rank the entries of a round by the chosen method, award the tiers, and show whether the winners "
               "survive other methods and the loss of any one judge. With --reliability, also how far the judges "
               "agree (as the reliability command), from the same read of the scores.";
    }
    std::string synopsis() const override {
        return "FILE [--round R] [--method M] [--trim K] [--quorum N] [--category NAME] [--reliability] "
               "[--format table|csv|json]";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file (:demo: for the demo award)")(
            "round", po::value<std::string>(), "the round to tally (default: the current round)")(
            "category", po::value<std::string>(), "only this category");
        o.add_options()("reliability", po::bool_switch(),
                        "also the judges' agreement in the same round and categories (table or json only)");
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
        const bool withReliability = vm["reliability"].as<bool>();
        if (withReliability && format == report::Format::Csv)
            throw po::error("--reliability does not work with --format csv; use --format table or --format json");
        tally::TallyOptions tallyOptions;
        tallyOptions.method = methodOption(vm);
        tallyOptions.trim = integerOption(vm, "trim", 0);
        tallyOptions.quorum = integerOption(vm, "quorum", 1);
        store::AwardFile award = openAwardForReading(vm);
        tallyOptions.roundId = roundOption(award, vm, "round");
        tallyOptions.categoryId = categoryOption(award, vm);
        // One read of the scores feeds both parts: the round analysed is the round tallied, and no second load.
        const tally::ScoreMatrix matrix = tally::ScoreMatrix::load(award, tallyOptions.roundId);
        const tally::TallyResult result = tally::runTally(matrix, tallyOptions);
        std::optional<stats::ReliabilityReport> agreement;
        if (withReliability) {
            stats::ReliabilityOptions reliabilityOptions;
            reliabilityOptions.categoryId = tallyOptions.categoryId;
            agreement = stats::reliability(matrix, reliabilityOptions);
        }

        for (const QString& warning : report::boundaryTieWarnings(result))
            write(context.err, QStringLiteral("warning: ") + warning + QLatin1Char('\n'));
        switch (format) {
        case report::Format::Json: {
            // Streamed: at 100,000 entries the document is 86 MB, more than the tally itself.
            report::JsonWriter json(report::JsonWriter::Style::Indented, [&](const QByteArray& chunk) {
                context.out.write(chunk.constData(), chunk.size());
            });
            json.beginObject();
            report::writeTallyMembers(result, json);
            if (agreement)
                json.key(QStringLiteral("reliability")).value(QJsonValue(report::reliabilityJson(*agreement)));
            json.endObject();
            json.take();
            break;
        }
        case report::Format::Csv:
            write(context.out, report::toCsv(report::tallyTable(result)));
            break;
        case report::Format::Text:
            write(context.out, report::tallyText(result));
            if (agreement)
                write(context.out, QLatin1Char('\n') + report::reliabilityText(*agreement));
            break;
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeTallyCommand() {
    return std::make_unique<TallyCommand>();
}

} // namespace jurybox::cli
