// SPDX-License-Identifier: Apache-2.0
#include "core/report/Table.h"

#include "core/text/Number.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace jurybox::report {

namespace {

bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool isNumeric(const Cell& cell) {
    return std::holds_alternative<double>(cell) || std::holds_alternative<std::int64_t>(cell);
}

QString padded(const QString& text, int width, bool right) {
    const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

} // namespace

int displayWidth(const QString& text) {
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString cellText(const Cell& cell) {
    if (const auto* s = std::get_if<QString>(&cell))
        return *s;
    if (const auto* d = std::get_if<double>(&cell))
        return std::isfinite(*d) ? text::formatNumber(*d) : QString();
    if (const auto* i = std::get_if<std::int64_t>(&cell))
        return QString::number(*i);
    if (const auto* b = std::get_if<bool>(&cell))
        return *b ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString csvField(const QString& value) {
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString toText(const Table& table) {
    std::vector<int> widths;
    for (const QString& c : table.columns)
        widths.push_back(displayWidth(c));
    std::vector<std::vector<QString>> cells;
    for (const auto& row : table.rows) {
        std::vector<QString> texts;
        for (std::size_t c = 0; c < row.size(); ++c) {
            QString t = cellText(row[c]);
            t.replace(QLatin1Char('\n'), QLatin1Char(' '));
            widths[c] = std::max(widths[c], displayWidth(t));
            texts.push_back(std::move(t));
        }
        cells.push_back(std::move(texts));
    }
    QString out;
    QStringList header;
    QStringList rule;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        header << padded(table.columns[c], widths[static_cast<std::size_t>(c)], false);
        rule << QString(widths[static_cast<std::size_t>(c)], QChar(0x2500));
    }
    out += header.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    out += rule.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (std::size_t r = 0; r < cells.size(); ++r) {
        QStringList line;
        for (std::size_t c = 0; c < cells[r].size(); ++c)
            line << padded(cells[r][c], widths[c], isNumeric(table.rows[r][c]));
        QString joined = line.join(QStringLiteral("  "));
        while (joined.endsWith(QLatin1Char(' ')))
            joined.chop(1);
        out += joined + QLatin1Char('\n');
    }
    return out;
}

QString toCsv(const Table& table) {
    QString out;
    QStringList header;
    for (const QString& c : table.columns)
        header << csvField(c);
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const auto& row : table.rows) {
        QStringList fields;
        for (const Cell& cell : row)
            fields << csvField(cellText(cell));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString toJson(const Table& table) {
    QJsonArray array;
    for (const auto& row : table.rows) {
        QJsonObject object;
        for (std::size_t c = 0; c < row.size(); ++c) {
            const QString& key = table.columns[static_cast<qsizetype>(c)];
            const Cell& cell = row[c];
            if (const auto* s = std::get_if<QString>(&cell))
                object.insert(key, *s);
            else if (const auto* d = std::get_if<double>(&cell))
                object.insert(key, std::isfinite(*d) ? QJsonValue(*d) : QJsonValue());
            else if (const auto* i = std::get_if<std::int64_t>(&cell))
                object.insert(key, static_cast<qint64>(*i));
            else if (const auto* b = std::get_if<bool>(&cell))
                object.insert(key, *b);
            else
                object.insert(key, QJsonValue());
        }
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString render(const Table& table, Format format) {
    switch (format) {
    case Format::Csv:
        return toCsv(table);
    case Format::Json:
        return toJson(table);
    case Format::Text:
        break;
    }
    return toText(table);
}

} // namespace jurybox::report
