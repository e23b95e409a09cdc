// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <vector>

namespace jurybox::import {

/// What one CSV file did to the award.
struct ImportCount {
    QString table;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    /// Assignments dropped because a newly declared conflict forbids them.
    int assignmentsRemoved = 0;
};

/// What a whole import did, one count per file, in the order applied.
struct ImportReport {
    std::vector<ImportCount> counts;
};

} // namespace jurybox::import
