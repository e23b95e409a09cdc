// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/TallySupport.h"
#include "core/report/ReliabilityOutput.h"
#include "core/stats/Reliability.h"

#include <QJsonDocument>

namespace jurybox::cli {

namespace {

/// `reliability FILE`: how far the judges agree, per category (ICC, Krippendorff's alpha, each judge).
class ReliabilityCommand : public Command {
public:
    std::string name() const override { return "reliability"; }
    std::string summary() const override {
        return "Show how far the judges agree in each category: intraclass correlations, Krippendorff's alpha, "
               "and each judge's severity, consensus correlation and outlier flag.";
    }
    std::string synopsis() const override {
        return "FILE [--round R] [--category NAME] [--criterion NAME] [--format table|json]";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file (:demo: for the demo award)")(
            "round", po::value<std::string>(), "the round to analyse (default: the current round)")(
            "category", po::value<std::string>(), "only this category")(
            "criterion", po::value<std::string>(), "analyse this criterion's marks instead of scorecard totals");
        addFormatOption(o, "table|json");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        const report::Format format = parseFormat(vm, {QStringLiteral("table"), QStringLiteral("json")});
        store::AwardFile award = openAwardForReading(vm);
        stats::ReliabilityOptions options;
        options.roundId = roundOption(award, vm, "round");
        options.categoryId = categoryOption(award, vm);
        if (vm.count("criterion"))
            options.criterion = text(vm, "criterion");
        const stats::ReliabilityReport report = stats::reliability(award, options);
        if (format == report::Format::Json)
            write(context.out, QString::fromUtf8(QJsonDocument(report::reliabilityJson(report)).toJson()));
        else
            write(context.out, report::reliabilityText(report));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeReliabilityCommand() {
    return std::make_unique<ReliabilityCommand>();
}

} // namespace jurybox::cli
