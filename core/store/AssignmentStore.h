// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Assignment.h"

#include <optional>
#include <vector>

namespace jurybox::store {

/// Which judge scores which submission in which round.
class AssignmentStore {
public:
    explicit AssignmentStore(db::Database& db)
        : m_db(db) {}

    /// Every assignment, or those of one round; ordered by round, judge ref, submission ref.
    std::vector<Assignment> all(std::optional<Id> roundId = std::nullopt);
    /// Every assignment in storage order (no sort, no joins): for building a lookup set.
    std::vector<Assignment> unordered();
    bool exists(const Assignment& assignment);
    /// Adds the assignment unless it is there already; true when it was added.
    bool add(const Assignment& assignment);
    void remove(const Assignment& assignment);

private:
    db::Database& m_db;
};

} // namespace jurybox::store
