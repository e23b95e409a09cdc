// SPDX-License-Identifier: Apache-2.0
#include "ui/WelcomePage.h"
#include "tests/support/TestFiles.h"
#include "ui/MainWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace jurybox;

namespace {

QPushButton* buttonStartingWith(QWidget* page, const QString& text) {
    for (auto* b : page->findChildren<QPushButton*>())
        if (b->text().startsWith(text))
            return b;
    return nullptr;
}

/// The recent files for the length of a test.
struct RecentFiles {
    explicit RecentFiles(const QStringList& files)
        : m_before(QSettings().value(QStringLiteral("recentFiles"))) {
        QSettings().setValue(QStringLiteral("recentFiles"), files);
    }
    ~RecentFiles() { QSettings().setValue(QStringLiteral("recentFiles"), m_before); }
    QVariant m_before;
};

} // namespace

TEST_CASE("the first-run welcome names the three roles and opens the demo award in the workspace", "[gui]") {
    RecentFiles none({});
    ui::WelcomePage page;
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QStringList roles;
    for (auto* box : page.findChildren<QGroupBox*>())
        roles << box->title();
    CHECK(roles == QStringList{QStringLiteral("Secretariat officer"), QStringLiteral("Judge"),
                               QStringLiteral("Ceremony organiser")});
    CHECK(page.recentList() == nullptr);
    QPushButton* demo = buttonStartingWith(&page, QStringLiteral("Try it: open the demo award"));
    REQUIRE(demo);
    CHECK(demo->isDefault());
    demo->click();
    ui::MainWindow* workspace = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* m = qobject_cast<ui::MainWindow*>(w); m && m->isVisible())
            workspace = m;
    REQUIRE(workspace);
    CHECK(workspace->windowTitle().contains(QStringLiteral("demo, not saved")));
    CHECK_FALSE(page.isVisible()); // the welcome gives way to the award
    workspace->close();            // deletes itself
}

TEST_CASE("a recent file that no longer opens leaves the welcome page open", "[gui]") {
    test::TempDir dir;
    const QString gone = dir.path(QStringLiteral("gone.jurybox"));
    RecentFiles recent({gone});
    ui::WelcomePage page;
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.recentList());
    REQUIRE(page.recentList()->count() == 1);
    Q_EMIT page.recentList()->itemActivated(page.recentList()->item(0));
    CHECK(page.isVisible());
}
