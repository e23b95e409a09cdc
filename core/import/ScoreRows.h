// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/csv/CsvTable.h"
#include "core/db/Database.h"
#include "core/domain/Category.h"
#include "core/domain/Judge.h"
#include "core/import/Lookup.h"
#include "core/store/SubmissionStore.h"

#include <QHash>
#include <QStringList>

#include <map>
#include <set>
#include <utility>
#include <vector>

namespace jurybox::import {

/// The award's criteria by category and name, for resolving a score row's criterion with a readable error.
class CriteriaIndex {
public:
    explicit CriteriaIndex(db::Database& db);
    /// The criterion of that name in the submission's category, or an InputError at the row naming where it
    /// belongs instead or what was probably meant.
    const Criterion& get(const store::SubmissionKey& submission, const QString& name, const csv::CsvTable& table,
                         const csv::CsvRow& row) const;
    /// How many criteria the category has: the most values one scorecard in it can hold.
    qsizetype count(Id categoryId) const {
        const auto it = m_criteria.constFind(categoryId);
        return it == m_criteria.constEnd() ? 0 : it->size();
    }

private:
    QHash<Id, QHash<QString, Criterion>> m_criteria;
    QHash<QString, QStringList> m_categoriesOf;
    QHash<Id, QStringList> m_namesOf;
    QHash<Id, QString> m_categoryNames;
};

/// One value of a pending scorecard and the line it came from.
struct PendingValue {
    const Criterion* criterion = nullptr;
    double value = 0;
    int line = 0;
};

/// The rows of one judge for one submission, gathered before anything is written.
struct PendingCard {
    const Judge* judge = nullptr;
    const store::SubmissionKey* submission = nullptr;
    std::vector<PendingValue> values;
    QString comment;
    int firstCommentLine = 0; ///< the first row giving the comment
    int commentLine = 0;      ///< the last row giving it
};

using PendingCards = std::map<std::pair<Id, Id>, PendingCard>;

/// What a score row is checked against: the award as read inside the import's transaction.
struct ScoreRowContext {
    const Lookup<Judge>& judges;
    const Lookup<store::SubmissionKey>& submissions;
    const CriteriaIndex& criteria;
    const std::set<std::pair<Id, Id>>& blocked;
};

/// Reads and checks every row of a scores CSV into pending scorecards (by judge id and submission id), throwing the
/// first problem in file order as an InputError: an unknown judge, entry or criterion, a value that is not a number
/// or is off its scale, a conflicted pair, a duplicate score, two different comments for one scorecard. A large
/// file is cut into `parts` spans of whole records (0: one per core, at most 4) read on as many threads; the
/// result, and the error when there is one, are those of reading it from start to end.
PendingCards readScoreRows(const csv::CsvTable& table, const ScoreRowContext& context, int parts = 0);

} // namespace jurybox::import
