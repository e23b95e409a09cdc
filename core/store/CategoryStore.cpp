// SPDX-License-Identifier: Apache-2.0
#include "core/store/CategoryStore.h"

#include "core/db/Statement.h"

#include <unordered_map>

namespace jurybox::store {

std::vector<Category> CategoryStore::categories() {
    db::Statement st = m_db.prepare("SELECT id, position, name, description FROM category ORDER BY position, id");
    std::vector<Category> out;
    while (st.step())
        out.push_back({st.integer(0), static_cast<int>(st.integer(1)), st.text(2), st.text(3)});
    return out;
}

std::optional<Category> CategoryStore::categoryByName(const QString& name) {
    for (Category& c : categories())
        if (c.name == name)
            return c;
    return std::nullopt;
}

Id CategoryStore::addCategory(const QString& name, const QString& description) {
    m_db.prepare("INSERT INTO category (position, name, description) "
                 "VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM category), ?, ?)")
        .bind(1, name)
        .bind(2, description)
        .run();
    return m_db.lastInsertId();
}

void CategoryStore::updateCategory(const Category& category) {
    m_db.prepare("UPDATE category SET name = ?, description = ?, position = ? WHERE id = ?")
        .bind(1, category.name)
        .bind(2, category.description)
        .bind(3, category.position)
        .bind(4, category.id)
        .run();
}

std::vector<Criterion> CategoryStore::readCriteria(const char* sql, std::optional<Id> categoryId) {
    db::Statement st = m_db.prepare(sql);
    if (categoryId)
        st.bind(1, *categoryId);
    std::vector<Criterion> out;
    std::unordered_map<Id, std::size_t> index;
    while (st.step()) {
        Criterion c;
        c.id = st.integer(0);
        c.categoryId = st.integer(1);
        c.position = static_cast<int>(st.integer(2));
        c.name = st.text(3);
        c.description = st.text(4);
        c.weight = st.real(5);
        c.scaleMin = st.real(6);
        c.scaleMax = st.real(7);
        index.emplace(c.id, out.size());
        out.push_back(std::move(c));
    }
    db::Statement ds = m_db.prepare("SELECT criterion_id, level, text FROM descriptor ORDER BY criterion_id, level");
    while (ds.step()) {
        const auto it = index.find(ds.integer(0));
        if (it != index.end())
            out[it->second].descriptors.push_back({ds.real(1), ds.text(2)});
    }
    return out;
}

std::vector<Criterion> CategoryStore::criteria() {
    return readCriteria("SELECT cr.id, cr.category_id, cr.position, cr.name, cr.description, cr.weight, cr.scale_min, "
                        "cr.scale_max FROM criterion cr JOIN category ca ON ca.id = cr.category_id "
                        "ORDER BY ca.position, ca.id, cr.position, cr.id",
                        std::nullopt);
}

std::vector<Criterion> CategoryStore::criteriaOf(Id categoryId) {
    return readCriteria("SELECT id, category_id, position, name, description, weight, scale_min, scale_max "
                        "FROM criterion WHERE category_id = ? ORDER BY position, id",
                        categoryId);
}

Id CategoryStore::addCriterion(const Criterion& criterion) {
    m_db.prepare("INSERT INTO criterion (category_id, position, name, description, weight, scale_min, scale_max) "
                 "VALUES (?1, (SELECT COALESCE(MAX(position), 0) + 1 FROM criterion WHERE category_id = ?1), "
                 "?2, ?3, ?4, ?5, ?6)")
        .bind(1, criterion.categoryId)
        .bind(2, criterion.name)
        .bind(3, criterion.description)
        .bind(4, criterion.weight)
        .bind(5, criterion.scaleMin)
        .bind(6, criterion.scaleMax)
        .run();
    Criterion stored = criterion;
    stored.id = m_db.lastInsertId();
    writeDescriptors(stored);
    return stored.id;
}

void CategoryStore::updateCriterion(const Criterion& criterion) {
    m_db.prepare("UPDATE criterion SET name = ?, description = ?, weight = ?, scale_min = ?, scale_max = ? "
                 "WHERE id = ?")
        .bind(1, criterion.name)
        .bind(2, criterion.description)
        .bind(3, criterion.weight)
        .bind(4, criterion.scaleMin)
        .bind(5, criterion.scaleMax)
        .bind(6, criterion.id)
        .run();
    writeDescriptors(criterion);
}

void CategoryStore::writeDescriptors(const Criterion& criterion) {
    m_db.prepare("DELETE FROM descriptor WHERE criterion_id = ?").bind(1, criterion.id).run();
    db::Statement ins = m_db.prepare("INSERT INTO descriptor (criterion_id, level, text) VALUES (?, ?, ?)");
    for (const Descriptor& d : criterion.descriptors)
        ins.bind(1, criterion.id).bind(2, d.level).bind(3, d.text).run();
}

} // namespace jurybox::store
