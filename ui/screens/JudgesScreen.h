// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;

namespace jurybox::ui {

class JudgeModel;

/// The judging panel: the judges' table, "Import judges CSV…" through core's all-or-nothing importer, and a judge's
/// access code on demand (after a confirmation, with a copy button). Codes are generated when a package is written.
class JudgesScreen : public QWidget {
    Q_OBJECT
public:
    JudgesScreen(store::AwardFile& award, QWidget* parent = nullptr);
    void reload();

    QTableView* table() const { return m_table; }
    JudgeModel* model() const { return m_model; }
    /// Imports a judges CSV; on a refusal the ErrorPresenter shows core's message and nothing changes.
    bool importCsv(const QString& path);
    /// What "Show access code" tells about the selected judge: the code, or that none exists yet. Empty when no
    /// judge is selected.
    QString accessCodeMessage() const;
    /// The selected judge's code, when one has been generated.
    std::optional<QString> selectedAccessCode() const;

Q_SIGNALS:
    void awardChanged();

private:
    void chooseImport();
    void showAccessCode();

    store::AwardFile& m_award;
    JudgeModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace jurybox::ui
