// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Conflict.h"
#include "ui/models/SubmissionFilterModel.h"

#include <optional>

namespace jurybox::ui {

/// The submissions' search and category filter over an AssignmentMatrixModel, and optionally only the entries with
/// a conflict of one status (e.g. the possible ones still to review).
class AssignmentFilterModel : public SubmissionFilterModel {
    Q_OBJECT
public:
    explicit AssignmentFilterModel(QObject* parent = nullptr);

    void setConflictFilter(std::optional<ConflictStatus> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<ConflictStatus> m_conflict;
};

} // namespace jurybox::ui
