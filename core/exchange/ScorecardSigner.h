// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/exchange/PackageCrypto.h"

#include <QByteArray>
#include <QMessageAuthenticationCode>

namespace jurybox::exchange {

/// Signs or checks many scorecards with one package key: keyed once, one message buffer reused, so a merge does
/// not build a new HMAC object and a dozen temporary strings per scorecard. The signature is signScorecard's.
class ScorecardSigner {
public:
    explicit ScorecardSigner(const QByteArray& key);

    /// HMAC-SHA256 over the card's canonical encoding (see signScorecard).
    QByteArray sign(const SignedScorecard& card);
    /// Whether the signature is the card's.
    bool verifies(const SignedScorecard& card, const QByteArray& signature);

private:
    void addField(QByteArrayView bytes);
    void addField(const QString& field);
    void addField(std::int64_t number);

    QMessageAuthenticationCode m_mac;
    QByteArray m_message;
};

} // namespace jurybox::exchange
