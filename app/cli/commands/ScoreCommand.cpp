// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "core/exchange/JudgeScoresCsv.h"
#include "core/exchange/JudgeSession.h"

namespace jurybox::cli {

namespace {

/// `score PKG --code CODE [--scores CSV] [--submit]`: the judge's side, without the desktop app.
class ScoreCommand : public Command {
public:
    std::string name() const override { return "score"; }
    std::string summary() const override {
        return "Score in a judge package: opens only with the judge's access code; --scores sets marks from a CSV "
               "(submission,criterion,score[,comment]) all or nothing; --submit submits every complete scorecard. "
               "Prints the progress.";
    }
    std::string synopsis() const override { return "PKG --code CODE [--scores CSV] [--submit]"; }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("package", po::value<std::string>()->required(), "the judge package (.jurypkg)")(
            "code", po::value<std::string>()->required(), "the access code from the secretariat")(
            "scores", po::value<std::string>(), "CSV of marks: submission,criterion,score[,comment]")(
            "submit", po::bool_switch(), "submit every complete scorecard");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("package", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        auto session = exchange::JudgeSession::open(text(vm, "package"), text(vm, "code"));
        if (vm.count("scores")) {
            const auto rows = exchange::readJudgeScores(session, text(vm, "scores"));
            session.applyScores(rows);
            write(context.err, QStringLiteral("%1 mark(s) saved.\n").arg(rows.size()));
        }
        if (vm["submit"].as<bool>()) {
            const int submitted = session.submitAllComplete();
            write(context.err, QStringLiteral("%1 scorecard(s) submitted.\n").arg(submitted));
        }
        const auto p = session.progress();
        write(context.out, QStringLiteral("%1 · %2 · %3: scored %4 / assigned %5, submitted %6\n")
                               .arg(session.awardName(), session.roundName(), session.judgeName())
                               .arg(p.scored)
                               .arg(p.assigned)
                               .arg(p.submitted));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeScoreCommand() {
    return std::make_unique<ScoreCommand>();
}

} // namespace jurybox::cli
