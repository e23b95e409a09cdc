// SPDX-License-Identifier: Apache-2.0
#include "core/csv/CsvTable.h"

#include "core/Error.h"
#include "core/text/Suggest.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace jurybox::csv {

namespace {

struct RawRecord {
    int line = 0;
    std::vector<QByteArray> fields;
};

/// Splits RFC 4180 text into records of raw byte fields. CR LF and lone LF both end a record.
std::vector<RawRecord> split(const QByteArray& bytes, const QString& fileName) {
    std::vector<RawRecord> records;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        i = 3;
    int line = 1;
    while (i < n) {
        RawRecord record;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QByteArray field;
            if (i < n && bytes[i] == '"') {
                const int openedAt = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char c = bytes[i];
                    if (c == '"') {
                        if (i + 1 < n && bytes[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == '\n')
                        ++line;
                    field += c;
                    ++i;
                    if (field.size() > CsvTable::kMaxFieldBytes)
                        throw InputError(fileName, openedAt, {},
                                         QStringLiteral("field %1 is longer than 1 MiB").arg(record.fields.size() + 1));
                }
                if (!closed)
                    throw InputError(fileName, openedAt, {},
                                     QStringLiteral("the quoted field %1 opened on this line is never closed (a \" is "
                                                    "missing)")
                                         .arg(record.fields.size() + 1));
                if (i < n && bytes[i] != ',' && bytes[i] != '\n' && bytes[i] != '\r')
                    throw InputError(fileName, line, {},
                                     QStringLiteral("unexpected text after the closing quote of field %1; inside a "
                                                    "quoted field write a quote as \"\"")
                                         .arg(record.fields.size() + 1));
            } else {
                while (i < n && bytes[i] != ',' && bytes[i] != '\n' && bytes[i] != '\r') {
                    if (bytes[i] == '"')
                        throw InputError(fileName, line, {},
                                         QStringLiteral("a quote inside unquoted field %1; quote the whole field "
                                                        "(\"...\") and double the inner quotes")
                                             .arg(record.fields.size() + 1));
                    field += bytes[i];
                    ++i;
                    if (field.size() > CsvTable::kMaxFieldBytes)
                        throw InputError(fileName, line, {},
                                         QStringLiteral("field %1 is longer than 1 MiB").arg(record.fields.size() + 1));
                }
            }
            record.fields.push_back(std::move(field));
            if (i >= n) {
                endOfRecord = true;
            } else if (bytes[i] == ',') {
                ++i;
            } else {
                if (bytes[i] == '\r')
                    ++i;
                if (i < n && bytes[i] == '\n')
                    ++i;
                ++line;
                endOfRecord = true;
            }
        }
        records.push_back(std::move(record));
    }
    return records;
}

QString decode(const QByteArray& raw, const QString& fileName, int line, const QString& column) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(raw);
    if (decoder.hasError())
        throw InputError(fileName, line, column,
                         QStringLiteral("the text is not valid UTF-8; save the file as \"CSV UTF-8\""));
    return text;
}

bool isBlank(const RawRecord& r) {
    return r.fields.size() == 1 && r.fields.front().trimmed().isEmpty();
}

} // namespace

CsvTable CsvTable::parse(const QByteArray& bytes, const QString& fileName, const QStringList& required,
                         const QStringList& optional) {
    CsvTable table;
    table.m_fileName = fileName;
    std::vector<RawRecord> raw = split(bytes, fileName);
    if (raw.empty() || isBlank(raw.front()))
        throw InputError(fileName, 1, {},
                         QStringLiteral("the file is empty; the first line must name the columns: %1")
                             .arg(required.join(QLatin1Char(','))));

    const RawRecord& header = raw.front();
    for (std::size_t c = 0; c < header.fields.size(); ++c) {
        const QString name = decode(header.fields[c], fileName, 1, {}).trimmed();
        if (name.isEmpty())
            throw InputError(fileName, 1, {}, QStringLiteral("column %1 of the header has no name").arg(c + 1));
        if (table.m_header.contains(name))
            throw InputError(fileName, 1, name, QStringLiteral("the column appears twice in the header"));
        if (!required.contains(name) && !optional.contains(name)) {
            const QStringList known = required + optional;
            QString problem = QStringLiteral("unknown column \"%1\"").arg(name);
            if (const auto guess = text::closestMatch(name, known))
                problem += QStringLiteral("; did you mean \"%1\"?").arg(*guess);
            else
                problem += QStringLiteral("; the columns are %1").arg(known.join(QStringLiteral(", ")));
            throw InputError(fileName, 1, name, problem);
        }
        table.m_header.push_back(name);
    }
    for (const QString& name : required)
        if (!table.m_header.contains(name))
            throw InputError(fileName, 1, name,
                             QStringLiteral("the required column \"%1\" is missing from the header (needed: %2)")
                                 .arg(name, required.join(QLatin1Char(','))));

    const auto width = table.m_header.size();
    for (std::size_t r = 1; r < raw.size(); ++r) {
        const RawRecord& rec = raw[r];
        if (isBlank(rec))
            continue;
        if (static_cast<qsizetype>(rec.fields.size()) != width)
            throw InputError(fileName, rec.line, {},
                             QStringLiteral("the row has %1 fields but the header has %2; a value containing a comma "
                                            "must be in quotes")
                                 .arg(rec.fields.size())
                                 .arg(width));
        CsvRow row;
        row.line = rec.line;
        row.fields.reserve(rec.fields.size());
        for (qsizetype c = 0; c < width; ++c)
            row.fields.push_back(
                decode(rec.fields[static_cast<std::size_t>(c)], fileName, rec.line, table.m_header[c]));
        table.m_rows.push_back(std::move(row));
    }
    return table;
}

CsvTable CsvTable::read(const QString& path, const QStringList& required, const QStringList& optional) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, 0, {}, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    const QString name = path.startsWith(QLatin1Char(':')) ? QFileInfo(path).fileName() : path;
    return parse(file.readAll(), name, required, optional);
}

QString CsvTable::value(const CsvRow& row, const QString& column) const {
    const auto index = m_header.indexOf(column);
    return index < 0 ? QString() : row.fields[static_cast<std::size_t>(index)].trimmed();
}

QString CsvTable::required(const CsvRow& row, const QString& column) const {
    QString v = value(row, column);
    if (v.isEmpty())
        throw InputError(m_fileName, row.line, column, QStringLiteral("missing value"));
    return v;
}

} // namespace jurybox::csv
