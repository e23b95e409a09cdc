// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Cli.h"

#include "app/cli/Command.h"
#include "app/cli/commands/Commands.h"
#include "core/Error.h"

#include <algorithm>
#include <cctype>
#include <iomanip>
#include <memory>

namespace jurybox::cli {

namespace {

void printOverview(std::ostream& out, const std::vector<std::unique_ptr<Command>>& commands) {
    out << "Usage: jurybox-cli COMMAND [ARGS] [--help]\n\n"
           "Jurybox keeps a smart-city award in one .jurybox file: set up, assign, package, score, merge, tally,\n"
           "check, sign off and export.\n\nCommands:\n";
    for (const auto& c : commands) {
        // The first clause of the summary: the whole text is in the command's own --help.
        const std::string summary = c->summary();
        const auto end = summary.find_first_of(".:");
        out << "  " << std::left << std::setw(12) << c->name() << summary.substr(0, end) << '\n';
    }
    out << "\nGlobal options:\n  --help       show this help, or a command's with `jurybox-cli COMMAND --help`\n"
           "  --version    print the version\n";
}

void printCommandHelp(std::ostream& out, const Command& command) {
    po::options_description shown("Options");
    shown.add(command.options());
    shown.add_options()("help", "show this help");
    out << "Usage: jurybox-cli " << command.name() << ' ' << command.synopsis() << "\n\n"
        << command.summary() << "\n\n"
        << shown;
}

} // namespace

int runCli(const std::vector<std::string>& args, Context& context) {
    const auto commands = allCommands();
    if (args.empty()) {
        printOverview(context.err, commands);
        return UsageError;
    }
    const std::string& first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        printOverview(context.out, commands);
        return Success;
    }
    if (first == "--version") {
        context.out << "jurybox-cli " << JURYBOX_VERSION << '\n';
        return Success;
    }
    const auto it = std::find_if(commands.begin(), commands.end(), [&](const auto& c) { return c->name() == first; });
    if (it == commands.end()) {
        context.err << "jurybox-cli: unknown command '" << first << "'\n\n";
        printOverview(context.err, commands);
        return UsageError;
    }
    Command& command = **it;
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
        printCommandHelp(context.out, command);
        return Success;
    }

    po::variables_map vm;
    try {
        po::options_description all;
        all.add(command.options());
        po::store(po::command_line_parser(rest).options(all).positional(command.positionals()).run(), vm);
        po::notify(vm);
    } catch (const po::required_option& e) {
        // Positional arguments are options underneath; name them as the synopsis does (FILE, WHAT).
        std::string name = e.get_option_name();
        name.erase(0, name.find_first_not_of('-'));
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
        context.err << "jurybox-cli " << command.name() << ": missing " << name << "\n\n";
        printCommandHelp(context.err, command);
        return UsageError;
    } catch (const po::error& e) {
        context.err << "jurybox-cli " << command.name() << ": " << e.what() << "\n\n";
        printCommandHelp(context.err, command);
        return UsageError;
    }

    try {
        return command.run(vm, context);
    } catch (const po::error& e) {
        context.err << "jurybox-cli " << command.name() << ": " << e.what() << "\n\n";
        printCommandHelp(context.err, command);
        return UsageError;
    } catch (const Error& e) {
        context.err << "jurybox-cli " << command.name() << ": " << e.what() << '\n';
        return Failure;
    } catch (const std::exception& e) {
        context.err << "jurybox-cli " << command.name() << ": unexpected error: " << e.what() << '\n';
        return Failure;
    }
}

} // namespace jurybox::cli
