// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Id.h"

#include <QString>

#include <optional>

namespace jurybox {

/// Confirmed conflicts block a judge from an entry; possible ones (found, e.g. same country) await the
/// secretariat's decision; cleared ones were looked at and dismissed.
enum class ConflictStatus { Confirmed, Possible, Cleared };

QString toString(ConflictStatus status);
std::optional<ConflictStatus> conflictStatusFromString(const QString& text);

/// A conflict of interest between a judge and a submission.
struct Conflict {
    Id judgeId = 0;
    Id submissionId = 0;
    QString reason;
    ConflictStatus status = ConflictStatus::Confirmed;

    bool blocks() const { return status == ConflictStatus::Confirmed; }
};

} // namespace jurybox
