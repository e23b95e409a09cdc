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
#include "ui/tasks/TaskRunner.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QFileDialog>
#include <QFileInfo>
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
    const QString file = QFileInfo(path).fileName();
    try {
        TaskRunner::run(this, tr("Exporting %1").arg(file), &m_award.db(), [&](task::TaskControl& control) {
            // Two steps per target: read and tally the award, then write the file (atomically, so a cancel or a
            // failure leaves no partial file).
            control.setTotal(2);
            control.beginStep(tr("Reading and tallying the award"));
            switch (kind) {
            case Kind::Handbook: {
                const auto format = handbook::handbookFormatFor(path);
                if (!format)
                    throw Error(tr("%1: the handbook is written as .pdf or .html").arg(path));
                const exports::HandbookModel model = exports::buildHandbook(m_award);
                control.endStep();
                control.beginStep(tr("Writing %1").arg(file));
                handbook::writeHandbook(model, path, *format);
                break;
            }
            case Kind::CsvFolder:
            case Kind::Workbook: {
                const exports::ExportTables tables = exports::buildExportTables(m_award);
                control.endStep();
                control.beginStep(tr("Writing %1").arg(file));
                if (kind == Kind::CsvFolder)
                    exports::exportCsv(tables, path, exports::Overwrite::Refuse);
                else
                    exports::exportXlsx(tables, path, exports::Overwrite::Refuse);
                break;
            }
            case Kind::Json: {
                const QByteArray text = exports::awardJsonText(m_award);
                control.endStep();
                control.beginStep(tr("Writing %1").arg(file));
                exports::writeFileAtomically(path, text, exports::Overwrite::Refuse);
                break;
            }
            }
            control.endStep();
        });
    } catch (const Cancelled&) {
        ErrorPresenter::present(this, tr("Export cancelled"), tr("The export was cancelled: nothing was written."));
        return false;
    } catch (const Error& e) {
        ErrorPresenter::present(this, tr("Nothing was exported"), e.message());
        return false;
    }
    m_result->setText(tr("Written: %1").arg(path));
    return true;
}

} // namespace jurybox::ui
