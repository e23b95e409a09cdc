// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/CoreCommand.h"

#include "core/Error.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QCoreApplication>

namespace jurybox::ui {

CoreCommand::CoreCommand(const QString& text, QWidget* errorParent, std::function<void()> changed)
    : QUndoCommand(text)
    , m_errorParent(errorParent)
    , m_changed(std::move(changed)) {}

bool CoreCommand::execute() {
    // QUndoStack::push calls redo() at once; the change is made already.
    m_skipRedo = run(true, QCoreApplication::translate("CoreCommand", "Refused — nothing was changed"));
    return m_skipRedo;
}

void CoreCommand::redo() {
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!run(true, QCoreApplication::translate("CoreCommand", "Cannot redo — nothing was changed")))
        setObsolete(true);
}

void CoreCommand::undo() {
    if (!run(false, QCoreApplication::translate("CoreCommand", "Cannot undo — nothing was changed")))
        setObsolete(true);
}

bool CoreCommand::run(bool forward, const QString& title) {
    try {
        if (forward)
            apply();
        else
            revert();
    } catch (const Error& e) {
        ErrorPresenter::present(m_errorParent, title, e.message());
        return false;
    }
    if (m_changed)
        m_changed();
    return true;
}

} // namespace jurybox::ui
