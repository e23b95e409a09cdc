// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace jurybox::ui {

class TierModel;

/// The award: its name, edition year and organiser and its prize tiers (name, optional minimum score), editable as
/// undoable commands through core; the rounds; and at a glance the categories with their criteria, the size of the
/// panel and the field, the state of the audit trail and any sign-off.
class AwardScreen : public QWidget {
    Q_OBJECT
public:
    AwardScreen(store::AwardFile& award, QUndoStack* undoStack, QWidget* parent = nullptr);
    void reload();

    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* yearEdit() const { return m_year; }
    QLineEdit* organiserEdit() const { return m_organiser; }
    QTableView* tierTable() const { return m_tierTable; }
    TierModel* tiers() const { return m_tiers; }
    /// Stores name, year and organiser as the fields show them; false when nothing changed or core refused.
    bool applyDetails();

private:
    store::AwardFile& m_award;
    QUndoStack* m_undoStack;
    QLineEdit* m_name;
    QSpinBox* m_year;
    QLineEdit* m_organiser;
    QLabel* m_rounds;
    TierModel* m_tiers;
    QTableView* m_tierTable;
    QTextBrowser* m_text;
};

} // namespace jurybox::ui
