// SPDX-License-Identifier: Apache-2.0
#include "ui/OpenFiles.h"

#include "core/Error.h"
#include "core/award/DemoAward.h"
#include "core/award/NewAward.h"
#include "core/exchange/JudgeSession.h"
#include "ui/MainWindow.h"
#include "ui/judge/JudgeWindow.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace jurybox::ui {

namespace {

template <typename Window>
Window* show(Window* window) {
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

} // namespace

QStringList OpenFiles::recentFiles() {
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void OpenFiles::remember(const QString& path) {
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(QStringLiteral("recentFiles"), recent.mid(0, 8));
}

QWidget* OpenFiles::open(const QString& path) {
    if (path.endsWith(QStringLiteral(".jurypkg"), Qt::CaseInsensitive)) {
        bool ok = false;
        const QString code = QInputDialog::getText(
            nullptr, QObject::tr("Judge package"),
            QObject::tr("Access code for %1 (from the secretariat):").arg(QFileInfo(path).fileName()),
            QLineEdit::Normal, QString(), &ok);
        return ok ? openPackage(path, code) : nullptr;
    }
    try {
        auto award = std::make_unique<store::AwardFile>(store::AwardFile::open(path));
        remember(path);
        return show(new MainWindow(std::move(award), false));
    } catch (const Error& e) {
        ErrorPresenter::present(nullptr, QObject::tr("Cannot open %1").arg(QFileInfo(path).fileName()), e.message());
        return nullptr;
    }
}

QWidget* OpenFiles::openPackage(const QString& path, const QString& accessCode) {
    try {
        auto session = exchange::JudgeSession::open(path, accessCode);
        remember(path);
        return show(new JudgeWindow(std::move(session), path));
    } catch (const Error& e) {
        ErrorPresenter::present(nullptr, QObject::tr("Cannot open %1").arg(QFileInfo(path).fileName()), e.message());
        return nullptr;
    }
}

QWidget* OpenFiles::openDemo() {
    try {
        return show(new MainWindow(std::make_unique<store::AwardFile>(award::createDemoAward({})), true));
    } catch (const Error& e) {
        ErrorPresenter::present(nullptr, QObject::tr("Cannot open the demo award"), e.message());
        return nullptr;
    }
}

void OpenFiles::chooseAndOpen() {
    const QString path = QFileDialog::getOpenFileName(
        nullptr, QObject::tr("Open an award or a judge package"), QString(),
        QObject::tr("Jurybox files (*.jurybox *.jurypkg);;Awards (*.jurybox);;Judge packages (*.jurypkg)"));
    if (!path.isEmpty())
        open(path);
}

void OpenFiles::createNew() {
    const QString path = QFileDialog::getSaveFileName(nullptr, QObject::tr("New award"), QString(),
                                                      QObject::tr("Jurybox awards (*.jurybox)"));
    if (path.isEmpty())
        return;
    try {
        award::createAward(path, {});
    } catch (const Error& e) {
        ErrorPresenter::present(nullptr, QObject::tr("Award not created"), e.message());
        return;
    }
    open(path);
}

QWidget* OpenFiles::welcome() {
    auto* page = new QWidget;
    page->setWindowTitle(QObject::tr("Welcome — Jurybox"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(
        QObject::tr("<h1>Jurybox</h1><p>Judging for smart-city awards.</p>"
                    "<p><b>The secretariat</b> sets up the award, assigns judges, sends packages, merges them, "
                    "tallies, checks and signs off.<br><b>A judge</b> opens a package with the access code and "
                    "scores offline; every mark is saved at once.<br><b>The ceremony organiser</b> receives the "
                    "handbook and the tables.</p>"),
        page));
    const auto button = [&](const QString& text, auto action) {
        auto* b = new QPushButton(text, page);
        QObject::connect(b, &QPushButton::clicked, page, [page, action] {
            action();
            page->close();
        });
        layout->addWidget(b);
    };
    button(QObject::tr("Open the demo award (the 2nd WeGO Awards 2014)"), [] { openDemo(); });
    button(QObject::tr("Open an award or a judge package…"), [] { chooseAndOpen(); });
    button(QObject::tr("New award…"), [] { createNew(); });
    const QStringList recent = recentFiles();
    if (!recent.isEmpty()) {
        layout->addWidget(new QLabel(QObject::tr("<b>Recent files</b>"), page));
        auto* list = new QListWidget(page);
        list->addItems(recent);
        QObject::connect(list, &QListWidget::itemActivated, page, [page](QListWidgetItem* item) {
            open(item->text());
            page->close();
        });
        layout->addWidget(list);
    }
    page->resize(640, 480);
    return show(page);
}

} // namespace jurybox::ui
