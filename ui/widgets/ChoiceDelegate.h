// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace jurybox::ui {

/// Edits a cell by choosing one of a fixed list of values in a combo box (a submission's status).
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ChoiceDelegate(QStringList choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QStringList m_choices;
};

} // namespace jurybox::ui
