// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/TallySupport.h"
#include "core/assign/AutoAssign.h"

namespace jurybox::cli {

namespace {

/// `assign FILE --per-submission K`: K judges for every eligible entry, balanced, never a conflicted one.
class AssignCommand : public Command {
public:
    std::string name() const override { return "assign"; }
    std::string summary() const override {
        return "Assign K judges to every eligible submission of a round: never a judge with a confirmed conflict, "
               "loads balanced across the panel, existing assignments kept, the same result for the same seed.";
    }
    std::string synopsis() const override { return "FILE --per-submission K [--round R] [--seed S]"; }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(),
                        "the award file")("per-submission", po::value<int>()->required(), "judges per submission (K)")(
            "round", po::value<std::string>(), "the round (default: the current round)")(
            "seed", po::value<std::uint64_t>()->default_value(1), "seed for the tie-breaks");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        store::AwardFile award = openAward(vm);
        assign::AssignOptions options;
        options.perSubmission = integerOption(vm, "per-submission", 1);
        options.roundId = roundOption(award, vm, "round");
        options.seed = vm["seed"].as<std::uint64_t>();
        const auto r = assign::autoAssign(award, options);
        write(context.err, QStringLiteral("Round \"%1\": %2 assignment(s) added, %3 kept; each judge has %4–%5 "
                                          "entries.\n")
                               .arg(r.round.name)
                               .arg(r.added)
                               .arg(r.kept)
                               .arg(r.minLoad)
                               .arg(r.maxLoad));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeAssignCommand() {
    return std::make_unique<AssignCommand>();
}

} // namespace jurybox::cli
