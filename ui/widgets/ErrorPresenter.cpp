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
    if (!g_interactive)
        return;
    // An OK of our own: the standard button's text would need Qt's translations installed.
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::NoButton, parent);
    box.setDefaultButton(box.addButton(tr("OK"), QMessageBox::AcceptRole));
    box.exec();
}

void ErrorPresenter::setInteractive(bool interactive) {
    g_interactive = interactive;
}

QString ErrorPresenter::lastMessage() {
    return g_last;
}

} // namespace jurybox::ui
