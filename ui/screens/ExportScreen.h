// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QWidget>

class QLabel;

namespace jurybox::ui {

/// What leaves the secretariat: the ceremony handbook (PDF or HTML) and the tables for spreadsheets and scripts
/// (a CSV folder, an Excel workbook, a JSON document) — the same core calls as `jurybox-cli export`.
class ExportScreen : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Handbook, CsvFolder, Workbook, Json };

    ExportScreen(store::AwardFile& award, QWidget* parent = nullptr);
    /// Writes the export to `path` (a folder for CSV); false (with the ErrorPresenter's message) when refused.
    bool exportTo(Kind kind, const QString& path);

private:
    void choose(Kind kind);

    store::AwardFile& m_award;
    QLabel* m_result;
};

} // namespace jurybox::ui
