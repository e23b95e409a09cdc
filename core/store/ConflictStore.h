// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Conflict.h"

#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace jurybox::store {

/// Conflicts of interest between judges and submissions.
class ConflictStore {
public:
    explicit ConflictStore(db::Database& db)
        : m_db(db) {}

    std::vector<Conflict> all();
    std::optional<Conflict> find(Id judgeId, Id submissionId);
    /// True when a confirmed conflict keeps the judge away from the submission.
    bool blocks(Id judgeId, Id submissionId);
    /// Every (judge, submission) pair kept apart by a confirmed conflict, read at once for bulk checks.
    std::set<std::pair<Id, Id>> blockingPairs();
    /// Inserts or replaces the conflict for that pair.
    void put(const Conflict& conflict);
    void remove(Id judgeId, Id submissionId);

private:
    db::Database& m_db;
};

} // namespace jurybox::store
