// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

namespace jurybox::award {

struct NewAwardOptions {
    QString name = QStringLiteral("Smart City Awards");
    int year = 0;
    QString organiser;
    /// Only tiers and a round; no categories or criteria.
    bool empty = false;
};

/// Creates a new award file with the tiers Best, Outstanding and Most Promising and one round "Final", and unless
/// `empty` the five standard categories with their default criteria. An empty path creates it in memory.
store::AwardFile createAward(const QString& path, const NewAwardOptions& options);

/// Adds Services, Efficiency, Open City, Innovacity and Human-Centricity with a default criteria set each.
void addStandardCategories(db::Database& db);

} // namespace jurybox::award
