// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUndoCommand>

#include <functional>

class QWidget;

namespace jurybox::ui {

/// An undoable change made through core. The screen calls execute() first and pushes the command only when core
/// accepted it, so a refusal never disturbs the stack's redo history. A later undo or redo that core refuses (a
/// sign-off now standing, a scorecard since returned) goes to the ErrorPresenter with core's message, changes
/// nothing, and makes the command obsolete so that the stack drops it.
class CoreCommand : public QUndoCommand {
public:
    /// Runs the change now; false when core refused it (its message shown, the award unchanged).
    bool execute();
    void redo() final;
    void undo() final;

protected:
    /// `changed` runs after every change that core accepted (the screen reloads what it shows).
    CoreCommand(const QString& text, QWidget* errorParent, std::function<void()> changed);
    /// Both throw jurybox::Error when core refuses.
    virtual void apply() = 0;
    virtual void revert() = 0;

private:
    bool run(bool forward, const QString& title);

    QWidget* m_errorParent;
    std::function<void()> m_changed;
    bool m_skipRedo = false;
};

} // namespace jurybox::ui
