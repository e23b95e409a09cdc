// SPDX-License-Identifier: Apache-2.0
#include "core/award/DemoAward.h"

#include "core/audit/AuditLog.h"
#include "core/award/NewAward.h"
#include "core/csv/CsvTable.h"
#include "core/db/Transaction.h"
#include "core/import/AwardImport.h"
#include "core/store/CategoryStore.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares the resource's initialiser, which lives in the global namespace.
static void initialiseDemoResource() {
    Q_INIT_RESOURCE(demo);
}

namespace jurybox::award {

namespace {

void describeCategories(store::CategoryStore& categories) {
    const auto table = csv::CsvTable::read(QStringLiteral(":/jurybox/demo/categories.csv"),
                                           {QStringLiteral("category"), QStringLiteral("description")}, {});
    for (const csv::CsvRow& row : table.rows()) {
        if (auto category = categories.categoryByName(table.value(row, QStringLiteral("category")))) {
            category->description = table.value(row, QStringLiteral("description"));
            categories.updateCategory(*category);
        }
    }
}

// The same level descriptors for every criterion of a name, so that judges read what each level means.
void describeLevels(store::CategoryStore& categories) {
    const auto table =
        csv::CsvTable::read(QStringLiteral(":/jurybox/demo/descriptors.csv"),
                            {QStringLiteral("criterion"), QStringLiteral("level"), QStringLiteral("text")}, {});
    for (Criterion criterion : categories.criteria()) {
        for (const csv::CsvRow& row : table.rows())
            if (table.value(row, QStringLiteral("criterion")) == criterion.name)
                criterion.descriptors.push_back(
                    {table.value(row, QStringLiteral("level")).toDouble(), table.value(row, QStringLiteral("text"))});
        categories.updateCriterion(criterion);
    }
}

void describe(db::Database& db) {
    store::CategoryStore categories(db);
    db::Transaction tx(db);
    describeCategories(categories);
    describeLevels(categories);
    audit::AuditLog(db).append(QStringLiteral("edit"),
                               QStringLiteral("Described the 2014 categories and their criteria's levels"));
    tx.commit();
}

} // namespace

store::AwardFile createDemoAward(const QString& path) {
    initialiseDemoResource();
    NewAwardOptions options;
    options.name = QStringLiteral("The 2nd WeGO Awards 2014");
    options.year = 2014;
    options.organiser = QStringLiteral("World e-Governments Organization of Cities and Local Governments (WeGO)");
    options.empty = true;
    store::AwardFile file = createAward(path, options);

    const QString base = QStringLiteral(":/jurybox/demo/");
    import::ImportSources sources;
    sources.criteria = base + QStringLiteral("criteria.csv");
    sources.submissions = base + QStringLiteral("submissions.csv");
    sources.judges = base + QStringLiteral("judges.csv");
    sources.scores = base + QStringLiteral("scores.csv");
    import::importCsv(file, sources);
    describe(file.db());
    return file;
}

} // namespace jurybox::award
