// SPDX-License-Identifier: Apache-2.0
#include "core/report/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <charconv>
#include <cmath>

namespace jurybox::report {

namespace {

constexpr qsizetype kChunk = 1 << 20;

} // namespace

JsonWriter::JsonWriter(Style style)
    : m_style(style) {
    m_out.reserve(1 << 16);
}

JsonWriter::JsonWriter(Style style, Sink sink)
    : m_style(style)
    , m_sink(std::move(sink)) {
    m_out.reserve(kChunk + (1 << 16));
}

void JsonWriter::newline() {
    if (m_style == Style::Compact)
        return;
    m_out += '\n';
    m_out.append(static_cast<qsizetype>(m_hasMember.size()) * 4, ' ');
}

void JsonWriter::beforeValue() {
    if (m_sink && m_out.size() >= kChunk) { // every byte before this point is final
        m_sink(m_out);
        m_out.resize(0);
    }
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasMember.empty())
        return;
    if (m_hasMember.back())
        m_out += ',';
    m_hasMember.back() = true;
    newline();
}

void JsonWriter::open(char bracket) {
    beforeValue();
    m_out += bracket;
    m_hasMember.push_back(false);
}

void JsonWriter::close(char bracket) {
    const bool hadMembers = m_hasMember.back();
    m_hasMember.pop_back();
    if (hadMembers)
        newline();
    m_out += bracket;
}

JsonWriter& JsonWriter::beginObject() {
    open('{');
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    close('}');
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    open('[');
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    close(']');
    return *this;
}

JsonWriter& JsonWriter::key(const QString& name) {
    beforeValue();
    writeString(name);
    m_out += m_style == Style::Compact ? ":" : ": ";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text) {
    beforeValue();
    writeString(text);
    return *this;
}

void JsonWriter::writeString(const QString& text) {
    // Keys, refs, names and numbers are almost always printable ASCII with nothing to escape: those characters are
    // their own UTF-8 and go straight into the buffer (a tally's JSON is a third keys and strings).
    const qsizetype start = m_out.size();
    m_out.resize(start + text.size() + 2);
    char* out = m_out.data() + start;
    *out++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\') {
            m_out.resize(start);
            writeEscaped(text);
            return;
        }
        *out++ = static_cast<char>(u);
    }
    *out = '"';
}

void JsonWriter::writeEscaped(const QString& text) {
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[(c >> 4) & 0xF];
                m_out += hex[c & 0xF];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

JsonWriter& JsonWriter::value(double number) {
    if (!std::isfinite(number))
        return null();
    beforeValue();
    if (number == 0)
        number = 0; // -0 is written 0, as text::formatNumber does
    std::array<char, 32> buffer{};
    const char* end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number).ptr; // shortest round trip
    m_out.append(buffer.data(), end - buffer.data());
    return *this;
}

JsonWriter& JsonWriter::value(std::optional<double> number) {
    return number ? value(*number) : null();
}

JsonWriter& JsonWriter::value(long long number) {
    beforeValue();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    beforeValue();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::value(const std::optional<QString>& text) {
    return text ? value(*text) : null();
}

JsonWriter& JsonWriter::null() {
    beforeValue();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::value(const QJsonValue& json) {
    switch (json.type()) {
    case QJsonValue::Bool:
        return value(json.toBool());
    case QJsonValue::Double:
        return value(json.toDouble());
    case QJsonValue::String:
        return value(json.toString());
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray(); // const: iterating must not detach it
        for (const auto& item : array)
            value(QJsonValue(item));
        return endArray();
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            key(it.key()).value(QJsonValue(it.value()));
        return endObject();
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return null();
}

QByteArray JsonWriter::take() {
    if (m_style == Style::Indented)
        m_out += '\n';
    if (m_sink) {
        m_sink(m_out);
        m_out.resize(0);
        return {};
    }
    return std::move(m_out);
}

} // namespace jurybox::report
