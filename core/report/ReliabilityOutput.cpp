// SPDX-License-Identifier: Apache-2.0
#include "core/report/ReliabilityOutput.h"

#include "core/report/Table.h"

#include <QJsonArray>

#include <cmath>

namespace jurybox::report {

namespace {

QJsonValue number(const std::optional<double>& value) {
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue();
}

QString decimal(const std::optional<double>& value, int decimals = 3) {
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("–");
}

QJsonObject categoryJson(const stats::CategoryReliability& c) {
    QJsonObject icc;
    icc.insert(QStringLiteral("ICC1"), number(c.icc.icc1));
    icc.insert(QStringLiteral("ICC2"), number(c.icc.icc2));
    icc.insert(QStringLiteral("ICC3"), number(c.icc.icc3));
    icc.insert(QStringLiteral("ICC1k"), number(c.icc.icc1k));
    icc.insert(QStringLiteral("ICC2k"), number(c.icc.icc2k));
    icc.insert(QStringLiteral("ICC3k"), number(c.icc.icc3k));
    QJsonObject alpha;
    alpha.insert(QStringLiteral("nominal"), number(c.alpha.nominal));
    alpha.insert(QStringLiteral("ordinal"), number(c.alpha.ordinal));
    alpha.insert(QStringLiteral("interval"), number(c.alpha.interval));
    alpha.insert(QStringLiteral("ratio"), number(c.alpha.ratio));
    QJsonArray judges;
    for (const auto& j : c.judgesDetail) {
        QJsonObject o;
        o.insert(QStringLiteral("judge"), j.judge);
        o.insert(QStringLiteral("scorecards"), j.scorecards);
        o.insert(QStringLiteral("severity"), number(j.severity));
        o.insert(QStringLiteral("consensus_correlation"), number(j.consensusCorrelation));
        o.insert(QStringLiteral("outlier"), j.outlier);
        judges.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("category"), c.category.name);
    o.insert(QStringLiteral("criterion"), c.criterion ? QJsonValue(*c.criterion) : QJsonValue());
    o.insert(QStringLiteral("submissions"), c.submissions);
    o.insert(QStringLiteral("judges"), c.judges);
    o.insert(QStringLiteral("icc"), icc);
    o.insert(QStringLiteral("krippendorff_alpha"), alpha);
    o.insert(QStringLiteral("judges_detail"), judges);
    return o;
}

QString oneWayDesign(const stats::IntraclassResult& icc) {
    if (icc.oneWayUnits < 2)
        return QStringLiteral("one-way: needs 2 entries with 2 or more values (has %1)").arg(icc.oneWayUnits);
    if (icc.unequalGroups)
        return QStringLiteral("one-way over %1 entries with unequal group sizes: k0 = %2 (adjusted mean group size)")
            .arg(icc.oneWayUnits)
            .arg(icc.k0, 0, 'f', 2);
    return QStringLiteral("one-way over %1 entries, k = %2").arg(icc.oneWayUnits).arg(icc.k0, 0, 'f', 0);
}

QString twoWayDesign(const stats::IntraclassResult& icc) {
    if (icc.crossedUnits < 2 || icc.crossedRaters < 2)
        return QStringLiteral("two-way: no fully crossed block (%1 entries scored by all %2 judges; needs 2)")
            .arg(icc.crossedUnits)
            .arg(icc.crossedRaters);
    return QStringLiteral("two-way over the fully crossed block: %1 entries × %2 judges")
        .arg(icc.crossedUnits)
        .arg(icc.crossedRaters);
}

QString categoryText(const stats::CategoryReliability& c) {
    QString out =
        QStringLiteral("%1 — %2 submissions, %3 judges\n").arg(c.category.name).arg(c.submissions).arg(c.judges);
    out += QStringLiteral("  ICC(1,1) %1   ICC(1,k) %2   %3\n")
               .arg(decimal(c.icc.icc1), decimal(c.icc.icc1k), oneWayDesign(c.icc));
    out += QStringLiteral("  ICC(2,1) %1   ICC(2,k) %2   %3\n")
               .arg(decimal(c.icc.icc2), decimal(c.icc.icc2k), twoWayDesign(c.icc));
    out += QStringLiteral("  ICC(3,1) %1   ICC(3,k) %2\n").arg(decimal(c.icc.icc3), decimal(c.icc.icc3k));
    out +=
        QStringLiteral("  Krippendorff's alpha: nominal %1   ordinal %2   interval %3   ratio %4   (%5 pairable "
                       "values in %6 entries)\n")
            .arg(decimal(c.alpha.nominal), decimal(c.alpha.ordinal), decimal(c.alpha.interval), decimal(c.alpha.ratio))
            .arg(c.alpha.pairableValues)
            .arg(c.alpha.pairableUnits);
    Table table;
    table.columns = {QStringLiteral("Judge"),    QStringLiteral("Name"),        QStringLiteral("Scorecards"),
                     QStringLiteral("Severity"), QStringLiteral("Consensus r"), QStringLiteral("Outlier")};
    for (const auto& j : c.judgesDetail) {
        const QString severity =
            j.severity ? (*j.severity >= 0 ? QStringLiteral("+") : QString()) + decimal(j.severity, 2) : decimal({});
        table.rows.push_back({j.judge, j.name, static_cast<std::int64_t>(j.scorecards), severity,
                              decimal(j.consensusCorrelation), j.outlier ? QStringLiteral("OUTLIER") : QString()});
    }
    QString judges = toText(table);
    QString indented;
    for (const QString& line : judges.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        indented += QStringLiteral("  ") + line + QLatin1Char('\n');
    return out + indented;
}

} // namespace

QString describe(const stats::OutlierRule& rule) {
    return QStringLiteral("a judge is an outlier when |severity| exceeds %1 % of the scale range (%2 points on "
                          "0–100 totals) or the consensus correlation is below %3")
        .arg(rule.severityFraction * 100, 0, 'g', 3)
        .arg(rule.severityFraction * 100, 0, 'g', 3)
        .arg(rule.minimumCorrelation, 0, 'f', 2);
}

QJsonObject reliabilityJson(const stats::ReliabilityReport& report) {
    QJsonArray categories;
    for (const auto& c : report.categories)
        categories.append(categoryJson(c));
    QJsonObject root;
    root.insert(QStringLiteral("categories"), categories);
    return root;
}

QString reliabilityText(const stats::ReliabilityReport& report) {
    const QString what = report.categories.empty() || !report.categories.front().criterion
                             ? QStringLiteral("scorecard totals (0–100)")
                             : QStringLiteral("criterion \"%1\"").arg(*report.categories.front().criterion);
    QString out = QStringLiteral("%1 · round %2 · agreement on %3\n").arg(report.award.name, report.round.name, what);
    for (const auto& c : report.categories)
        out += QLatin1Char('\n') + categoryText(c);
    out += QStringLiteral("\nSeverity: the judge's value minus the other judges' mean on the same entries (negative = "
                          "stricter).\nOutlier rule: %1.\n")
               .arg(describe(report.outlierRule));
    return out;
}

} // namespace jurybox::report
