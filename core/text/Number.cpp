// SPDX-License-Identifier: Apache-2.0
#include "core/text/Number.h"

#include <array>
#include <charconv>
#include <cmath>

namespace jurybox::text {

std::optional<double> parseDecimal(const QString& text) {
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty() || utf8.size() > 64)
        return std::nullopt;
    const char* begin = utf8.constData();
    const char* end = begin + utf8.size();
    if (*begin == '+')
        ++begin;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::general);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString formatNumber(double value) {
    if (value == 0)
        value = 0; // folds -0 into 0
    std::array<char, 32> buffer{};
    const auto [ptr, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc() ? QString::fromLatin1(buffer.data(), ptr - buffer.data()) : QString();
}

} // namespace jurybox::text
