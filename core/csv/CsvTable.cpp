// SPDX-License-Identifier: Apache-2.0
#include "core/csv/CsvTable.h"

#include "core/Error.h"
#include "core/text/Suggest.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

namespace jurybox::csv {

namespace {

/// The bytes that end an unquoted field, or (the quote) make it malformed.
constexpr auto kEndsUnquoted = [] {
    std::array<bool, 256> ends{};
    for (const unsigned char c : {',', '\n', '\r', '"'})
        ends[c] = true;
    return ends;
}();

/// The bytes that decide where a record ends: quotes and line breaks.
constexpr auto kMattersToCut = [] {
    std::array<bool, 256> matters{};
    for (const unsigned char c : {'"', '\n', '\r'})
        matters[c] = true;
    return matters;
}();

/// Splits one RFC 4180 record at `pos` into decoded fields; CR LF and lone LF both end it. `columns` names the
/// fields in messages once the header is known.
class RecordSplitter {
public:
    RecordSplitter(const QByteArray& bytes, const QString& fileName, const QStringList* columns)
        : m_bytes(bytes)
        , m_fileName(fileName)
        , m_columns(columns) {}

    /// Returns false at the end of the data; blank lines come back as one empty field. The fields are written into
    /// the strings `fields` already holds where it can: reading a large file then allocates nothing per field.
    bool split(qsizetype& pos, int& line, std::vector<QString>& fields, int& startLine) const {
        const qsizetype n = m_bytes.size();
        if (pos >= n)
            return false;
        std::size_t count = 0;
        const auto finish = [&] {
            fields.resize(count);
            return true;
        };
        startLine = line;
        const char* data = m_bytes.constData();
        for (;;) {
            const auto index = static_cast<int>(count);
            if (count == fields.size())
                fields.emplace_back();
            QString& out = fields[count++];
            if (pos < n && data[pos] == '"') {
                const int openedAt = line;
                QByteArray field;
                ++pos;
                bool closed = false;
                while (pos < n) {
                    const qsizetype quote = m_bytes.indexOf('"', pos);
                    const qsizetype end = quote < 0 ? n : quote;
                    for (qsizetype i = pos; i < end; ++i)
                        line += data[i] == '\n' ? 1 : 0;
                    field.append(data + pos, end - pos);
                    pos = end;
                    if (field.size() > CsvTable::kMaxFieldBytes)
                        throw InputError(m_fileName, openedAt, columnName(index),
                                         QStringLiteral("field %1 is longer than 1 MiB").arg(index + 1));
                    if (quote < 0)
                        break;
                    if (pos + 1 < n && data[pos + 1] == '"') {
                        field.append('"');
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    closed = true;
                    break;
                }
                if (!closed)
                    throw InputError(m_fileName, openedAt, {},
                                     QStringLiteral("the quoted field %1 opened on this line is never closed (a \" is "
                                                    "missing)")
                                         .arg(index + 1));
                if (pos < n && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r')
                    throw InputError(m_fileName, line, {},
                                     QStringLiteral("unexpected text after the closing quote of field %1; inside a "
                                                    "quoted field write a quote as \"\"")
                                         .arg(index + 1));
                decode(field.constData(), field.size(), startLine, index, out);
            } else {
                const qsizetype begin = pos;
                unsigned char high = 0; // any byte >= 0x80 sets the top bit: the field is not ASCII
                while (pos < n && !kEndsUnquoted[static_cast<unsigned char>(data[pos])])
                    high |= static_cast<unsigned char>(data[pos++]);
                if (pos < n && data[pos] == '"')
                    throw InputError(m_fileName, line, {},
                                     QStringLiteral("a quote inside unquoted field %1; quote the whole field "
                                                    "(\"...\") and double the inner quotes")
                                         .arg(index + 1));
                if (pos - begin > CsvTable::kMaxFieldBytes)
                    throw InputError(m_fileName, line, columnName(index),
                                     QStringLiteral("field %1 is longer than 1 MiB").arg(index + 1));
                if (high < 0x80)
                    widen(data + begin, pos - begin, out);
                else
                    decode(data + begin, pos - begin, startLine, index, out);
            }
            if (pos >= n)
                return finish();
            if (data[pos] == ',') {
                ++pos;
                continue;
            }
            if (data[pos] == '\r')
                ++pos;
            if (pos < n && data[pos] == '\n')
                ++pos;
            ++line;
            return finish();
        }
    }

private:
    QString columnName(int index) const {
        return m_columns && index < m_columns->size() ? m_columns->at(index) : QString();
    }

    /// Writes an ASCII field into `out`, which needs no UTF-8 validation. `out` keeps its buffer unless a copy of it
    /// is held elsewhere, when writing to it detaches it first.
    static void widen(const char* data, qsizetype size, QString& out) {
        out.resize(size);
        char16_t* to = reinterpret_cast<char16_t*>(out.data());
        for (qsizetype i = 0; i < size; ++i)
            to[i] = static_cast<unsigned char>(data[i]);
    }

    /// Decodes a field into `out`: widened when it is ASCII, the common case, else checked as UTF-8.
    void decode(const char* data, qsizetype size, int line, int index, QString& out) const {
        bool ascii = true;
        for (qsizetype i = 0; i < size && ascii; ++i)
            ascii = static_cast<unsigned char>(data[i]) < 0x80;
        if (ascii) {
            widen(data, size, out);
            return;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        out = decoder(QByteArrayView(data, size));
        if (decoder.hasError())
            throw InputError(m_fileName, line, columnName(index),
                             QStringLiteral("the text is not valid UTF-8; save the file as \"CSV UTF-8\""));
    }

    const QByteArray& m_bytes;
    const QString& m_fileName;
    const QStringList* m_columns;
};

bool isBlank(const std::vector<QString>& fields) {
    return fields.size() == 1 && fields.front().trimmed().isEmpty();
}

} // namespace

CsvTable CsvTable::parse(QByteArray bytes, const QString& fileName, const QStringList& required,
                         const QStringList& optional) {
    CsvTable table;
    table.m_bytes = std::move(bytes);
    table.m_fileName = fileName;
    Cursor cursor;
    if (table.m_bytes.startsWith("\xEF\xBB\xBF"))
        cursor.position = 3;

    std::vector<QString> header;
    int headerLine = 1;
    const RecordSplitter splitter(table.m_bytes, fileName, nullptr);
    if (!splitter.split(cursor.position, cursor.line, header, headerLine) || isBlank(header))
        throw InputError(fileName, 1, {},
                         QStringLiteral("the file is empty; the first line must name the columns: %1")
                             .arg(required.join(QLatin1Char(','))));
    for (std::size_t c = 0; c < header.size(); ++c) {
        const QString name = header[c].trimmed();
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
    table.m_dataStart = cursor;
    table.m_cursor = cursor;
    return table;
}

CsvTable CsvTable::read(const QString& path, const QStringList& required, const QStringList& optional) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, 0, {}, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    const QString name = path.startsWith(QLatin1Char(':')) ? QFileInfo(path).fileName() : path;
    return parse(file.readAll(), name, required, optional);
}

bool CsvTable::readRecord(Cursor& cursor, CsvRow& row, qsizetype limit) const {
    const RecordSplitter splitter(m_bytes, m_fileName, &m_header);
    if (limit < 0)
        limit = m_bytes.size();
    while (cursor.position < limit && splitter.split(cursor.position, cursor.line, row.fields, row.line)) {
        if (isBlank(row.fields))
            continue;
        if (static_cast<qsizetype>(row.fields.size()) != m_header.size())
            throw InputError(m_fileName, row.line, {},
                             QStringLiteral("the row has %1 fields but the header has %2; a value containing a comma "
                                            "must be in quotes")
                                 .arg(row.fields.size())
                                 .arg(m_header.size()));
        return true;
    }
    return false;
}

bool CsvTable::next(CsvRow& row) {
    return readRecord(m_cursor, row);
}

std::vector<CsvTable::Span> CsvTable::spans(int parts) const {
    // The same reading of quotes and line breaks as RecordSplitter, without building fields: in a well-formed file
    // every quote opens or closes a quoted field or is half of a doubled quote inside one, so a line break with an
    // even count of quotes before it ends a record. Lines count as the splitter counts them: each break outside
    // quotes (CR LF being one), each LF inside.
    const qsizetype n = m_bytes.size();
    const char* data = m_bytes.constData();
    std::vector<Span> out;
    Span current{m_dataStart.position, n, m_dataStart.line};
    qsizetype pos = current.begin;
    int line = current.line;
    bool quoted = false;
    for (int k = 1; k < parts && pos < n; ++k) {
        const qsizetype target = current.begin + (n - current.begin) / (parts - k + 1);
        bool cut = false;
        while (pos < n && !cut) {
            while (pos < n && !kMattersToCut[static_cast<unsigned char>(data[pos])])
                ++pos; // most bytes: skipped with one look-up each
            if (pos >= n)
                break;
            const char c = data[pos++];
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n') {
                ++line;
                cut = !quoted && pos >= target;
            } else if (c == '\r' && !quoted) {
                if (pos < n && data[pos] == '\n')
                    ++pos;
                ++line;
                cut = pos >= target;
            }
        }
        if (!cut || pos >= n)
            break;
        out.push_back({current.begin, pos, current.line});
        current = Span{pos, n, line};
    }
    out.push_back(current);
    return out;
}

std::vector<CsvRow> CsvTable::rows() const {
    std::vector<CsvRow> out;
    Cursor cursor = m_dataStart;
    CsvRow row;
    while (readRecord(cursor, row))
        out.push_back(row);
    return out;
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
