// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "core/generate/SyntheticAward.h"

namespace jurybox::cli {

namespace {

/// `generate FILE --submissions N --judges J --per-submission K`: a synthetic award for scale tests.
class GenerateCommand : public Command {
public:
    std::string name() const override { return "generate"; }
    std::string summary() const override {
        return "Generate a realistic synthetic award for scale tests: the five standard categories, cities with "
               "Unicode names, judges with their own severity and noise, some same-country conflicts, every "
               "scorecard submitted. Deterministic for a seed.";
    }
    std::string synopsis() const override {
        return "FILE --submissions N --judges J --per-submission K [--criteria C] [--seed S]";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file to create")(
            "submissions", po::value<int>()->required(),
            "number of entries (N)")("judges", po::value<int>()->required(), "number of judges (J)")(
            "per-submission", po::value<int>()->required(),
            "judges per entry (K)")("criteria", po::value<int>()->default_value(4), "criteria per category (C)")(
            "seed", po::value<std::uint64_t>()->default_value(1), "random seed");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        generate::GeneratorOptions options;
        options.submissions = vm["submissions"].as<int>();
        options.judges = vm["judges"].as<int>();
        options.perSubmission = vm["per-submission"].as<int>();
        options.criteria = vm["criteria"].as<int>();
        options.seed = vm["seed"].as<std::uint64_t>();
        const auto s = generate::generateAward(text(vm, "file"), options);
        write(context.err, QStringLiteral("Generated %1: %2 submissions, %3 judges, %4 conflicts, %5 scorecards, "
                                          "%6 scores.\n")
                               .arg(text(vm, "file"))
                               .arg(s.submissions)
                               .arg(s.judges)
                               .arg(s.conflicts)
                               .arg(s.scorecards)
                               .arg(s.scores));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeGenerateCommand() {
    return std::make_unique<GenerateCommand>();
}

} // namespace jurybox::cli
