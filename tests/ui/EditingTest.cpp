// SPDX-License-Identifier: Apache-2.0
#include "core/audit/AuditLog.h"
#include "core/award/DemoAward.h"
#include "core/signoff/Signoff.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/TestFiles.h"
#include "ui/MainWindow.h"
#include "ui/models/CriteriaModel.h"
#include "ui/models/JudgeModel.h"
#include "ui/models/SubmissionModel.h"
#include "ui/models/TierModel.h"
#include "ui/screens/AwardScreen.h"
#include "ui/screens/CriteriaScreen.h"
#include "ui/screens/JudgesScreen.h"
#include "ui/screens/SubmissionsScreen.h"
#include "ui/widgets/ErrorPresenter.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace jurybox;
using Catch::Contains;

namespace {

std::unique_ptr<ui::MainWindow> demoWindow() {
    auto window =
        std::make_unique<ui::MainWindow>(std::make_unique<store::AwardFile>(award::createDemoAward({})), true);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

double storedWeight(ui::MainWindow& window, const QString& category, const QString& name) {
    store::CategoryStore store(window.award().db());
    for (const Criterion& c : store.criteriaOf(store.categoryByName(category)->id))
        if (c.name == name)
            return c.weight;
    return -1;
}

audit::AuditEvent lastEvent(ui::MainWindow& window) {
    return audit::AuditLog(window.award().db()).events().back();
}

/// Opens the cell's editor in the view, types `text` over its content and commits it with Return.
void typeIntoCell(QAbstractItemView* view, const QModelIndex& index, const QString& text) {
    view->setCurrentIndex(index);
    view->edit(index);
    auto* spin = qobject_cast<QDoubleSpinBox*>(view->indexWidget(index));
    REQUIRE(spin);
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("a weight typed into the criteria view is stored and audited; Ctrl+Z restores it and Ctrl+Shift+Z redoes it",
          "[gui][edit]") {
    auto window = demoWindow();
    window->showPage(QStringLiteral("Categories & criteria"));
    ui::CriteriaScreen* screen = window->criteria();
    QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex impact = screen->model()
                                   ->criterionIndex(QStringLiteral("Services"), QStringLiteral("Impact"))
                                   .siblingAtColumn(ui::CriteriaModel::Weight);
    REQUIRE(impact.data().toString() == QStringLiteral("4"));
    const auto eventsBefore = audit::AuditLog(window->award().db()).events().size();

    typeIntoCell(screen->tree(), impact, QStringLiteral("6.5"));
    CHECK(storedWeight(*window, QStringLiteral("Services"), QStringLiteral("Impact")) == 6.5);
    CHECK(lastEvent(*window).action == QStringLiteral("edit"));
    CHECK(lastEvent(*window).summary == QStringLiteral("Criterion \"Impact\" of \"Services\": weight 4 → 6.5"));
    CHECK(impact.data().toString() == QStringLiteral("6.5"));
    CHECK(window->undoStack()->count() == 1);

    screen->tree()->setFocus();
    QTest::keyClick(screen->tree(), Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(storedWeight(*window, QStringLiteral("Services"), QStringLiteral("Impact")) == 4);
    CHECK(lastEvent(*window).summary == QStringLiteral("Criterion \"Impact\" of \"Services\": weight 6.5 → 4"));
    CHECK(audit::AuditLog(window->award().db()).events().size() == eventsBefore + 2);
    CHECK(impact.data().toString() == QStringLiteral("4"));

    QTest::keyClick(screen->tree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCoreApplication::processEvents();
    CHECK(storedWeight(*window, QStringLiteral("Services"), QStringLiteral("Impact")) == 6.5);
    CHECK(impact.data().toString() == QStringLiteral("6.5"));
    CHECK(audit::AuditLog(window->award().db()).verify().isEmpty());
}

TEST_CASE("a zero or negative weight is refused with core's message and nothing changes", "[gui][edit]") {
    auto window = demoWindow();
    window->showPage(QStringLiteral("Categories & criteria"));
    ui::CriteriaScreen* screen = window->criteria();
    const QModelIndex impact = screen->model()
                                   ->criterionIndex(QStringLiteral("Services"), QStringLiteral("Impact"))
                                   .siblingAtColumn(ui::CriteriaModel::Weight);
    const auto eventsBefore = audit::AuditLog(window->award().db()).events().size();

    typeIntoCell(screen->tree(), impact, QStringLiteral("0"));
    CHECK(ui::ErrorPresenter::lastMessage() ==
          QStringLiteral("criterion \"Impact\" of \"Services\": weight 0 refused: a weight must be greater than 0"));
    CHECK_FALSE(screen->model()->setData(impact, -1.5));
    CHECK(ui::ErrorPresenter::lastMessage() ==
          QStringLiteral("criterion \"Impact\" of \"Services\": weight -1.5 refused: a weight must be greater than 0"));

    CHECK(storedWeight(*window, QStringLiteral("Services"), QStringLiteral("Impact")) == 4);
    CHECK(impact.data().toString() == QStringLiteral("4"));
    CHECK(window->undoStack()->count() == 0);
    CHECK(audit::AuditLog(window->award().db()).events().size() == eventsBefore);
}

TEST_CASE("under a sign-off an edit is refused naming it, and a refused undo leaves the stack", "[gui][edit]") {
    auto window = demoWindow();
    ui::CriteriaModel* model = window->criteria()->model();
    const QModelIndex impact = model->criterionIndex(QStringLiteral("Services"), QStringLiteral("Impact"))
                                   .siblingAtColumn(ui::CriteriaModel::Weight);
    REQUIRE(model->setData(impact, 5.0));
    REQUIRE(window->undoStack()->count() == 1);
    // Signed off behind the workspace's back (another process): the undo must still be refused by name.
    signoff::signOff(window->award(), {}, QStringLiteral("Ana Lima"));
    window->undoStack()->undo();
    CHECK_THAT(ui::ErrorPresenter::lastMessage().toStdString(),
               Contains("the tally is frozen: round \"Final\" signed off by Ana Lima"));
    CHECK(storedWeight(*window, QStringLiteral("Services"), QStringLiteral("Impact")) == 5);
    CHECK(window->undoStack()->count() == 0);

    CHECK_FALSE(model->setData(impact, 7.0));
    CHECK_THAT(ui::ErrorPresenter::lastMessage().toStdString(), Contains("the tally is frozen"));
    CHECK(window->undoStack()->count() == 0);
    CHECK(storedWeight(*window, QStringLiteral("Services"), QStringLiteral("Impact")) == 5);
}

TEST_CASE("the descriptors editor stores the selected criterion's levels, and refuses one outside the scale",
          "[gui][edit]") {
    auto window = demoWindow();
    ui::CriteriaScreen* screen = window->criteria();
    screen->tree()->setCurrentIndex(
        screen->model()->criterionIndex(QStringLiteral("Open City"), QStringLiteral("Impact")));
    QTableWidget* table = screen->descriptors();
    REQUIRE(table->rowCount() == 4); // the demo's levels 1, 4, 7 and 10
    CHECK(table->item(3, 1)->text() == QStringLiteral("Large, sustained benefit, independently measured"));
    table->setRowCount(0);
    const auto addLevel = [table](const QString& level, const QString& text) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(level));
        table->setItem(row, 1, new QTableWidgetItem(text));
    };
    addLevel(QStringLiteral("1"), QStringLiteral("Closed"));
    addLevel(QStringLiteral("10"), QStringLiteral("Open by default"));
    REQUIRE(screen->applyDescriptors());
    store::CategoryStore store(window->award().db());
    const auto impact = [&] {
        for (const Criterion& c : store.criteria())
            if (c.name == QStringLiteral("Impact") &&
                c.categoryId == store.categoryByName(QStringLiteral("Open City"))->id)
                return c;
        return Criterion{};
    };
    REQUIRE(impact().descriptors.size() == 2);
    CHECK(impact().descriptors[1].text == QStringLiteral("Open by default"));
    CHECK(screen->model()
              ->criterionIndex(QStringLiteral("Open City"), QStringLiteral("Impact"))
              .siblingAtColumn(ui::CriteriaModel::Descriptors)
              .data()
              .toString() == QStringLiteral("2 level(s)"));
    window->resize(1280, 800);
    window->showPage(QStringLiteral("Categories & criteria"));
    QTest::qWait(20);
    const QString folder = QDir(QStringLiteral(JURYBOX_SCREENSHOTS)).absolutePath();
    QDir().mkpath(folder);
    CHECK(window->grab().save(QDir(folder).filePath(QStringLiteral("edit-criterion-descriptors.png"))));

    addLevel(QStringLiteral("11"), QStringLiteral("Beyond"));
    CHECK_FALSE(screen->applyDescriptors());
    CHECK(ui::ErrorPresenter::lastMessage() == QStringLiteral("criterion \"Impact\" of \"Open City\": descriptor "
                                                              "level 11 refused: levels lie within the scale 1–10"));
    CHECK(impact().descriptors.size() == 2);
    window->undoStack()->undo();
    REQUIRE(impact().descriptors.size() == 4);
    CHECK(impact().descriptors[0].text == QStringLiteral("No measured benefit yet"));
}

TEST_CASE("a submission's status chosen in its cell is stored and audited, and Ctrl+Z restores it", "[gui][edit]") {
    auto window = demoWindow();
    ui::SubmissionsScreen* screen = window->submissions();
    QTableView* table = screen->table();
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex cell = table->model()->index(0, ui::SubmissionModel::Status);
    const QString ref = table->model()->index(0, ui::SubmissionModel::Ref).data().toString();
    const auto status = [&] { return store::SubmissionStore(window->award().db()).byRef(ref)->status; };
    REQUIRE(status() == SubmissionStatus::Eligible);

    table->setCurrentIndex(cell);
    table->edit(cell);
    auto* combo = qobject_cast<QComboBox*>(table->indexWidget(cell));
    REQUIRE(combo);
    QTest::keyClick(combo, Qt::Key_Down); // eligible → withdrawn, chosen at once
    QCoreApplication::processEvents();
    CHECK(status() == SubmissionStatus::Withdrawn);
    CHECK(lastEvent(*window).action == QStringLiteral("status"));
    CHECK_THAT(lastEvent(*window).summary.toStdString(), Contains("status eligible → withdrawn"));
    CHECK(table->model()->index(0, ui::SubmissionModel::Status).data().toString() == QStringLiteral("withdrawn"));

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(status() == SubmissionStatus::Eligible);
    CHECK(lastEvent(*window).summary.endsWith(QStringLiteral("status withdrawn → eligible")));
    CHECK(table->model()->index(0, ui::SubmissionModel::Status).data().toString() == QStringLiteral("eligible"));
}

TEST_CASE("the award's name and a tier's minimum are edited on the award page, undoably", "[gui][edit]") {
    auto window = demoWindow();
    window->showPage(QStringLiteral("Award"));
    ui::AwardScreen* screen = window->awardScreen();
    QAbstractItemModelTester tester(screen->tiers(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QLineEdit* name = screen->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("WeGO Awards 2014"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(store::AwardStore(window->award().db()).award().name == QStringLiteral("WeGO Awards 2014"));

    ui::TierModel* tiers = screen->tiers();
    CHECK(tiers->setData(tiers->index(0, ui::TierModel::Minimum), QStringLiteral("70")));
    CHECK(store::AwardStore(window->award().db()).tiers().front().minimumScore == 70);
    CHECK_FALSE(tiers->setData(tiers->index(0, ui::TierModel::Minimum), QStringLiteral("150")));
    CHECK(ui::ErrorPresenter::lastMessage() == QStringLiteral("tier \"Best\": minimum score 150 refused: a minimum "
                                                              "lies between 0 and 100 (the weighted-mean scale)"));
    CHECK(window->undoStack()->count() == 2);

    window->undoStack()->undo();
    window->undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK_FALSE(store::AwardStore(window->award().db()).tiers().front().minimumScore);
    CHECK(store::AwardStore(window->award().db()).award().name == QStringLiteral("The 2nd WeGO Awards 2014"));
    CHECK(name->text() == QStringLiteral("The 2nd WeGO Awards 2014"));
}

TEST_CASE("a judges CSV with a bad row is refused with core's message and changes nothing", "[gui][edit]") {
    auto window = demoWindow();
    ui::JudgesScreen* screen = window->judges();
    QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int judges = screen->model()->rowCount();
    REQUIRE(judges > 0);
    test::TempDir dir;
    const QString csv = dir.write(QStringLiteral("j.csv"), "id,name,country\nJ90,Ana Lima,Peru\nJ91,,Chile\n");
    CHECK_FALSE(screen->importCsv(csv));
    CHECK_THAT(ui::ErrorPresenter::lastMessage().toStdString(), Contains("j.csv:3") && Contains("name"));
    CHECK(store::JudgeStore(window->award().db()).all().size() == static_cast<std::size_t>(judges));
    CHECK(screen->model()->rowCount() == judges);

    const QString good = dir.write(QStringLiteral("k.csv"), "id,name,country\nJ90,Ana Lima,Peru\n");
    CHECK(screen->importCsv(good));
    CHECK(screen->model()->rowCount() == judges + 1);
}

TEST_CASE("a judge's access code is shown on demand once a package has been written", "[gui][edit]") {
    auto window = demoWindow();
    window->showPage(QStringLiteral("Judges")); // a hidden page reloads only when it is shown
    ui::JudgesScreen* screen = window->judges();
    screen->table()->setCurrentIndex(screen->model()->index(0, 0));
    CHECK_FALSE(screen->selectedAccessCode());
    CHECK_THAT(screen->accessCodeMessage().toStdString(), Contains("has no access code yet"));
    CHECK(screen->model()->index(0, ui::JudgeModel::AccessCode).data().toString() == QStringLiteral("not yet"));

    test::TempDir dir;
    // createPackages shows the codes in a box once: close it as soon as it opens.
    QTimer::singleShot(0, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            box->close();
    });
    window->createPackages(dir.path(QString()));
    screen->table()->setCurrentIndex(screen->model()->index(0, 0));
    const auto code = screen->selectedAccessCode();
    REQUIRE(code);
    CHECK(*code == store::JudgeStore(window->award().db()).accessCode(screen->model()->rowAt(0).judge.id));
    CHECK_THAT(screen->accessCodeMessage().toStdString(), Contains(code->toStdString()));
    CHECK(screen->model()->index(0, ui::JudgeModel::AccessCode).data().toString() == QStringLiteral("issued"));
}

TEST_CASE("a category renamed in the criteria tree is stored, refused when the name is taken, and undone",
          "[gui][edit]") {
    auto window = demoWindow();
    window->showPage(QStringLiteral("Categories & criteria"));
    ui::CriteriaScreen* screen = window->criteria();
    QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex services = screen->model()->index(0, ui::CriteriaModel::Name);
    REQUIRE(services.data().toString() == QStringLiteral("Services"));
    const auto rename = [&](const QString& name) {
        screen->tree()->setCurrentIndex(services);
        screen->tree()->edit(services);
        auto* line = qobject_cast<QLineEdit*>(screen->tree()->indexWidget(services));
        REQUIRE(line);
        line->selectAll();
        QTest::keyClicks(line, name);
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    const auto named = [&](const QString& name) {
        return store::CategoryStore(window->award().db()).categoryByName(name).has_value();
    };

    rename(QStringLiteral("Public Services"));
    CHECK(named(QStringLiteral("Public Services")));
    CHECK(services.data().toString() == QStringLiteral("Public Services"));
    CHECK(lastEvent(*window).summary ==
          QStringLiteral("Category \"Services\": name \"Services\" → \"Public Services\""));

    rename(QStringLiteral("Open City"));
    CHECK(ui::ErrorPresenter::lastMessage() == QStringLiteral("category \"Public Services\": name \"Open City\" "
                                                              "refused: another category has that name"));
    CHECK(services.data().toString() == QStringLiteral("Public Services"));

    window->undoStack()->undo();
    CHECK(named(QStringLiteral("Services")));
    CHECK(services.data().toString() == QStringLiteral("Services"));
}

TEST_CASE("Show access code asks first, then shows the code with a button that copies it", "[gui][edit]") {
    auto window = demoWindow();
    window->showPage(QStringLiteral("Judges"));
    test::TempDir dir;
    QTimer::singleShot(0, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            box->close();
    });
    window->createPackages(dir.path(QString()));
    ui::JudgesScreen* screen = window->judges();
    screen->table()->setCurrentIndex(screen->model()->index(1, 0));
    const auto code = screen->selectedAccessCode();
    REQUIRE(code);
    QApplication::clipboard()->clear();

    QStringList asked;
    // The confirmation first (answered Yes), then the code's box (its Copy button clicked).
    QTimer::singleShot(0, [&] {
        // No REQUIRE in here: an exception must not cross Qt's event loop; a missing box shows in `asked`.
        auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!question)
            return;
        asked << question->text();
        QTimer::singleShot(0, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked << box->text();
            for (QAbstractButton* button : box->buttons())
                if (button->text() == QStringLiteral("Copy code"))
                    button->click();
        });
        question->button(QMessageBox::Yes)->click();
    });
    QPushButton* show = nullptr;
    for (QPushButton* button : screen->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Show access code…"))
            show = button;
    REQUIRE(show);
    show->click();
    REQUIRE(asked.size() == 2);
    CHECK(asked[0] == QStringLiteral("Show the access code of Tang Zhiwei (J2) on screen?"));
    CHECK(asked[1].contains(*code));
    CHECK(QApplication::clipboard()->text() == *code);
}
