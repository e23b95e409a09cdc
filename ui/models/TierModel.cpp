// SPDX-License-Identifier: Apache-2.0
#include "ui/models/TierModel.h"

#include "core/store/AwardStore.h"
#include "core/text/Number.h"
#include "ui/undo/ChangeTier.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QApplication>
#include <QUndoStack>

namespace jurybox::ui {

TierModel::TierModel(store::AwardFile& file, QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent)
    , m_file(file)
    , m_undoStack(undoStack) {
    connect(m_undoStack, &QUndoStack::indexChanged, this, &TierModel::reload);
    reload();
}

void TierModel::reload() {
    std::vector<Tier> tiers = store::AwardStore(m_file.db()).tiers();
    if (tiers.size() == m_tiers.size()) {
        // Only the rows that changed: dataChanged() also resets an editor open on the row.
        std::swap(m_tiers, tiers);
        for (std::size_t i = 0; i < m_tiers.size(); ++i)
            if (m_tiers[i].id != tiers[i].id || m_tiers[i].name != tiers[i].name ||
                m_tiers[i].minimumScore != tiers[i].minimumScore)
                Q_EMIT dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_tiers = std::move(tiers);
    endResetModel();
}

int TierModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_tiers.size());
}

int TierModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Tier& t = m_tiers[static_cast<std::size_t>(index.row())];
    if (index.column() == Name)
        return t.name;
    if (t.minimumScore)
        return text::formatNumber(*t.minimumScore);
    return role == Qt::EditRole ? QString() : tr("none");
}

Qt::ItemFlags TierModel::flags(const QModelIndex& index) const {
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool TierModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const Tier& before = m_tiers[static_cast<std::size_t>(index.row())];
    Tier after = before;
    const QString text = value.toString().trimmed();
    if (index.column() == Name) {
        after.name = text;
    } else if (text.isEmpty() || text == tr("none")) {
        after.minimumScore.reset();
    } else if (const auto minimum = text::parseDecimal(text)) {
        after.minimumScore = *minimum;
    } else {
        ErrorPresenter::present(QApplication::activeWindow(), tr("Change refused — nothing was changed"),
                                tr("tier \"%1\": minimum score \"%2\" refused: write a number from 0 to 100, or "
                                   "leave it empty for none")
                                    .arg(before.name, text));
        return false;
    }
    if (after.name == before.name && after.minimumScore == before.minimumScore)
        return false;
    return AwardCommand::push(m_undoStack, new ChangeTier(m_file, before, after));
}

QVariant TierModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return tr("rank %1").arg(section + 1);
    return section == Name ? tr("Prize tier") : tr("Minimum score (0–100)");
}

} // namespace jurybox::ui
