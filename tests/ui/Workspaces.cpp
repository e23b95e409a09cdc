// SPDX-License-Identifier: Apache-2.0
#include "tests/ui/Workspaces.h"

#include "core/award/DemoAward.h"
#include "core/award/NewAward.h"
#include "core/import/AwardImport.h"

#include <catch2/catch.hpp>

#include <QTest>

namespace jurybox::test {

std::unique_ptr<ui::MainWindow> demoWorkspace() {
    auto window =
        std::make_unique<ui::MainWindow>(std::make_unique<store::AwardFile>(award::createDemoAward({})), true);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

std::unique_ptr<ui::MainWindow> panelWorkspace(const TempDir& dir, const QString& page) {
    award::NewAwardOptions options;
    options.empty = true;
    auto file = std::make_unique<store::AwardFile>(award::createAward(dir.path(QStringLiteral("a.jurybox")), options));
    import::ImportSources s;
    s.criteria = demoCsv(QStringLiteral("criteria.csv"));
    s.submissions = demoCsv(QStringLiteral("submissions.csv"));
    s.judges = demoCsv(QStringLiteral("judges.csv"));
    import::importCsv(*file, s);
    auto window = std::make_unique<ui::MainWindow>(std::move(file), false);
    window->show();
    window->showPage(page);
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

} // namespace jurybox::test
