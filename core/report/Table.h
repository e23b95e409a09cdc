// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <variant>
#include <vector>

namespace jurybox::report {

/// A cell: empty (null in JSON), text, a number or a flag.
using Cell = std::variant<std::monostate, QString, double, std::int64_t, bool>;

/// Rows of data with named columns: what `list` and other commands print as a table, CSV or JSON.
struct Table {
    QStringList columns;
    std::vector<std::vector<Cell>> rows;
};

enum class Format { Text, Csv, Json };

/// Renders for people: aligned columns (wide East Asian characters count double), a rule under the header.
QString toText(const Table& table);
/// RFC 4180 with CRLF line ends, quoting only where needed; values exactly as stored, so the CSV re-imports.
QString toCsv(const Table& table);
/// A JSON array of objects keyed by column; numbers as numbers, empty cells as null (never NaN).
QString toJson(const Table& table);
QString render(const Table& table, Format format);

/// Quotes one CSV field when it holds a comma, quote, CR or LF, or starts or ends with a space.
QString csvField(const QString& value);
/// Display width of text in a terminal (East Asian wide and full-width characters count 2).
int displayWidth(const QString& text);
/// A cell as plain text (numbers in shortest round-trip form).
QString cellText(const Cell& cell);

} // namespace jurybox::report
