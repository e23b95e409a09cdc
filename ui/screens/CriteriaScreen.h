// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeView;
class QUndoStack;

namespace jurybox::ui {

class CriteriaModel;

/// Categories & criteria as an editor: a tree of categories and their criteria with editable names, descriptions,
/// weights and scales, and beside it the selected criterion's level descriptors. Every change is an undoable command
/// through core, which validates it and refuses it (by name) while a sign-off stands.
class CriteriaScreen : public QWidget {
    Q_OBJECT
public:
    CriteriaScreen(store::AwardFile& award, QUndoStack* undoStack, QWidget* parent = nullptr);
    void reload();

    QTreeView* tree() const { return m_tree; }
    CriteriaModel* model() const { return m_model; }
    QTableWidget* descriptors() const { return m_descriptors; }
    /// Stores the descriptor table as the selected criterion's descriptors; false when none is selected or refused.
    bool applyDescriptors();

private:
    void showDescriptors();

    store::AwardFile& m_award;
    QUndoStack* m_undoStack;
    CriteriaModel* m_model;
    QTreeView* m_tree;
    QLabel* m_descriptorsTitle;
    QTableWidget* m_descriptors;
    QPushButton* m_apply;
};

} // namespace jurybox::ui
