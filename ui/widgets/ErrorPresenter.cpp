// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/ErrorPresenter.h"

#include <QMessageBox>

namespace jurybox::ui {

namespace {

bool g_interactive = true;
QString g_last;

} // namespace

void ErrorPresenter::present(QWidget* parent, const QString& title, const QString& message) {
    g_last = message;
    if (g_interactive)
        QMessageBox::warning(parent, title, message);
}

void ErrorPresenter::setInteractive(bool interactive) {
    g_interactive = interactive;
}

QString ErrorPresenter::lastMessage() {
    return g_last;
}

} // namespace jurybox::ui
