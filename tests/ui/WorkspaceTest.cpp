// SPDX-License-Identifier: Apache-2.0
#include "core/award/DemoAward.h"
#include "core/award/NewAward.h"
#include "core/import/AwardImport.h"
#include "core/report/TallyOutput.h"
#include "core/signoff/Signoff.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/TestFiles.h"
#include "tests/ui/Workspaces.h"
#include "ui/MainWindow.h"
#include "ui/models/ResultsModel.h"
#include "ui/models/SubmissionFilterModel.h"
#include "ui/screens/ExportScreen.h"
#include "ui/screens/ResultsScreen.h"
#include "ui/screens/SubmissionsScreen.h"
#include "ui/widgets/ErrorPresenter.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace jurybox;

namespace {

/// The Results page tallies in a worker: wait until its table shows the tally of the options chosen.
bool tallied(ui::ResultsScreen* screen) {
    return QTest::qWaitFor([screen] { return screen->upToDate(); }, 20000);
}

} // namespace

TEST_CASE("the demo opens on the submissions, and search and filters narrow the table", "[gui]") {
    auto window = test::demoWorkspace();
    ui::SubmissionsScreen* screen = window->submissions();
    QAbstractItemModelTester tester(screen->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(screen->table()->model()->rowCount() == 25);
    QTest::keyClicks(screen->searchBox(), QStringLiteral("Seoul"));
    CHECK(screen->table()->model()->rowCount() == 1);
    screen->searchBox()->clear();
    screen->categoryFilter()->setCurrentIndex(screen->categoryFilter()->findText(QStringLiteral("Open City")));
    CHECK(screen->table()->model()->rowCount() == 5);
    screen->categoryFilter()->setCurrentIndex(0);
    CHECK(screen->table()->model()->rowCount() == 25);
    CHECK(window->windowTitle().contains(QStringLiteral("demo, not saved")));
}

TEST_CASE("an import with a bad row shows core's message and changes nothing", "[gui]") {
    auto window = test::demoWorkspace();
    test::TempDir dir;
    const QString csv = dir.write(QStringLiteral("s.csv"), "id,title,city,country,category\n"
                                                           "NEW-1,Portal,Lima,Peru,Open Citi\n");
    CHECK_FALSE(window->submissions()->importCsv(csv));
    CHECK(ui::ErrorPresenter::lastMessage().contains(QStringLiteral("unknown category \"Open Citi\"; did you mean "
                                                                    "\"Open City\"?")));
    CHECK(store::SubmissionStore(window->award().db()).all().size() == 25);
    CHECK(window->submissions()->table()->model()->rowCount() == 25);
}

TEST_CASE("switching the tally method changes the ranks where the methods disagree", "[gui]") {
    test::TempDir dir;
    award::NewAwardOptions options;
    options.empty = true;
    auto file = std::make_unique<store::AwardFile>(award::createAward(dir.path(QStringLiteral("a.jurybox")), options));
    import::ImportSources s;
    s.criteria = dir.write(QStringLiteral("c.csv"), "category,criterion,weight,min,max\nServices,Impact,1,1,10\n");
    s.submissions = dir.write(QStringLiteral("s.csv"), "id,title,city,country,category\n"
                                                       "A,Bold,Seoul,Korea,Services\nB,Steady,Lima,Peru,Services\n");
    s.judges = dir.write(QStringLiteral("j.csv"), "id,name,country\nJ1,Ana,Chile\nJ2,Bo,China\nJ3,Cy,Canada\n");
    // A: 10, 10, 1 (mean 7, median 10); B: 8, 8, 8 (mean 8, median 8).
    s.scores = dir.write(QStringLiteral("x.csv"), "judge,submission,criterion,score\nJ1,A,Impact,10\nJ2,A,Impact,10\n"
                                                  "J3,A,Impact,1\nJ1,B,Impact,8\nJ2,B,Impact,8\nJ3,B,Impact,8\n");
    import::importCsv(*file, s);
    ui::MainWindow window(std::move(file), false);
    window.show();
    window.showPage(QStringLiteral("Results"));
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::ResultsModel* model = window.results()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto first = [&] { return model->index(0, ui::ResultsModel::Entry).data().toString(); };
    REQUIRE(tallied(window.results()));
    CHECK(first() == QStringLiteral("B"));
    QComboBox* method = window.results()->methodChooser();
    method->setCurrentIndex(method->findText(QStringLiteral("median")));
    REQUIRE(tallied(window.results()));
    CHECK(first() == QStringLiteral("A"));
    CHECK(model->index(0, ui::ResultsModel::Tier).data().toString() == QStringLiteral("Best"));
    method->setCurrentIndex(method->findText(QStringLiteral("weighted-mean")));
    REQUIRE(tallied(window.results()));
    CHECK(first() == QStringLiteral("B"));
    // Two changes in a row: the tally of the first is dropped, only the second reaches the table, whole.
    QSignalSpy shown(window.results(), &ui::ResultsScreen::tallied);
    method->setCurrentIndex(method->findText(QStringLiteral("median")));
    CHECK_FALSE(window.results()->upToDate());
    CHECK_FALSE(window.results()->table()->isEnabled());
    QDir().mkpath(QStringLiteral(JURYBOX_SCREENSHOTS));
    window.results()->grab().save(
        QDir(QStringLiteral(JURYBOX_SCREENSHOTS)).filePath(QStringLiteral("results-tallying.png")));
    method->setCurrentIndex(method->findText(QStringLiteral("weighted-mean")));
    REQUIRE(tallied(window.results()));
    CHECK(shown.count() == 1);
    CHECK(window.results()->table()->isEnabled());
    CHECK(first() == QStringLiteral("B"));
    CHECK(model->rowCount() == 2);
}

TEST_CASE("every main page renders at 1280x800 for a look (screenshots in the build folder)", "[gui]") {
    auto window = test::demoWorkspace();
    window->resize(1280, 800);
    const QString folder = QDir(QStringLiteral(JURYBOX_SCREENSHOTS)).absolutePath();
    QDir().mkpath(folder);
    for (const QString& page : window->pageLabels()) {
        window->showPage(page);
        QTest::qWait(20);
        QString name = page.toLower();
        name.replace(QRegularExpression(QStringLiteral("[^a-z]+")), QStringLiteral("-"));
        const QString path = QDir(folder).filePath(QStringLiteral("workspace-%1.png").arg(name));
        REQUIRE(window->grab().save(path));
        CHECK(QImage(path).size() == QSize(1280, 800));
    }
}

TEST_CASE("the export page writes the handbook and the tables, and never overwrites", "[gui]") {
    auto window = test::demoWorkspace();
    test::TempDir dir;
    ui::ExportScreen* screen = window->exportScreen();
    const QString html = dir.path(QStringLiteral("handbook.html"));
    REQUIRE(screen->exportTo(ui::ExportScreen::Kind::Handbook, html));
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("One-stop civil service portal of Taipei")));
    CHECK(text.contains(QStringLiteral("Giulio Quaggiotto")));
    // The PDF renders in the export's worker thread (QTextDocument onto QPdfWriter, no pixmaps).
    const QString pdf = dir.path(QStringLiteral("handbook.pdf"));
    REQUIRE(screen->exportTo(ui::ExportScreen::Kind::Handbook, pdf));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");
    CHECK(pdfFile.size() > 20000);
    REQUIRE(screen->exportTo(ui::ExportScreen::Kind::Json, dir.path(QStringLiteral("award.json"))));
    REQUIRE(screen->exportTo(ui::ExportScreen::Kind::CsvFolder, dir.path(QStringLiteral("csv"))));
    CHECK(QFileInfo::exists(dir.path(QStringLiteral("csv/results.csv"))));
    CHECK_FALSE(screen->exportTo(ui::ExportScreen::Kind::Handbook, html));
    CHECK(ui::ErrorPresenter::lastMessage().contains(QStringLiteral("exists")));
    CHECK_FALSE(screen->exportTo(ui::ExportScreen::Kind::Handbook, dir.path(QStringLiteral("handbook.doc"))));
}

TEST_CASE("signing off from the workspace freezes the tally that the results page shows", "[gui]") {
    auto window = test::demoWorkspace();
    window->showPage(QStringLiteral("Results"));
    QComboBox* method = window->results()->methodChooser();
    method->setCurrentIndex(method->findText(QStringLiteral("median")));
    REQUIRE(window->signOff(QStringLiteral("Ana Lima")));
    const auto active = signoff::allSignoffs(window->award().db());
    REQUIRE(active.size() == 1);
    CHECK(active.front().method == QStringLiteral("median"));
    CHECK_FALSE(window->signOff(QStringLiteral("Ana Lima")));
    CHECK(ui::ErrorPresenter::lastMessage().contains(QStringLiteral("already")));
}

TEST_CASE("the results page writes scores in the user's locale, the command line in plain digits", "[gui]") {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto window = test::demoWorkspace();
    window->showPage(QStringLiteral("Results"));
    REQUIRE(tallied(window->results()));
    const ui::ResultsModel* model = window->results()->model();
    const QString score = model->index(0, ui::ResultsModel::Score).data().toString();
    QLocale::setDefault(before);
    CHECK(score == QStringLiteral("88,41"));
    CHECK(report::formatScore(88.4126, tally::Method::WeightedMean) == QStringLiteral("88.41"));
    CHECK(report::formatScore(-0.25, tally::Method::ZScore) == QStringLiteral("-0.250"));
    CHECK(report::formatScore(0.25, tally::Method::ZScore, QLocale(QLocale::Spanish)) == QStringLiteral("+0,250"));
}
