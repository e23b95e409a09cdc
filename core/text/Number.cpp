// SPDX-License-Identifier: Apache-2.0
#include "core/text/Number.h"

#include <array>
#include <charconv>
#include <cmath>

namespace jurybox::text {

std::optional<double> parseDecimal(const QString& text) {
    // Trimmed as QString::trimmed() trims, then copied to a small buffer: a number is ASCII, at most 64 characters,
    // and a bulk import parses hundreds of thousands of them, so nothing is allocated.
    const QChar* begin = text.constData();
    const QChar* end = begin + text.size();
    while (begin < end && begin->isSpace())
        ++begin;
    while (end > begin && end[-1].isSpace())
        --end;
    constexpr std::ptrdiff_t kMaxLength = 64;
    if (begin == end || end - begin > kMaxLength)
        return std::nullopt;
    std::array<char, kMaxLength> ascii{};
    std::size_t length = 0;
    for (const QChar* c = begin; c < end; ++c) {
        if (c->unicode() >= 0x80)
            return std::nullopt; // no digit, sign, point or exponent outside ASCII
        ascii[length++] = static_cast<char>(c->unicode());
    }
    const char* first = ascii.data();
    const char* last = first + length;
    if (*first == '+')
        ++first;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ec != std::errc() || ptr != last || !std::isfinite(value))
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
