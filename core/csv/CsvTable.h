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

/// An RFC 4180 CSV file: UTF-8 (BOM accepted), a header row, columns found by their exact names in any order.
/// The header is checked at once; records are read one at a time with next() (or all with rows()), so a large file
/// is never held as text twice. Every problem is thrown as an InputError naming the file, line and column.
class CsvTable {
public:
    /// Checks the header; `required` columns must be in it, `optional` ones may be; any other column is an error
    /// (with a suggestion when it looks like a misspelling).
    static CsvTable parse(QByteArray bytes, const QString& fileName, const QStringList& required,
                          const QStringList& optional);
    /// Reads the file (also `:/` resources) and parses its header.
    static CsvTable read(const QString& path, const QStringList& required, const QStringList& optional);

    const QString& fileName() const { return m_fileName; }
    bool hasColumn(const QString& name) const { return m_header.contains(name); }
    /// Index of a column in every row's fields, or -1 when the file does not have it.
    int columnIndex(const QString& name) const { return static_cast<int>(m_header.indexOf(name)); }

    /// Reads the next non-blank record into `row` (reusing its storage); false at the end of the file.
    bool next(CsvRow& row);
    /// Every record from the start, independent of next().
    std::vector<CsvRow> rows() const;
    /// Calls f(const CsvRow&) for every record from the start, holding one record at a time.
    template <typename F>
    void forEachRow(F&& f) const {
        Cursor cursor = m_dataStart;
        CsvRow row;
        while (readRecord(cursor, row))
            f(static_cast<const CsvRow&>(row));
    }

    /// A run of whole data records: bytes [begin, end) of the file, `line` the line `begin` is on.
    struct Span {
        qsizetype begin = 0;
        qsizetype end = 0;
        int line = 1;
    };
    /// The data records cut into at most `parts` spans of about equal size, in file order, each cut just after a
    /// line break outside quotes, so that several threads can read one span each. Fewer spans when the file is
    /// too small to cut or a quote is never closed.
    std::vector<Span> spans(int parts) const;
    /// Calls f(const CsvRow&) for every record of the span. False if a record ran past the span's end, which only
    /// a malformed file can make happen (its first error then lies before the cut, where the span before it stops).
    template <typename F>
    bool forEachRowIn(const Span& span, F&& f) const {
        Cursor cursor{span.begin, span.line};
        CsvRow row;
        while (readRecord(cursor, row, span.end))
            f(static_cast<const CsvRow&>(row));
        return cursor.position <= span.end;
    }

    /// The trimmed value of a column in a row; empty for an absent optional column.
    QString value(const CsvRow& row, const QString& column) const;
    /// The value of a required column; throws "missing value" when it is empty.
    QString required(const CsvRow& row, const QString& column) const;

    /// Largest field accepted, so a hostile file cannot make Jurybox hold gigabytes per cell.
    static constexpr qsizetype kMaxFieldBytes = 1 << 20;

private:
    struct Cursor {
        qsizetype position = 0;
        int line = 1;
    };
    /// Reads the next non-blank record that starts before `limit` (-1: the end of the file).
    bool readRecord(Cursor& cursor, CsvRow& row, qsizetype limit = -1) const;

    QByteArray m_bytes;
    QString m_fileName;
    QStringList m_header;
    Cursor m_dataStart;
    Cursor m_cursor;
};

} // namespace jurybox::csv
