// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/TallySupport.h"
#include "core/report/TallyOutput.h"
#include "core/tally/Tally.h"

#include <QJsonDocument>

namespace jurybox::cli {

namespace {

/// `tally FILE`: ranks the entries of a round, awards the tiers and checks that the winners are robust.
class TallyCommand : public Command {
public:
    std::string name() const override { return "tally"; }
    std::string summary() const override {
        return "Rank the entries of a round by the chosen method, award the tiers, and show whether the winners "
               "survive other methods and the loss of any one judge.";
    }
    std::string synopsis() const override {
        return "FILE [--round R] [--method M] [--trim K] [--quorum N] [--category NAME] [--format table|csv|json]";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file (:demo: for the demo award)")(
            "round", po::value<std::string>(), "the round to tally (default: the current round)")(
            "category", po::value<std::string>(), "only this category");
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
        tally::TallyOptions options;
        options.method = methodOption(vm);
        options.trim = integerOption(vm, "trim", 0);
        options.quorum = integerOption(vm, "quorum", 1);
        store::AwardFile award = openAwardForReading(vm);
        options.roundId = roundOption(award, vm, "round");
        options.categoryId = categoryOption(award, vm);
        const tally::TallyResult result = tally::runTally(award, options);

        for (const QString& warning : report::boundaryTieWarnings(result))
            write(context.err, QStringLiteral("warning: ") + warning + QLatin1Char('\n'));
        switch (format) {
        case report::Format::Json: {
            // Streamed: at 100,000 entries the document is 86 MB, more than the tally itself.
            report::JsonWriter json(report::JsonWriter::Style::Indented, [&](const QByteArray& chunk) {
                context.out.write(chunk.constData(), chunk.size());
            });
            report::writeTallyJson(result, json);
            json.take();
            break;
        }
        case report::Format::Csv:
            write(context.out, report::toCsv(report::tallyTable(result)));
            break;
        case report::Format::Text:
            write(context.out, report::tallyText(result));
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
