// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/TallySupport.h"
#include "core/exchange/PackageWriter.h"

namespace jurybox::cli {

namespace {

/// `package FILE --judge REF --out PKG`: one judge's package; prints only the access code on stdout.
class PackageCommand : public Command {
public:
    std::string name() const override { return "package"; }
    std::string summary() const override {
        return "Write a judge package (.jurypkg) for offline scoring: the award definition, that judge's assigned "
               "entries without conflicts, and the judge's own scorecards; nothing about any other judge. Prints the "
               "judge's access code, alone, on stdout (generated once, the same afterwards).";
    }
    std::string synopsis() const override { return "FILE --judge REF --out PKG [--round R] [--blind] [--force]"; }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(),
                        "the award file")("judge", po::value<std::string>()->required(), "the judge's id")(
            "out", po::value<std::string>()->required(), "the package file to write (.jurypkg)")(
            "round", po::value<std::string>(), "the round (default: the current round)")(
            "blind", po::bool_switch(), "leave out city, country, organisation and contact")(
            "force", po::bool_switch(), "replace an existing package file");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        store::AwardFile award = openAward(vm);
        exchange::PackageOptions options;
        options.judgeRef = text(vm, "judge");
        options.outPath = text(vm, "out");
        options.roundId = roundOption(award, vm, "round");
        options.blind = vm["blind"].as<bool>();
        options.overwrite = vm["force"].as<bool>();
        const auto r = exchange::writePackage(award, options);
        for (const QString& leak : r.leaks)
            write(context.err,
                  QStringLiteral("warning: blind package, but %1; edit the text to anonymise it\n").arg(leak));
        write(context.err, QStringLiteral("Wrote %1: %2 entries, %3 scorecard(s) for judge %4. Send the access code "
                                          "separately from the file.\n")
                               .arg(options.outPath)
                               .arg(r.entries)
                               .arg(r.scorecards)
                               .arg(options.judgeRef));
        write(context.out, r.accessCode + QLatin1Char('\n'));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makePackageCommand() {
    return std::make_unique<PackageCommand>();
}

} // namespace jurybox::cli
