// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Id.h"

#include <QString>

#include <optional>

namespace jurybox {

enum class SubmissionStatus { Eligible, Withdrawn, Disqualified };

QString toString(SubmissionStatus status);
std::optional<SubmissionStatus> submissionStatusFromString(const QString& text);

/// A city's entry in one category.
struct Submission {
    Id id = 0;
    QString ref;
    QString title;
    QString city;
    QString country;
    QString organisation;
    QString summary;
    QString contact;
    Id categoryId = 0;
    SubmissionStatus status = SubmissionStatus::Eligible;
};

} // namespace jurybox
