// SPDX-License-Identifier: Apache-2.0
#include "core/domain/Conflict.h"
#include "core/domain/Scorecard.h"
#include "core/domain/Submission.h"

#include <array>
#include <utility>

namespace jurybox {

namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& names, E value) {
    for (const auto& [e, name] : names)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& names, const QString& text) {
    const QString key = text.trimmed().toLower();
    for (const auto& [e, name] : names)
        if (key == QLatin1String(name))
            return e;
    return std::nullopt;
}

constexpr std::array submissionStatuses{
    std::pair{SubmissionStatus::Eligible, "eligible"},
    std::pair{SubmissionStatus::Withdrawn, "withdrawn"},
    std::pair{SubmissionStatus::Disqualified, "disqualified"},
};

constexpr std::array conflictStatuses{
    std::pair{ConflictStatus::Confirmed, "confirmed"},
    std::pair{ConflictStatus::Possible, "possible"},
    std::pair{ConflictStatus::Cleared, "cleared"},
};

constexpr std::array scorecardStatuses{
    std::pair{ScorecardStatus::Draft, "draft"},
    std::pair{ScorecardStatus::Submitted, "submitted"},
};

} // namespace

QString toString(SubmissionStatus status) {
    return nameOf(submissionStatuses, status);
}
std::optional<SubmissionStatus> submissionStatusFromString(const QString& text) {
    return valueOf(submissionStatuses, text);
}

QString toString(ConflictStatus status) {
    return nameOf(conflictStatuses, status);
}
std::optional<ConflictStatus> conflictStatusFromString(const QString& text) {
    return valueOf(conflictStatuses, text);
}

QString toString(ScorecardStatus status) {
    return nameOf(scorecardStatuses, status);
}
std::optional<ScorecardStatus> scorecardStatusFromString(const QString& text) {
    return valueOf(scorecardStatuses, text);
}

} // namespace jurybox
