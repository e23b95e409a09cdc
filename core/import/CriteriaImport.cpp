// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/import/Fields.h"
#include "core/import/TableImports.h"
#include "core/store/CategoryStore.h"
#include "core/text/Number.h"

#include <QHash>

namespace jurybox::import {

const Columns& criteriaColumns() {
    static const Columns columns{{QStringLiteral("category"), QStringLiteral("criterion"), QStringLiteral("weight"),
                                  QStringLiteral("min"), QStringLiteral("max")},
                                 {QStringLiteral("description")}};
    return columns;
}

namespace {

int scoresOutside(db::Database& db, Id criterionId, double min, double max) {
    db::Statement st = db.prepare("SELECT COUNT(*) FROM score WHERE criterion_id = ? AND (value < ? OR value > ?)");
    st.bind(1, criterionId).bind(2, min).bind(3, max);
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
}

} // namespace

ImportCount importCriteria(db::Database& db, const csv::CsvTable& table) {
    store::CategoryStore categories(db);
    ImportCount count{QStringLiteral("criteria")};
    QHash<QString, Id> categoryIds;
    for (const Category& c : categories.categories())
        categoryIds.insert(c.name, c.id);
    QHash<QPair<Id, QString>, Criterion> existing;
    for (Criterion& c : categories.criteria())
        existing.insert({c.categoryId, c.name}, c);

    DuplicateGuard duplicates(QStringLiteral("criterion"));
    for (const csv::CsvRow& row : table.rows()) {
        const QString categoryName = table.required(row, QStringLiteral("category"));
        const QString name = table.required(row, QStringLiteral("criterion"));
        duplicates.check(categoryName + QChar(0) + name,
                         QStringLiteral("\"%1\" in category \"%2\"").arg(name, categoryName), table, row,
                         QStringLiteral("criterion"));
        const double weight = requiredNumber(table, row, QStringLiteral("weight"));
        if (weight <= 0)
            throw InputError(
                table.fileName(), row.line, QStringLiteral("weight"),
                QStringLiteral("weight %1 for \"%2\" must be greater than 0").arg(text::formatNumber(weight), name));
        const double min = requiredNumber(table, row, QStringLiteral("min"));
        const double max = requiredNumber(table, row, QStringLiteral("max"));
        if (!(min < max))
            throw InputError(table.fileName(), row.line, QStringLiteral("max"),
                             QStringLiteral("the scale of \"%1\" runs from %2 to %3; min must be less than max")
                                 .arg(name, text::formatNumber(min), text::formatNumber(max)));

        if (!categoryIds.contains(categoryName))
            categoryIds.insert(categoryName, categories.addCategory(categoryName));
        const Id categoryId = categoryIds.value(categoryName);

        Criterion criterion;
        criterion.categoryId = categoryId;
        criterion.name = name;
        criterion.weight = weight;
        criterion.scaleMin = min;
        criterion.scaleMax = max;
        const auto old = existing.constFind({categoryId, name});
        if (old == existing.constEnd()) {
            criterion.description = table.value(row, QStringLiteral("description"));
            categories.addCriterion(criterion);
            ++count.added;
            continue;
        }
        criterion.id = old->id;
        criterion.descriptors = old->descriptors;
        criterion.description = table.hasColumn(QStringLiteral("description"))
                                    ? table.value(row, QStringLiteral("description"))
                                    : old->description;
        if (criterion.weight == old->weight && criterion.scaleMin == old->scaleMin &&
            criterion.scaleMax == old->scaleMax && criterion.description == old->description) {
            ++count.unchanged;
            continue;
        }
        if (const int outside = scoresOutside(db, criterion.id, min, max); outside > 0)
            throw InputError(table.fileName(), row.line, QStringLiteral("min"),
                             QStringLiteral("%1 stored score(s) for \"%2\" fall outside the new scale %3–%4; correct "
                                            "those scores first")
                                 .arg(outside)
                                 .arg(name, text::formatNumber(min), text::formatNumber(max)));
        categories.updateCriterion(criterion);
        ++count.updated;
    }
    return count;
}

} // namespace jurybox::import
