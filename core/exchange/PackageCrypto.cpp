// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/PackageCrypto.h"

#include "core/exchange/AccessCode.h"
#include "core/exchange/Pbkdf2.h"
#include "core/text/Number.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace jurybox::exchange {

namespace {

void addField(QByteArray& out, const QString& field) {
    const QByteArray utf8 = field.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
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
    addField(message, QStringLiteral("jurybox scorecard v1"));
    addField(message, card.awardUuid);
    addField(message, card.judgeRef);
    addField(message, card.submissionRef);
    addField(message, card.roundName);
    addField(message, QString::number(card.revision));
    addField(message, card.status);
    addField(message, card.comment);
    addField(message, QString::number(card.values.size()));
    for (const auto& [criterion, value] : card.values) {
        addField(message, criterion);
        addField(message, text::formatNumber(value));
    }
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace jurybox::exchange
