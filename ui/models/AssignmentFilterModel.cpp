// SPDX-License-Identifier: Apache-2.0
#include "ui/models/AssignmentFilterModel.h"

#include "ui/models/AssignmentMatrixModel.h"

namespace jurybox::ui {

AssignmentFilterModel::AssignmentFilterModel(QObject* parent)
    : SubmissionFilterModel(parent) {}

void AssignmentFilterModel::setConflictFilter(std::optional<ConflictStatus> status) {
    m_conflict = status;
    invalidateFilter();
}

bool AssignmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!SubmissionFilterModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    if (!m_conflict)
        return true;
    const auto* matrix = qobject_cast<const AssignmentMatrixModel*>(sourceModel());
    if (!matrix)
        return true;
    for (int column = AssignmentMatrixModel::FirstJudge; column < matrix->columnCount(); ++column)
        if (matrix->cell(sourceRow, column).conflict == m_conflict)
            return true;
    return false;
}

} // namespace jurybox::ui
