// SPDX-License-Identifier: Apache-2.0
#include "core/award/DemoAward.h"
#include "core/report/ScoreDistribution.h"
#include "ui/MainWindow.h"
#include "ui/charts/ScoreSpreadView.h"
#include "ui/dialogs/AutoAssignDialog.h"
#include "ui/screens/AssignmentScreen.h"
#include "ui/screens/ResultsScreen.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>

using namespace jurybox;

namespace {

std::unique_ptr<ui::MainWindow> demoOnResults() {
    auto window =
        std::make_unique<ui::MainWindow>(std::make_unique<store::AwardFile>(award::createDemoAward({})), true);
    window->resize(1280, 800);
    window->show();
    window->showPage(QStringLiteral("Results"));
    window->results()->tabs()->setCurrentWidget(window->results()->scoreSpread());
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

void checkBox(QBoxSet* set, const report::Spread& s) {
    CHECK(set->at(QBoxSet::LowerExtreme) == Approx(s.minimum));
    CHECK(set->at(QBoxSet::LowerQuartile) == Approx(s.lowerQuartile));
    CHECK(set->at(QBoxSet::Median) == Approx(s.median));
    CHECK(set->at(QBoxSet::UpperQuartile) == Approx(s.upperQuartile));
    CHECK(set->at(QBoxSet::UpperExtreme) == Approx(s.maximum));
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 60));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    return p;
}

void save(QWidget* widget, const QString& name) {
    const QString folder = QDir(QStringLiteral(JURYBOX_SCREENSHOTS)).absolutePath();
    QDir().mkpath(folder);
    QTest::qWait(30);
    const QString path = QDir(folder).filePath(name);
    REQUIRE(widget->grab().save(path));
    CHECK(QImage(path).size() == QSize(1280, 800));
}

} // namespace

TEST_CASE("the judge and category box plots hold the totals core computes, judges ordered by severity", "[gui]") {
    auto window = demoOnResults();
    ui::ScoreSpreadView* view = window->results()->scoreSpread();
    const auto core = report::scoreDistribution(window->award());
    REQUIRE(core.judges.size() == 7);
    REQUIRE(view->judgeSeries());

    // All seven judges, harshest first: the boxes are core's summaries in core's severity order.
    view->orderChooser()->setCurrentIndex(
        view->orderChooser()->findData(static_cast<int>(ui::ScoreSpreadView::Order::Harshest)));
    view->judgesShown()->setValue(7);
    std::vector<const report::JudgeSpread*> expected;
    for (const auto& j : core.judges)
        expected.push_back(&j);
    std::sort(expected.begin(), expected.end(),
              [](const auto* a, const auto* b) { return a->severity.value() < b->severity.value(); });
    QBoxPlotSeries* judges = view->judgeSeries();
    REQUIRE(judges->count() == 7);
    for (int i = 0; i < 7; ++i) {
        INFO("box " << i);
        CHECK(judges->boxSets()[i]->label() == expected[static_cast<std::size_t>(i)]->ref);
        checkBox(judges->boxSets()[i], expected[static_cast<std::size_t>(i)]->spread);
    }
    CHECK(*expected.front()->severity < *expected.back()->severity);

    // Top 4 of both ends: the two harshest on the left, the two most lenient on the right.
    view->orderChooser()->setCurrentIndex(
        view->orderChooser()->findData(static_cast<int>(ui::ScoreSpreadView::Order::HarshestAndLenient)));
    view->judgesShown()->setValue(4);
    judges = view->judgeSeries();
    REQUIRE(judges->count() == 4);
    CHECK(judges->boxSets()[0]->label() == expected[0]->ref);
    CHECK(judges->boxSets()[1]->label() == expected[1]->ref);
    CHECK(judges->boxSets()[2]->label() == expected[5]->ref);
    CHECK(judges->boxSets()[3]->label() == expected[6]->ref);

    QBoxPlotSeries* categories = view->categorySeries();
    REQUIRE(categories->count() == static_cast<int>(core.categories.size()));
    for (int i = 0; i < categories->count(); ++i) {
        CHECK(categories->boxSets()[i]->label() == core.categories[static_cast<std::size_t>(i)].name);
        checkBox(categories->boxSets()[i], core.categories[static_cast<std::size_t>(i)].spread);
    }
    CHECK(core.categories.front().spread.count == 5 * 7); // five entries, seven scorecards each
}

TEST_CASE("the conflicts page and the charts render at 1280x800 in light and dark palettes", "[gui]") {
    auto window = demoOnResults();
    REQUIRE(window->assignments()->findConflicts());
    save(window.get(), QStringLiteral("charts-light.png"));
    window->showPage(QStringLiteral("Conflicts & assignments"));
    save(window.get(), QStringLiteral("assignments-light.png"));

    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    save(window.get(), QStringLiteral("assignments-dark.png"));
    CHECK(window->results()->scoreSpread()->judgeSeries()->chart()->theme() == QChart::ChartThemeDark);
    window->showPage(QStringLiteral("Results"));
    save(window.get(), QStringLiteral("charts-dark.png"));
    QApplication::setPalette(light);
    QTest::qWait(30);
    ui::AutoAssignDialog dialog(QStringLiteral("Final"), 7, 25, 175, window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.perSubmission() == 3);
    REQUIRE(dialog.grab().save(
        QDir(QDir(QStringLiteral(JURYBOX_SCREENSHOTS)).absolutePath()).filePath(QStringLiteral("auto-assign.png"))));
    CHECK(window->results()->scoreSpread()->judgeSeries()->chart()->theme() == QChart::ChartThemeLight);
}
