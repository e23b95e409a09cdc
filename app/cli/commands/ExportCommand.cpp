// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "app/cli/commands/TallySupport.h"
#include "core/export/AwardJson.h"
#include "core/export/CsvExport.h"
#include "core/export/ExportTables.h"
#include "core/export/HandbookModel.h"
#include "core/export/XlsxExport.h"
#include "ui/handbook/Handbook.h"
#include "ui/i18n/Translations.h"

#include <QDir>

namespace jurybox::cli {

namespace {

/// `export FILE`: the ceremony handbook (PDF or HTML) and the tables for spreadsheets and scripts.
class ExportCommand : public Command {
public:
    std::string name() const override { return "export"; }
    std::string summary() const override {
        return "Export the ceremony handbook (PDF or HTML) and the results as CSV, an Excel workbook or JSON. "
               "Never replaces a file without --force; each file is written whole or not at all.";
    }
    std::string synopsis() const override {
        return "FILE [--handbook OUT.pdf|OUT.html] [--csv DIR] [--xlsx OUT.xlsx] [--json OUT.json] [--round R] "
               "[--method M] [--trim K] [--quorum N] [--language en|ko|es] [--force]";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file (:demo: for the demo award)")(
            "handbook", po::value<std::string>(), "the ceremony handbook, OUT.pdf (A4) or OUT.html")(
            "csv", po::value<std::string>(),
            "a folder for results.csv, scores.csv, submissions.csv, judges.csv and criteria.csv")(
            "xlsx", po::value<std::string>(), "an Excel workbook: one sheet per table and per category")(
            "json", po::value<std::string>(), "the whole award and its tally as one JSON document")(
            "round", po::value<std::string>(), "the round to export (default: the current round)")(
            "method", po::value<std::string>(),
            "weighted-mean, trimmed-mean, median, z-score or borda (default: the round's sign-off, else "
            "weighted-mean)")("trim", po::value<int>(),
                              "trimmed-mean: marks dropped at each end of each criterion (default 1)")(
            "quorum", po::value<int>(), "scorecards an entry needs to be ranked (default 3)")(
            "language", po::value<std::string>()->default_value("en"),
            "the handbook's language: en (English), ko (Korean) or es (Spanish); the tables and JSON are the same in "
            "every language")("force", "replace output files that exist already");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        if (!vm.count("handbook") && !vm.count("csv") && !vm.count("xlsx") && !vm.count("json"))
            throw po::error("nothing to export: give --handbook, --csv, --xlsx or --json");
        const exports::Overwrite overwrite = vm.count("force") ? exports::Overwrite::Allow : exports::Overwrite::Refuse;

        // Every target is checked before anything is written: a refusal leaves no file behind.
        std::optional<handbook::HandbookFormat> format;
        const QString language = text(vm, "language");
        if (!i18n::isSupported(language))
            throw po::error("--language " + vm["language"].as<std::string>() + ": use en, ko or es");
        if (vm.count("handbook")) {
            format = handbook::handbookFormatFor(text(vm, "handbook"));
            if (!format)
                throw po::error("--handbook " + vm["handbook"].as<std::string>() +
                                ": the name must end in .pdf or .html");
            exports::checkWritable(text(vm, "handbook"), overwrite);
        }
        if (vm.count("csv")) {
            for (const QString& name : exports::csvExportFiles())
                exports::checkWritable(QDir(text(vm, "csv")).filePath(name), overwrite);
        }
        for (const char* option : {"xlsx", "json"}) {
            if (vm.count(option))
                exports::checkWritable(text(vm, option), overwrite);
        }

        exports::ExportOptions options;
        options.language = language;
        if (vm.count("method"))
            options.method = methodOption(vm);
        if (vm.count("trim"))
            options.trim = integerOption(vm, "trim", 0);
        if (vm.count("quorum"))
            options.quorum = integerOption(vm, "quorum", 1);
        // An export only reads: open read-only, so it works on a file that is read-only or in use.
        store::AwardFile award = text(vm, "file") == QLatin1String(kDemoPath)
                                     ? openAward(vm)
                                     : store::AwardFile::openReadOnly(text(vm, "file"));
        options.roundId = roundOption(award, vm, "round");

        const auto wrote = [&context](const QString& path) {
            write(context.err, QStringLiteral("wrote %1\n").arg(path));
        };
        if (format) {
            if (*format == handbook::HandbookFormat::Pdf)
                handbook::ensureGuiApplication();
            handbook::writeHandbook(exports::buildHandbook(award, options), text(vm, "handbook"), *format, overwrite);
            wrote(text(vm, "handbook"));
        }
        if (vm.count("csv") || vm.count("xlsx")) {
            const exports::ExportTables tables = exports::buildExportTables(award, options);
            if (vm.count("csv")) {
                const exports::CsvExportReport report = exports::exportCsv(tables, text(vm, "csv"), overwrite);
                for (const QString& file : report.files)
                    wrote(file);
                if (report.neutralisedCells > 0)
                    write(context.err, QStringLiteral("note: %1 text cells began with =, +, -, @, a tab or a carriage "
                                                      "return and were prefixed with ' so spreadsheets show them as "
                                                      "text (README \"Exports\")\n")
                                           .arg(report.neutralisedCells));
            }
            if (vm.count("xlsx")) {
                exports::exportXlsx(tables, text(vm, "xlsx"), overwrite);
                wrote(text(vm, "xlsx"));
            }
        }
        if (vm.count("json")) {
            exports::writeFileAtomically(text(vm, "json"), exports::awardJsonText(award, options), overwrite);
            wrote(text(vm, "json"));
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand() {
    return std::make_unique<ExportCommand>();
}

} // namespace jurybox::cli
