// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/ExportTables.h"
#include "core/export/OutputFile.h"

#include <QString>
#include <QStringList>

namespace jurybox::exports {

/// The sheet names exportXlsx gives, in order: Results, Scores, Submissions, Judges, Criteria, then one per category
/// (its name made legal for Excel: at most 31 characters, none of [ ] : * ? / \, unique).
QStringList xlsxSheetNames(const ExportTables& tables);

/// Writes the tables as an Excel workbook (libxlsxwriter): one sheet per table and one per category's results, the
/// header row bold and frozen, column widths fitted to the content, numbers as numbers, flags as booleans, text as
/// text (never evaluated as a formula). Written to a temporary file beside `path`, then renamed. Throws Error when
/// the path exists (with Overwrite::Refuse), cannot be written, or a text is longer than a cell can hold.
void exportXlsx(const ExportTables& tables, const QString& path, Overwrite overwrite);

} // namespace jurybox::exports
