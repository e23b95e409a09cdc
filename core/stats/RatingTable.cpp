// SPDX-License-Identifier: Apache-2.0
#include "core/stats/RatingTable.h"

#include <algorithm>

namespace jurybox::stats {

RatingTable RatingTable::fromGrid(const std::vector<std::vector<std::optional<double>>>& unitsByRaters) {
    RatingTable table;
    for (const auto& row : unitsByRaters) {
        table.raters = std::max(table.raters, static_cast<int>(row.size()));
        for (std::size_t r = 0; r < row.size(); ++r) {
            if (row[r])
                table.add(static_cast<int>(r), *row[r]);
        }
        table.closeUnit();
    }
    return table;
}

} // namespace jurybox::stats
