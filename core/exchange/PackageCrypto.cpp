// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/PackageCrypto.h"

#include "core/exchange/AccessCode.h"
#include "core/exchange/Pbkdf2.h"
#include "core/exchange/ScorecardSigner.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace jurybox::exchange {

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
    return ScorecardSigner(key).sign(card);
}

} // namespace jurybox::exchange
