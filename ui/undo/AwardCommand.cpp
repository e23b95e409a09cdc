// SPDX-License-Identifier: Apache-2.0
#include "ui/undo/AwardCommand.h"

#include "core/Error.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QApplication>
#include <QObject>
#include <QUndoStack>

namespace jurybox::ui {

AwardCommand::AwardCommand(store::AwardFile& file, const QString& text)
    : QUndoCommand(text)
    , m_file(file) {}

void AwardCommand::redo() {
    run(true);
}

void AwardCommand::undo() {
    run(false);
}

void AwardCommand::run(bool forward) {
    try {
        apply(m_file, forward);
    } catch (const Error& e) {
        // Exceptions must not cross QUndoStack; an obsolete command is deleted by push() or undo()/redo().
        setObsolete(true);
        ErrorPresenter::present(QApplication::activeWindow(),
                                forward ? QObject::tr("Change refused — nothing was changed")
                                        : QObject::tr("Undo refused — nothing was changed"),
                                e.message());
    }
}

bool AwardCommand::push(QUndoStack* stack, AwardCommand* command) {
    const int before = stack->index();
    stack->push(command); // deletes the command when it made itself obsolete
    return stack->index() > before;
}

} // namespace jurybox::ui
