// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/PackageCrypto.h"

#include "core/exchange/AccessCode.h"
#include "core/exchange/Pbkdf2.h"
#include "core/text/Number.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <array>
#include <charconv>
#include <cstdint>

namespace jurybox::exchange {

namespace {

// Appends "<byte length>:<bytes>". Written without temporaries: it runs some 20 times per scorecard verified.
void addField(QByteArray& out, QByteArrayView utf8) {
    std::array<char, 24> length{};
    const char* end = std::to_chars(length.data(), length.data() + length.size(), utf8.size()).ptr;
    out.append(length.data(), end - length.data());
    out.append(':');
    out.append(utf8);
}

void addField(QByteArray& out, const QString& field) {
    addField(out, QByteArrayView(field.toUtf8()));
}

void addField(QByteArray& out, std::int64_t number) {
    std::array<char, 24> text{};
    const char* end = std::to_chars(text.data(), text.data() + text.size(), number).ptr;
    addField(out, QByteArrayView(text.data(), end - text.data()));
}

} // namespace

QByteArray deriveKey(const QString& accessCode, const QByteArray& salt, int iterations) {
    return pbkdf2Sha256(normaliseAccessCode(accessCode).toUtf8(), salt, iterations, 32);
}

QByteArray verifierFor(const QByteArray& key) {
    return QMessageAuthenticationCode::hash("jurybox package verifier v1", key, QCryptographicHash::Sha256);
}

QByteArray newSalt() {
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    return salt;
}

QByteArray signScorecard(const QByteArray& key, const SignedScorecard& card) {
    QByteArray message;
    message.reserve(256 + card.comment.size() * 3); // one allocation for the usual card
    addField(message, QByteArrayView("jurybox scorecard v1"));
    addField(message, card.awardUuid);
    addField(message, card.judgeRef);
    addField(message, card.submissionRef);
    addField(message, card.roundName);
    addField(message, std::int64_t{card.revision});
    addField(message, card.status);
    addField(message, card.comment);
    addField(message, static_cast<std::int64_t>(card.values.size()));
    for (const auto& [criterion, value] : card.values) {
        addField(message, criterion);
        addField(message, text::formatNumber(value));
    }
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace jurybox::exchange
