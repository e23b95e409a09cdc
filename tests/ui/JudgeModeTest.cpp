// SPDX-License-Identifier: Apache-2.0
#include "tests/support/TestFiles.h"
#include "tests/ui/JudgePackageFixture.h"
#include "ui/MainWindow.h"
#include "ui/judge/JudgeEntryModel.h"
#include "ui/judge/JudgeWindow.h"
#include "ui/models/ProgressModel.h"
#include "ui/screens/ProgressScreen.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QDir>
#include <QDoubleSpinBox>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace jurybox;

TEST_CASE("a judge scores an entry by keyboard alone, submits, and the package keeps every mark", "[gui]") {
    test::JudgePackage s;
    test::prepareJudgePackage(s);
    QString ref;
    {
        ui::JudgeWindow window(exchange::JudgeSession::open(s.package, s.code), s.package);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        ref = window.currentRef();
        REQUIRE_FALSE(ref.isEmpty());
        const auto inputs = window.markInputs();
        REQUIRE(inputs.size() == 3);
        inputs.front()->setFocus();
        const char* marks[] = {"8", "9", "7"};
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            INFO("mark " << i << ", focus on "
                         << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                                         : "nothing"));
            REQUIRE(inputs[i]->hasFocus()); // Tab walks the marks in criterion order
            QWidget* focused = inputs[i];
            QTest::keyClick(focused, Qt::Key_A, Qt::ControlModifier); // select the dash, then type over it
            QTest::keyClicks(focused, QString::fromLatin1(marks[i]));
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        QTest::keyClick(inputs.back(), Qt::Key_Up); // arrows adjust: 7 → 8
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        const auto entry = window.session().entry(ref);
        REQUIRE(entry);
        CHECK(entry->state == exchange::EntryState::Submitted);
        std::vector<double> values;
        for (const auto& [criterion, v] : entry->values)
            values.push_back(v);
        CHECK(values == std::vector<double>{8, 9, 8});
    }
    // A fresh session (as after closing the laptop lid) finds everything on disk.
    auto reopened = exchange::JudgeSession::open(s.package, s.code);
    CHECK(reopened.entry(ref)->state == exchange::EntryState::Submitted);
    CHECK(reopened.progress().submitted == 1);
}

TEST_CASE("next unscored moves on, the comment autosaves, and the merge shows in the workspace", "[gui]") {
    test::JudgePackage s;
    test::prepareJudgePackage(s);
    {
        ui::JudgeWindow window(exchange::JudgeSession::open(s.package, s.code), s.package);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* list = window.findChild<QListView*>();
        REQUIRE(list);
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QString first = window.currentRef();
        // QTest types ASCII only; the Korean part goes in as an input method would insert it.
        QTest::keyClicks(window.commentBox(), QStringLiteral("Strong evidence, "));
        window.commentBox()->insertPlainText(QStringLiteral("세종 would adopt it"));
        CHECK(window.session().entry(first)->comment == QStringLiteral("Strong evidence, 세종 would adopt it"));
        for (auto* input : window.markInputs())
            input->setValue(6);
        window.submitCurrent();
        window.nextUnscored();
        CHECK(window.currentRef() != first);
        const QString folder = QDir(QStringLiteral(JURYBOX_SCREENSHOTS)).absolutePath();
        QDir().mkpath(folder);
        window.resize(1280, 800);
        REQUIRE(window.grab().save(QDir(folder).filePath(QStringLiteral("judge-mode.png"))));
    }
    ui::MainWindow workspace(std::make_unique<store::AwardFile>(store::AwardFile::open(s.award)), false);
    CHECK(workspace.mergePackages({s.package}) == 0);
    workspace.showPage(QStringLiteral("Progress"));
    bool found = false;
    auto* progress = workspace.progress()->judges();
    for (int r = 0; r < progress->rowCount(); ++r)
        if (progress->index(r, 0).data().toString().contains(QStringLiteral("J1")))
            found = progress->index(r, 1).data().toString().startsWith(QStringLiteral("1 / "));
    CHECK(found);
}

TEST_CASE("the keyboard reaches the comment, Next and Submit after the marks, and Alt+C jumps to the comment",
          "[gui][a11y]") {
    test::JudgePackage s;
    test::prepareJudgePackage(s);
    ui::JudgeWindow window(exchange::JudgeSession::open(s.package, s.code), s.package);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const auto inputs = window.markInputs();
    REQUIRE_FALSE(inputs.empty());
    // What a screen reader says on a mark: the criterion, then its scale, weight and what the box's label shows.
    QAccessibleInterface* first = QAccessible::queryAccessibleInterface(inputs.front());
    REQUIRE(first);
    const Criterion criterion =
        window.session().criteriaOf(window.session().entry(window.currentRef())->submission.categoryId).front();
    CHECK(first->text(QAccessible::Name) == criterion.name);
    CHECK(first->text(QAccessible::Description).startsWith(QStringLiteral("1 to 10, weight ")));
    CHECK(first->text(QAccessible::Description).endsWith(QStringLiteral(" — ") + criterion.description));
    for (QDoubleSpinBox* input : inputs)
        input->setValue(6);
    inputs.back()->setFocus();
    QTest::keyClick(inputs.back(), Qt::Key_Tab);
    CHECK(window.commentBox()->hasFocus()); // Tab leaves the comment instead of typing a tab into it
    QTest::keyClick(window.commentBox(), Qt::Key_Tab);
    auto* next = qobject_cast<QPushButton*>(QApplication::focusWidget());
    REQUIRE(next);
    QTest::keyClick(next, Qt::Key_Tab);
    auto* submit = qobject_cast<QPushButton*>(QApplication::focusWidget());
    REQUIRE(submit);
    CHECK(submit != next);
    CHECK(submit->isEnabled()); // every mark set: the scorecard can go
    const QString ref = window.currentRef();
    QTest::keyClick(submit, Qt::Key_Space);
    CHECK(window.session().entry(ref)->state == exchange::EntryState::Submitted);

    window.markInputs().front()->setFocus(); // the form was rebuilt for the submitted state
    QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier);
    CHECK(window.commentBox()->hasFocus());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(window.currentRef() != ref);
    CHECK(window.markInputs().front()->hasFocus()); // ready for the next entry's first mark
}
