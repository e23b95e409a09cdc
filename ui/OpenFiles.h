// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace jurybox::ui {

/// Opens what the user asks for in the right window: a `.jurybox` in the secretariat's workspace, a `.jurypkg` in
/// judge mode (after asking for the access code), the embedded demo award, or the welcome page. Keeps the list of
/// recent files. Windows delete themselves when closed. Failures go to the ErrorPresenter and return nullptr.
class OpenFiles {
    Q_DECLARE_TR_FUNCTIONS(jurybox::ui::OpenFiles)

public:
    static QWidget* open(const QString& path);
    /// Judge mode with a code given in advance (tests, or a code typed elsewhere).
    static QWidget* openPackage(const QString& path, const QString& accessCode);
    static QWidget* openDemo();
    static QWidget* welcome();
    /// Asks for a file and opens it; nullptr when the user cancels or it does not open.
    static QWidget* chooseAndOpen();
    /// Asks where to create a new award, creates and opens it; nullptr when cancelled or refused.
    static QWidget* createNew();
    static QStringList recentFiles();

private:
    static void remember(const QString& path);
};

} // namespace jurybox::ui
