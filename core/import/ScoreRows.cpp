// SPDX-License-Identifier: Apache-2.0
#include "core/import/ScoreRows.h"

#include "core/Error.h"
#include "core/store/CategoryStore.h"
#include "core/text/Number.h"
#include "core/text/Suggest.h"

#include <algorithm>
#include <future>
#include <optional>
#include <thread>

namespace jurybox::import {

CriteriaIndex::CriteriaIndex(db::Database& db) {
    store::CategoryStore store(db);
    for (const Category& c : store.categories())
        m_categoryNames.insert(c.id, c.name);
    for (const Criterion& c : store.criteria()) {
        m_categoriesOf[c.name].push_back(m_categoryNames.value(c.categoryId));
        m_namesOf[c.categoryId].push_back(c.name);
        m_criteria[c.categoryId].insert(c.name, c);
    }
}

const Criterion& CriteriaIndex::get(const store::SubmissionKey& submission, const QString& name,
                                    const csv::CsvTable& table, const csv::CsvRow& row) const {
    const auto category = m_criteria.constFind(submission.categoryId);
    if (category != m_criteria.constEnd()) {
        const auto it = category->constFind(name);
        if (it != category->constEnd())
            return *it;
    }
    const QString categoryName = m_categoryNames.value(submission.categoryId);
    QString problem;
    if (m_categoriesOf.contains(name))
        problem = QStringLiteral("\"%1\" is not a criterion of category \"%2\" (submission %3); it belongs to %4")
                      .arg(name, categoryName, submission.ref, m_categoriesOf.value(name).join(QStringLiteral(", ")));
    else {
        problem = QStringLiteral("unknown criterion \"%1\" for category \"%2\"").arg(name, categoryName);
        if (const auto guess = text::closestMatch(name, m_namesOf.value(submission.categoryId)))
            problem += QStringLiteral("; did you mean \"%1\"?").arg(*guess);
    }
    throw InputError(table.fileName(), row.line, QStringLiteral("criterion"), problem);
}

namespace {

const QString kJudge = QStringLiteral("judge");
const QString kSubmission = QStringLiteral("submission");
const QString kCriterion = QStringLiteral("criterion");
const QString kScore = QStringLiteral("score");
const QString kComment = QStringLiteral("comment");

/// A score row that passed the checks needing only itself.
struct ScoreRow {
    const Judge* judge;
    const store::SubmissionKey* submission;
    const Criterion* criterion;
    double value;
    QString comment;
    int line;
};

InputError duplicateScore(const csv::CsvTable& table, const PendingCard& card, const PendingValue& again,
                          int firstLine) {
    return {table.fileName(), again.line, kCriterion,
            QStringLiteral("duplicate score of %1 for %2 on \"%3\" (first on line %4)")
                .arg(card.judge->ref, card.submission->ref, again.criterion->name)
                .arg(firstLine)};
}

InputError secondComment(const csv::CsvTable& table, const PendingCard& card, int line, int previousLine) {
    return {table.fileName(), line, kComment,
            QStringLiteral("a different comment for %1's scorecard of %2 was already given on line %3; "
                           "give the comment once")
                .arg(card.judge->ref, card.submission->ref)
                .arg(previousLine)};
}

/// Reads a span's rows: checks each, then gathers it into its card.
class SpanReader {
public:
    SpanReader(const csv::CsvTable& table, const ScoreRowContext& context)
        : m_table(table)
        , m_context(context)
        , m_judge(table.columnIndex(kJudge))
        , m_submission(table.columnIndex(kSubmission))
        , m_criterion(table.columnIndex(kCriterion))
        , m_score(table.columnIndex(kScore))
        , m_comment(table.columnIndex(kComment)) {}

    /// The span's cards up to its first error, which is kept rather than thrown.
    struct Result {
        PendingCards cards;
        std::optional<InputError> error;
        /// False when a record ran past the span (a malformed file cut in the wrong place).
        bool complete = true;
    };

    Result read(const csv::CsvTable::Span& span) const {
        Result result;
        try {
            result.complete =
                m_table.forEachRowIn(span, [&](const csv::CsvRow& row) { gather(result.cards, check(row)); });
        } catch (const InputError& e) {
            result.error = e;
        }
        return result;
    }

private:
    /// A trimmed field by column index (-1 = the optional column is absent); "missing value" when required.
    QString field(const csv::CsvRow& row, int index, const QString& column, bool required) const {
        QString v = index < 0 ? QString() : row.fields[static_cast<std::size_t>(index)].trimmed();
        if (required && v.isEmpty())
            throw InputError(m_table.fileName(), row.line, column, QStringLiteral("missing value"));
        return v;
    }

    ScoreRow check(const csv::CsvRow& row) const {
        const Judge& judge = m_context.judges.get(field(row, m_judge, kJudge, true), m_table, row, kJudge);
        const store::SubmissionKey& submission =
            m_context.submissions.get(field(row, m_submission, kSubmission, true), m_table, row, kSubmission);
        const Criterion& criterion =
            m_context.criteria.get(submission, field(row, m_criterion, kCriterion, true), m_table, row);
        const QString raw = field(row, m_score, kScore, true);
        const auto score = text::parseDecimal(raw);
        if (!score)
            throw InputError(m_table.fileName(), row.line, kScore,
                             QStringLiteral("\"%1\" is not a number (write decimals with a point, e.g. 7.5)").arg(raw));
        if (!criterion.accepts(*score))
            throw InputError(m_table.fileName(), row.line, kScore,
                             QStringLiteral("score %1 for \"%2\" is outside %3–%4")
                                 .arg(text::formatNumber(*score), criterion.name,
                                      text::formatNumber(criterion.scaleMin), text::formatNumber(criterion.scaleMax)));
        if (m_context.blocked.contains({judge.id, submission.id}))
            throw InputError(m_table.fileName(), row.line, kSubmission,
                             QStringLiteral("judge %1 has a conflict of interest with %2; their scores cannot count")
                                 .arg(judge.ref, submission.ref));
        return {&judge, &submission, &criterion, *score, field(row, m_comment, kComment, false), row.line};
    }

    void gather(PendingCards& cards, const ScoreRow& row) const {
        PendingCard& card = cards[{row.judge->id, row.submission->id}];
        if (!card.judge) { // new: room for a value per criterion, instead of growing 1, 2, 4, 8
            card.judge = row.judge;
            card.submission = row.submission;
            card.values.reserve(static_cast<std::size_t>(m_context.criteria.count(row.submission->categoryId)));
        }
        const PendingValue value{row.criterion, row.value, row.line};
        const auto same = std::find_if(card.values.begin(), card.values.end(),
                                       [&](const PendingValue& v) { return v.criterion == row.criterion; });
        if (same != card.values.end())
            throw duplicateScore(m_table, card, value, same->line);
        card.values.push_back(value);
        if (row.comment.isEmpty())
            return;
        if (!card.comment.isEmpty() && card.comment != row.comment)
            throw secondComment(m_table, card, row.line, card.commentLine);
        if (card.comment.isEmpty())
            card.firstCommentLine = row.line;
        card.comment = row.comment;
        card.commentLine = row.line;
    }

    const csv::CsvTable& m_table;
    const ScoreRowContext& m_context;
    const int m_judge;
    const int m_submission;
    const int m_criterion;
    const int m_score;
    const int m_comment;
};

/// The first problem, in the order a reading from the start would meet it, between the cards of the spans before
/// (`earlier`) and one span's cards: a score it repeats, or a comment that differs. A line is one row of one card,
/// whose scores are looked at before its comment, as a reading from the top checks a row.
std::optional<InputError> firstClash(const csv::CsvTable& table, const PendingCards& earlier,
                                     const PendingCards& later) {
    std::optional<InputError> first;
    const auto consider = [&](InputError error) {
        if (!first || error.line() < first->line())
            first = std::move(error);
    };
    for (const auto& [key, card] : later) {
        const auto before = earlier.find(key);
        if (before == earlier.end())
            continue;
        for (const PendingValue& v : card.values)
            for (const PendingValue& w : before->second.values)
                if (w.criterion == v.criterion)
                    consider(duplicateScore(table, card, v, w.line));
        if (!card.comment.isEmpty() && !before->second.comment.isEmpty() && card.comment != before->second.comment)
            consider(secondComment(table, card, card.firstCommentLine, before->second.commentLine));
    }
    return first;
}

/// Adds a later span's cards to those before it (no clash between them).
void append(PendingCards& earlier, PendingCards&& later) {
    for (auto& [key, card] : later) {
        const auto [it, added] = earlier.try_emplace(key, std::move(card));
        if (added)
            continue;
        PendingCard& into = it->second;
        into.values.insert(into.values.end(), card.values.begin(), card.values.end());
        if (!card.comment.isEmpty()) {
            if (into.comment.isEmpty())
                into.firstCommentLine = card.firstCommentLine;
            into.comment = card.comment;
            into.commentLine = card.commentLine;
        }
    }
}

/// Below this much data a file is read on one thread: starting threads would cost more than they save.
constexpr qsizetype kBytesPerThread = 1 << 20;

} // namespace

PendingCards readScoreRows(const csv::CsvTable& table, const ScoreRowContext& context, int parts) {
    const SpanReader reader(table, context);
    const auto whole = [&] {
        SpanReader::Result r = reader.read(table.spans(1).front());
        if (r.error)
            throw *r.error;
        return std::move(r.cards);
    };
    if (parts <= 0) {
        const csv::CsvTable::Span all = table.spans(1).front();
        const auto cores = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 4);
        parts = std::clamp(static_cast<int>((all.end - all.begin) / kBytesPerThread), 1, cores);
    }
    const std::vector<csv::CsvTable::Span> spans = table.spans(parts);
    if (spans.size() == 1)
        return whole();

    std::vector<std::future<SpanReader::Result>> later;
    for (std::size_t k = 1; k < spans.size(); ++k)
        later.push_back(std::async(std::launch::async, [&reader, span = spans[k]] { return reader.read(span); }));
    std::vector<SpanReader::Result> results;
    results.push_back(reader.read(spans.front()));
    for (auto& f : later)
        results.push_back(f.get());
    if (std::any_of(results.begin(), results.end(), [](const SpanReader::Result& r) { return !r.complete; }))
        return whole(); // a malformed file cut in the wrong place: its first error is the whole reading's

    PendingCards cards = std::move(results.front().cards);
    if (results.front().error)
        throw *results.front().error;
    for (std::size_t k = 1; k < results.size(); ++k) {
        SpanReader::Result& r = results[k];
        const std::optional<InputError> clash = firstClash(table, cards, r.cards);
        // At the same line the clash comes first: the span stopped on that row's comment, and a reading from the top
        // checks the row's score, which repeats one from before, first.
        if (r.error && (!clash || r.error->line() < clash->line()))
            throw *r.error;
        if (clash)
            throw *clash;
        append(cards, std::move(r.cards));
    }
    return cards;
}

} // namespace jurybox::import
