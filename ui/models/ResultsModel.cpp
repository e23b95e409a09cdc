// SPDX-License-Identifier: Apache-2.0
#include "ui/models/ResultsModel.h"

#include "core/report/TallyOutput.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace jurybox::ui {

ResultsModel::ResultsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ResultsModel::setCategory(tally::CategoryResult result, tally::Method method, int trim) {
    beginResetModel();
    m_result = std::move(result);
    m_method = method;
    m_trim = trim;
    endResetModel();
}

int ResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_result.entries.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsModel::flags(const tally::EntryResult& e) const {
    QStringList out;
    if (!e.eligible())
        out << toString(e.submission.status);
    if (e.tie)
        out << tr("tie");
    if (e.belowQuorum)
        out << tr("below quorum");
    if (e.trimFallback)
        out << tr("plain mean (fewer than %1 marks)").arg(2 * m_trim + 1);
    if (e.noComparison)
        out << tr("no comparison");
    return out.join(QStringLiteral(", "));
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const tally::EntryResult& e = m_result.entries[static_cast<std::size_t>(index.row())];
    if (role == Qt::BackgroundRole && e.tier)
        return QColor(0xF6, 0xE7, 0xB4); // a gold tint for prize winners, readable in light and dark text
    if (role == Qt::ForegroundRole && e.tier)
        return QColor(0x20, 0x20, 0x20);
    if (role == Qt::FontRole && (e.tie || index.column() == Tier)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Rank || index.column() == Score ||
                                          index.column() == WeightedMean || index.column() == Scorecards))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Rank:
        return e.rank ? QVariant(*e.rank) : QVariant(QStringLiteral("–"));
    case Tier:
        return e.tier.value_or(QString());
    case Entry:
        return e.submission.ref;
    case Title:
        return e.submission.title;
    case City:
        return e.submission.city;
    case Country:
        return e.submission.country;
    case Score:
        return e.score ? report::formatScore(*e.score, m_method, QLocale()) : QString();
    case WeightedMean:
        return e.weightedMean ? report::formatScore(*e.weightedMean, tally::Method::WeightedMean, QLocale())
                              : QString();
    case Scorecards:
        return e.scorecards;
    case Flags:
        return flags(e);
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const names[] = {"Rank",    "Tier",  "Entry",         "Title",      "City",
                                        "Country", "Score", "Weighted mean", "Scorecards", "Flags"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace jurybox::ui
