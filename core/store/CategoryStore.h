// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Category.h"

#include <optional>
#include <vector>

namespace jurybox::store {

/// Categories and their weighted criteria (with level descriptors).
class CategoryStore {
public:
    explicit CategoryStore(db::Database& db)
        : m_db(db) {}

    /// Categories in award order.
    std::vector<Category> categories();
    std::optional<Category> categoryByName(const QString& name);
    Id addCategory(const QString& name, const QString& description = {});
    void updateCategory(const Category& category);

    /// Every criterion, grouped by category order then criterion order, descriptors included.
    std::vector<Criterion> criteria();
    std::vector<Criterion> criteriaOf(Id categoryId);
    /// Adds a criterion at the end of its category; returns its id.
    Id addCriterion(const Criterion& criterion);
    /// Updates name, description, weight, scale and descriptors of an existing criterion.
    void updateCriterion(const Criterion& criterion);

private:
    std::vector<Criterion> readCriteria(const char* sql, std::optional<Id> categoryId);
    void writeDescriptors(const Criterion& criterion);

    db::Database& m_db;
};

} // namespace jurybox::store
