// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace jurybox::ui {

/// The one place a GUI action reports a refusal or failure: a message box naming what went wrong (core's message,
/// which names the file, line and rule). Tests switch the box off and read the last message instead.
class ErrorPresenter {
    Q_DECLARE_TR_FUNCTIONS(jurybox::ui::ErrorPresenter)

public:
    static void present(QWidget* parent, const QString& title, const QString& message);
    static void setInteractive(bool interactive);
    static QString lastMessage();
};

} // namespace jurybox::ui
