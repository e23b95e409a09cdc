// SPDX-License-Identifier: Apache-2.0
#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace jurybox;

namespace {

using Run = test::CliRun;
using test::invoke;

std::string demo(const char* name) {
    return test::demoCsv(QString::fromLatin1(name)).toStdString();
}

} // namespace

TEST_CASE("jurybox-cli without a command prints usage and exits 2 while --version and --help exit 0", "[cli]") {
    const Run none = invoke({});
    CHECK(none.status == 2);
    CHECK_THAT(none.err, Catch::Contains("Usage: jurybox-cli COMMAND"));
    const Run version = invoke({"--version"});
    CHECK(version.status == 0);
    CHECK_THAT(version.out, Catch::StartsWith("jurybox-cli "));
    const Run help = invoke({"--help"});
    CHECK(help.status == 0);
    for (const char* command : {"init", "import", "list", "check"})
        CHECK_THAT(help.out, Catch::Contains(command));
}

TEST_CASE("every command has --help, and a usage error exits 2 with the command's help", "[cli]") {
    for (const char* command : {"init", "import", "list", "check"}) {
        const Run help = invoke({command, "--help"});
        CHECK(help.status == 0);
        CHECK_THAT(help.out, Catch::Contains(std::string("Usage: jurybox-cli ") + command));
    }
    const Run unknown = invoke({"tallyho"});
    CHECK(unknown.status == 2);
    CHECK_THAT(unknown.err, Catch::Contains("unknown command 'tallyho'"));
    const Run missing = invoke({"list"});
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err,
               Catch::StartsWith("jurybox-cli list: missing FILE\n") && Catch::Contains("Usage: jurybox-cli list"));
    const Run badOption = invoke({"list", ":demo:", "judges", "--colour"});
    CHECK(badOption.status == 2);
}

TEST_CASE("init, import, list and check work end to end as a new user would use them", "[cli]") {
    test::TempDir dir;
    const std::string file = dir.path(QStringLiteral("wego.jurybox")).toStdString();
    const Run init = invoke({"init", file, "--name", "WeGO Awards", "--year", "2014", "--empty"});
    REQUIRE(init.status == 0);
    CHECK_THAT(init.err, Catch::Contains("Created"));

    const Run again = invoke({"init", file});
    CHECK(again.status == 1);
    CHECK_THAT(again.err, Catch::Contains("already exists"));

    const Run import =
        invoke({"import", file, "--criteria", demo("criteria.csv"), "--submissions", demo("submissions.csv"),
                "--judges", demo("judges.csv"), "--scores", demo("scores.csv")});
    REQUIRE(import.status == 0);
    CHECK(import.out.empty());
    CHECK_THAT(import.err, Catch::Contains("scores: 175 added, 0 updated, 0 unchanged"));

    const Run judges = invoke({"list", file, "judges", "--format", "csv"});
    REQUIRE(judges.status == 0);
    CHECK_THAT(judges.out, Catch::StartsWith("id,name,country,organization,position,email\r\n"
                                             "J1,Chris Moore,Canada,AcuitasGov,Principal Consultant,\r\n"));

    const Run table = invoke({"list", file, "submissions"});
    CHECK_THAT(table.out, Catch::Contains("Beyoğlu") && Catch::Contains("São Paulo"));

    const Run json = invoke({"list", file, "scorecards", "--format", "json"});
    CHECK_THAT(json.out, Catch::Contains("\"status\": \"submitted\""));

    const Run check = invoke({"check", file});
    CHECK(check.status == 0);
    CHECK_THAT(check.out, Catch::EndsWith(": ok\n"));
}

TEST_CASE("a rejected import exits 1 with the file, line and column, and changes nothing", "[cli]") {
    test::TempDir dir;
    const std::string file = dir.path(QStringLiteral("a.jurybox")).toStdString();
    REQUIRE(invoke({"init", file}).status == 0);
    const QString before = test::dumpDatabase(QString::fromStdString(file));
    const QString csv = dir.write(QStringLiteral("subs.csv"), "id,title,city,country,category\n"
                                                              "A-1,Portal,Seoul,Korea,Services\n"
                                                              "A-2,Open data,Lima,Peru,Open Citi\n");
    const Run run = invoke({"import", file, "--submissions", csv.toStdString()});
    CHECK(run.status == 1);
    CHECK(run.err == "jurybox-cli import: " + csv.toStdString() +
                         ":3: column \"category\": unknown category \"Open Citi\"; did you mean \"Open City\"?\n");
    CHECK(test::dumpDatabase(QString::fromStdString(file)) == before);
}

TEST_CASE("list names the thing it cannot list and suggests the right word", "[cli]") {
    const Run run = invoke({"list", ":demo:", "judge"});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("cannot list 'judge'; did you mean 'judges'?"));
}

TEST_CASE("the embedded demo award can be listed without any file", "[cli]") {
    const Run run = invoke({"list", ":demo:", "categories", "--format", "csv"});
    REQUIRE(run.status == 0);
    CHECK_THAT(run.out, Catch::Contains("Urban Management") && Catch::Contains("Digital Divide"));
}

TEST_CASE("audit prints the trail and --verify fails once an event was altered", "[cli]") {
    test::TempDir dir;
    const std::string file = dir.path(QStringLiteral("a.jurybox")).toStdString();
    REQUIRE(invoke({"init", file, "--demo"}).status == 0);
    const Run trail = invoke({"audit", file, "--format", "csv"});
    REQUIRE(trail.status == 0);
    CHECK_THAT(trail.out,
               Catch::StartsWith("id,at,actor,action,summary,hash\r\n1,") &&
                   Catch::Contains(",create,\"Created the award \"\"The 2nd WeGO Awards 2014\"\" (2014)\","));
    const Run intact = invoke({"audit", file, "--verify"});
    CHECK(intact.status == 0);
    CHECK_THAT(intact.out, Catch::EndsWith("audit trail intact (3 events)\n"));
    {
        auto award = store::AwardFile::open(QString::fromStdString(file));
        award.db().exec(
            "DROP TRIGGER audit_event_no_update; UPDATE audit_event SET actor = 'someone else' WHERE id = 1");
    }
    const Run tampered = invoke({"audit", file, "--verify"});
    CHECK(tampered.status == 1);
    CHECK_THAT(tampered.out, Catch::Contains("event 1 (create,") && Catch::Contains("altered"));
    CHECK(invoke({"check", file}).status == 1);
}

TEST_CASE("backup writes a consistent copy and never overwrites", "[cli]") {
    test::TempDir dir;
    const std::string file = dir.path(QStringLiteral("a.jurybox")).toStdString();
    const std::string copy = dir.path(QStringLiteral("copy.jurybox")).toStdString();
    REQUIRE(invoke({"init", file, "--demo"}).status == 0);
    REQUIRE(invoke({"backup", file, copy}).status == 0);
    CHECK(test::dumpDatabase(QString::fromStdString(copy)) == test::dumpDatabase(QString::fromStdString(file)));
    const Run again = invoke({"backup", file, copy});
    CHECK(again.status == 1);
    CHECK_THAT(again.err, Catch::Contains("already exists"));
}

TEST_CASE("signoff prints only the digest on stdout and a refused change names the sign-off", "[cli]") {
    test::TempDir dir;
    const std::string file = dir.path(QStringLiteral("a.jurybox")).toStdString();
    REQUIRE(invoke({"init", file, "--demo"}).status == 0);
    const Run missingBy = invoke({"signoff", file});
    CHECK(missingBy.status == 2);
    const Run signedOff = invoke({"signoff", file, "--method", "borda", "--by", "Ana Lima"});
    REQUIRE(signedOff.status == 0);
    CHECK(signedOff.out.size() == 65);
    CHECK_THAT(signedOff.err, Catch::StartsWith("Signed off: round \"Final\" signed off by Ana Lima"));
    const QString csv = dir.write(QStringLiteral("s.csv"), "judge,submission,criterion,score\nJ1,SER-01,Impact,2\n");
    const Run refused = invoke({"import", file, "--scores", csv.toStdString()});
    CHECK(refused.status == 1);
    CHECK_THAT(refused.err, Catch::Contains("the tally is frozen") && Catch::Contains("(borda, digest"));
    CHECK(invoke({"check", file}).status == 0);
    CHECK(invoke({"signoff", file, "--revoke", "--by", "Ana Lima"}).status == 0);
    CHECK(invoke({"import", file, "--scores", csv.toStdString()}).status == 0);
}

namespace {

/// Every mark of a file as "judge,entry,criterion,value" lines in a fixed order, and the assignments.
QString marksOf(const std::string& file) {
    db::Database db(QString::fromStdString(file), db::Database::Mode::ReadOnly);
    QString out;
    db::Statement marks = db.prepare(
        "SELECT j.ref, s.ref, c.name, v.value, sc.status, sc.revision FROM score v "
        "JOIN scorecard sc ON sc.id = v.scorecard_id JOIN judge j ON j.id = sc.judge_id "
        "JOIN submission s ON s.id = sc.submission_id JOIN criterion c ON c.id = v.criterion_id ORDER BY 1, 2, 3");
    while (marks.step())
        out += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                   .arg(marks.text(0), marks.text(1), marks.text(2), marks.text(3), marks.text(4), marks.text(5));
    db::Statement assigned = db.prepare("SELECT j.ref, s.ref FROM assignment a JOIN judge j ON j.id = a.judge_id "
                                        "JOIN submission s ON s.id = a.submission_id ORDER BY 1, 2");
    while (assigned.step())
        out += QStringLiteral("assigned %1,%2\n").arg(assigned.text(0), assigned.text(1));
    return out;
}

} // namespace

TEST_CASE("a scores import of thousands of rows, in two parts, stores exactly the marks it was given", "[cli]") {
    test::TempDir dir;
    const std::string source = dir.path(QStringLiteral("g.jurybox")).toStdString();
    REQUIRE(invoke({"generate", source, "--submissions", "700", "--judges", "21", "--per-submission", "3", "--criteria",
                    "5", "--seed", "4"})
                .status == 0);
    std::vector<std::string> definitions;
    for (const char* what : {"criteria", "submissions", "judges"}) {
        const Run listing = invoke({"list", source, what, "--format", "csv"});
        REQUIRE(listing.status == 0);
        const QString csv =
            dir.write(QStringLiteral("%1.csv").arg(QLatin1String(what)), QByteArray::fromStdString(listing.out));
        definitions.insert(definitions.end(), {std::string("--") + what, csv.toStdString()});
    }
    const Run cards = invoke({"list", source, "scorecards", "--format", "csv"});
    REQUIRE(cards.status == 0);
    QByteArray all;
    QByteArray head;
    int lines = 0;
    for (const QByteArray& line : QByteArray::fromStdString(cards.out).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QByteArray row = line.trimmed().split(',').mid(0, 4).join(',') + "\r\n";
        all += row;
        if (lines++ < 1001) // the header and 1,000 marks: 200 scorecards
            head += row;
    }
    REQUIRE(lines == 1 + 700 * 3 * 5);
    const std::string file = dir.path(QStringLiteral("a.jurybox")).toStdString();
    REQUIRE(invoke({"init", file, "--empty"}).status == 0);
    std::vector<std::string> args{"import", file};
    args.insert(args.end(), definitions.begin(), definitions.end());
    REQUIRE(invoke(args).status == 0);
    const Run first = invoke({"import", file, "--scores", dir.write(QStringLiteral("head.csv"), head).toStdString()});
    REQUIRE(first.status == 0);
    CHECK_THAT(first.err, Catch::Contains("scores: 200 added, 0 updated, 0 unchanged"));
    const Run rest = invoke({"import", file, "--scores", dir.write(QStringLiteral("all.csv"), all).toStdString()});
    REQUIRE(rest.status == 0);
    CHECK_THAT(rest.err, Catch::Contains("scores: 1900 added, 0 updated, 200 unchanged"));
    CHECK(marksOf(file) == marksOf(source));
    db::Database db(QString::fromStdString(file), db::Database::Mode::ReadOnly);
    db::Statement ids = db.prepare("SELECT COUNT(*), MIN(id), MAX(id) FROM scorecard");
    REQUIRE(ids.step());
    CHECK(ids.integer(0) == 2100);
    CHECK(ids.integer(1) == 1);
    CHECK(ids.integer(2) == 2100);
}
