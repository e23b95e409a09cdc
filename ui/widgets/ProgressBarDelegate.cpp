// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/ProgressBarDelegate.h"

#include <QApplication>
#include <QStyleOptionProgressBar>

namespace jurybox::ui {

ProgressBarDelegate::ProgressBarDelegate(int fractionRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_fractionRole(fractionRole) {}

void ProgressBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(4, 3, -4, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = static_cast<int>(index.data(m_fractionRole).toDouble() * 1000);
    bar.text = index.data().toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
}

} // namespace jurybox::ui
