// SPDX-License-Identifier: Apache-2.0
#include "core/export/ExportTables.h"

#include "core/report/AwardListings.h"
#include "core/store/CategoryStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"
#include "core/tally/Tally.h"

#include <QHash>

#include <algorithm>

namespace jurybox::exports {

namespace {

using report::Cell;

Cell optionalCell(const std::optional<double>& v) {
    return v ? Cell(*v) : Cell();
}

QStringList entryColumns() {
    return {QStringLiteral("rank"),         QStringLiteral("tier"),       QStringLiteral("submission"),
            QStringLiteral("title"),        QStringLiteral("city"),       QStringLiteral("country"),
            QStringLiteral("status"),       QStringLiteral("score"),      QStringLiteral("weighted_mean"),
            QStringLiteral("median_total"), QStringLiteral("scorecards"), QStringLiteral("tie"),
            QStringLiteral("below_quorum")};
}

std::vector<Cell> entryCells(const tally::EntryResult& e) {
    return {e.rank ? Cell(static_cast<std::int64_t>(*e.rank)) : Cell(),
            e.tier ? Cell(*e.tier) : Cell(),
            e.submission.ref,
            e.submission.title,
            e.submission.city,
            e.submission.country,
            toString(e.submission.status),
            optionalCell(e.score),
            optionalCell(e.weightedMean),
            optionalCell(e.medianTotal),
            static_cast<std::int64_t>(e.scorecards),
            e.tie,
            e.belowQuorum};
}

/// A criterion column's header: its name, unless that is already a fixed column's name.
QString criterionColumn(const QString& name, const QStringList& fixed) {
    return fixed.contains(name) ? QStringLiteral("criterion: ") + name : name;
}

void addResults(ExportTables& out, const tally::TallyResult& result) {
    QStringList fixed = QStringList{QStringLiteral("category")} + entryColumns();
    QStringList criteria;
    for (const tally::CategoryResult& c : result.categories) {
        for (const Criterion& criterion : c.criteria) {
            if (!criteria.contains(criterion.name))
                criteria << criterion.name;
        }
    }
    out.results.columns = fixed;
    for (const QString& name : criteria)
        out.results.columns << criterionColumn(name, fixed);

    for (const tally::CategoryResult& c : result.categories) {
        NamedTable sheet{c.category.name, {}};
        sheet.table.columns = entryColumns();
        for (const Criterion& criterion : c.criteria)
            sheet.table.columns << criterionColumn(criterion.name, sheet.table.columns);
        for (const tally::EntryResult& e : c.entries) {
            std::vector<Cell> row{c.category.name};
            std::vector<Cell> own = entryCells(e);
            row.insert(row.end(), own.begin(), own.end());
            std::vector<Cell> values(criteria.size());
            for (std::size_t i = 0; i < c.criteria.size() && i < e.criteria.size(); ++i) {
                values[static_cast<std::size_t>(criteria.indexOf(c.criteria[i].name))] = optionalCell(e.criteria[i]);
                own.push_back(optionalCell(e.criteria[i]));
            }
            row.insert(row.end(), values.begin(), values.end());
            out.results.rows.push_back(std::move(row));
            sheet.table.rows.push_back(std::move(own));
        }
        out.categoryResults.push_back(std::move(sheet));
    }
}

void addScores(ExportTables& out, store::AwardFile& file, Id roundId) {
    QHash<Id, QString> judges;
    for (const Judge& j : store::JudgeStore(file.db()).all())
        judges.insert(j.id, j.ref);
    QHash<Id, QString> submissions;
    for (const Submission& s : store::SubmissionStore(file.db()).all())
        submissions.insert(s.id, s.ref);
    QHash<Id, Criterion> criteria;
    for (const Criterion& c : store::CategoryStore(file.db()).criteria())
        criteria.insert(c.id, c);

    out.scores.columns = {QStringLiteral("judge"), QStringLiteral("submission"), QStringLiteral("criterion"),
                          QStringLiteral("score"), QStringLiteral("comment")};
    for (const Scorecard& card : store::ScorecardStore(file.db()).all(roundId)) {
        if (card.status != ScorecardStatus::Submitted)
            continue;
        // In criterion order, so the file reads like the scorecard.
        std::vector<std::pair<const Criterion*, double>> values;
        for (const auto& [criterionId, value] : card.values)
            values.emplace_back(&criteria[criterionId], value);
        std::sort(values.begin(), values.end(),
                  [](const auto& a, const auto& b) { return a.first->position < b.first->position; });
        bool first = true;
        for (const auto& [criterion, value] : values) {
            out.scores.rows.push_back({judges.value(card.judgeId), submissions.value(card.submissionId),
                                       criterion->name, value, first ? Cell(card.comment) : Cell()});
            first = false;
        }
    }
}

} // namespace

ExportTables buildExportTables(store::AwardFile& file, const ExportOptions& options) {
    const tally::ScoreMatrix matrix = tally::ScoreMatrix::load(file, options.roundId);
    const ExportTally resolved = exportTally(file, matrix, options);
    tally::TallyOptions tallyOptions = resolved.options;
    tallyOptions.robustness = false;

    ExportTables out;
    addResults(out, tally::runTally(matrix, tallyOptions));
    addScores(out, file, matrix.round.id);
    out.criteria = report::listTable(file, report::Listing::Criteria);
    out.submissions = report::listTable(file, report::Listing::Submissions);
    out.judges = report::listTable(file, report::Listing::Judges);
    return out;
}

} // namespace jurybox::exports
