// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"
#include "app/cli/commands/Commands.h"
#include "core/audit/AuditLog.h"

namespace jurybox::cli {

namespace {

/// `audit FILE [--verify]`: prints the audit trail; --verify checks its hash chain.
class AuditCommand : public Command {
public:
    std::string name() const override { return "audit"; }
    std::string summary() const override {
        return "Print the audit trail: every change to the award with time, actor, action and summary. With "
               "--verify, check the hash chain and exit 1 when an event was altered or removed.";
    }
    std::string synopsis() const override { return "FILE [--verify] [--format table|csv|json]"; }
    po::options_description options() const override {
        po::options_description o;
        o.add_options()("file", po::value<std::string>()->required(),
                        "the award file")("verify", po::bool_switch(), "check the chain instead of printing the trail");
        addFormatOption(o);
        return o;
    }
    po::positional_options_description positionals() const override {
        po::positional_options_description p;
        p.add("file", 1);
        return p;
    }
    int run(const po::variables_map& vm, Context& context) override {
        const report::Format format = parseFormat(vm);
        store::AwardFile award = openAwardForReading(vm);
        audit::AuditLog log(award.db());
        if (vm["verify"].as<bool>()) {
            const QStringList problems = log.verify();
            const auto count = log.events().size();
            if (problems.isEmpty()) {
                write(context.out,
                      QStringLiteral("%1: audit trail intact (%2 events)\n").arg(text(vm, "file")).arg(count));
                return 0;
            }
            for (const QString& p : problems)
                write(context.out, QStringLiteral("%1: %2\n").arg(text(vm, "file"), p));
            write(context.err,
                  QStringLiteral("the audit trail has been tampered with: %1 problem(s)\n").arg(problems.size()));
            return 1;
        }
        report::Table table{{QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"),
                             QStringLiteral("action"), QStringLiteral("summary"), QStringLiteral("hash")},
                            {}};
        for (const audit::AuditEvent& e : log.events())
            table.rows.push_back({static_cast<std::int64_t>(e.id), e.at, e.actor, e.action, e.summary,
                                  format == report::Format::Text ? e.hash.left(12) : e.hash});
        write(context.out, report::render(table, format));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand() {
    return std::make_unique<AuditCommand>();
}

} // namespace jurybox::cli
