// SPDX-License-Identifier: Apache-2.0
#include "core/export/HandbookModel.h"
#include "tests/handbook/HandbookFixture.h"
#include "tests/support/CliRun.h"
#include "ui/handbook/HandbookHtml.h"
#include "ui/handbook/HandbookText.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <map>

using namespace jurybox;

namespace {

struct Expected {
    QString lang;
    QString kicker;
    QString edition;
    QStringList headings; ///< the h2 headings, in order
    QString agreement;
    QStringList panelColumns;
    QString categoryColumn;
    QString counts; ///< the start of the method note
};

Expected expected(const QString& code) {
    if (code == QLatin1String("ko")) {
        return {QStringLiteral("ko"),
                QStringLiteral("시상식 핸드북"),
                QStringLiteral("2014년 대회"),
                {QStringLiteral("The 2nd WeGO Awards 2014 수상 결과"), QStringLiteral("Services"),
                 QStringLiteral("Efficiency"), QStringLiteral("Open City"), QStringLiteral("Urban Management"),
                 QStringLiteral("Digital Divide"), QStringLiteral("The 2nd WeGO Awards 2014 심사위원단"),
                 QStringLiteral("심사 방법")},
                QStringLiteral("부문별 심사위원 간 일치도와 결과의 안정성"),
                {QStringLiteral("이름"), QStringLiteral("국가"), QStringLiteral("직위 및 소속")},
                QStringLiteral("부문"),
                QStringLiteral("“Final” 라운드에서 18개국, 5개 부문의 심사 대상 출품작 25건을 심사했으며")};
    }
    return {QStringLiteral("es"),
            QStringLiteral("Manual de la ceremonia"),
            QStringLiteral("Edición 2014"),
            {QStringLiteral("The 2nd WeGO Awards 2014: ganadores"), QStringLiteral("Services"),
             QStringLiteral("Efficiency"), QStringLiteral("Open City"), QStringLiteral("Urban Management"),
             QStringLiteral("Digital Divide"), QStringLiteral("Jurado de The 2nd WeGO Awards 2014"),
             QStringLiteral("Método de evaluación")},
            QStringLiteral("Concordancia y solidez por categoría"),
            {QStringLiteral("Nombre"), QStringLiteral("País"), QStringLiteral("Cargo y organización")},
            QStringLiteral("Categoría"),
            QStringLiteral("En la ronda «Final» se evaluaron 25 candidaturas admitidas de 18 países en 5 categorías")};
}

/// The messages of a .ts file: context → (source, translation, unfinished).
struct TsMessage {
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
};

std::vector<TsMessage> tsMessages(const QString& path) {
    QXmlStreamReader xml(test::readFile(path));
    std::vector<TsMessage> out;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            out.push_back({context, {}, {}, false});
        else if (xml.name() == QLatin1String("source"))
            out.back().source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            out.back().unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.back().translations << text;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n|v|m)"));
    QStringList out;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

TEST_CASE("the handbook in Korean and Spanish translates its headings and prints the award's data as entered",
          "[export][handbook][i18n]") {
    const QString code = GENERATE(QStringLiteral("ko"), QStringLiteral("es"));
    const Expected e = expected(code);
    test::TempDir dir;
    store::AwardFile award = test::makeHandbookAward(dir.path(QStringLiteral("a.jurybox")), dir);
    exports::ExportOptions options;
    options.language = code;
    const QString html = handbook::handbookHtml(exports::buildHandbook(award, options));

    CHECK(html.contains(QStringLiteral("<html lang=\"%1\">").arg(e.lang)));
    CHECK(html.contains(QStringLiteral("<p class=\"kicker\">%1</p>").arg(e.kicker)));
    CHECK(html.contains(QStringLiteral("<p class=\"edition\">%1</p>").arg(e.edition)));
    CHECK(test::elementTexts(html, QStringLiteral("h2")) == e.headings);
    CHECK(test::elementTexts(html, QStringLiteral("h3")).contains(e.agreement));
    CHECK(test::elementTexts(html, QStringLiteral("p")).filter(e.counts).size() == 1);

    // The tiers and the winning cities are award data: as entered, in every language.
    const std::vector<QStringList> winners = test::tableRows(html, QStringLiteral("winners"));
    REQUIRE(winners.size() == 6);
    CHECK(winners[0] == QStringList{e.categoryColumn, QStringLiteral("Best"), QStringLiteral("Outstanding"),
                                    QStringLiteral("Most Promising")});
    const std::vector<QStringList> published = test::publishedWinnersTable();
    for (std::size_t i = 0; i < published.size(); ++i)
        CHECK(winners[i + 1] == published[i]);
    const std::vector<QStringList> panel = test::tableRows(html, QStringLiteral("panel"));
    REQUIRE(panel.size() == 12);
    CHECK(panel[0] == e.panelColumns);
    CHECK(panel[8] == QStringList{QStringLiteral("김민지"), QStringLiteral("Republic of Korea"),
                                  QStringLiteral("Director, Seoul Digital Foundation")});
    CHECK(panel[9][0] == QStringLiteral("Nguyễn Thị Hồng Nhung"));

    // Figures in the language's own notation: a decimal comma in Spanish.
    const std::vector<QStringList> agreement = test::tableRows(html, QStringLiteral("agreement"));
    REQUIRE(agreement.size() == 6);
    const QRegularExpression figure(code == QLatin1String("es") ? QStringLiteral("^(−?\\d,\\d\\d|–)$")
                                                                : QStringLiteral("^(−?\\d\\.\\d\\d|–)$"));
    for (std::size_t i = 1; i < agreement.size(); ++i) {
        INFO(agreement[i].join(QStringLiteral(" | ")));
        CHECK(figure.match(agreement[i][4]).hasMatch());
    }
}

TEST_CASE("plurals and the sign-off date follow each language's rules", "[export][handbook][i18n]") {
    exports::HandbookModel one;
    one.entries = 1;
    one.countries = 1;
    one.categories.resize(1);
    one.scorecards = 1;
    one.scoringJudges = 1;
    one.round.name = QStringLiteral("Final");
    signoff::Signoff s;
    s.round = one.round;
    s.method = QStringLiteral("weighted-mean");
    s.signedBy = QStringLiteral("Ana Lima");
    s.signedAt = QStringLiteral("2026-12-01T10:15:00.000Z");
    s.digest = QStringLiteral("3f2a");
    one.signoff = s;
    one.matchesSignoff = true;
    const auto text = [&one](const char* code) {
        const handbook::HandbookText t(QString::fromLatin1(code));
        return std::pair{t.methodParagraphs(one).front(), t.signoffNote(one).sentence};
    };
    const auto [en, enSigned] = text("en");
    CHECK(en.startsWith(QStringLiteral("1 eligible entry from 1 country in 1 category were judged")));
    CHECK(en.contains(QStringLiteral("1 scorecard from 1 judge were counted")));
    CHECK(enSigned.startsWith(QStringLiteral("Signed off by Ana Lima on 1 December 2026.")));
    const auto [es, esSigned] = text("es");
    CHECK(es.contains(QStringLiteral("se evaluaron 1 candidatura admitida de 1 país en 1 categoría")));
    CHECK(esSigned.startsWith(QStringLiteral("Validado por Ana Lima el 1 de diciembre de 2026.")));
    const auto [ko, koSigned] = text("ko");
    CHECK(ko.contains(QStringLiteral("1개국, 1개 부문의 심사 대상 출품작 1건을 심사했으며")));
    CHECK(koSigned.startsWith(QStringLiteral("2026년 12월 1일에 Ana Lima이(가) 확정했습니다.")));
}

TEST_CASE("export --language ko prints a Korean PDF handbook; an unknown language is a usage error",
          "[export][cli][i18n]") {
    test::TempDir dir;
    const std::string pdf = dir.path(QStringLiteral("hb.pdf")).toStdString();
    const test::CliRun run = test::invoke({"export", ":demo:", "--handbook", pdf, "--language", "ko"});
    INFO(run.err);
    REQUIRE(run.status == 0);
    const QString text = test::pdfText(QString::fromStdString(pdf));
    CHECK(text.contains(QStringLiteral("시상식 핸드북")));
    CHECK(text.contains(QStringLiteral("The 2nd WeGO Awards 2014 심사위원단")));
    CHECK(text.contains(QStringLiteral("Mustafa Omar Nawari")));
    CHECK_FALSE(text.contains(QStringLiteral("Judging Method")));

    const test::CliRun french = test::invoke(
        {"export", ":demo:", "--handbook", dir.path(QStringLiteral("fr.html")).toStdString(), "--language", "fr"});
    CHECK(french.status == 2);
    CHECK_THAT(french.err, Catch::Contains("--language fr: use en, ko or es"));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("fr.html"))));
}

TEST_CASE("the tables and the JSON are the same bytes whatever the language and the default locale",
          "[export][cli][i18n]") {
    test::TempDir dir;
    // A file, not :demo:, whose uuid and timestamps are made afresh on each opening.
    const std::string award = dir.path(QStringLiteral("demo.jurybox")).toStdString();
    test::makeDemo(QString::fromStdString(award));
    const auto exportIn = [&dir, &award](const char* language, const QLocale& locale) {
        const QLocale before;
        QLocale::setDefault(locale);
        const QString folder = dir.path(QString::fromLatin1(language));
        const test::CliRun run =
            test::invoke({"export", award, "--csv", folder.toStdString(), "--json",
                          (folder + QStringLiteral(".json")).toStdString(), "--language", language});
        QLocale::setDefault(before);
        REQUIRE(run.status == 0);
        std::map<QString, QString> files{
            {QStringLiteral("award.json"), test::readFile(folder + QStringLiteral(".json"))}};
        for (const QString& name : QDir(folder).entryList(QDir::Files))
            files[name] = test::readFile(QDir(folder).filePath(name));
        return files;
    };
    const auto english = exportIn("en", QLocale(QLocale::English, QLocale::UnitedStates));
    const auto spanish = exportIn("es", QLocale(QLocale::Spanish, QLocale::Spain));
    const auto korean = exportIn("ko", QLocale(QLocale::Korean, QLocale::SouthKorea));
    CHECK(english.size() == 6);
    CHECK(english == spanish);
    CHECK(english == korean);
}

TEST_CASE("the Korean and Spanish translations are complete where the issue asks and keep every placeholder",
          "[export][i18n]") {
    const QString code = GENERATE(QStringLiteral("ko"), QStringLiteral("es"));
    const QStringList required{QStringLiteral("Handbook"),
                               QStringLiteral("jurybox::ui::JudgeWindow"),
                               QStringLiteral("jurybox::ui::JudgeEntryModel"),
                               QStringLiteral("jurybox::ui::WelcomePage"),
                               QStringLiteral("jurybox::ui::SettingsDialog"),
                               QStringLiteral("jurybox::ui::OpenFiles")};
    const std::vector<TsMessage> messages = tsMessages(QStringLiteral(JURYBOX_TS_DIR "/jurybox_%1.ts").arg(code));
    std::map<QString, int> perContext;
    for (const TsMessage& m : messages) {
        INFO(m.context << ": " << m.source);
        if (required.contains(m.context)) {
            ++perContext[m.context];
            CHECK_FALSE(m.unfinished);
            CHECK_FALSE(m.translations.join(QString()).trimmed().isEmpty());
        }
        if (!m.unfinished) {
            for (const QString& t : m.translations)
                CHECK(placeholders(t) == placeholders(m.source));
        }
    }
    for (const QString& context : required)
        CHECK(perContext[context] > 0);
}
