// SPDX-License-Identifier: Apache-2.0
#include "core/export/HandbookModel.h"
#include "core/import/AwardImport.h"
#include "core/signoff/Signoff.h"
#include "tests/handbook/HandbookFixture.h"
#include "ui/handbook/Handbook.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace jurybox;

namespace {

QString nfkc(const QString& s) {
    return s.normalized(QString::NormalizationForm_KC);
}

QString writePdf(store::AwardFile& award, const test::TempDir& dir, const QString& name = QStringLiteral("hb.pdf")) {
    const QString path = dir.path(name);
    handbook::writeHandbook(exports::buildHandbook(award), path, handbook::HandbookFormat::Pdf);
    return path;
}

} // namespace

TEST_CASE("the PDF handbook holds every category, winner and judge with exact Unicode", "[export][handbook]") {
    test::TempDir dir;
    store::AwardFile award = test::makeHandbookAward(dir.path(QStringLiteral("a.jurybox")), dir);
    const exports::HandbookModel model = exports::buildHandbook(award);
    const QString path = writePdf(award, dir);
    const QString text = test::pdfText(path);

    CHECK(text.contains(QStringLiteral("The 2nd WeGO Awards 2014 Winners")));
    CHECK(text.contains(QStringLiteral("Judging Panel of the 2nd WeGO Awards 2014")));
    REQUIRE(model.categories.size() == 5);
    for (const exports::HandbookCategory& c : model.categories) {
        CHECK(text.contains(nfkc(c.summary.category.name)));
        for (const tally::TierWinners& tier : c.summary.tiers) {
            REQUIRE(tier.winners.size() == 1);
            const Submission& s = tier.winners.front();
            CHECK(text.contains(nfkc(s.title)));
            CHECK(text.contains(nfkc(s.city + QStringLiteral(", ") + s.country)));
            CHECK(text.contains(nfkc(s.summary)));
        }
    }
    REQUIRE(model.panel.size() == 11);
    for (const Judge& j : model.panel)
        CHECK(text.contains(nfkc(j.name)));
    for (const QString& name : test::unicodeJudgeNames())
        CHECK(text.contains(nfkc(name)));
    CHECK(text.contains(QStringLiteral("Đà Nẵng Department of Information")));
    CHECK(text.contains(QStringLiteral("Ульяновский государственный технический университет")));
}

TEST_CASE("the PDF embeds Noto Sans and the CJK font for Hangul", "[export][handbook]") {
    test::TempDir dir;
    store::AwardFile award = test::makeHandbookAward(dir.path(QStringLiteral("a.jurybox")), dir);
    const QString fonts = test::run(QStringLiteral("pdffonts"), {writePdf(award, dir)});
    CHECK(fonts.contains(QStringLiteral("NotoSans-Regular")));
    CHECK(fonts.contains(QStringLiteral("NotoSansCJK")));
    // Every font line (after the two header lines) says "emb yes": nothing depends on the reader's fonts.
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(!lines.isEmpty());
    for (const QString& line : lines)
        CHECK(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"))));
}

TEST_CASE("the PDF starts with the cover and gives each category its own page", "[export][handbook]") {
    test::TempDir dir;
    store::AwardFile award = test::makeDemo(dir.path(QStringLiteral("a.jurybox")));
    const QString path = writePdf(award, dir);
    // Cover, winners, five categories, panel, method.
    REQUIRE(test::pdfPages(path) == 9);
    const QString cover = test::pdfText(path, 1);
    CHECK(cover.contains(QStringLiteral("CEREMONY HANDBOOK")));
    CHECK(cover.contains(QStringLiteral("The 2nd WeGO Awards 2014")));
    CHECK(cover.contains(QStringLiteral("Edition 2014")));
    CHECK(cover.contains(QStringLiteral("World e-Governments Organization of Cities and Local Governments (WeGO)")));
    CHECK(test::pdfText(path, 2).contains(QStringLiteral("Winners")));
    CHECK(test::pdfText(path, 3).startsWith(QStringLiteral("Services ")));
    CHECK(test::pdfText(path, 8).contains(QStringLiteral("Judging Panel")));
    const QString method = test::pdfText(path, 9);
    CHECK(method.contains(QStringLiteral("25 eligible entries from 18 countries in 5 categories")));
    CHECK(method.contains(QStringLiteral("175 scorecards from 7 judges")));
    CHECK(method.contains(QStringLiteral("has not been signed off")));
}

TEST_CASE("a winner's profile is never split across pages, even when profiles are long", "[export][handbook]") {
    test::TempDir dir;
    store::AwardFile award = test::makeDemo(dir.path(QStringLiteral("a.jurybox")));
    // Long summaries (about a third of a page each) for the three Services winners: without keep-together at least
    // one would straddle a page boundary.
    QByteArray csv = "id,title,city,country,category,summary\n";
    const QList<QByteArray> rows{"SER-01,One-stop civil service portal of Taipei,Taipei,Chinese Taipei",
                                 "SER-02,One-stop civil service portal of Songpa,Songpa,Republic of Korea",
                                 "SER-03,One-stop civil service portal of Beyoğlu,Beyoğlu,Turkey"};
    for (const QByteArray& row : rows) {
        const QByteArray ref = row.left(6);
        QByteArray summary = "Opening of " + ref + ".";
        for (int i = 0; i < 24; ++i)
            summary += " The portal joins up permits, taxes and certificates behind one sign-in for residents.";
        summary += " Closing line of " + ref + ".";
        csv += row + ",Services,\"" + summary + "\"\n";
    }
    import::ImportSources sources;
    sources.submissions = dir.write(QStringLiteral("long.csv"), csv);
    import::importCsv(award, sources);

    const QString path = writePdf(award, dir);
    const int pages = test::pdfPages(path);
    REQUIRE(pages > 9);
    int checked = 0;
    for (const char* ref : {"SER-01", "SER-02", "SER-03"}) {
        const QString opening = QStringLiteral("Opening of %1.").arg(QLatin1String(ref));
        const QString closing = QStringLiteral("Closing line of %1.").arg(QLatin1String(ref));
        for (int page = 1; page <= pages; ++page) {
            const QString text = test::pdfText(path, page);
            if (!text.contains(opening))
                continue;
            INFO(ref << " starts on page " << page);
            CHECK(text.contains(closing));
            ++checked;
        }
    }
    CHECK(checked == 3);
    // Moving profiles to the next page loses nothing that follows them.
    const QString text = test::pdfText(path);
    for (const char* heading : {"Efficiency", "Open City", "Urban Management", "Digital Divide",
                                "Judging Panel of the 2nd WeGO Awards 2014", "Judging Method", "Mustafa Omar Nawari",
                                "Digital literacy for seniors of Singapore", "has not been signed off"})
        CHECK(nfkc(text).contains(QString::fromUtf8(heading)));
}

TEST_CASE("the method note prints the sign-off digest once the round is signed off", "[export][handbook]") {
    test::TempDir dir;
    store::AwardFile award = test::makeDemo(dir.path(QStringLiteral("a.jurybox")));
    tally::TallyOptions options;
    options.method = tally::Method::Median;
    const signoff::Signoff s = signoff::signOff(award, options, QStringLiteral("Ana Lima"));

    // Without --method the handbook follows the sign-off, so the digest vouches for it.
    const exports::HandbookModel signedModel = exports::buildHandbook(award);
    CHECK(signedModel.method == tally::Method::Median);
    CHECK(signedModel.matchesSignoff);
    const QString text = test::pdfText(writePdf(award, dir));
    CHECK(text.contains(QStringLiteral("Signed off by Ana Lima")));
    CHECK(text.contains(s.digest));
    CHECK(text.contains(QStringLiteral("Method: median")));

    // Another method is printed as not the signed-off result, without the digest.
    exports::ExportOptions other;
    other.method = tally::Method::Borda;
    const exports::HandbookModel borda = exports::buildHandbook(award, other);
    CHECK_FALSE(borda.matchesSignoff);
    const QString path = dir.path(QStringLiteral("borda.pdf"));
    handbook::writeHandbook(borda, path, handbook::HandbookFormat::Pdf);
    const QString bordaText = test::pdfText(path);
    CHECK(bordaText.contains(QStringLiteral("is not the signed-off result")));
    CHECK_FALSE(bordaText.contains(s.digest));
}
