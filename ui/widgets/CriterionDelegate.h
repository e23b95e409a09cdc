// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace jurybox::ui {

/// Edits a criterion's weight and scale in spin boxes whose ranges come from the criterion itself: the minimum up to
/// the current maximum, the maximum down from the current minimum, a weight from 0. The bounds that the spin boxes
/// allow but the award does not (weight 0, min = max) are refused by core with its message.
class CriterionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace jurybox::ui
