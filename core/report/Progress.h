// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <vector>

namespace jurybox::report {

/// How far one judge (or one category) is with a round: assigned entries, scorecards begun, submitted.
struct ProgressRow {
    QString name;
    QString detail; ///< the judge's ref, or empty for a category
    int assigned = 0;
    int started = 0;
    int submitted = 0;

    bool late() const { return submitted < assigned; }
};

/// Per judge, ordered by ref.
std::vector<ProgressRow> judgeProgress(store::AwardFile& file, Id roundId);
/// Per category, in award order.
std::vector<ProgressRow> categoryProgress(store::AwardFile& file, Id roundId);

} // namespace jurybox::report
