// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/AssignmentScreen.h"
#include "core/award/DemoAward.h"
#include "core/generate/SyntheticAward.h"
#include "core/store/AssignmentStore.h"
#include "core/store/AwardStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/TestFiles.h"
#include "tests/ui/Workspaces.h"
#include "ui/MainWindow.h"
#include "ui/charts/ScoreSpreadView.h"
#include "ui/models/AssignmentFilterModel.h"
#include "ui/models/AssignmentMatrixModel.h"
#include "ui/models/ProgressModel.h"
#include "ui/screens/ProgressScreen.h"
#include "ui/screens/ResultsScreen.h"
#include "ui/widgets/ErrorPresenter.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QBoxPlotSeries>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <map>

using namespace jurybox;

namespace {

Id judgeId(store::AwardFile& file, const char* ref) {
    return store::JudgeStore(file.db()).byRef(QString::fromLatin1(ref))->id;
}

Id entryId(store::AwardFile& file, const char* ref) {
    return store::SubmissionStore(file.db()).byRef(QString::fromLatin1(ref))->id;
}

/// Lets the main window's queued reload after an undo-stack change run, so the page shows core's state.
void settle() {
    QCoreApplication::processEvents();
}

ui::MatrixCell cellOf(ui::AssignmentScreen* screen, Id judge, Id entry) {
    settle();
    return screen->model()->cell(*screen->model()->rowOf(entry), *screen->model()->columnOf(judge));
}

std::optional<ConflictStatus> conflictIn(store::AwardFile& file, Id judge, Id entry) {
    const auto c = store::ConflictStore(file.db()).find(judge, entry);
    return c ? std::optional(c->status) : std::nullopt;
}

} // namespace

TEST_CASE("the matrix shows the demo award's assignments, scorecards and conflicts as core has them", "[gui]") {
    ui::MainWindow window(std::make_unique<store::AwardFile>(award::createDemoAward({})), true);
    window.show();
    window.showPage(QStringLiteral("Conflicts & assignments"));
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::AssignmentScreen* screen = window.assignments();
    QAbstractItemModelTester source(screen->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tester(screen->filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    store::AwardFile& file = window.award();
    const Id round = store::AwardStore(file.db()).currentRound()->id;
    const auto assignments = store::AssignmentStore(file.db()).all(round);
    REQUIRE(assignments.size() == 175);
    CHECK(screen->model()->rowCount() == 25);
    CHECK(screen->model()->judgeCount() == 7);
    CHECK(screen->model()->assignmentCount() == 175);
    for (const Assignment& a : assignments)
        CHECK(cellOf(screen, a.judgeId, a.submissionId).assigned);
    for (const Scorecard& s : store::ScorecardStore(file.db()).all(round))
        CHECK(cellOf(screen, s.judgeId, s.submissionId).scorecard == s.status);

    const auto found = screen->findConflicts();
    REQUIRE(found);
    const auto conflicts = store::ConflictStore(file.db()).all();
    CHECK(*found == static_cast<int>(conflicts.size()));
    CHECK(*found > 0);
    CHECK(screen->model()->conflictCount(ConflictStatus::Possible) == *found);
    for (const Conflict& c : conflicts) {
        const int row = *screen->model()->rowOf(c.submissionId);
        const int column = *screen->model()->columnOf(c.judgeId);
        const QModelIndex cell = screen->model()->index(row, column);
        CHECK(cell.data(ui::AssignmentMatrixModel::ConflictRole).toString() == QStringLiteral("possible"));
        CHECK(cell.data(Qt::DisplayRole).toString() == QStringLiteral("●?")); // submitted, and possibly conflicted
        CHECK(cell.data(Qt::ToolTipRole).toString().contains(c.reason.toHtmlEscaped()));
    }

    // Search and category filter, and the conflict filter shows exactly the entries with a possible conflict.
    QTest::keyClicks(screen->searchBox(), QStringLiteral("Seoul"));
    CHECK(screen->filter()->rowCount() == 1);
    screen->searchBox()->clear();
    screen->categoryFilter()->setCurrentIndex(screen->categoryFilter()->findText(QStringLiteral("Open City")));
    CHECK(screen->filter()->rowCount() == 5);
    screen->categoryFilter()->setCurrentIndex(0);
    std::set<Id> entries;
    for (const Conflict& c : conflicts)
        entries.insert(c.submissionId);
    QComboBox* show = screen->findChild<QComboBox*>(); // the first is the round; look the filter up by its items
    for (QComboBox* box : screen->findChildren<QComboBox*>())
        if (box->findText(QStringLiteral("Possible conflicts to review")) >= 0)
            show = box;
    show->setCurrentIndex(show->findText(QStringLiteral("Possible conflicts to review")));
    CHECK(screen->filter()->rowCount() == static_cast<int>(entries.size()));
}

TEST_CASE("a possible conflict is confirmed from the page, and undo restores core's state", "[gui]") {
    test::TempDir dir;
    auto window = test::panelWorkspace(dir, QStringLiteral("Conflicts & assignments"));
    ui::AssignmentScreen* screen = window->assignments();
    store::AwardFile& file = window->award();
    QAbstractItemModelTester tester(screen->filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(screen->findConflicts().value_or(0) > 0);
    const Id j5 = judgeId(file, "J5");
    const Id ulyanovsk = entryId(file, "SER-04"); // Russia, like J5
    REQUIRE(conflictIn(file, j5, ulyanovsk) == ConflictStatus::Possible);
    REQUIRE(screen->setAssigned(j5, ulyanovsk, true)); // a possible conflict does not block

    REQUIRE(screen->decideConflict(j5, ulyanovsk, ConflictStatus::Confirmed));
    CHECK(conflictIn(file, j5, ulyanovsk) == ConflictStatus::Confirmed);
    CHECK(store::AssignmentStore(file.db()).all().empty()); // confirming took J5 off the entry
    CHECK(cellOf(screen, j5, ulyanovsk).conflict == ConflictStatus::Confirmed);
    CHECK_FALSE(cellOf(screen, j5, ulyanovsk).assigned);

    window->undoStack()->undo();
    CHECK(conflictIn(file, j5, ulyanovsk) == ConflictStatus::Possible);
    CHECK(store::AssignmentStore(file.db()).all().size() == 1);
    CHECK(cellOf(screen, j5, ulyanovsk).conflict == ConflictStatus::Possible);
    CHECK(cellOf(screen, j5, ulyanovsk).assigned);
    window->undoStack()->undo();
    CHECK(store::AssignmentStore(file.db()).all().empty());
    CHECK_FALSE(cellOf(screen, j5, ulyanovsk).assigned);
    window->undoStack()->redo();
    window->undoStack()->redo();
    CHECK(conflictIn(file, j5, ulyanovsk) == ConflictStatus::Confirmed);

    // Clearing, and declaring a conflict where there was none, with its reason in the tooltip.
    const Id j1 = judgeId(file, "J1");
    REQUIRE(screen->decideConflict(j1, ulyanovsk, ConflictStatus::Confirmed, QStringLiteral("advised the city")));
    settle();
    const QModelIndex cell = screen->model()->index(*screen->model()->rowOf(ulyanovsk), *screen->model()->columnOf(j1));
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("advised the city")));
    window->undoStack()->undo();
    CHECK_FALSE(conflictIn(file, j1, ulyanovsk));
}

TEST_CASE("assigning a judge with a confirmed conflict is refused with core's message and nothing changes", "[gui]") {
    test::TempDir dir;
    auto window = test::panelWorkspace(dir, QStringLiteral("Conflicts & assignments"));
    ui::AssignmentScreen* screen = window->assignments();
    store::AwardFile& file = window->award();
    const Id j2 = judgeId(file, "J2");
    const Id entry = entryId(file, "OPE-13");
    REQUIRE(screen->decideConflict(j2, entry, ConflictStatus::Confirmed, QStringLiteral("adviser to the city")));
    const int commands = window->undoStack()->count();
    CHECK_FALSE(screen->setAssigned(j2, entry, true));
    CHECK(ui::ErrorPresenter::lastMessage() ==
          QStringLiteral("judge J2 has a confirmed conflict of interest with OPE-13 (adviser to the city); they cannot "
                         "be assigned"));
    CHECK(store::AssignmentStore(file.db()).all().empty());
    CHECK_FALSE(cellOf(screen, j2, entry).assigned);
    CHECK(window->undoStack()->count() == commands);

    // The same from the keyboard: Space on the selected cell.
    const auto select = [&](Id judge, Id submission) {
        const QModelIndex source =
            screen->model()->index(*screen->model()->rowOf(submission), *screen->model()->columnOf(judge));
        screen->table()->setCurrentIndex(screen->filter()->mapFromSource(source));
        screen->table()->setFocus();
    };
    select(j2, entry);
    QTest::keyClick(screen->table(), Qt::Key_Space);
    CHECK(store::AssignmentStore(file.db()).all().empty());
    const Id j1 = judgeId(file, "J1");
    select(j1, entry);
    QTest::keyClick(screen->table(), Qt::Key_Space);
    CHECK(store::AssignmentStore(file.db()).all().size() == 1);
    CHECK(cellOf(screen, j1, entry).assigned);
}

TEST_CASE("auto-assign gives every eligible entry K judges in core and is undone as one step", "[gui]") {
    test::TempDir dir;
    auto window = test::panelWorkspace(dir, QStringLiteral("Conflicts & assignments"));
    ui::AssignmentScreen* screen = window->assignments();
    store::AwardFile& file = window->award();
    const Id j5 = judgeId(file, "J5");
    const Id ulyanovsk = entryId(file, "SER-04");
    REQUIRE(screen->decideConflict(j5, ulyanovsk, ConflictStatus::Confirmed));
    store::SubmissionStore(file.db()).setStatus(entryId(file, "SER-01"), SubmissionStatus::Withdrawn);
    screen->reload();

    const auto report = screen->autoAssign(3, 11);
    REQUIRE(report);
    CHECK(report->added == 72);
    CHECK(report->kept == 0);
    CHECK(screen->reportText().contains(QStringLiteral("72 assignment(s) added, 0 kept; each judge now has %1–%2")
                                            .arg(report->minLoad)
                                            .arg(report->maxLoad)));
    std::map<Id, int> perEntry;
    for (const Assignment& a : store::AssignmentStore(file.db()).all()) {
        ++perEntry[a.submissionId];
        CHECK_FALSE((a.judgeId == j5 && a.submissionId == ulyanovsk));
    }
    for (const Submission& s : store::SubmissionStore(file.db()).all())
        CHECK(perEntry[s.id] == (s.status == SubmissionStatus::Eligible ? 3 : 0));
    settle();
    CHECK(screen->model()->assignmentCount() == 72);

    window->undoStack()->undo();
    CHECK(store::AssignmentStore(file.db()).all().empty());
    CHECK(conflictIn(file, j5, ulyanovsk) == ConflictStatus::Confirmed); // only the assignments were taken back
    window->undoStack()->redo();
    CHECK(store::AssignmentStore(file.db()).all().size() == 72);

    // More judges per entry than the conflicts allow: refused, naming the entry, nothing written.
    CHECK_FALSE(screen->autoAssign(7, 1));
    CHECK(ui::ErrorPresenter::lastMessage().contains(QStringLiteral("SER-04 has only 6 judge(s) without a conflict")));
    CHECK(store::AssignmentStore(file.db()).all().size() == 72);
}

TEST_CASE("an undo that core refuses shows its message, changes nothing and leaves the history", "[gui]") {
    test::TempDir dir;
    auto window = test::panelWorkspace(dir, QStringLiteral("Conflicts & assignments"));
    ui::AssignmentScreen* screen = window->assignments();
    store::AwardFile& file = window->award();
    REQUIRE(screen->findConflicts());
    const Id j5 = judgeId(file, "J5");
    const Id ulyanovsk = entryId(file, "SER-04");
    const Id j1 = judgeId(file, "J1");
    REQUIRE(screen->setAssigned(j1, ulyanovsk, true));
    REQUIRE(window->undoStack()->count() == 1);
    // A scorecard arrives (as from a merge) before the assignment is taken back: core keeps the assignment.
    Scorecard card;
    card.judgeId = j1;
    card.submissionId = ulyanovsk;
    card.roundId = screen->model()->roundId();
    card.createdAt = card.updatedAt = QStringLiteral("2026-12-01T10:00:00Z");
    store::ScorecardStore(file.db()).save(card);
    window->undoStack()->undo();
    CHECK(ui::ErrorPresenter::lastMessage() ==
          QStringLiteral("judge J1 already holds a scorecard for SER-04 in round \"Final\"; the assignment stays"));
    CHECK(store::AssignmentStore(file.db()).exists({j1, ulyanovsk, card.roundId}));
    CHECK(window->undoStack()->count() == 0); // the step that can no longer be taken back is dropped
    CHECK(cellOf(screen, j1, ulyanovsk).assigned);
    CHECK(cellOf(screen, j1, ulyanovsk).scorecard == ScorecardStatus::Draft);

    // Confirming a pair whose judge holds a scorecard is refused by core and never reaches the history.
    CHECK_FALSE(screen->decideConflict(j1, ulyanovsk, ConflictStatus::Confirmed));
    CHECK(ui::ErrorPresenter::lastMessage() ==
          QStringLiteral("judge J1 already holds a scorecard for SER-04; remove it before confirming the conflict"));
    CHECK(window->undoStack()->count() == 0);
    CHECK(conflictIn(file, j5, ulyanovsk) == ConflictStatus::Possible);
}

// Hidden (run with `gui_tests "[scale]"`): the page at 10,000 entries × 200 judges, timed, with screenshots.
TEST_CASE("the matrix and the charts stay usable at 10,000 entries and 200 judges", "[.][scale]") {
    test::TempDir dir;
    generate::GeneratorOptions options;
    options.submissions = 10000;
    options.judges = 200;
    options.perSubmission = 5;
    generate::generateAward(dir.path(QStringLiteral("big.jurybox")), options);
    QElapsedTimer clock;
    clock.start();
    ui::MainWindow window(
        std::make_unique<store::AwardFile>(store::AwardFile::open(dir.path(QStringLiteral("big.jurybox")))), false);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("Conflicts & assignments"));
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    WARN("window opened in " << clock.restart() << " ms");
    ui::AssignmentScreen* screen = window.assignments();
    CHECK(screen->model()->rowCount() == 10000);
    CHECK(screen->model()->judgeCount() == 200);
    CHECK(screen->model()->assignmentCount() == 50000);
    clock.restart();
    screen->reload();
    WARN("matrix reloaded in " << clock.restart() << " ms");
    const Id judge = screen->model()->judgeAt(ui::AssignmentMatrixModel::FirstJudge).id;
    Id free = 0;
    for (int row = 0; row < screen->model()->rowCount() && !free; ++row) {
        const ui::MatrixCell c = screen->model()->cell(row, ui::AssignmentMatrixModel::FirstJudge);
        if (!c.assigned && !c.conflict)
            free = screen->model()->submissionAt(row).id;
    }
    REQUIRE(free != 0);
    clock.restart();
    REQUIRE(screen->setAssigned(judge, free, true)); // the edit, and the page shown reloading after it
    settle();
    WARN("one assignment, with the page shown reloaded, in " << clock.restart() << " ms");
    CHECK(screen->model()->assignmentCount() == 50001);
    window.showPage(QStringLiteral("Progress")); // stale since the edit: it reads core as it is shown
    WARN("progress shown after the edit in " << clock.restart() << " ms");
    const ui::ProgressModel* progress = window.progress()->judges();
    int assigned = 0;
    for (int row = 0; row < progress->rowCount(); ++row)
        assigned += progress->index(row, ui::ProgressModel::Assigned).data().toInt();
    CHECK(assigned == 50001);
    window.showPage(QStringLiteral("Conflicts & assignments"));
    clock.restart();
    QTest::keyClicks(screen->searchBox(), QStringLiteral("zzz-no-such-entry"));
    WARN("search over 10,000 entries in " << clock.restart() << " ms");
    CHECK(screen->filter()->rowCount() == 0);
    screen->searchBox()->clear();
    const QString folder = QDir(QStringLiteral(JURYBOX_SCREENSHOTS)).absolutePath();
    QDir().mkpath(folder);
    QTest::qWait(30);
    REQUIRE(window.grab().save(QDir(folder).filePath(QStringLiteral("assignments-10000x200.png"))));
    clock.restart();
    window.showPage(QStringLiteral("Results"));
    window.results()->tabs()->setCurrentWidget(window.results()->scoreSpread());
    QTest::qWait(30);
    WARN("results and charts shown in " << clock.restart() << " ms");
    CHECK(window.results()->scoreSpread()->judgeSeries()->count() == 14);
    REQUIRE(window.grab().save(QDir(folder).filePath(QStringLiteral("charts-10000x200.png"))));
    window.results()->scoreSpread()->judgesShown()->setValue(200);
    QTest::qWait(30);
    CHECK(window.results()->scoreSpread()->judgeSeries()->count() == 200);
    REQUIRE(window.grab().save(QDir(folder).filePath(QStringLiteral("charts-10000x200-all.png"))));
}
