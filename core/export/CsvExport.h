// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/ExportTables.h"
#include "core/export/OutputFile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jurybox::exports {

/// A text cell that a spreadsheet would run as a formula: it starts with =, +, -, @, a tab or a carriage return.
bool looksLikeFormula(const QString& text);

/// A table as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel reads UTF-8 only with one), RFC 4180 with
/// CRLF line ends. Text cells that look like formulas get a leading single quote (' ) so Excel and LibreOffice show
/// them as text; numbers are written as plain numbers (so -2.5 stays a number); empty cells stay empty. Adds the
/// number of neutralised cells to `neutralised` when given.
QByteArray spreadsheetCsv(const report::Table& table, int* neutralised = nullptr);

/// What an export to a folder wrote.
struct CsvExportReport {
    QStringList files;
    /// Text cells prefixed with ' against formula injection (README "Exports").
    int neutralisedCells = 0;
};

/// The file names exportCsv writes, in order: results, scores, submissions, judges, criteria (.csv).
QStringList csvExportFiles();

/// Writes the tables into `folder` (created when missing). Checks every target first: with Overwrite::Refuse,
/// nothing is written when any of them exists. Each file is written whole (temporary file, then rename).
CsvExportReport exportCsv(const ExportTables& tables, const QString& folder, Overwrite overwrite);

} // namespace jurybox::exports
