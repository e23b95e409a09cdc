// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "core/Error.h"
#include "core/report/AwardListings.h"
#include "core/store/AwardStore.h"
#include "core/text/Suggest.h"

namespace jurybox::cli {

namespace {

/// `list FILE WHAT`: prints one kind of record as a table, CSV (the import format) or JSON.
class ListCommand : public Command {
public:
    std::string name() const override { return "list"; }
    std::string summary() const override {
        return "List categories, criteria, submissions, judges, conflicts, assignments or scorecards. The CSV "
               "format is the import format, so a listing re-imports into a fresh award.";
    }
    std::string synopsis() const override {
        return "FILE WHAT [--format table|csv|json] [--round NAME] [--show-codes]";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file (:demo: for the demo award)")(
            "what", po::value<std::string>()->required(),
            "categories, criteria, submissions, judges, conflicts, assignments or scorecards")(
            "round", po::value<std::string>(), "assignments and scorecards of this round only")(
            "show-codes", po::bool_switch(), "judges: include each judge's secret access code");
        addFormatOption(o);
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1).add("what", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        const QString what = text(vm, "what");
        const auto listing = report::listingFromString(what);
        if (!listing) {
            std::string message = "cannot list '" + what.toStdString() + "'";
            if (const auto guess = text::closestMatch(what, report::listingNames()))
                message += "; did you mean '" + guess->toStdString() + "'?";
            else
                message += "; choose one of " + report::listingNames().join(QStringLiteral(", ")).toStdString();
            throw po::error(message);
        }
        const report::Format format = parseFormat(vm);
        store::AwardFile award = openAwardForReading(vm);
        report::ListingOptions options;
        options.showAccessCodes = vm["show-codes"].as<bool>();
        if (vm.count("round")) {
            const auto round = store::AwardStore(award.db()).roundByName(text(vm, "round"));
            if (!round)
                throw Error(QStringLiteral("unknown round \"%1\"").arg(text(vm, "round")));
            options.roundId = round->id;
        }
        write(context.out, report::render(report::listTable(award, *listing, options), format));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeListCommand() {
    return std::make_unique<ListCommand>();
}

} // namespace jurybox::cli
