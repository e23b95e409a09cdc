// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/assign/AutoAssign.h"
#include "core/audit/AuditLog.h"
#include "core/award/NewAward.h"
#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/exchange/AccessCode.h"
#include "core/exchange/JudgeSession.h"
#include "core/exchange/PackageMerge.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/Pbkdf2.h"
#include "core/exchange/ScorecardSigner.h"
#include "core/import/AwardImport.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>

using namespace jurybox;
using Catch::Contains;

namespace {

/// The 2014 panel and entries, three judges per entry, no scores yet.
QString assignedAward(const test::TempDir& dir, const QString& name = QStringLiteral("a.jurybox")) {
    award::NewAwardOptions options;
    options.empty = true;
    const QString path = dir.path(name);
    auto file = award::createAward(path, options);
    import::ImportSources s;
    s.criteria = test::demoCsv(QStringLiteral("criteria.csv"));
    s.submissions = test::demoCsv(QStringLiteral("submissions.csv"));
    s.judges = test::demoCsv(QStringLiteral("judges.csv"));
    import::importCsv(file, s);
    assign::autoAssign(file, {3, std::nullopt, 1});
    return path;
}

exchange::PackageResult packageFor(const QString& award, const QString& judge, const QString& out, bool blind = false) {
    auto file = store::AwardFile::open(award);
    exchange::PackageOptions o;
    o.judgeRef = judge;
    o.outPath = out;
    o.blind = blind;
    o.overwrite = true;
    return exchange::writePackage(file, o);
}

/// Scores every entry of the session with the same mark and submits.
void scoreAll(exchange::JudgeSession& session, double mark) {
    for (const auto& e : session.entries())
        for (const Criterion& c : session.criteriaOf(e.submission.categoryId))
            session.setScore(e.submission.ref, c.id, mark);
    session.submitAllComplete();
}

/// A package for the judge, every entry scored with the same mark and submitted, the session closed.
exchange::PackageResult scoredPackage(const QString& award, const QString& judge, const QString& out, double mark) {
    const auto r = packageFor(award, judge, out);
    auto session = exchange::JudgeSession::open(out, r.accessCode);
    scoreAll(session, mark);
    return r;
}

/// Every text value of every table of a package, for "nothing about other judges" checks.
QString everyText(const QString& path) {
    db::Database db(path, db::Database::Mode::ReadOnly);
    QString out;
    db::Statement tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'");
    QStringList names;
    while (tables.step())
        names << tables.text(0);
    for (const QString& t : names) {
        const QByteArray sql = "SELECT * FROM \"" + t.toUtf8() + "\"";
        db::Statement rows = db.prepare(sql.constData());
        while (rows.step())
            for (int c = 0; c < rows.columnCount(); ++c)
                out += rows.text(c) + QLatin1Char('\n');
    }
    return out;
}

/// Judges J1 to J4's packages, every mark 7, in that order.
std::vector<QString> scoredPackages(const test::TempDir& dir, const QString& award) {
    std::vector<QString> paths;
    for (const char* judge : {"J1", "J2", "J3", "J4"}) {
        paths.push_back(dir.path(QString::fromLatin1(judge) + QStringLiteral(".jurypkg")));
        scoredPackage(award, QString::fromLatin1(judge), paths.back(), 7);
    }
    return paths;
}

/// The scorecards of the judge with that ref in round 1.
std::vector<Scorecard> cardsOfJudge(store::AwardFile& file, const char* ref) {
    return store::ScorecardStore(file.db()).ofJudge(store::JudgeStore(file.db()).byRef(QString::fromLatin1(ref))->id,
                                                    1);
}

/// How many merges the award's audit trail records.
int mergeEvents(store::AwardFile& file) {
    int merges = 0;
    for (const auto& e : audit::AuditLog(file.db()).events())
        merges += e.action == QStringLiteral("merge") ? 1 : 0;
    return merges;
}

} // namespace

TEST_CASE("PBKDF2-HMAC-SHA256 matches RFC 7914's test vector and Qt's QPasswordDigestor", "[exchange]") {
    CHECK(
        exchange::pbkdf2Sha256("passwd", "salt", 1, 64).toHex() ==
        "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30"
        "bd509112041d3a19783");
    CHECK(exchange::pbkdf2Sha256("Password", "NaCl", 80000, 64) ==
          QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "Password", "NaCl", 80000, 64));
}

TEST_CASE("a scorecard signature is HMAC-SHA256 over the length-prefixed fields, the same from a reused signer",
          "[exchange]") {
    const QByteArray key = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    exchange::SignedScorecard ascii{QStringLiteral("u-1"),
                                    QStringLiteral("J3"),
                                    QStringLiteral("SER-04"),
                                    QStringLiteral("Round 1"),
                                    2,
                                    QStringLiteral("submitted"),
                                    QString(),
                                    {{QStringLiteral("Impact"), 7.5}, {QStringLiteral("Reach"), 10}}};
    exchange::SignedScorecard korean = ascii;
    korean.comment = QStringLiteral("세종 · São Paulo");
    korean.values = {{QStringLiteral("영향"), 3}};
    // The encoding written out by hand: a change to it would orphan every package already sent.
    const QByteArray asciiMessage = "20:jurybox scorecard v13:u-12:J36:SER-047:Round 11:29:submitted0:1:26:Impact"
                                    "3:7.55:Reach2:10";
    const QByteArray koreanMessage = "20:jurybox scorecard v13:u-12:J36:SER-047:Round 11:29:submitted"
                                     "20:" +
                                     QStringLiteral("세종 · São Paulo").toUtf8() +
                                     "1:16:" + QStringLiteral("영향").toUtf8() + "1:3";
    const auto hmac = [&](const QByteArray& m) {
        return QMessageAuthenticationCode::hash(m, key, QCryptographicHash::Sha256);
    };
    CHECK(exchange::signScorecard(key, ascii) == hmac(asciiMessage));
    CHECK(exchange::signScorecard(key, korean) == hmac(koreanMessage));
    exchange::ScorecardSigner signer(key);
    CHECK(signer.sign(korean) == hmac(koreanMessage));
    CHECK(signer.sign(ascii) == hmac(asciiMessage)); // a shorter message after a longer one: nothing left over
    CHECK(signer.verifies(korean, hmac(koreanMessage)));
    CHECK_FALSE(signer.verifies(korean, hmac(asciiMessage)));
}

TEST_CASE("access codes are 16 unambiguous characters and normalise for typing", "[exchange]") {
    const QString code = exchange::generateAccessCode();
    CHECK(code.size() == 19);
    CHECK(code.count(QLatin1Char('-')) == 3);
    for (const QChar c : exchange::normaliseAccessCode(code))
        CHECK_FALSE(QStringLiteral("01IOL").contains(c));
    CHECK(exchange::normaliseAccessCode(QStringLiteral("ab2c-de3f ghj4")) == QStringLiteral("AB2CDE3FGHJ4"));
    CHECK(exchange::generateAccessCode() != code);
}

TEST_CASE("a package holds the judge's entries and nothing about any other judge", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    // J2 scores first, so the award holds another judge's marks and comment to leak.
    const QString j2 = dir.path(QStringLiteral("j2.jurypkg"));
    const auto r2 = packageFor(award, QStringLiteral("J2"), j2);
    auto s2 = exchange::JudgeSession::open(j2, r2.accessCode);
    scoreAll(s2, 7);
    s2.setComment(s2.entries().front().submission.ref, QStringLiteral("secret remark of Tang Zhiwei"));
    {
        auto file = store::AwardFile::open(award);
        REQUIRE(exchange::mergePackage(file, j2).accepted);
    }

    const QString j1 = dir.path(QStringLiteral("j1.jurypkg"));
    const auto r1 = packageFor(award, QStringLiteral("J1"), j1);
    CHECK(r1.codeGenerated);
    CHECK(r1.entries > 0);
    const QString text = everyText(j1);
    CHECK(text.contains(QStringLiteral("Chris Moore")));
    for (const char* other : {"Tang Zhiwei", "Joonas Pekkanen", "J2", "J3", "Open Ministry", "secret remark"})
        CHECK_FALSE(text.contains(QString::fromUtf8(other)));
    CHECK_FALSE(text.contains(r2.accessCode));
    CHECK_FALSE(text.contains(r1.accessCode));
    db::Database pkg(j1, db::Database::Mode::ReadOnly);
    db::Statement cards = pkg.prepare("SELECT COUNT(*) FROM scorecard");
    REQUIRE(cards.step());
    CHECK(cards.integer(0) == 0); // J1 has not scored yet: J2's scorecards never travel with J1's package
    // The code is stable: a second package for J1 uses the same one.
    CHECK(packageFor(award, QStringLiteral("J1"), j1).accessCode == r1.accessCode);
}

TEST_CASE("a blind package leaves out city, country, organisation and contact, and names leaks", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    const QString path = dir.path(QStringLiteral("blind.jurypkg"));
    const auto r = packageFor(award, QStringLiteral("J3"), path, true);
    db::Database pkg(path, db::Database::Mode::ReadOnly);
    db::Statement st = pkg.prepare("SELECT COUNT(*) FROM submission WHERE city <> '' OR country <> '' OR "
                                   "organisation <> '' OR contact <> ''");
    REQUIRE(st.step());
    CHECK(st.integer(0) == 0);
    // The 2014 titles name their cities ("... of Taipei"): every entry is reported.
    CHECK(r.leaks.size() >= r.entries);
    CHECK(r.leaks.front().contains(QStringLiteral("title names")));
}

TEST_CASE("a wrong access code opens nothing", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    const QString path = dir.path(QStringLiteral("j1.jurypkg"));
    packageFor(award, QStringLiteral("J1"), path);
    CHECK_THROWS_WITH(exchange::JudgeSession::open(path, QStringLiteral("AAAA-BBBB-CCCC-DDDD")),
                      Contains("the access code does not open this package"));
    CHECK_THROWS_WITH(exchange::JudgeSession::open(award, QStringLiteral("x")), Contains("is an award file"));
}

TEST_CASE("a package edited with a database tool is rejected whole and the award is unchanged", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    const QString path = dir.path(QStringLiteral("j1.jurypkg"));
    scoredPackage(award, QStringLiteral("J1"), path, 6);
    const QString before = test::dumpDatabase(award);
    SECTION("a value changed") {
        db::Database(path, db::Database::Mode::ReadWrite)
            .exec("UPDATE score SET value = 10 WHERE scorecard_id = (SELECT MIN(scorecard_id) FROM score)");
    }
    SECTION("a status changed") {
        db::Database(path, db::Database::Mode::ReadWrite).exec("UPDATE scorecard SET comment = 'added later'");
    }
    SECTION("a scorecard copied to an unassigned entry") {
        db::Database(path, db::Database::Mode::ReadWrite)
            .exec("UPDATE submission SET ref = 'SER-99' WHERE id = (SELECT MIN(id) FROM submission)");
    }
    auto file = store::AwardFile::open(award);
    const auto report = exchange::mergePackage(file, path);
    CHECK_FALSE(report.accepted);
    CHECK(report.reason.contains(QStringLiteral("fails its signature check")));
    CHECK(test::dumpDatabase(award) == before);
}

TEST_CASE("a batch merge keeps the good packages and rolls a tampered one back to its savepoint", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    const QString good1 = dir.path(QStringLiteral("j1.jurypkg"));
    const QString tampered = dir.path(QStringLiteral("j2.jurypkg"));
    const QString good3 = dir.path(QStringLiteral("j3.jurypkg"));
    scoredPackage(award, QStringLiteral("J1"), good1, 6);
    scoredPackage(award, QStringLiteral("J2"), tampered, 7);
    scoredPackage(award, QStringLiteral("J3"), good3, 8);
    db::Database(tampered, db::Database::Mode::ReadWrite)
        .exec("UPDATE score SET value = 10 WHERE scorecard_id = (SELECT MAX(scorecard_id) FROM score)");

    auto file = store::AwardFile::open(award);
    const auto reports = exchange::PackageMerger(file).mergeAll({good1, tampered, good3});
    REQUIRE(reports.size() == 3);
    CHECK(reports[0].accepted);
    CHECK(reports[0].added > 0);
    CHECK_FALSE(reports[1].accepted);
    CHECK(reports[1].package == QStringLiteral("j2.jurypkg"));
    CHECK(reports[1].added == 0);
    CHECK_THAT(reports[1].reason.toStdString(), Contains("fails its signature check"));
    CHECK(reports[2].accepted);
    CHECK(reports[2].added > 0);
    CHECK_FALSE(file.db().inTransaction());

    const auto cardsOf = [&](const char* ref) { return cardsOfJudge(file, ref); };
    CHECK(static_cast<int>(cardsOf("J1").size()) == reports[0].added);
    CHECK(cardsOf("J2").empty());
    CHECK(static_cast<int>(cardsOf("J3").size()) == reports[2].added);
    const int merges = mergeEvents(file);
    CHECK(merges == 2); // one event per merged package, none for the rejected one
    CHECK(audit::AuditLog(file.db()).verify().isEmpty());
}

TEST_CASE("a batch merge reports every package in the order given, whatever is verified ahead", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    std::vector<QString> paths = scoredPackages(dir, award);
    paths.insert(paths.begin() + 2, dir.path(QStringLiteral("missing.jurypkg")));
    paths.push_back(paths.front()); // J1's again, after its scorecards were written in the same batch

    auto file = store::AwardFile::open(award);
    const auto reports = exchange::PackageMerger(file).mergeAll(paths);
    REQUIRE(reports.size() == paths.size());
    const std::vector<QString> judges{QStringLiteral("J1"), QStringLiteral("J2"), QString(),
                                      QStringLiteral("J3"), QStringLiteral("J4"), QStringLiteral("J1")};
    for (std::size_t i = 0; i < reports.size(); ++i) {
        CHECK(reports[i].package == QFileInfo(paths[i]).fileName());
        CHECK(reports[i].judgeRef == judges[i]);
    }
    CHECK_FALSE(reports[2].accepted);
    CHECK_THAT(reports[2].reason.toStdString(), Contains("no such file"));
    for (std::size_t i : {0, 1, 3, 4}) {
        CHECK(reports[i].accepted);
        CHECK(reports[i].added > 0);
    }
    CHECK(reports[5].accepted);
    CHECK(reports[5].added == 0);
    CHECK(reports[5].unchanged == reports[0].added);
}

TEST_CASE("merging one by one commits each package alone, in order, and a stop leaves the rest untouched",
          "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    std::vector<QString> paths = scoredPackages(dir, award);
    db::Database(paths[1], db::Database::Mode::ReadWrite)
        .exec("UPDATE score SET value = 10 WHERE scorecard_id = (SELECT MAX(scorecard_id) FROM score)");

    struct Stop {};
    auto file = store::AwardFile::open(award);
    std::vector<std::size_t> started;
    std::vector<exchange::MergeReport> reports;
    exchange::PackageMerger merger(file);
    CHECK_THROWS_AS(merger.mergeEach(
                        paths, [&](std::size_t i) { started.push_back(i); },
                        [&](exchange::MergeReport&& r) {
                            CHECK_FALSE(file.db().inTransaction()); // each package committed or rolled back alone
                            reports.push_back(std::move(r));
                            if (reports.size() == 3)
                                throw Stop{};
                        }),
                    Stop);
    CHECK(started == std::vector<std::size_t>{0, 1, 2});
    REQUIRE(reports.size() == 3);
    CHECK(reports[0].judgeRef == QStringLiteral("J1"));
    CHECK(reports[0].accepted);
    CHECK_FALSE(reports[1].accepted);
    CHECK_THAT(reports[1].reason.toStdString(), Contains("fails its signature check"));
    CHECK(reports[2].judgeRef == QStringLiteral("J3"));
    CHECK(reports[2].accepted);

    const auto cardsOf = [&](const char* ref) { return cardsOfJudge(file, ref); };
    CHECK(static_cast<int>(cardsOf("J1").size()) == reports[0].added);
    CHECK(cardsOf("J2").empty());
    CHECK(static_cast<int>(cardsOf("J3").size()) == reports[2].added);
    CHECK(cardsOf("J4").empty()); // verified ahead perhaps, never written
    const int merges = mergeEvents(file);
    CHECK(merges == 2);

    // The same merger goes on with the rest later, against the same award.
    std::vector<exchange::MergeReport> rest;
    merger.mergeEach(
        {paths[3]}, [](std::size_t) {}, [&](exchange::MergeReport&& r) { rest.push_back(std::move(r)); });
    REQUIRE(rest.size() == 1);
    CHECK(rest[0].accepted);
    CHECK(static_cast<int>(cardsOf("J4").size()) == rest[0].added);
}

TEST_CASE("merged scorecards keep their package's signatures, written many rows per statement", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    const QString path = dir.path(QStringLiteral("j5.jurypkg"));
    scoredPackage(award, QStringLiteral("J5"), path, 6);
    std::map<QString, QByteArray> signatures;
    {
        db::Database pkg(path, db::Database::Mode::ReadOnly);
        db::Statement st =
            pkg.prepare("SELECT s.ref, c.signature FROM scorecard c JOIN submission s ON s.id = c.submission_id");
        while (st.step())
            signatures[st.text(0)] = st.blob(1);
    }
    REQUIRE(signatures.size() > 1);

    auto file = store::AwardFile::open(award);
    const auto reports = exchange::PackageMerger(file).mergeAll({path});
    REQUIRE(reports.front().accepted);
    std::map<QString, QByteArray> stored;
    db::Statement st = file.db().prepare("SELECT s.ref, c.signature FROM scorecard c JOIN submission s ON s.id = "
                                         "c.submission_id JOIN judge j ON j.id = c.judge_id WHERE j.ref = 'J5'");
    while (st.step())
        stored[st.text(0)] = st.blob(1);
    CHECK(stored == signatures);
    // Merged again, every scorecard compares equal: the stored content is the package's.
    const auto again = exchange::mergePackage(file, path);
    CHECK(again.unchanged == static_cast<int>(signatures.size()));
}

TEST_CASE("a package of another award is rejected by name", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    const QString other = assignedAward(dir, QStringLiteral("other.jurybox"));
    const QString path = dir.path(QStringLiteral("j1.jurypkg"));
    packageFor(other, QStringLiteral("J1"), path);
    auto file = store::AwardFile::open(award);
    const auto report = exchange::mergePackage(file, path);
    CHECK_FALSE(report.accepted);
    CHECK(report.reason.contains(QStringLiteral("belongs to another award")));
}

TEST_CASE("merging takes newer revisions, ignores stale ones and is idempotent", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    const QString path = dir.path(QStringLiteral("j4.jurypkg"));
    const auto r = packageFor(award, QStringLiteral("J4"), path);
    auto session = exchange::JudgeSession::open(path, r.accessCode);
    scoreAll(session, 5);
    const QString stale = dir.path(QStringLiteral("stale.jurypkg"));
    REQUIRE(QFile::copy(path, stale));
    const auto entries = session.entries();
    const QString first = entries.front().submission.ref;
    session.setScore(first, session.criteriaOf(entries.front().submission.categoryId).front().id, 9);

    auto file = store::AwardFile::open(award);
    const auto merged = exchange::mergePackage(file, path);
    REQUIRE(merged.accepted);
    CHECK(merged.added == static_cast<int>(entries.size()));
    const QString afterFirst = test::dumpDatabase(award);
    const auto again = exchange::mergePackage(file, path);
    CHECK(again.accepted);
    CHECK(again.unchanged == static_cast<int>(entries.size()));
    CHECK(test::dumpDatabase(award) == afterFirst); // not even an audit event
    const auto old = exchange::mergePackage(file, stale);
    CHECK(old.accepted);
    CHECK(old.ignored == 1);
    CHECK(old.unchanged == static_cast<int>(entries.size()) - 1);
    const auto j4 = store::JudgeStore(file.db()).byRef(QStringLiteral("J4"));
    const auto sub = store::SubmissionStore(file.db()).byRef(first);
    const auto card = store::ScorecardStore(file.db()).find(j4->id, sub->id, 1);
    REQUIRE(card);
    CHECK(card->values.begin()->second == 9);
    CHECK(card->status == ScorecardStatus::Submitted);
}

TEST_CASE("a scorecard cannot be submitted incomplete and clearing a mark returns it to draft", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    const QString path = dir.path(QStringLiteral("j5.jurypkg"));
    const auto r = packageFor(award, QStringLiteral("J5"), path);
    auto session = exchange::JudgeSession::open(path, r.accessCode);
    const auto e = session.entries().front();
    const auto criteria = session.criteriaOf(e.submission.categoryId);
    session.setScore(e.submission.ref, criteria.front().id, 8);
    CHECK_THROWS_WITH(session.submit(e.submission.ref), Contains("cannot be submitted yet: score"));
    CHECK_THROWS_WITH(session.setScore(e.submission.ref, criteria.front().id, 11), Contains("outside 1–10"));
    for (const Criterion& c : criteria)
        session.setScore(e.submission.ref, c.id, 8);
    session.submit(e.submission.ref);
    CHECK(session.entry(e.submission.ref)->state == exchange::EntryState::Submitted);
    const int revision = session.entry(e.submission.ref)->revision;
    session.setScore(e.submission.ref, criteria.back().id, std::nullopt);
    CHECK(session.entry(e.submission.ref)->state == exchange::EntryState::Draft);
    CHECK(session.entry(e.submission.ref)->revision == revision + 1);
    session.setScore(e.submission.ref, criteria.front().id, 8); // same value: no new revision
    CHECK(session.entry(e.submission.ref)->revision == revision + 1);
}

TEST_CASE("a merge reads the key the award kept for its package and derives any key it does not know", "[exchange]") {
    test::TempDir dir;
    const QString award = assignedAward(dir);
    const QString path = dir.path(QStringLiteral("j2.jurypkg"));
    const auto r = scoredPackage(award, QStringLiteral("J2"), path, 7);
    {
        db::Database pkg(path, db::Database::Mode::ReadOnly);
        db::Statement st = pkg.prepare("SELECT value FROM meta WHERE key = 'kdf_salt'");
        REQUIRE(st.step());
        const QByteArray packageSalt = QByteArray::fromHex(st.text(0).toLatin1());
        db::Database db(award, db::Database::Mode::ReadOnly);
        db::Statement keys = db.prepare("SELECT k.salt, k.iterations, k.key FROM package_key k JOIN judge j ON "
                                        "j.id = k.judge_id WHERE j.ref = 'J2'");
        REQUIRE(keys.step());
        CHECK(keys.blob(0) == packageSalt);
        CHECK(keys.integer(1) == exchange::kKeyIterations);
        CHECK(keys.blob(2) == exchange::deriveKey(r.accessCode, packageSalt, exchange::kKeyIterations));
        CHECK_FALSE(keys.step());
    }
    SECTION("a wrong stored key is not trusted over the package's verifier") {
        db::Database(award, db::Database::Mode::ReadWrite).exec("UPDATE package_key SET key = zeroblob(32)");
        auto file = store::AwardFile::open(award);
        const QString before = test::dumpDatabase(award);
        const auto report = exchange::mergePackage(file, path);
        CHECK_FALSE(report.accepted);
        CHECK(report.reason.contains(QStringLiteral("does not open with judge J2's access code")));
        CHECK(test::dumpDatabase(award) == before);
    }
    SECTION("a package whose key the award did not keep opens with the access code") {
        db::Database(award, db::Database::Mode::ReadWrite).exec("DELETE FROM package_key");
        auto file = store::AwardFile::open(award);
        const auto report = exchange::mergePackage(file, path);
        CHECK(report.accepted);
        CHECK(report.added == r.entries);
    }
    SECTION("another judge's stored key does not open the package") {
        packageFor(award, QStringLiteral("J3"), dir.path(QStringLiteral("j3.jurypkg")));
        db::Database(path, db::Database::Mode::ReadWrite).exec("UPDATE meta SET value = 'J3' WHERE key = 'judge_ref'");
        auto file = store::AwardFile::open(award);
        const auto report = exchange::mergePackage(file, path);
        CHECK_FALSE(report.accepted);
        CHECK(report.reason.contains(QStringLiteral("does not open with judge J3's access code")));
    }
    SECTION("the stored keys go when the judge's access code changes") {
        auto file = store::AwardFile::open(award);
        const auto j2 = store::JudgeStore(file.db()).byRef(QStringLiteral("J2"));
        store::JudgeStore(file.db()).setAccessCode(j2->id, exchange::generateAccessCode());
        db::Statement count = file.db().prepare("SELECT COUNT(*) FROM package_key");
        REQUIRE(count.step());
        CHECK(count.integer(0) == 0);
        const auto report = exchange::mergePackage(file, path);
        CHECK_FALSE(report.accepted);
        CHECK(report.reason.contains(QStringLiteral("does not open with judge J2's access code")));
    }
}
