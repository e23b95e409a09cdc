// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QUndoCommand>

class QUndoStack;

namespace jurybox::ui {

/// An undoable change to the award made through a core edit operation: redo() and undo() each run one audited core
/// transaction (so an undo is itself recorded in the audit trail). When core refuses (a rule, a sign-off), the
/// ErrorPresenter shows its message and the command makes itself obsolete, so QUndoStack drops it rather than keep a
/// step the award never took.
class AwardCommand : public QUndoCommand {
public:
    AwardCommand(store::AwardFile& file, const QString& text);

    void redo() override;
    void undo() override;

    /// Pushes the command; true when it was applied and stays on the stack, false when core refused it.
    static bool push(QUndoStack* stack, AwardCommand* command);

protected:
    /// Applies the change (`forward`) or reverts it through core; throws jurybox::Error when refused.
    virtual void apply(store::AwardFile& file, bool forward) = 0;

private:
    void run(bool forward);

    store::AwardFile& m_file;
};

/// A change that replaces one record (a criterion, a tier…) by another through the core edit `Edit`.
template <typename Record, bool (*Edit)(store::AwardFile&, const Record&)>
class RecordCommand : public AwardCommand {
public:
    RecordCommand(store::AwardFile& file, Record before, Record after, const QString& text)
        : AwardCommand(file, text)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

protected:
    void apply(store::AwardFile& file, bool forward) override { Edit(file, forward ? m_after : m_before); }

private:
    Record m_before;
    Record m_after;
};

} // namespace jurybox::ui
