// SPDX-License-Identifier: Apache-2.0
// Long work off the GUI thread: the progress dialog appears only for slow work, Cancel rolls the change back, and
// the window works afterwards.
#include "core/Error.h"
#include "core/exchange/JudgeSession.h"
#include "core/exchange/PackageMerge.h"
#include "core/exchange/PackageWriter.h"
#include "core/generate/SyntheticAward.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/TestFiles.h"
#include "ui/MainWindow.h"
#include "ui/models/ResultsModel.h"
#include "ui/screens/ResultsScreen.h"
#include "ui/screens/SubmissionsScreen.h"
#include "ui/tasks/TaskDialog.h"
#include "ui/tasks/TaskRunner.h"
#include "ui/widgets/ErrorPresenter.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace jurybox;

namespace {

/// Watches for the progress dialog and presses its Cancel button as soon as it is on screen.
class CancelWhenShown {
public:
    CancelWhenShown() {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto* dialog = qobject_cast<ui::TaskDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible() || dialog->cancelling())
                return;
            m_label = dialog->labelText();
            m_maximum = dialog->maximum();
            m_shownAfter = m_clock.elapsed();
            QDir().mkpath(QStringLiteral(JURYBOX_SCREENSHOTS));
            dialog->grab().save(
                QDir(QStringLiteral(JURYBOX_SCREENSHOTS)).filePath(QStringLiteral("progress-dialog.png")));
            dialog->findChild<QPushButton*>()->click();
        });
        m_clock.start();
        m_timer.start(10);
    }
    /// How long after the start the dialog was seen; -1 when it never appeared.
    qint64 shownAfter() const { return m_shownAfter; }
    const QString& label() const { return m_label; }
    int maximum() const { return m_maximum; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_shownAfter = -1;
    QString m_label;
    int m_maximum = 0;
};

} // namespace

TEST_CASE("quick work returns its result without ever showing the progress dialog", "[gui][tasks]") {
    QWidget window;
    window.show();
    CancelWhenShown watcher;
    const int answer =
        ui::TaskRunner::run(&window, QStringLiteral("Adding"), nullptr, [](task::TaskControl&) { return 6 * 7; });
    CHECK(answer == 42);
    CHECK(watcher.shownAfter() == -1);
}

TEST_CASE("an error in the worker comes back to the GUI thread as the same error", "[gui][tasks]") {
    QWidget window;
    Qt::HANDLE worker = nullptr;
    CHECK_THROWS_AS(ui::TaskRunner::run(&window, QStringLiteral("Reading"), nullptr,
                                        [&](task::TaskControl&) {
                                            worker = QThread::currentThreadId();
                                            throw InputError(QStringLiteral("s.csv"), 3, QStringLiteral("id"),
                                                             QStringLiteral("empty"));
                                        }),
                    InputError);
    CHECK(worker != nullptr);
    CHECK(worker != QThread::currentThreadId());
}

TEST_CASE("slow work shows its steps after 300 ms, and Cancel stops it at the next step", "[gui][tasks]") {
    QWidget window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CancelWhenShown watcher;
    int steps = 0;
    QElapsedTimer clock;
    clock.start();
    CHECK_THROWS_AS(ui::TaskRunner::run(&window, QStringLiteral("Merging 200 packages"), nullptr,
                                        [&](task::TaskControl& control) {
                                            control.setTotal(200);
                                            for (int i = 0; i < 200; ++i) {
                                                control.beginStep(QStringLiteral("J%1.jurypkg").arg(i));
                                                QThread::msleep(20);
                                                ++steps;
                                                control.endStep();
                                            }
                                        }),
                    Cancelled);
    CHECK(watcher.shownAfter() >= ui::TaskRunner::kShowAfterMs);
    CHECK(watcher.label().startsWith(QStringLiteral("Merging 200 packages\nJ")));
    CHECK(watcher.maximum() == 200);
    CHECK(steps > 0);
    CHECK(steps < 200);
    CHECK(clock.elapsed() < 200 * 20);
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("cancelling a big import leaves the award exactly as it was, and the window goes on working",
          "[gui][tasks]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("award.jurybox"));
    test::makeDemo(path);
    const QString before = test::dumpDatabase(path);
    QByteArray csv = "id,title,city,country,category\n";
    for (int i = 1; i <= 150000; ++i)
        csv += "BIG-" + QByteArray::number(i) + ",Smart bench " + QByteArray::number(i) + ",Lima,Peru,Services\n";
    const QString big = dir.write(QStringLiteral("big.csv"), csv);

    ui::MainWindow window(std::make_unique<store::AwardFile>(store::AwardFile::open(path)), false);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    {
        CancelWhenShown watcher;
        CHECK_FALSE(window.submissions()->importCsv(big));
        INFO("the dialog showed after " << watcher.shownAfter() << " ms");
        CHECK(watcher.shownAfter() >= ui::TaskRunner::kShowAfterMs);
        CHECK(watcher.label().startsWith(QStringLiteral("Importing big.csv")));
    }
    INFO(ui::ErrorPresenter::lastMessage().toStdString());
    CHECK(ui::ErrorPresenter::lastMessage().contains(QStringLiteral("cancelled: nothing was changed")));
    const bool unchanged = test::dumpDatabase(path) == before;
    CHECK(unchanged);
    CHECK(window.submissions()->table()->model()->rowCount() == 25);

    const QString small = dir.write(QStringLiteral("one.csv"), "id,title,city,country,category\n"
                                                               "NEW-1,Portal,Lima,Peru,Open City\n");
    CHECK(window.submissions()->importCsv(small));
    CHECK(store::SubmissionStore(window.award().db()).all().size() == 26);
    CHECK(window.submissions()->table()->model()->rowCount() == 26);
}

TEST_CASE("cancelling a merge keeps the packages merged before it and rolls back the rest", "[gui][tasks]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("award.jurybox"));
    // Enough packages that merging them all takes well over the dialog's delay, even with the next packages
    // verified ahead on other threads.
    constexpr int kPackages = 10;
    generate::generateAward(path, {.submissions = 10000, .judges = kPackages, .perSubmission = 2, .criteria = 6});
    // Every judge returns a package with every mark moved by one point, so that each merge rewrites ~2,000 cards.
    QStringList packages;
    {
        auto award = store::AwardFile::open(path);
        for (const Judge& j : store::JudgeStore(award.db()).all()) {
            exchange::PackageOptions o;
            o.judgeRef = j.ref;
            o.outPath = dir.path(j.ref + QStringLiteral(".jurypkg"));
            const QString code = exchange::writePackage(award, o).accessCode;
            auto session = exchange::JudgeSession::open(o.outPath, code);
            std::vector<exchange::ScoreRow> rows;
            for (const auto& e : session.entries())
                for (const auto& [criterion, value] : e.values)
                    rows.push_back({e.submission.ref, criterion, value < 10 ? value + 1 : value - 1, std::nullopt});
            session.applyScores(rows);
            packages << o.outPath;
        }
    }
    const QString original = dir.path(QStringLiteral("original.jurybox"));
    REQUIRE(QFile::copy(path, original));

    ui::MainWindow window(std::make_unique<store::AwardFile>(store::AwardFile::open(path)), false);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    int rejected = 0;
    {
        CancelWhenShown watcher;
        rejected = window.mergePackages(packages);
        CHECK(watcher.label().startsWith(QStringLiteral("Merging %1 package").arg(kPackages)));
        CHECK(watcher.label().contains(QStringLiteral("\nJ000")));
        CHECK(watcher.maximum() == kPackages);
    }
    const QString report = ui::ErrorPresenter::lastMessage();
    INFO(report.toStdString());
    const int merged = static_cast<int>(report.count(QStringLiteral(" updated, ")));
    CHECK(report.contains(QStringLiteral("CANCELLED — %1 package").arg(kPackages - merged)));
    CHECK(rejected == kPackages - merged);
    CHECK(merged < kPackages);

    // Exactly the packages reported merged are in the award: the same as merging just those into the original.
    {
        auto reference = store::AwardFile::open(original);
        exchange::PackageMerger merger(reference);
        for (int i = 0; i < merged; ++i)
            REQUIRE(merger.merge(packages[i]).accepted);
    }
    // Compared as a flag: Catch would print both dumps, megabytes, on a failure.
    const bool same = test::dumpDatabase(path, test::Audit::Excluded, test::Timestamps::Ignored) ==
                      test::dumpDatabase(original, test::Audit::Excluded, test::Timestamps::Ignored);
    CHECK(same);
    // And the window merges the rest afterwards.
    CHECK(window.mergePackages(packages.mid(merged)) == 0);
}

TEST_CASE("the window keeps handling events while a 10,000-entry award tallies", "[gui][tasks]") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("award.jurybox"));
    generate::generateAward(path, {.submissions = 10000, .judges = 40, .perSubmission = 5, .criteria = 6});
    ui::MainWindow window(std::make_unique<store::AwardFile>(store::AwardFile::open(path)), false);
    window.show();
    window.showPage(QStringLiteral("Results"));
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::ResultsScreen* results = window.results();
    REQUIRE(QTest::qWaitFor([results] { return results->upToDate(); }, 60000));

    // A timer on the GUI thread ticks through the tally: the longest gap between ticks is how long the window
    // was frozen. Reported, not asserted: timings belong to the benchmarks, and a busy CI machine moves them.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
        ++ticks;
    });
    QElapsedTimer tallying;
    QComboBox* method = results->methodChooser();
    ticker.start(1);
    sinceTick.start();
    tallying.start();
    method->setCurrentIndex(method->findText(QStringLiteral("trimmed-mean")));
    // Run in place, the tally would be finished when setCurrentIndex returns; handed to the worker, it is not.
    CHECK_FALSE(results->upToDate());
    REQUIRE(QTest::qWaitFor([results] { return results->upToDate(); }, 60000));
    const qint64 took = tallying.elapsed();
    ticker.stop();
    WARN("the tally took " << took << " ms; " << ticks
                           << " ticks; the longest the GUI thread went without one: " << longestGap << " ms");
    CHECK(results->currentOptions().method == tally::Method::TrimmedMean);
    CHECK(results->model()->rowCount() > 0);
}
