// SPDX-License-Identifier: Apache-2.0
#include "core/export/XlsxExport.h"

#include "core/Error.h"

#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace jurybox::exports {

namespace {

// Excel's limits: a sheet name holds 31 characters, a cell 32,767.
constexpr qsizetype kSheetNameLength = 31;
constexpr qsizetype kCellLength = 32767;

QString legalSheetName(QString name, const QStringList& taken) {
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, QLatin1Char('-'));
    if (name.trimmed().isEmpty())
        name = QStringLiteral("Category");
    const auto fits = [](const QString& s) { return s.toUcs4().size() <= kSheetNameLength; };
    const auto clip = [](const QString& s, qsizetype n) {
        const QList<uint> all = s.toUcs4();
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(all.constData()), std::min(n, all.size()));
    };
    QString candidate = fits(name) ? name : clip(name, kSheetNameLength);
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = clip(name, kSheetNameLength - suffix.size()) + suffix;
    }
    return candidate;
}

struct WorkbookCloser {
    void operator()(lxw_workbook* w) const {
        if (w)
            workbook_close(w);
    }
};

void check(lxw_error error, const QString& sheet, std::size_t row, qsizetype column) {
    if (error != LXW_NO_ERROR)
        throw Error(QStringLiteral("sheet %1, row %2, column %3: %4")
                        .arg(sheet)
                        .arg(row + 1)
                        .arg(column + 1)
                        .arg(QString::fromUtf8(lxw_strerror(error))));
}

void writeSheet(lxw_workbook* workbook, lxw_format* bold, const QString& name, const report::Table& table) {
    const QByteArray sheetName = name.toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName.constData());
    if (!sheet)
        throw Error(QStringLiteral("cannot add the sheet %1").arg(name));
    std::vector<int> widths(static_cast<std::size_t>(table.columns.size()), 0);
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const QByteArray header = table.columns[c].toUtf8();
        check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header.constData(), bold), name, 0, c);
        widths[static_cast<std::size_t>(c)] = report::displayWidth(table.columns[c]) + 2;
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        const auto& cells = table.rows[r];
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const report::Cell& cell = cells[c];
            lxw_error error = LXW_NO_ERROR;
            if (const auto* d = std::get_if<double>(&cell))
                error = worksheet_write_number(sheet, row, col, *d, nullptr);
            else if (const auto* i = std::get_if<std::int64_t>(&cell))
                error = worksheet_write_number(sheet, row, col, static_cast<double>(*i), nullptr);
            else if (const auto* b = std::get_if<bool>(&cell))
                error = worksheet_write_boolean(sheet, row, col, *b ? 1 : 0, nullptr);
            else if (const auto* s = std::get_if<QString>(&cell); s && !s->isEmpty()) {
                if (s->size() > kCellLength)
                    throw Error(QStringLiteral("sheet %1, row %2, column \"%3\": the text is longer than the %4 "
                                               "characters a spreadsheet cell holds")
                                    .arg(name)
                                    .arg(r + 2)
                                    .arg(table.columns.value(static_cast<qsizetype>(c)))
                                    .arg(kCellLength));
                const QByteArray utf8 = s->toUtf8();
                // A string cell is never a formula, whatever it starts with.
                error = worksheet_write_string(sheet, row, col, utf8.constData(), nullptr);
            }
            check(error, name, r + 1, static_cast<qsizetype>(c));
            if (c < widths.size())
                widths[c] = std::max(widths[c], report::displayWidth(report::cellText(cell)) + 2);
        }
    }
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const double width = std::clamp(widths[c], 8, 60);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
}

} // namespace

QStringList xlsxSheetNames(const ExportTables& tables) {
    QStringList names{QStringLiteral("Results"), QStringLiteral("Scores"), QStringLiteral("Submissions"),
                      QStringLiteral("Judges"), QStringLiteral("Criteria")};
    for (const NamedTable& t : tables.categoryResults)
        names << legalSheetName(t.name, names);
    return names;
}

void exportXlsx(const ExportTables& tables, const QString& path, Overwrite overwrite) {
    checkWritable(path, overwrite);
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, temporary.errorString()));
    temporary.close();
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());

    {
        std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new(temporaryName.constData()));
        if (!workbook)
            throw Error(QStringLiteral("cannot write %1").arg(path));
        lxw_format* bold = workbook_add_format(workbook.get());
        format_set_bold(bold);
        const QStringList names = xlsxSheetNames(tables);
        const report::Table* fixed[] = {&tables.results, &tables.scores, &tables.submissions, &tables.judges,
                                        &tables.criteria};
        for (std::size_t i = 0; i < std::size(fixed); ++i)
            writeSheet(workbook.get(), bold, names[static_cast<qsizetype>(i)], *fixed[i]);
        for (std::size_t i = 0; i < tables.categoryResults.size(); ++i)
            writeSheet(workbook.get(), bold, names[static_cast<qsizetype>(i + std::size(fixed))],
                       tables.categoryResults[i].table);
        const lxw_error error = workbook_close(workbook.release());
        if (error != LXW_NO_ERROR)
            throw Error(QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    // rename() replaces the target in one step: readers see the old file or the whole new one.
    if (std::rename(temporaryName.constData(), QFile::encodeName(path).constData()) != 0)
        throw Error(QStringLiteral("cannot write %1: the finished file could not be moved into place").arg(path));
    temporary.setAutoRemove(false);
}

} // namespace jurybox::exports
