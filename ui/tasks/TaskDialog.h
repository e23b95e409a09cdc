// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/task/TaskControl.h"

#include <QProgressDialog>

namespace jurybox::ui {

/// The progress of long work: what it is, the step it is on, a bar (a fraction when the number of steps is known)
/// and Cancel. Application-modal, so nothing else can touch the award meanwhile. Cancel, Escape and closing the
/// window all ask the work to stop; the dialog stays up, saying so, until the work has really ended.
class TaskDialog : public QProgressDialog {
    Q_OBJECT
public:
    TaskDialog(const QString& title, QWidget* parent);
    /// Shows how far the work has got.
    void showState(const task::TaskControl::State& state);
    /// After Cancel: the button is disabled and the label says the change in progress is being rolled back.
    void showCancelling();
    bool cancelling() const { return m_cancelling; }

Q_SIGNALS:
    void cancelRequested();

protected:
    void reject() override;
    void closeEvent(QCloseEvent* event) override;

private:
    QString m_title;
    bool m_cancelling = false;
};

} // namespace jurybox::ui
