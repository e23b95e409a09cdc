// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/ScorecardSigner.h"

#include "core/text/Number.h"

#include <array>
#include <charconv>

namespace jurybox::exchange {

ScorecardSigner::ScorecardSigner(const QByteArray& key)
    : m_mac(QCryptographicHash::Sha256, key) {
    m_message.reserve(512);
}

// Appends "<byte length>:<bytes>".
void ScorecardSigner::addField(QByteArrayView bytes) {
    std::array<char, 24> length{};
    const char* end = std::to_chars(length.data(), length.data() + length.size(), bytes.size()).ptr;
    m_message.append(length.data(), end - length.data());
    m_message.append(':');
    m_message.append(bytes);
}

void ScorecardSigner::addField(const QString& field) {
    // Refs, the award's id, the round, the status and the numbers are ASCII, whose UTF-8 is the characters
    // themselves: written straight into the message in one pass instead of through a temporary QByteArray each.
    constexpr qsizetype kLengthRoom = 24; // the decimal length and the colon
    const qsizetype start = m_message.size();
    m_message.resize(start + kLengthRoom + field.size());
    char* const begin = m_message.data() + start;
    char* out = std::to_chars(begin, begin + kLengthRoom, field.size()).ptr;
    *out++ = ':';
    for (const QChar c : field) {
        if (c.unicode() >= 0x80) {
            m_message.resize(start);
            return addField(QByteArrayView(field.toUtf8()));
        }
        *out++ = static_cast<char>(c.unicode());
    }
    m_message.resize(out - m_message.constData());
}

void ScorecardSigner::addField(std::int64_t number) {
    std::array<char, 24> text{};
    const char* end = std::to_chars(text.data(), text.data() + text.size(), number).ptr;
    addField(QByteArrayView(text.data(), end - text.data()));
}

QByteArray ScorecardSigner::sign(const SignedScorecard& card) {
    m_message.resize(0); // keeps the capacity
    addField(QByteArrayView("jurybox scorecard v1"));
    addField(card.awardUuid);
    addField(card.judgeRef);
    addField(card.submissionRef);
    addField(card.roundName);
    addField(std::int64_t{card.revision});
    addField(card.status);
    addField(card.comment);
    addField(static_cast<std::int64_t>(card.values.size()));
    for (const auto& [criterion, value] : card.values) {
        addField(criterion);
        addField(text::formatNumber(value));
    }
    // reset() keeps the key: the same keyed object serves every scorecard of the package.
    m_mac.reset();
    m_mac.addData(m_message);
    return m_mac.result();
}

bool ScorecardSigner::verifies(const SignedScorecard& card, const QByteArray& signature) {
    return sign(card) == signature;
}

} // namespace jurybox::exchange
