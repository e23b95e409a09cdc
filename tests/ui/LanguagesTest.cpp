// SPDX-License-Identifier: Apache-2.0
#include "core/award/DemoAward.h"
#include "tests/support/TestFiles.h"
#include "tests/ui/JudgePackageFixture.h"
#include "tests/ui/WidgetTexts.h"
#include "ui/MainWindow.h"
#include "ui/WelcomePage.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/i18n/Translations.h"
#include "ui/judge/JudgeWindow.h"
#include "ui/screens/ExportScreen.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace jurybox;

namespace {

/// The interface in one language for the length of a test, English again afterwards.
struct InterfaceLanguage {
    explicit InterfaceLanguage(const QString& code) { REQUIRE(i18n::installTranslators(code) == code); }
    ~InterfaceLanguage() {
        i18n::installTranslators(QStringLiteral("en"));
        QLocale::setDefault(m_locale);
    }
    const QLocale m_locale;
};

/// Every string of the package that is data: the award, round and judge, each entry's fields and comment, each
/// criterion's name, description and level descriptors, and the file's name.
QStringList packageData(exchange::JudgeSession& session, const QString& path) {
    QStringList data{session.awardName(), session.roundName(), session.judgeName(), QFileInfo(path).fileName()};
    for (const exchange::JudgeEntry& e : session.entries()) {
        const Submission& s = e.submission;
        data << s.ref << s.title << s.city << s.country << s.organisation << s.summary << s.contact << e.comment;
        for (const Criterion& c : session.criteriaOf(s.categoryId)) {
            data << c.name << c.description;
            for (const Descriptor& d : c.descriptors)
                data << d.text;
        }
    }
    return data;
}

/// The judge window as a judge leaves it after a first entry: marks, a comment, submitted.
std::unique_ptr<ui::JudgeWindow> workedJudgeWindow(const test::JudgePackage& s) {
    auto window = std::make_unique<ui::JudgeWindow>(exchange::JudgeSession::open(s.package, s.code), s.package);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    for (QDoubleSpinBox* input : window->markInputs())
        input->setValue(7);
    window->submitCurrent();
    return window;
}

template <typename Window>
std::unique_ptr<QWidget> shown() {
    auto window = std::make_unique<Window>();
    window->show();
    return window;
}

QString readText(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

bool hasHangul(const QString& text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

/// Builds the same window in English and in `code` and compares every visible string: once the data is taken out,
/// what is left must differ from the English (and, in Korean, be written in Hangul).
void checkTranslated(const QString& code, const std::function<std::unique_ptr<QWidget>()>& make,
                     const QStringList& data) {
    std::vector<test::VisibleText> english;
    {
        InterfaceLanguage en(QStringLiteral("en"));
        english = test::visibleTexts(make().get());
    }
    InterfaceLanguage language(code);
    const std::vector<test::VisibleText> translated = test::visibleTexts(make().get());
    REQUIRE(english.size() == translated.size());
    int compared = 0;
    for (std::size_t i = 0; i < english.size(); ++i) {
        REQUIRE(english[i].where == translated[i].where);
        const QString source = test::interfaceWording(english[i].text, data);
        if (source.isEmpty())
            continue; // nothing but data, numbers and signs
        ++compared;
        const QString target = test::interfaceWording(translated[i].text, data);
        INFO(english[i].where << ": " << english[i].text << " → " << translated[i].text);
        CHECK(target != source);
        if (code == QLatin1String("ko"))
            CHECK(hasHangul(target));
    }
    CHECK(compared >= 8); // the walk found the window's wording, not only data
}

} // namespace

TEST_CASE("judge mode in Korean and Spanish leaves no interface string in English", "[gui][i18n]") {
    const QString code = GENERATE(QStringLiteral("ko"), QStringLiteral("es"));
    test::JudgePackage s;
    test::prepareJudgePackage(s);
    auto session = exchange::JudgeSession::open(s.package, s.code);
    const QStringList data = packageData(session, s.package);
    checkTranslated(
        code, [&s] { return std::unique_ptr<QWidget>(workedJudgeWindow(s).release()); }, data);
}

TEST_CASE("the welcome page and the settings dialog are translated too", "[gui][i18n]") {
    const QString code = GENERATE(QStringLiteral("ko"), QStringLiteral("es"));
    // Data here: the recent files (paths) and the languages, each named in itself.
    QStringList data = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const i18n::Language& l : i18n::languages())
        data << l.nativeName;
    checkTranslated(code, shown<ui::WelcomePage>, data);
    checkTranslated(code, shown<ui::SettingsDialog>, data);
}

TEST_CASE("every control of judge mode, the welcome page and the settings dialog has an accessible name",
          "[gui][a11y]") {
    const QString code = GENERATE(QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("es"));
    InterfaceLanguage language(code);
    test::JudgePackage s;
    test::prepareJudgePackage(s);
    auto judge = workedJudgeWindow(s);
    CHECK(test::unnamedControls(judge.get()) == QStringList());
    ui::WelcomePage welcome;
    welcome.show();
    CHECK(test::unnamedControls(&welcome) == QStringList());
    ui::SettingsDialog settings;
    settings.show();
    CHECK(test::unnamedControls(&settings) == QStringList());
}

TEST_CASE("the settings dialog keeps the language for the next start and says so in both languages", "[gui][i18n]") {
    const QVariant before = QSettings().value(QStringLiteral("language"));
    InterfaceLanguage language(QStringLiteral("en"));
    i18n::setChosenLanguage(QString());
    ui::SettingsDialog dialog;
    QComboBox* box = dialog.languageBox();
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    CHECK(items.mid(1) == QStringList{QStringLiteral("English"), QStringLiteral("한국어"), QStringLiteral("Español")});
    CHECK(items.front().startsWith(QStringLiteral("System (")));
    box->setCurrentIndex(box->findData(QStringLiteral("ko")));
    const QString note = dialog.note()->text();
    CHECK(note.contains(QStringLiteral("Jurybox will speak 한국어 the next time it starts.")));
    CHECK(note.contains(QStringLiteral("다음에 Jurybox를 시작할 때부터 표시 언어가 바뀝니다: 한국어")));
    dialog.accept();
    CHECK(i18n::chosenLanguage() == QStringLiteral("ko"));
    QSettings().setValue(QStringLiteral("language"), before);
}

TEST_CASE("with the interface in Spanish, the Export page writes the handbook in Spanish, the JSON unchanged",
          "[gui][i18n]") {
    test::TempDir dir;
    const QString award = dir.path(QStringLiteral("a.jurybox"));
    test::makeDemo(award);
    const auto exportIn = [&](const QString& code) {
        InterfaceLanguage language(code);
        store::AwardFile file = store::AwardFile::openReadOnly(award);
        ui::ExportScreen screen(file);
        const QString html = dir.path(code + QStringLiteral(".html"));
        const QString json = dir.path(code + QStringLiteral(".json"));
        REQUIRE(screen.exportTo(ui::ExportScreen::Kind::Handbook, html));
        REQUIRE(screen.exportTo(ui::ExportScreen::Kind::Json, json));
        return std::pair{readText(html), readText(json)};
    };
    const auto [englishHtml, englishJson] = exportIn(QStringLiteral("en"));
    const auto [spanishHtml, spanishJson] = exportIn(QStringLiteral("es"));
    CHECK(englishHtml.contains(QStringLiteral("<p class=\"kicker\">Ceremony Handbook</p>")));
    CHECK(spanishHtml.contains(QStringLiteral("<p class=\"kicker\">Manual de la ceremonia</p>")));
    CHECK(spanishHtml.contains(QStringLiteral("Helsinki")));
    CHECK(spanishJson == englishJson);
}

TEST_CASE("every control of the workspace has an accessible name, on every page", "[gui][a11y]") {
    ui::MainWindow window(std::make_unique<store::AwardFile>(award::createDemoAward({})), true);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.pageLabels().size() >= 8);
    for (const QString& page : window.pageLabels()) {
        window.showPage(page);
        INFO(page);
        CHECK(test::unnamedControls(&window) == QStringList());
    }
}

TEST_CASE("the system's locale picks the interface language, and the locale keeps its country when it can",
          "[gui][i18n]") {
    CHECK(i18n::languageFor(QLocale(QLocale::Korean, QLocale::SouthKorea)) == QStringLiteral("ko"));
    CHECK(i18n::languageFor(QLocale(QLocale::Spanish, QLocale::Mexico)) == QStringLiteral("es"));
    CHECK(i18n::languageFor(QLocale(QLocale::French, QLocale::France)) == QStringLiteral("en"));
    CHECK(i18n::languageFor(QLocale::c()) == QStringLiteral("en"));
    const QLocale mexican(QLocale::Spanish, QLocale::Mexico);
    CHECK(i18n::localeFor(QStringLiteral("es"), mexican) == mexican);
    CHECK(i18n::localeFor(QStringLiteral("es"), QLocale(QLocale::English, QLocale::UnitedStates)).territory() ==
          QLocale::Spain);
    CHECK(i18n::translator(QStringLiteral("ko")) != nullptr);
    CHECK(i18n::translator(QStringLiteral("fr")) == nullptr);
    // A Spanish interface writes numbers the Spanish way (the judge's weights and scales).
    const InterfaceLanguage spanish(QStringLiteral("es"));
    CHECK(QLocale().toString(1.5) == QStringLiteral("1,5"));
}

TEST_CASE("the accessible-name walk finds an unnamed spin box, line edit and icon button, and not named ones",
          "[gui][a11y]") {
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* spin = new QDoubleSpinBox(&page);
    auto* edit = new QLineEdit(&page);
    auto* icon = new QPushButton(&page);
    auto* named = new QPushButton(QStringLiteral("Submit"), &page);
    for (QWidget* w : {static_cast<QWidget*>(spin), static_cast<QWidget*>(edit), static_cast<QWidget*>(icon),
                       static_cast<QWidget*>(named)})
        layout->addWidget(w);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(test::unnamedControls(&page).size() == 3);
    spin->setAccessibleName(QStringLiteral("Impact"));
    edit->setAccessibleName(QStringLiteral("Search"));
    icon->setAccessibleName(QStringLiteral("Close"));
    CHECK(test::unnamedControls(&page) == QStringList());
}
