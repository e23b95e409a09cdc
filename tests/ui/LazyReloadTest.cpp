// SPDX-License-Identifier: Apache-2.0
#include "core/store/AssignmentStore.h"
#include "core/store/AwardStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"
#include "tests/ui/Workspaces.h"
#include "ui/MainWindow.h"
#include "ui/models/ProgressModel.h"
#include "ui/models/ResultsModel.h"
#include "ui/models/SubmissionModel.h"
#include "ui/screens/AssignmentScreen.h"
#include "ui/screens/ProgressScreen.h"
#include "ui/screens/ResultsScreen.h"
#include "ui/screens/SubmissionsScreen.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace jurybox;

namespace {

/// Lets the main window's queued reload after an undo-stack change run.
void settle() {
    QCoreApplication::processEvents();
}

QStringList labels(const QSignalSpy& spy) {
    QStringList out;
    for (const auto& args : spy)
        out << args.at(0).toString();
    return out;
}

/// Sets the first entry of the Submissions page to `status` through its cell; its ref and category.
std::pair<QString, QString> setFirstStatus(ui::MainWindow& window, const QString& status) {
    QAbstractItemModel* model = window.submissions()->table()->model();
    const QString ref = model->index(0, ui::SubmissionModel::Ref).data().toString();
    const QString category = model->index(0, ui::SubmissionModel::Category).data().toString();
    REQUIRE(model->setData(model->index(0, ui::SubmissionModel::Status), status));
    settle();
    return {ref, category};
}

/// The Flags cell of the entry on the Results page, with its category chosen; nullopt when it is not listed.
std::optional<QString> resultFlags(ui::MainWindow& window, const QString& ref, const QString& category) {
    // The page tallies in a worker: read it once the tally of the award as it is now is on the table.
    REQUIRE(QTest::qWaitFor([&window] { return window.results()->upToDate(); }, 20000));
    QComboBox* chooser = window.results()->categoryChooser();
    chooser->setCurrentIndex(chooser->findText(category));
    const ui::ResultsModel* model = window.results()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ui::ResultsModel::Entry).data().toString() == ref)
            return model->index(r, ui::ResultsModel::Flags).data().toString();
    return std::nullopt;
}

/// The Assigned column of the judge's row on the Progress page.
int progressAssigned(ui::MainWindow& window, const QString& judgeRef) {
    const ui::ProgressModel* model = window.progress()->judges();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ui::ProgressModel::Name).data().toString().endsWith(QStringLiteral("(%1)").arg(judgeRef)))
            return model->index(r, ui::ProgressModel::Assigned).data().toInt();
    return -1;
}

/// A judge and an entry of the current round that are neither assigned nor conflicted.
std::pair<Judge, Id> freePair(store::AwardFile& file) {
    const Id round = store::AwardStore(file.db()).currentRound()->id;
    store::AssignmentStore assignments(file.db());
    store::ConflictStore conflicts(file.db());
    for (const Judge& j : store::JudgeStore(file.db()).all())
        for (const Submission& s : store::SubmissionStore(file.db()).all())
            if (!assignments.exists({j.id, s.id, round}) && !conflicts.find(j.id, s.id))
                return {j, s.id};
    FAIL("no free judge × entry pair");
    return {};
}

} // namespace

TEST_CASE("an entry withdrawn on Submissions is listed as withdrawn when Results is shown next", "[gui][reload]") {
    auto window = test::demoWorkspace();
    window->showPage(QStringLiteral("Results"));
    window->showPage(QStringLiteral("Submissions"));
    const auto [ref, category] = setFirstStatus(*window, QStringLiteral("withdrawn"));
    window->showPage(QStringLiteral("Results"));
    const auto flags = resultFlags(*window, ref, category);
    REQUIRE(flags);
    CHECK(flags->contains(QStringLiteral("withdrawn")));

    // Undone while Results is shown: Results follows at once, Submissions when it is shown again.
    window->undoStack()->undo();
    settle();
    CHECK_FALSE(resultFlags(*window, ref, category)->contains(QStringLiteral("withdrawn")));
    window->showPage(QStringLiteral("Submissions"));
    CHECK(window->submissions()->table()->model()->index(0, ui::SubmissionModel::Status).data().toString() ==
          QStringLiteral("eligible"));
}

TEST_CASE("an assignment made in the matrix shows in the judge's assigned count when Progress is shown next",
          "[gui][reload]") {
    test::TempDir dir;
    auto window = test::panelWorkspace(dir, QStringLiteral("Submissions"));
    const auto [judge, entry] = freePair(window->award());
    window->showPage(QStringLiteral("Progress"));
    const int before = progressAssigned(*window, judge.ref);
    REQUIRE(before >= 0);
    window->showPage(QStringLiteral("Conflicts & assignments"));
    REQUIRE(window->assignments()->setAssigned(judge.id, entry, true));
    settle();
    window->showPage(QStringLiteral("Progress"));
    CHECK(progressAssigned(*window, judge.ref) == before + 1);
}

TEST_CASE("an edit reloads only the page shown; a hidden page reloads once, when it is next shown", "[gui][reload]") {
    auto window = test::demoWorkspace();
    QSignalSpy reloaded(window.get(), &ui::MainWindow::pageReloaded);
    window->showPage(QStringLiteral("Progress"));
    CHECK(labels(reloaded) == QStringList{QStringLiteral("Progress")}); // read when first shown, not at the start
    window->showPage(QStringLiteral("Submissions"));
    window->showPage(QStringLiteral("Progress"));
    window->showPage(QStringLiteral("Submissions"));
    CHECK(reloaded.size() == 1); // nothing changed since

    reloaded.clear();
    setFirstStatus(*window, QStringLiteral("withdrawn"));
    CHECK(labels(reloaded) == QStringList{QStringLiteral("Submissions")});

    reloaded.clear();
    window->showPage(QStringLiteral("Progress"));
    window->showPage(QStringLiteral("Submissions"));
    window->showPage(QStringLiteral("Progress"));
    window->showPage(QStringLiteral("Audit trail"));
    CHECK(labels(reloaded) == (QStringList{QStringLiteral("Progress"), QStringLiteral("Audit trail")}));

    SECTION("a change outside the undo stack marks every page too") {
        reloaded.clear();
        window->reloadAll();
        CHECK(labels(reloaded) == QStringList{QStringLiteral("Audit trail")});
        window->showPage(QStringLiteral("Results"));
        window->showPage(QStringLiteral("Export")); // reads core only when asked: nothing to reload
        window->showPage(QStringLiteral("Award"));
        CHECK(labels(reloaded) ==
              (QStringList{QStringLiteral("Audit trail"), QStringLiteral("Results"), QStringLiteral("Award")}));
    }
}
