// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/exchange/JudgeSession.h"

#include <QAbstractListModel>

namespace jurybox::ui {

/// The judge's entries with their state (not started / draft / submitted), from the package.
class JudgeEntryModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int RefRole = Qt::UserRole;

    explicit JudgeEntryModel(QObject* parent = nullptr);
    void setEntries(std::vector<exchange::JudgeEntry> entries);
    const exchange::JudgeEntry& entryAt(int row) const { return m_entries[static_cast<std::size_t>(row)]; }
    int rowOf(const QString& ref) const;
    /// "not started", "draft", "submitted" in the interface's language.
    static QString stateName(exchange::EntryState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<exchange::JudgeEntry> m_entries;
};

} // namespace jurybox::ui
