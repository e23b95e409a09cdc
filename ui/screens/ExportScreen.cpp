// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/ExportScreen.h"

#include "core/Error.h"
#include "core/export/AwardJson.h"
#include "core/export/CsvExport.h"
#include "core/export/ExportTables.h"
#include "core/export/HandbookModel.h"
#include "core/export/OutputFile.h"
#include "core/export/XlsxExport.h"
#include "ui/handbook/Handbook.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jurybox::ui {

ExportScreen::ExportScreen(store::AwardFile& award, QWidget* parent)
    : QWidget(parent)
    , m_award(award)
    , m_result(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("<h2>Export</h2><p>The handbook and the tables use the method of the round's sign-off when there is one "
           "(its digest is printed), otherwise weighted-mean. Existing files are never overwritten.</p>"),
        this));
    const auto button = [&](const QString& text, const QString& help, Kind kind) {
        auto* b = new QPushButton(text, this);
        b->setAccessibleName(text);
        connect(b, &QPushButton::clicked, this, [this, kind] { choose(kind); });
        layout->addWidget(b);
        auto* note = new QLabel(help, this);
        note->setWordWrap(true);
        layout->addWidget(note);
    };
    button(tr("Ceremony handbook (PDF or HTML)…"),
           tr("Cover, winners table, a profile of every winner, the judging panel and the method note."),
           Kind::Handbook);
    button(tr("Tables for spreadsheets (CSV folder)…"),
           tr("results, scores (re-importable), submissions, judges and criteria; UTF-8 with BOM; cells that "
              "look like formulas are neutralised."),
           Kind::CsvFolder);
    button(tr("Excel workbook (XLSX)…"), tr("One sheet per table and one per category's results."), Kind::Workbook);
    button(tr("JSON document…"), tr("The whole award and its tally for scripts (never the access codes)."), Kind::Json);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

void ExportScreen::choose(Kind kind) {
    QString path;
    switch (kind) {
    case Kind::Handbook:
        path = QFileDialog::getSaveFileName(this, tr("Ceremony handbook"), QString(), tr("PDF (*.pdf);;HTML (*.html)"));
        break;
    case Kind::CsvFolder:
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV tables"));
        break;
    case Kind::Workbook:
        path = QFileDialog::getSaveFileName(this, tr("Excel workbook"), QString(), tr("Excel (*.xlsx)"));
        break;
    case Kind::Json:
        path = QFileDialog::getSaveFileName(this, tr("JSON document"), QString(), tr("JSON (*.json)"));
        break;
    }
    if (!path.isEmpty())
        exportTo(kind, path);
}

bool ExportScreen::exportTo(Kind kind, const QString& path) {
    try {
        switch (kind) {
        case Kind::Handbook: {
            const auto format = handbook::handbookFormatFor(path);
            if (!format)
                throw Error(tr("%1: the handbook is written as .pdf or .html").arg(path));
            handbook::writeHandbook(exports::buildHandbook(m_award), path, *format);
            break;
        }
        case Kind::CsvFolder:
            exports::exportCsv(exports::buildExportTables(m_award), path, exports::Overwrite::Refuse);
            break;
        case Kind::Workbook:
            exports::exportXlsx(exports::buildExportTables(m_award), path, exports::Overwrite::Refuse);
            break;
        case Kind::Json:
            exports::writeFileAtomically(path, exports::awardJsonText(m_award), exports::Overwrite::Refuse);
            break;
        }
    } catch (const Error& e) {
        ErrorPresenter::present(this, tr("Nothing was exported"), e.message());
        return false;
    }
    m_result->setText(tr("Written: %1").arg(path));
    return true;
}

} // namespace jurybox::ui
