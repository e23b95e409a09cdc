// SPDX-License-Identifier: Apache-2.0
#include "core/report/Progress.h"
#include "tests/support/TestFiles.h"
#include "tests/ui/JudgePackageFixture.h"
#include "ui/WelcomePage.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/i18n/Translations.h"
#include "ui/judge/JudgeEntryModel.h"
#include "ui/judge/JudgeWindow.h"
#include "ui/models/ProgressModel.h"
#include "ui/widgets/Contrast.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QListView>
#include <QTest>

#include <map>

using namespace jurybox;

namespace {

/// A dark theme as a desktop would hand it over: light text on near-black.
QPalette darkPalette() {
    QPalette p;
    const QColor text(0xE8, 0xE8, 0xE8);
    p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3A, 0x3A, 0x3A));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3A, 0x3A));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xA8, 0xA8, 0xA8));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7F, 0xC4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8A, 0xB4, 0xF8));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x8A, 0x8A, 0x8A));
    return p;
}

/// The application in a palette for the length of a test.
struct ScopedPalette {
    explicit ScopedPalette(const QPalette& palette)
        : m_before(QApplication::palette()) {
        QApplication::setPalette(palette);
    }
    ~ScopedPalette() { QApplication::setPalette(m_before); }
    QPalette m_before;
};

/// The contrast of a rendered row: its background (the commonest colour) against the pixel that stands out most
/// from it (the core of a glyph).
double renderedContrast(const QImage& image, const QRect& row) {
    std::map<QRgb, int> counts;
    for (int y = row.top(); y <= row.bottom(); ++y)
        for (int x = row.left(); x <= row.right(); ++x)
            ++counts[image.pixel(x, y)];
    const QColor background(
        std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; })->first);
    double best = 1;
    for (const auto& [rgb, n] : counts)
        best = std::max(best, ui::contrastRatio(QColor(rgb), background));
    return best;
}

} // namespace

TEST_CASE("the contrast ratio follows WCAG and readableOn reaches 4.5 on light and dark", "[gui][a11y]") {
    CHECK(ui::contrastRatio(Qt::black, Qt::white) == Approx(21));
    CHECK(ui::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).margin(0.01));
    const QColor green(0x2E, 0x7D, 0x32);
    CHECK(ui::readableOn(green, Qt::white) == green); // already 5.1:1
    for (const QColor background : {QColor(0x1E, 0x1E, 0x1E), QColor(0x2B, 0x2B, 0x2B), QColor(Qt::white)}) {
        const QColor adjusted = ui::readableOn(green, background);
        CHECK(ui::contrastRatio(adjusted, background) >= 4.5);
        CHECK(adjusted.hue() == Approx(green.hue()).margin(3));
    }
}

TEST_CASE("in a dark palette the judge mode's coloured entries keep at least 4.5:1, as rendered", "[gui][a11y]") {
    ScopedPalette dark(darkPalette());
    test::JudgePackage s;
    test::prepareJudgePackage(s);
    ui::JudgeWindow window(exchange::JudgeSession::open(s.package, s.code), s.package);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString submitted = window.currentRef();
    for (QDoubleSpinBox* input : window.markInputs())
        input->setValue(8);
    window.submitCurrent();
    window.nextUnscored(); // the submitted row is painted unselected, in its own colour on the list's background
    auto* list = window.findChild<QListView*>();
    REQUIRE(list);
    const auto* model = static_cast<const ui::JudgeEntryModel*>(list->model());
    const QModelIndex row = model->index(model->rowOf(submitted));
    const QColor foreground = row.data(Qt::ForegroundRole).value<QColor>();
    REQUIRE(foreground.isValid());
    CHECK(ui::contrastRatio(foreground, list->palette().color(QPalette::Base)) >= 4.5);
    const QImage image = list->viewport()->grab().toImage();
    CHECK(renderedContrast(image, list->visualRect(row)) >= 4.5);

    // The workspace's late judges, in the same palette.
    ui::ProgressModel progress;
    progress.setRows({report::ProgressRow{QStringLiteral("Ana Lima"), QStringLiteral("J1"), 3, 1, 0}});
    const QColor late = progress.index(0, ui::ProgressModel::Name).data(Qt::ForegroundRole).value<QColor>();
    CHECK(ui::contrastRatio(late, darkPalette().color(QPalette::Base)) >= 4.5);
}

TEST_CASE("screenshots of judge mode, the welcome page and Settings, light and dark, in English, Korean and Spanish",
          "[gui][screenshots]") {
    const QString folder = QDir(QStringLiteral(JURYBOX_SCREENSHOTS)).absolutePath();
    QDir().mkpath(folder);
    test::JudgePackage s;
    test::prepareJudgePackage(s);
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("es")}) {
        REQUIRE(i18n::installTranslators(code) == code);
        for (const bool dark : {false, true}) {
            ScopedPalette palette(dark ? darkPalette() : QApplication::style()->standardPalette());
            const QString suffix =
                QStringLiteral("%1-%2.png").arg(code, dark ? QStringLiteral("dark") : QStringLiteral("light"));
            ui::JudgeWindow window(exchange::JudgeSession::open(s.package, s.code), s.package);
            window.resize(1280, 800);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            const QPixmap judge = window.grab();
            CHECK(judge.size() == QSize(1280, 800));
            CHECK(judge.save(QDir(folder).filePath(QStringLiteral("judge-mode-") + suffix)));
            ui::WelcomePage welcome;
            welcome.show();
            REQUIRE(QTest::qWaitForWindowExposed(&welcome));
            CHECK(welcome.grab().save(QDir(folder).filePath(QStringLiteral("welcome-") + suffix)));
            ui::SettingsDialog settings;
            settings.languageBox()->setCurrentIndex(settings.languageBox()->findData(QStringLiteral("ko")));
            settings.show();
            REQUIRE(QTest::qWaitForWindowExposed(&settings));
            CHECK(settings.grab().save(QDir(folder).filePath(QStringLiteral("settings-") + suffix)));
        }
    }
    i18n::installTranslators(QStringLiteral("en"));
}
