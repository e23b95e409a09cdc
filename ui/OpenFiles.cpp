// SPDX-License-Identifier: Apache-2.0
#include "ui/OpenFiles.h"

#include "core/Error.h"
#include "core/award/DemoAward.h"
#include "core/award/NewAward.h"
#include "core/exchange/JudgeSession.h"
#include "ui/MainWindow.h"
#include "ui/WelcomePage.h"
#include "ui/judge/JudgeWindow.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QSettings>

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
        QInputDialog ask;
        ask.setWindowTitle(tr("Judge package"));
        ask.setLabelText(tr("Access code for %1 (from the secretariat):").arg(QFileInfo(path).fileName()));
        // Our own button texts: the standard ones would need Qt's translations installed.
        ask.setOkButtonText(tr("Open"));
        ask.setCancelButtonText(tr("Cancel"));
        return ask.exec() == QDialog::Accepted ? openPackage(path, ask.textValue()) : nullptr;
    }
    try {
        auto award = std::make_unique<store::AwardFile>(store::AwardFile::open(path));
        remember(path);
        return show(new MainWindow(std::move(award), false));
    } catch (const Error& e) {
        ErrorPresenter::present(nullptr, tr("Cannot open %1").arg(QFileInfo(path).fileName()), e.message());
        return nullptr;
    }
}

QWidget* OpenFiles::openPackage(const QString& path, const QString& accessCode) {
    try {
        auto session = exchange::JudgeSession::open(path, accessCode);
        remember(path);
        return show(new JudgeWindow(std::move(session), path));
    } catch (const Error& e) {
        ErrorPresenter::present(nullptr, tr("Cannot open %1").arg(QFileInfo(path).fileName()), e.message());
        return nullptr;
    }
}

QWidget* OpenFiles::openDemo() {
    try {
        return show(new MainWindow(std::make_unique<store::AwardFile>(award::createDemoAward({})), true));
    } catch (const Error& e) {
        ErrorPresenter::present(nullptr, tr("Cannot open the demo award"), e.message());
        return nullptr;
    }
}

QWidget* OpenFiles::chooseAndOpen() {
    const QString path = QFileDialog::getOpenFileName(
        nullptr, tr("Open an award or a judge package"), QString(),
        tr("Jurybox files (*.jurybox *.jurypkg);;Awards (*.jurybox);;Judge packages (*.jurypkg)"));
    return path.isEmpty() ? nullptr : open(path);
}

QWidget* OpenFiles::createNew() {
    const QString path =
        QFileDialog::getSaveFileName(nullptr, tr("New award"), QString(), tr("Jurybox awards (*.jurybox)"));
    if (path.isEmpty())
        return nullptr;
    try {
        award::createAward(path, {});
    } catch (const Error& e) {
        ErrorPresenter::present(nullptr, tr("Award not created"), e.message());
        return nullptr;
    }
    return open(path);
}

QWidget* OpenFiles::welcome() {
    return show(new WelcomePage);
}

} // namespace jurybox::ui
