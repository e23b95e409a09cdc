// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Judge.h"

#include <optional>
#include <unordered_map>
#include <vector>

namespace jurybox::store {

/// The judging panel, and each judge's secret access code.
class JudgeStore {
public:
    explicit JudgeStore(db::Database& db)
        : m_db(db) {}

    /// Every judge, by ref.
    std::vector<Judge> all();
    std::optional<Judge> byRef(const QString& ref);
    std::optional<Judge> byId(Id id);
    Id insert(const Judge& judge);
    void update(const Judge& judge);

    /// The judge's access code, once one has been generated.
    std::optional<QString> accessCode(Id judgeId);
    /// Every judge's access code by judge id, in one query; judges without a code are absent.
    std::unordered_map<Id, QString> accessCodes();
    void setAccessCode(Id judgeId, const QString& code);

private:
    std::vector<Judge> query(const char* sql, const QString* key, std::optional<Id> id);

    db::Database& m_db;
};

} // namespace jurybox::store
