// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Submission.h"

#include <optional>
#include <vector>

namespace jurybox::store {

/// What identifies an entry and its criteria: a merge looks entries up by ref tens of thousands of times and needs
/// nothing else of them.
struct SubmissionKey {
    Id id = 0;
    QString ref;
    Id categoryId = 0;
};

/// The cities' entries.
class SubmissionStore {
public:
    explicit SubmissionStore(db::Database& db)
        : m_db(db) {}

    /// Every submission, in category order then by ref.
    std::vector<Submission> all();
    /// Every submission's id, ref and category, in storage order.
    std::vector<SubmissionKey> keys();
    std::optional<Submission> byRef(const QString& ref);
    std::optional<Submission> byId(Id id);
    Id insert(const Submission& submission);
    void update(const Submission& submission);
    void setStatus(Id submissionId, SubmissionStatus status);

private:
    std::vector<Submission> query(const char* sql, const QString* key, std::optional<Id> id);

    db::Database& m_db;
};

} // namespace jurybox::store
