// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Category.h"
#include "core/domain/Scorecard.h"
#include "core/store/AwardFile.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <initializer_list>

#include <optional>
#include <vector>

namespace jurybox::test {

/// A list of refs from string literals (the build forbids implicit const char* → QString).
inline QStringList refs(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}

/// A small award built score by score for tally tests: tiers Best, Outstanding, Most Promising, a round "Final",
/// and a category "Services" whose criteria are given (default: one criterion "Merit" on 0–10, weight 1, so a
/// scorecard's total is ten times its mark). An empty path keeps it in memory.
class SmallAward {
public:
    explicit SmallAward(const QString& path = {}, const std::vector<Criterion>& criteria = {});

    store::AwardFile& file() { return m_file; }
    Id round() const { return m_round; }
    Id category() const { return m_category; }

    /// Adds another category with the same kind of criteria as the first.
    Id addCategory(const QString& name);
    /// The judge with that ref, created on first use.
    Id judge(const QString& ref);
    /// The entry with that ref, created on first use in the given category (default: the first).
    Id entry(const QString& ref, std::optional<Id> category = std::nullopt);
    /// Stores a scorecard with one value per criterion, in order; fewer values make it incomplete.
    void score(const QString& judge, const QString& entry, const std::vector<double>& values,
               ScorecardStatus status = ScorecardStatus::Submitted, std::optional<Id> round = std::nullopt);
    /// Each judge J1, J2… gives the entry one mark (single-criterion awards).
    void marks(const QString& entry, const std::vector<double>& marks);

private:
    store::AwardFile m_file;
    Id m_round = 0;
    Id m_category = 0;
    std::vector<Criterion> m_template;
    QHash<Id, std::vector<Id>> m_criteria;
    QHash<QString, Id> m_judges;
    QHash<QString, Id> m_entries;
    QHash<QString, Id> m_entryCategory;
};

} // namespace jurybox::test
