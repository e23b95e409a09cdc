// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/CriterionDelegate.h"

#include "ui/models/CriteriaModel.h"

#include <QDoubleSpinBox>

namespace jurybox::ui {

namespace {

constexpr double kLimit = 1e6;

} // namespace

QWidget* CriterionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    const auto* model = qobject_cast<const CriteriaModel*>(index.model());
    const Criterion* criterion = model ? model->criterionAt(index) : nullptr;
    if (!criterion || index.column() == CriteriaModel::Name || index.column() == CriteriaModel::Description)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* spin = new QDoubleSpinBox(parent);
    spin->setDecimals(3);
    spin->setFrame(false);
    switch (index.column()) {
    case CriteriaModel::Weight:
        spin->setRange(0, kLimit);
        spin->setAccessibleName(tr("Weight of %1").arg(criterion->name));
        break;
    case CriteriaModel::ScaleMin:
        spin->setRange(-kLimit, criterion->scaleMax);
        spin->setAccessibleName(tr("Lowest score of %1").arg(criterion->name));
        break;
    default:
        spin->setRange(criterion->scaleMin, kLimit);
        spin->setAccessibleName(tr("Highest score of %1").arg(criterion->name));
        break;
    }
    return spin;
}

} // namespace jurybox::ui
