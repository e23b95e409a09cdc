// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/TallySupport.h"
#include "core/export/HandbookModel.h"
#include "ui/handbook/Handbook.h"

namespace jurybox::cli {

namespace {

/// `export FILE`: the ceremony handbook (PDF or HTML) and the tables for spreadsheets and scripts.
class ExportCommand : public Command {
public:
    std::string name() const override { return "export"; }
    std::string summary() const override {
        return "Export the ceremony handbook (PDF or HTML: cover, winners, profiles, judging panel, method note). "
               "Never replaces a file without --force; each file is written whole or not at all.";
    }
    std::string synopsis() const override {
        return "FILE --handbook OUT.pdf|OUT.html [--round R] [--method M] [--trim K] [--quorum N] [--force]";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file (:demo: for the demo award)")(
            "handbook", po::value<std::string>(), "write the ceremony handbook to OUT.pdf or OUT.html")(
            "round", po::value<std::string>(), "the round to export (default: the current round)")(
            "method", po::value<std::string>(),
            "weighted-mean, trimmed-mean, median, z-score or borda (default: the round's sign-off, else "
            "weighted-mean)")("trim", po::value<int>(),
                              "trimmed-mean: marks dropped at each end of each criterion (default 1)")(
            "quorum", po::value<int>(),
            "scorecards an entry needs to be ranked (default 3)")("force", "replace output files that exist already");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        if (!vm.count("handbook"))
            throw po::error("nothing to export: give --handbook");
        const exports::Overwrite overwrite = vm.count("force") ? exports::Overwrite::Allow : exports::Overwrite::Refuse;
        std::optional<handbook::HandbookFormat> format;
        QString handbookPath;
        if (vm.count("handbook")) {
            handbookPath = text(vm, "handbook");
            format = handbook::handbookFormatFor(handbookPath);
            if (!format)
                throw po::error("--handbook " + handbookPath.toStdString() + ": the name must end in .pdf or .html");
            exports::checkWritable(handbookPath, overwrite);
        }

        exports::HandbookOptions options;
        if (vm.count("method"))
            options.method = methodOption(vm);
        if (vm.count("trim"))
            options.trim = integerOption(vm, "trim", 0);
        if (vm.count("quorum"))
            options.quorum = integerOption(vm, "quorum", 1);
        store::AwardFile award = openAward(vm);
        options.roundId = roundOption(award, vm, "round");

        if (format) {
            if (*format == handbook::HandbookFormat::Pdf)
                handbook::ensureGuiApplication();
            const exports::HandbookModel model = exports::buildHandbook(award, options);
            handbook::writeHandbook(model, handbookPath, *format, overwrite);
            write(context.err, QStringLiteral("wrote %1\n").arg(handbookPath));
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand() {
    return std::make_unique<ExportCommand>();
}

} // namespace jurybox::cli
