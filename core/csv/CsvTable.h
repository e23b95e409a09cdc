// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace jurybox::csv {

/// One data record of a CSV file, with the line it starts on (1 = the header line).
struct CsvRow {
    int line = 0;
    std::vector<QString> fields;
};

/// An RFC 4180 CSV file read whole: UTF-8 (BOM accepted), a header row, columns found by their exact names in any
/// order. Every problem is thrown as an InputError naming the file, line and column.
class CsvTable {
public:
    /// Parses the bytes; `required` columns must be in the header, `optional` ones may be; any other column is an
    /// error (with a suggestion when it looks like a misspelling).
    static CsvTable parse(const QByteArray& bytes, const QString& fileName, const QStringList& required,
                          const QStringList& optional);
    /// Reads the file (also `:/` resources) and parses it.
    static CsvTable read(const QString& path, const QStringList& required, const QStringList& optional);

    const QString& fileName() const { return m_fileName; }
    const std::vector<CsvRow>& rows() const { return m_rows; }
    bool hasColumn(const QString& name) const { return m_header.contains(name); }

    /// The trimmed value of a column in a row; empty for an absent optional column.
    QString value(const CsvRow& row, const QString& column) const;
    /// The value of a required column; throws "missing value" when it is empty.
    QString required(const CsvRow& row, const QString& column) const;

    /// Largest field accepted, so a hostile file cannot make Jurybox hold gigabytes per cell.
    static constexpr qsizetype kMaxFieldBytes = 1 << 20;

private:
    QString m_fileName;
    QStringList m_header;
    std::vector<CsvRow> m_rows;
};

} // namespace jurybox::csv
