// SPDX-License-Identifier: Apache-2.0
#include "ui/judge/JudgeEntryModel.h"

#include "ui/widgets/Contrast.h"

#include <QGuiApplication>
#include <QPalette>

namespace jurybox::ui {

JudgeEntryModel::JudgeEntryModel(QObject* parent)
    : QAbstractListModel(parent) {}

void JudgeEntryModel::setEntries(std::vector<exchange::JudgeEntry> entries) {
    // Same rows, new states: a data change keeps the selection where the judge is working.
    if (entries.size() == m_entries.size()) {
        m_entries = std::move(entries);
        if (!m_entries.empty())
            Q_EMIT dataChanged(index(0), index(static_cast<int>(m_entries.size()) - 1));
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int JudgeEntryModel::rowOf(const QString& ref) const {
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].submission.ref == ref)
            return static_cast<int>(i);
    return -1;
}

QString JudgeEntryModel::stateName(exchange::EntryState state) {
    switch (state) {
    case exchange::EntryState::NotStarted:
        return tr("not started");
    case exchange::EntryState::Draft:
        return tr("draft");
    case exchange::EntryState::Submitted:
        return tr("submitted");
    }
    return {};
}

int JudgeEntryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant JudgeEntryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const exchange::JudgeEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const QString mark = e.state == exchange::EntryState::Submitted ? QStringLiteral("✔")
                             : e.state == exchange::EntryState::Draft   ? QStringLiteral("✎")
                                                                        : QStringLiteral("○");
        return QStringLiteral("%1  %2 — %3").arg(mark, e.submission.ref, e.submission.title);
    }
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(e.submission.ref, stateName(e.state));
    case Qt::ForegroundRole:
        // A green that keeps 4.5:1 against the list's background, light or dark.
        if (e.state == exchange::EntryState::Submitted)
            return readableOn(QColor(0x2E, 0x7D, 0x32), QGuiApplication::palette().color(QPalette::Base));
        return {};
    case Qt::AccessibleDescriptionRole:
        return stateName(e.state);
    case RefRole:
        return e.submission.ref;
    default:
        return {};
    }
}

} // namespace jurybox::ui
