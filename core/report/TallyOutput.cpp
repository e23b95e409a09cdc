// SPDX-License-Identifier: Apache-2.0
#include "core/report/TallyOutput.h"

#include <QJsonDocument>

#include "core/text/Number.h"

#include <algorithm>
#include <cmath>

namespace jurybox::report {

namespace {

void writeWinners(JsonWriter& json, const tally::WinnerList& list) {
    json.beginArray();
    for (const QStringList& tier : list) {
        if (tier.isEmpty())
            json.null();
        for (const QString& ref : tier)
            json.value(ref);
    }
    json.endArray();
}

void writeRobustness(JsonWriter& json, const tally::Robustness& r) {
    json.beginObject();
    json.key(QStringLiteral("stable"));
    if (r.computed)
        json.value(r.stable);
    else
        json.null();
    json.key(QStringLiteral("by_method")).beginObject();
    for (const auto& [method, list] : r.byMethod) {
        json.key(tally::toString(method));
        writeWinners(json, list);
    }
    json.endObject();
    json.key(QStringLiteral("leave_one_out")).beginObject();
    for (const auto& [judge, list] : r.leaveOneOut) {
        json.key(judge);
        writeWinners(json, list);
    }
    json.endObject();
    json.endObject();
}

void writeEntry(JsonWriter& json, const tally::CategoryResult& category, const tally::EntryResult& e) {
    json.beginObject();
    json.key(QStringLiteral("rank"));
    if (e.rank)
        json.value(*e.rank);
    else
        json.null();
    json.key(QStringLiteral("submission")).value(e.submission.ref);
    json.key(QStringLiteral("title")).value(e.submission.title);
    json.key(QStringLiteral("city")).value(e.submission.city);
    json.key(QStringLiteral("country")).value(e.submission.country);
    json.key(QStringLiteral("score")).value(e.score);
    json.key(QStringLiteral("weighted_mean")).value(e.weightedMean);
    json.key(QStringLiteral("criteria")).beginObject();
    for (std::size_t c = 0; c < category.criteria.size(); ++c)
        json.key(category.criteria[c].name).value(c < e.criteria.size() ? e.criteria[c] : std::nullopt);
    json.endObject();
    json.key(QStringLiteral("scorecards")).value(e.scorecards);
    json.key(QStringLiteral("tier")).value(e.tier);
    json.key(QStringLiteral("tie")).value(e.tie);
    json.key(QStringLiteral("below_quorum")).value(e.belowQuorum);
    json.endObject();
}

QStringList flags(const tally::EntryResult& e, int trim) {
    QStringList out;
    if (!e.eligible())
        out << toString(e.submission.status);
    if (e.tie)
        out << QStringLiteral("tie");
    if (e.belowQuorum)
        out << QStringLiteral("below quorum");
    if (e.trimFallback)
        out << QStringLiteral("plain mean (fewer than %1 marks)").arg(2 * trim + 1);
    if (e.noComparison)
        out << QStringLiteral("no comparison");
    return out;
}

QString optionalScore(const std::optional<double>& v, tally::Method method) {
    return v ? formatScore(*v, method) : QStringLiteral("–");
}

QString winnersText(const tally::WinnerList& list) {
    QStringList tiers;
    for (const QStringList& tier : list)
        tiers << (tier.isEmpty() ? QStringLiteral("(vacant)") : tier.join(QStringLiteral(" = ")));
    return tiers.join(QStringLiteral(", "));
}

QString robustnessText(const tally::Robustness& r) {
    if (!r.computed)
        return {};
    if (r.stable)
        return QStringLiteral("Robustness: stable — the same winners under all %1 methods and with each of the %2 "
                              "judges left out in turn.\n")
            .arg(r.byMethod.size())
            .arg(r.leaveOneOut.size());
    QString out = QStringLiteral("Robustness: NOT stable — tier winners (in tier order) differ:\n");
    for (const auto& [method, list] : r.byMethod)
        out += QStringLiteral("  %1: %2\n").arg(tally::toString(method), winnersText(list));
    for (const auto& [judge, list] : r.leaveOneOut)
        out += QStringLiteral("  without %1: %2\n").arg(judge, winnersText(list));
    return out;
}

/// Right-aligns formatted numbers (text cells) by padding them to the widest in the column.
void alignRight(Table& table, int column) {
    int width = 0;
    for (const auto& row : table.rows)
        width = std::max(width, displayWidth(cellText(row[static_cast<std::size_t>(column)])));
    for (auto& row : table.rows) {
        Cell& cell = row[static_cast<std::size_t>(column)];
        const QString text = cellText(cell);
        cell = QString(width - displayWidth(text), QLatin1Char(' ')) + text;
    }
}

QString categoryText(const tally::CategoryResult& category, const tally::TallyResult& result) {
    const tally::Method method = result.options.method;
    Table table;
    table.columns = {QStringLiteral("Rank"),  QStringLiteral("Tier"),   QStringLiteral("Entry"),
                     QStringLiteral("Title"), QStringLiteral("City"),   QStringLiteral("Country"),
                     QStringLiteral("Score"), QStringLiteral("W.mean"), QStringLiteral("Cards"),
                     QStringLiteral("Flags")};
    for (const auto& e : category.entries) {
        table.rows.push_back(
            {e.rank ? Cell(static_cast<std::int64_t>(*e.rank)) : Cell(QStringLiteral("–")),
             e.tier ? Cell(QStringLiteral("★ ") + *e.tier) : Cell(QString()), e.submission.ref, e.submission.title,
             e.submission.city, e.submission.country, optionalScore(e.score, method),
             optionalScore(e.weightedMean, tally::Method::WeightedMean), static_cast<std::int64_t>(e.scorecards),
             flags(e, result.options.trim).join(QStringLiteral(", "))});
    }
    alignRight(table, 6);
    alignRight(table, 7);
    QString out = category.category.name + QLatin1Char('\n') + toText(table);
    for (const auto& tier : category.tiers) {
        if (tier.vacant())
            out += QStringLiteral("Vacant: %1 (%2)\n").arg(tier.tier.name, tally::toString(tier.vacancy));
    }
    for (const auto& tie : category.boundaryTies)
        out += QStringLiteral("Tie for %1 at rank %2: %3 share it (not broken).\n")
                   .arg(tie.tier)
                   .arg(tie.rank)
                   .arg(tie.submissions.join(QStringLiteral(", ")));
    out += robustnessText(category.robustness);
    if (!category.incomplete.empty()) {
        out += QStringLiteral("Incomplete scorecards (not counted):\n");
        for (const auto& card : category.incomplete)
            out += QStringLiteral("  %1 on %2: missing %3\n")
                       .arg(card.judge, card.submission, card.missingCriteria.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace

QString formatScore(double score, tally::Method method, const QLocale& locale) {
    if (method == tally::Method::ZScore)
        return (score >= 0 ? locale.positiveSign() : QString()) + locale.toString(score, 'f', 3);
    if (method == tally::Method::Borda)
        return locale.toString(score, 'f', 3);
    return locale.toString(score, 'f', 2);
}

QByteArray tallyJsonText(const tally::TallyResult& result, JsonWriter::Style style) {
    JsonWriter json(style);
    writeTallyJson(result, json);
    return json.take();
}

void writeTallyJson(const tally::TallyResult& result, JsonWriter& json) {
    json.beginObject();
    writeTallyMembers(result, json);
    json.endObject();
}

void writeTallyMembers(const tally::TallyResult& result, JsonWriter& json) {
    json.key(QStringLiteral("award")).value(result.award.name);
    json.key(QStringLiteral("round")).value(result.round.name);
    json.key(QStringLiteral("method")).value(tally::toString(result.options.method));
    json.key(QStringLiteral("categories")).beginArray();
    for (const auto& category : result.categories) {
        json.beginObject();
        json.key(QStringLiteral("category")).value(category.category.name);
        json.key(QStringLiteral("entries")).beginArray();
        for (const auto& e : category.entries)
            writeEntry(json, category, e);
        json.endArray();
        json.key(QStringLiteral("robustness"));
        writeRobustness(json, category.robustness);
        json.endObject();
    }
    json.endArray();
}

QJsonObject tallyJson(const tally::TallyResult& result) {
    return QJsonDocument::fromJson(tallyJsonText(result, JsonWriter::Style::Compact)).object();
}

Table tallyTable(const tally::TallyResult& result) {
    Table table;
    table.columns = {QStringLiteral("category"),     QStringLiteral("rank"),       QStringLiteral("tier"),
                     QStringLiteral("submission"),   QStringLiteral("title"),      QStringLiteral("city"),
                     QStringLiteral("country"),      QStringLiteral("score"),      QStringLiteral("weighted_mean"),
                     QStringLiteral("criteria"),     QStringLiteral("scorecards"), QStringLiteral("tie"),
                     QStringLiteral("below_quorum"), QStringLiteral("flags")};
    const auto optionalCell = [](const std::optional<double>& v) { return v ? Cell(*v) : Cell(); };
    for (const auto& category : result.categories) {
        for (const auto& e : category.entries) {
            QStringList criteria;
            for (std::size_t c = 0; c < category.criteria.size() && c < e.criteria.size(); ++c) {
                if (e.criteria[c])
                    criteria << category.criteria[c].name + QLatin1Char('=') + text::formatNumber(*e.criteria[c]);
            }
            table.rows.push_back({category.category.name, e.rank ? Cell(static_cast<std::int64_t>(*e.rank)) : Cell(),
                                  e.tier ? Cell(*e.tier) : Cell(), e.submission.ref, e.submission.title,
                                  e.submission.city, e.submission.country, optionalCell(e.score),
                                  optionalCell(e.weightedMean), criteria.join(QStringLiteral("; ")),
                                  static_cast<std::int64_t>(e.scorecards), e.tie, e.belowQuorum,
                                  flags(e, result.options.trim).join(QStringLiteral("; "))});
        }
    }
    return table;
}

QString tallyText(const tally::TallyResult& result) {
    QString out = QStringLiteral("%1 · round %2 · method %3")
                      .arg(result.award.name, result.round.name, tally::toString(result.options.method));
    if (result.options.method == tally::Method::TrimmedMean)
        out += QStringLiteral(" (K = %1)").arg(result.options.trim);
    out += QStringLiteral(" · quorum %1\n").arg(result.options.quorum);
    if (result.draftScorecards > 0)
        out += QStringLiteral("%1 draft scorecard(s) in this round are not counted.\n").arg(result.draftScorecards);
    for (const auto& category : result.categories)
        out += QLatin1Char('\n') + categoryText(category, result);
    return out;
}

QStringList boundaryTieWarnings(const tally::TallyResult& result) {
    QStringList out;
    for (const auto& category : result.categories) {
        for (const auto& tie : category.boundaryTies)
            out << QStringLiteral("%1: %2 are tied at rank %3 (%4); the tie is not broken, each gets that tier")
                       .arg(category.category.name, tie.submissions.join(QStringLiteral(", ")))
                       .arg(tie.rank)
                       .arg(tie.tier);
    }
    return out;
}

} // namespace jurybox::report
