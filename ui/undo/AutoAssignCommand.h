// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assign/AutoAssign.h"
#include "ui/undo/AwardCommand.h"

namespace jurybox::ui {

/// Auto-assign as one undoable step: core reports exactly the assignments it wrote, so undo removes those and
/// nothing else (assignments that were there before stay), and redo writes the same ones again.
class AutoAssignCommand : public AwardCommand {
public:
    AutoAssignCommand(store::AwardFile& file, const assign::AssignOptions& options);

    /// Core's report of the first run.
    const assign::AssignReport& report() const { return m_report; }

protected:
    void apply(store::AwardFile& file, bool forward) override;

private:
    assign::AssignOptions m_options;
    assign::AssignReport m_report;
    bool m_ran = false;
};

} // namespace jurybox::ui
