// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "core/award/DemoAward.h"
#include "core/award/NewAward.h"

namespace jurybox::cli {

namespace {

/// `init FILE`: creates a new award file, never overwriting one.
class InitCommand : public Command {
public:
    std::string name() const override { return "init"; }
    std::string summary() const override {
        return "Create a new award file: the five standard categories with default criteria, the tiers Best, "
               "Outstanding and Most Promising, and the round \"Final\".";
    }
    std::string synopsis() const override {
        return "FILE [--name TEXT] [--year N] [--organiser TEXT] [--empty|--demo]";
    }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(), "the award file to create (.jurybox)")(
            "name", po::value<std::string>()->default_value("Smart City Awards"),
            "the award's name")("year", po::value<int>(), "edition year (default: this year)")(
            "organiser", po::value<std::string>()->default_value(""),
            "the organising body")("empty", po::bool_switch(), "tiers and round only: no categories or criteria")(
            "demo", po::bool_switch(), "write the built-in demo award (the 2nd WeGO Awards 2014) instead");
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        const QString path = text(vm, "file");
        if (vm["demo"].as<bool>()) {
            award::createDemoAward(path);
            write(context.err, QStringLiteral("Created the demo award %1 (The 2nd WeGO Awards 2014).\n").arg(path));
            return 0;
        }
        award::NewAwardOptions options;
        options.name = text(vm, "name");
        options.organiser = text(vm, "organiser");
        options.year = vm.count("year") ? vm["year"].as<int>() : 0;
        options.empty = vm["empty"].as<bool>();
        if (options.year < 0 || options.year > 9999)
            throw po::invalid_option_value("--year " + std::to_string(options.year));
        award::createAward(path, options);
        write(context.err, options.empty ? QStringLiteral("Created %1 with tiers and the round \"Final\"; import "
                                                          "criteria next.\n")
                                               .arg(path)
                                         : QStringLiteral("Created %1 with the five standard categories.\n").arg(path));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand() {
    return std::make_unique<InitCommand>();
}

} // namespace jurybox::cli
