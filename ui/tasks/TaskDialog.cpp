// SPDX-License-Identifier: Apache-2.0
#include "ui/tasks/TaskDialog.h"

#include <QCloseEvent>
#include <QPushButton>

#include <algorithm>
#include <climits>

namespace jurybox::ui {

TaskDialog::TaskDialog(const QString& title, QWidget* parent)
    : QProgressDialog(parent)
    , m_title(title) {
    setWindowTitle(title);
    setLabelText(title);
    setWindowModality(Qt::ApplicationModal);
    // The runner decides when the dialog appears and when it goes: never QProgressDialog's own timer or reset.
    setAutoReset(false);
    setAutoClose(false);
    setMinimumDuration(INT_MAX);
    setMinimumWidth(460);
    setRange(0, 0);
    disconnect(this, &QProgressDialog::canceled, this, &QProgressDialog::cancel);
    connect(this, &QProgressDialog::canceled, this, [this] {
        if (!m_cancelling)
            Q_EMIT cancelRequested();
    });
}

void TaskDialog::showState(const task::TaskControl::State& state) {
    if (m_cancelling)
        return;
    setLabelText(state.step.isEmpty() ? m_title : m_title + QLatin1Char('\n') + state.step);
    if (state.total > 0) {
        setRange(0, state.total);
        setValue(std::min(state.done, state.total));
    }
}

void TaskDialog::showCancelling() {
    m_cancelling = true;
    setLabelText(tr("%1\nCancelling: the change in progress is being rolled back…").arg(m_title));
    if (auto* button = findChild<QPushButton*>())
        button->setEnabled(false);
}

void TaskDialog::reject() {
    // Escape asks to cancel; the dialog itself closes only when the work has ended.
    Q_EMIT canceled();
}

void TaskDialog::closeEvent(QCloseEvent* event) {
    event->ignore();
    Q_EMIT canceled();
}

} // namespace jurybox::ui
