// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Id.h"

#include <QString>

#include <map>
#include <optional>

namespace jurybox {

enum class ScorecardStatus { Draft, Submitted };

QString toString(ScorecardStatus status);
std::optional<ScorecardStatus> scorecardStatusFromString(const QString& text);

/// One judge's marks for one submission in one round: a value per criterion (by criterion id) and a comment.
struct Scorecard {
    Id id = 0;
    Id judgeId = 0;
    Id submissionId = 0;
    Id roundId = 0;
    QString comment;
    ScorecardStatus status = ScorecardStatus::Draft;
    /// Increments on every change by the judge; a merge only takes a newer revision.
    int revision = 0;
    QString createdAt;
    QString updatedAt;
    std::map<Id, double> values;
};

} // namespace jurybox
