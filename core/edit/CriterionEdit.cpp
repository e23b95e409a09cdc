// SPDX-License-Identifier: Apache-2.0
#include "core/edit/CriterionEdit.h"

#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/edit/EditRules.h"
#include "core/signoff/Signoff.h"
#include "core/store/CategoryStore.h"
#include "core/text/Number.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace jurybox::edit {

namespace {

QString scaleText(double min, double max) {
    return QStringLiteral("%1–%2").arg(text::formatNumber(min), text::formatNumber(max));
}

QString descriptorsText(const std::vector<Descriptor>& descriptors) {
    QStringList parts;
    for (const Descriptor& d : descriptors)
        parts << QStringLiteral("%1 %2").arg(text::formatNumber(d.level), quoted(d.text));
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

int scoresOutside(db::Database& db, Id criterionId, double min, double max) {
    db::Statement st = db.prepare("SELECT COUNT(*) FROM score WHERE criterion_id = ? AND (value < ? OR value > ?)");
    st.bind(1, criterionId).bind(2, min).bind(3, max);
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
}

void validate(db::Database& db, const QString& item, const Criterion& c, const std::vector<Criterion>& siblings) {
    if (c.name.isEmpty())
        refuse(item, QStringLiteral("name"), quoted(c.name), QStringLiteral("a criterion needs a name"));
    for (const Criterion& other : siblings)
        if (other.id != c.id && other.name == c.name)
            refuse(item, QStringLiteral("name"), quoted(c.name),
                   QStringLiteral("another criterion of the category has that name; names are unique within a "
                                  "category"));
    if (!(std::isfinite(c.weight) && c.weight > 0))
        refuse(item, QStringLiteral("weight"), text::formatNumber(c.weight),
               QStringLiteral("a weight must be greater than 0"));
    const QString scale = scaleText(c.scaleMin, c.scaleMax);
    if (!(std::isfinite(c.scaleMin) && std::isfinite(c.scaleMax) && c.scaleMin < c.scaleMax))
        refuse(item, QStringLiteral("scale"), scale, QStringLiteral("the minimum must be less than the maximum"));
    if (const int outside = scoresOutside(db, c.id, c.scaleMin, c.scaleMax); outside > 0)
        refuse(item, QStringLiteral("scale"), scale,
               QStringLiteral("%1 stored score(s) fall outside it; correct those scores first").arg(outside));
    std::set<double> levels;
    for (const Descriptor& d : c.descriptors) {
        const QString level = text::formatNumber(d.level);
        if (!c.accepts(d.level))
            refuse(item, QStringLiteral("descriptor level"), level,
                   QStringLiteral("levels lie within the scale %1").arg(scale));
        if (!levels.insert(d.level).second)
            refuse(item, QStringLiteral("descriptor level"), level, QStringLiteral("each level has one descriptor"));
        if (d.text.trimmed().isEmpty())
            refuse(item, QStringLiteral("descriptor level"), level, QStringLiteral("a descriptor needs a text"));
    }
}

} // namespace

bool changeCategory(store::AwardFile& file, const Category& category) {
    db::Database& db = file.db();
    db::Transaction tx(db);
    const auto categories = store::CategoryStore(db).categories();
    const auto before =
        std::find_if(categories.begin(), categories.end(), [&](const Category& c) { return c.id == category.id; });
    if (before == categories.end())
        throw Error(QStringLiteral("the award has no category with id %1").arg(category.id));
    const QString item = QStringLiteral("category %1").arg(quoted(before->name));
    const QString name = category.name.trimmed();

    ChangeList changes;
    changes.compare(QStringLiteral("name"), quoted(before->name), quoted(name));
    changes.compare(QStringLiteral("description"), quoted(before->description), quoted(category.description));
    if (changes.isEmpty())
        return false;
    if (name != before->name)
        signoff::ensureNotFrozen(db);
    if (name.isEmpty())
        refuse(item, QStringLiteral("name"), quoted(category.name), QStringLiteral("a category needs a name"));
    for (const Category& other : categories)
        if (other.id != category.id && other.name == name)
            refuse(item, QStringLiteral("name"), quoted(name), QStringLiteral("another category has that name"));
    db.prepare("UPDATE category SET name = ?, description = ? WHERE id = ?")
        .bind(1, name)
        .bind(2, category.description)
        .bind(3, category.id)
        .run();
    record(db, QStringLiteral("edit"), item, changes);
    tx.commit();
    return true;
}

bool changeCriterion(store::AwardFile& file, const Criterion& criterion) {
    db::Database& db = file.db();
    db::Transaction tx(db);
    store::CategoryStore store(db);
    const auto all = store.criteria();
    const auto before = std::find_if(all.begin(), all.end(), [&](const Criterion& c) { return c.id == criterion.id; });
    if (before == all.end())
        throw Error(QStringLiteral("the award has no criterion with id %1").arg(criterion.id));
    QString categoryName;
    for (const Category& c : store.categories())
        if (c.id == before->categoryId)
            categoryName = c.name;
    const QString item = QStringLiteral("criterion %1 of %2").arg(quoted(before->name), quoted(categoryName));

    Criterion after = criterion;
    after.categoryId = before->categoryId;
    after.position = before->position;
    after.name = criterion.name.trimmed();
    std::sort(after.descriptors.begin(), after.descriptors.end(),
              [](const Descriptor& a, const Descriptor& b) { return a.level < b.level; });

    ChangeList tallied;
    tallied.compare(QStringLiteral("name"), quoted(before->name), quoted(after.name));
    tallied.compare(QStringLiteral("weight"), text::formatNumber(before->weight), text::formatNumber(after.weight));
    tallied.compare(QStringLiteral("scale"), scaleText(before->scaleMin, before->scaleMax),
                    scaleText(after.scaleMin, after.scaleMax));
    ChangeList changes = tallied;
    changes.compare(QStringLiteral("description"), quoted(before->description), quoted(after.description));
    changes.compare(QStringLiteral("descriptors"), descriptorsText(before->descriptors),
                    descriptorsText(after.descriptors));
    if (changes.isEmpty())
        return false;
    if (!tallied.isEmpty())
        signoff::ensureNotFrozen(db);
    std::vector<Criterion> siblings;
    std::copy_if(all.begin(), all.end(), std::back_inserter(siblings),
                 [&](const Criterion& c) { return c.categoryId == after.categoryId; });
    validate(db, item, after, siblings);

    // Only the columns that change are written: the sign-off triggers guard name, weight and scale even when the
    // value written is the same, and a description stays editable under a sign-off.
    if (!tallied.isEmpty())
        db.prepare("UPDATE criterion SET name = ?, weight = ?, scale_min = ?, scale_max = ? WHERE id = ?")
            .bind(1, after.name)
            .bind(2, after.weight)
            .bind(3, after.scaleMin)
            .bind(4, after.scaleMax)
            .bind(5, after.id)
            .run();
    db.prepare("UPDATE criterion SET description = ? WHERE id = ?").bind(1, after.description).bind(2, after.id).run();
    db.prepare("DELETE FROM descriptor WHERE criterion_id = ?").bind(1, after.id).run();
    db::Statement insert = db.prepare("INSERT INTO descriptor (criterion_id, level, text) VALUES (?, ?, ?)");
    for (const Descriptor& d : after.descriptors)
        insert.bind(1, after.id).bind(2, d.level).bind(3, d.text).run();
    record(db, QStringLiteral("edit"), item, changes);
    tx.commit();
    return true;
}

} // namespace jurybox::edit
