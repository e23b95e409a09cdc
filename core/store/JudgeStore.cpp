// SPDX-License-Identifier: Apache-2.0
#include "core/store/JudgeStore.h"

#include "core/db/Statement.h"

namespace jurybox::store {

std::vector<Judge> JudgeStore::query(const char* sql, const QString* key, std::optional<Id> id) {
    db::Statement st = m_db.prepare(sql);
    if (key)
        st.bind(1, *key);
    if (id)
        st.bind(1, *id);
    std::vector<Judge> out;
    while (st.step())
        out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)});
    return out;
}

std::vector<Judge> JudgeStore::all() {
    return query("SELECT id, ref, name, country, organisation, position, email FROM judge ORDER BY ref", nullptr,
                 std::nullopt);
}

std::optional<Judge> JudgeStore::byRef(const QString& ref) {
    auto rows = query("SELECT id, ref, name, country, organisation, position, email FROM judge WHERE ref = ?", &ref,
                      std::nullopt);
    return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

std::optional<Judge> JudgeStore::byId(Id id) {
    auto rows =
        query("SELECT id, ref, name, country, organisation, position, email FROM judge WHERE id = ?", nullptr, id);
    return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

Id JudgeStore::insert(const Judge& j) {
    m_db.prepare("INSERT INTO judge (ref, name, country, organisation, position, email) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, j.ref)
        .bind(2, j.name)
        .bind(3, j.country)
        .bind(4, j.organisation)
        .bind(5, j.position)
        .bind(6, j.email)
        .run();
    return m_db.lastInsertId();
}

void JudgeStore::update(const Judge& j) {
    m_db.prepare("UPDATE judge SET ref = ?, name = ?, country = ?, organisation = ?, position = ?, email = ? "
                 "WHERE id = ?")
        .bind(1, j.ref)
        .bind(2, j.name)
        .bind(3, j.country)
        .bind(4, j.organisation)
        .bind(5, j.position)
        .bind(6, j.email)
        .bind(7, j.id)
        .run();
}

std::optional<QString> JudgeStore::accessCode(Id judgeId) {
    db::Statement st = m_db.prepare("SELECT access_code FROM judge WHERE id = ?");
    st.bind(1, judgeId);
    if (st.step() && !st.isNull(0))
        return st.text(0);
    return std::nullopt;
}

std::unordered_map<Id, QString> JudgeStore::accessCodes() {
    db::Statement st =
        m_db.prepare("SELECT id, access_code FROM judge WHERE access_code IS NOT NULL AND access_code <> ''");
    std::unordered_map<Id, QString> out;
    while (st.step())
        out.emplace(st.integer(0), st.text(1));
    return out;
}

void JudgeStore::setAccessCode(Id judgeId, const QString& code) {
    m_db.prepare("UPDATE judge SET access_code = ? WHERE id = ?").bind(1, code).bind(2, judgeId).run();
}

} // namespace jurybox::store
