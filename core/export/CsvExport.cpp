// SPDX-License-Identifier: Apache-2.0
#include "core/export/CsvExport.h"

#include "core/Error.h"

#include <QDir>

namespace jurybox::exports {

bool looksLikeFormula(const QString& text) {
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QByteArray spreadsheetCsv(const report::Table& table, int* neutralised) {
    QString out;
    const auto appendRow = [&out](const QStringList& fields) {
        out += fields.join(QLatin1Char(','));
        out += QStringLiteral("\r\n");
    };
    QStringList header;
    for (const QString& column : table.columns)
        header << report::csvField(column);
    appendRow(header);
    for (const auto& row : table.rows) {
        QStringList fields;
        for (const report::Cell& cell : row) {
            QString text = report::cellText(cell);
            // Only text is neutralised: a number such as -2.5 is data, and must stay a number to re-import.
            if (std::holds_alternative<QString>(cell) && looksLikeFormula(text)) {
                text.prepend(QLatin1Char('\''));
                if (neutralised)
                    ++*neutralised;
            }
            fields << report::csvField(text);
        }
        appendRow(fields);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QStringList csvExportFiles() {
    return {QStringLiteral("results.csv"), QStringLiteral("scores.csv"), QStringLiteral("submissions.csv"),
            QStringLiteral("judges.csv"), QStringLiteral("criteria.csv")};
}

CsvExportReport exportCsv(const ExportTables& tables, const QString& folder, Overwrite overwrite) {
    const QDir dir(folder);
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        throw Error(QStringLiteral("%1 is a file; --csv needs a folder").arg(folder));
    const QStringList names = csvExportFiles();
    for (const QString& name : names)
        checkWritable(dir.filePath(name), overwrite);
    if (!QDir().mkpath(folder))
        throw Error(QStringLiteral("cannot create the folder %1").arg(folder));

    CsvExportReport report;
    const report::Table* sources[] = {&tables.results, &tables.scores, &tables.submissions, &tables.judges,
                                      &tables.criteria};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString path = dir.filePath(names[i]);
        writeFileAtomically(path, spreadsheetCsv(*sources[i], &report.neutralisedCells), overwrite);
        report.files << path;
    }
    return report;
}

} // namespace jurybox::exports
