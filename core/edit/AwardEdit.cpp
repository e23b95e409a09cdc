// SPDX-License-Identifier: Apache-2.0
#include "core/edit/AwardEdit.h"

#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/edit/EditRules.h"
#include "core/signoff/Signoff.h"
#include "core/store/AwardStore.h"
#include "core/text/Number.h"

#include <algorithm>

namespace jurybox::edit {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

QString minimumText(std::optional<double> minimum) {
    return minimum ? text::formatNumber(*minimum) : QStringLiteral("none");
}

} // namespace

bool changeAward(store::AwardFile& file, const Award& award) {
    db::Database& db = file.db();
    db::Transaction tx(db);
    store::AwardStore awards(db);
    const Award before = awards.award();
    const QString item = QStringLiteral("the award %1").arg(quoted(before.name));
    Award after = before;
    after.name = award.name.trimmed();
    after.year = award.year;
    after.organiser = award.organiser.trimmed();
    if (after.name.isEmpty())
        refuse(item, QStringLiteral("name"), quoted(award.name), QStringLiteral("an award needs a name"));
    if (after.year < kFirstYear || after.year > kLastYear)
        refuse(item, QStringLiteral("year"), QString::number(after.year),
               QStringLiteral("the year lies between %1 and %2").arg(kFirstYear).arg(kLastYear));

    ChangeList changes;
    changes.compare(QStringLiteral("name"), quoted(before.name), quoted(after.name));
    changes.compare(QStringLiteral("year"), QString::number(before.year), QString::number(after.year));
    changes.compare(QStringLiteral("organiser"), quoted(before.organiser), quoted(after.organiser));
    if (changes.isEmpty())
        return false;
    awards.updateAward(after);
    record(db, QStringLiteral("edit"), item, changes);
    tx.commit();
    return true;
}

bool changeTier(store::AwardFile& file, const Tier& tier) {
    db::Database& db = file.db();
    db::Transaction tx(db);
    const auto tiers = store::AwardStore(db).tiers();
    const auto before = std::find_if(tiers.begin(), tiers.end(), [&](const Tier& t) { return t.id == tier.id; });
    if (before == tiers.end())
        throw Error(QStringLiteral("the award has no tier with id %1").arg(tier.id));
    const QString item = QStringLiteral("tier %1").arg(quoted(before->name));
    const QString name = tier.name.trimmed();

    ChangeList changes;
    changes.compare(QStringLiteral("name"), quoted(before->name), quoted(name));
    changes.compare(QStringLiteral("minimum score"), minimumText(before->minimumScore), minimumText(tier.minimumScore));
    if (changes.isEmpty())
        return false;
    // A named refusal before the database's own guard would give its terse one.
    signoff::ensureNotFrozen(db);
    if (name.isEmpty())
        refuse(item, QStringLiteral("name"), quoted(tier.name), QStringLiteral("a tier needs a name"));
    for (const Tier& other : tiers)
        if (other.id != tier.id && other.name == name)
            refuse(item, QStringLiteral("name"), quoted(name), QStringLiteral("another tier has that name"));
    if (tier.minimumScore && !(*tier.minimumScore >= 0 && *tier.minimumScore <= 100))
        refuse(item, QStringLiteral("minimum score"), text::formatNumber(*tier.minimumScore),
               QStringLiteral("a minimum lies between 0 and 100 (the weighted-mean scale)"));
    db.prepare("UPDATE tier SET name = ?, min_score = ? WHERE id = ?")
        .bind(1, name)
        .bind(2, tier.minimumScore)
        .bind(3, tier.id)
        .run();
    record(db, QStringLiteral("edit"), item, changes);
    tx.commit();
    return true;
}

} // namespace jurybox::edit
