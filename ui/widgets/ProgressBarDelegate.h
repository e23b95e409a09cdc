// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace jurybox::ui {

/// Paints a cell as a progress bar from the model's fraction role, with the cell's text on it. No per-row widgets.
class ProgressBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ProgressBarDelegate(int fractionRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_fractionRole;
};

} // namespace jurybox::ui
