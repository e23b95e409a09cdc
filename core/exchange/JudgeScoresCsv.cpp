// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/JudgeScoresCsv.h"

#include "core/Error.h"
#include "core/csv/CsvTable.h"
#include "core/text/Number.h"
#include "core/text/Suggest.h"

#include <set>

namespace jurybox::exchange {

std::vector<ScoreRow> readJudgeScores(JudgeSession& session, const QString& path) {
    const auto table =
        csv::CsvTable::read(path, {QStringLiteral("submission"), QStringLiteral("criterion"), QStringLiteral("score")},
                            {QStringLiteral("comment")});
    std::map<QString, Submission> entries;
    QStringList refs;
    for (const JudgeEntry& e : session.entries()) {
        entries.emplace(e.submission.ref, e.submission);
        refs << e.submission.ref;
    }
    std::vector<ScoreRow> rows;
    std::set<std::pair<QString, Id>> seen;
    table.forEachRow([&](const csv::CsvRow& row) {
        const QString ref = table.required(row, QStringLiteral("submission"));
        const auto entry = entries.find(ref);
        if (entry == entries.end()) {
            QString problem = QStringLiteral("%1 is not one of your entries").arg(ref);
            if (const auto guess = text::closestMatch(ref, refs))
                problem += QStringLiteral("; did you mean %1?").arg(*guess);
            throw InputError(table.fileName(), row.line, QStringLiteral("submission"), problem);
        }
        const QString name = table.required(row, QStringLiteral("criterion"));
        const auto criteria = session.criteriaOf(entry->second.categoryId);
        const Criterion* criterion = nullptr;
        QStringList names;
        for (const Criterion& c : criteria) {
            names << c.name;
            if (c.name == name)
                criterion = &c;
        }
        if (!criterion) {
            QString problem = QStringLiteral("unknown criterion \"%1\" for %2").arg(name, ref);
            if (const auto guess = text::closestMatch(name, names))
                problem += QStringLiteral("; did you mean \"%1\"?").arg(*guess);
            throw InputError(table.fileName(), row.line, QStringLiteral("criterion"), problem);
        }
        if (!seen.emplace(ref, criterion->id).second)
            throw InputError(table.fileName(), row.line, QStringLiteral("criterion"),
                             QStringLiteral("a second score for %1 on \"%2\"").arg(ref, name));
        const QString raw = table.required(row, QStringLiteral("score"));
        const auto value = text::parseDecimal(raw);
        if (!value)
            throw InputError(table.fileName(), row.line, QStringLiteral("score"),
                             QStringLiteral("\"%1\" is not a number (write decimals with a point, e.g. 7.5)").arg(raw));
        if (!criterion->accepts(*value))
            throw InputError(table.fileName(), row.line, QStringLiteral("score"),
                             QStringLiteral("score %1 for \"%2\" is outside %3–%4")
                                 .arg(text::formatNumber(*value), name, text::formatNumber(criterion->scaleMin),
                                      text::formatNumber(criterion->scaleMax)));
        ScoreRow r{ref, criterion->id, *value, std::nullopt};
        if (table.hasColumn(QStringLiteral("comment"))) {
            const QString comment = table.value(row, QStringLiteral("comment"));
            if (!comment.isEmpty())
                r.comment = comment;
        }
        rows.push_back(std::move(r));
    });
    return rows;
}

} // namespace jurybox::exchange
