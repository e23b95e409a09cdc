// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/TallySupport.h"
#include "core/signoff/Signoff.h"

namespace jurybox::cli {

namespace {

/// `signoff FILE --method M --by NAME`: freezes a round's tally; `--revoke` lifts it; `--show` lists sign-offs.
class SignoffCommand : public Command {
public:
    std::string name() const override { return "signoff"; }
    std::string summary() const override {
        return "Sign off a round's tally: freeze the method, parameters and results with a SHA-256 digest over the "
               "inputs and results. Until revoked (--revoke, itself audited), every change that would alter that "
               "tally is refused. Prints the digest.";
    }
    std::string synopsis() const override {
        return "FILE --by NAME [--method M] [--trim K] [--quorum N] [--round R] | FILE --revoke --by NAME [--round R] "
               "| FILE --show";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file")(
            "by", po::value<std::string>(), "who signs off or revokes (recorded with the sign-off and in the audit)")(
            "round", po::value<std::string>(), "the round (default: the current round)")(
            "revoke", po::bool_switch(), "revoke the round's active sign-off")("show", po::bool_switch(),
                                                                               "list the award's sign-offs");
        addMethodOptions(o);
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        store::AwardFile award = openAward(vm);
        if (vm["show"].as<bool>()) {
            report::Table table{{QStringLiteral("round"), QStringLiteral("method"), QStringLiteral("parameters"),
                                 QStringLiteral("signed_by"), QStringLiteral("signed_at"), QStringLiteral("digest"),
                                 QStringLiteral("revoked_by"), QStringLiteral("revoked_at")},
                                {}};
            for (const signoff::Signoff& s : signoff::allSignoffs(award.db()))
                table.rows.push_back(
                    {s.round.name, s.method, s.parameters, s.signedBy, s.signedAt, s.digest, s.revokedBy, s.revokedAt});
            write(context.out, report::render(table, report::Format::Text));
            return 0;
        }
        if (!vm.count("by"))
            throw po::error("say who signs off or revokes with --by NAME");
        const QString by = text(vm, "by");
        const auto round = roundOption(award, vm, "round");
        if (vm["revoke"].as<bool>()) {
            const signoff::Signoff s = signoff::revoke(award, round, by);
            write(context.err, QStringLiteral("Revoked: %1. The tally may change again.\n").arg(s.describe()));
            return 0;
        }
        tally::TallyOptions options;
        options.roundId = round;
        options.method = methodOption(vm);
        options.trim = integerOption(vm, "trim", 0);
        options.quorum = integerOption(vm, "quorum", 1);
        const signoff::Signoff s = signoff::signOff(award, options, by);
        write(context.out, s.digest + QLatin1Char('\n'));
        write(
            context.err,
            QStringLiteral("Signed off: %1. Changes that would alter this tally are now refused.\n").arg(s.describe()));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeSignoffCommand() {
    return std::make_unique<SignoffCommand>();
}

} // namespace jurybox::cli
