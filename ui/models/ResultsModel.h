// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tally/TallyResult.h"

#include <QAbstractTableModel>

namespace jurybox::ui {

/// One category's tally: rank, tier, entry, score and flags; tiered rows tinted, ties and flags called out.
class ResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Tier, Entry, Title, City, Country, Score, WeightedMean, Scorecards, Flags, ColumnCount };

    explicit ResultsModel(QObject* parent = nullptr);
    void setCategory(tally::CategoryResult result, tally::Method method, int trim);
    const tally::CategoryResult& category() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString flags(const tally::EntryResult& e) const;

    tally::CategoryResult m_result;
    tally::Method m_method = tally::Method::WeightedMean;
    int m_trim = 1;
};

} // namespace jurybox::ui
