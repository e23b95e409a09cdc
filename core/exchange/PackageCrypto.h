// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace jurybox::exchange {

/// PBKDF2-HMAC-SHA256 rounds for a package key. An access code is 16 random characters from 31 (79 bits), so an
/// offline search is infeasible whatever the count; 4,096 (above NIST SP 800-132's minimum of 1,000) adds 12 bits
/// of work per guess while keeping a merge of 200 packages around a second (one derivation per package).
inline constexpr int kKeyIterations = 4096;

/// The 32-byte key of a package, from the judge's access code and the package's salt.
QByteArray deriveKey(const QString& accessCode, const QByteArray& salt, int iterations);
/// What the package stores to recognise the right code without storing the code or the key.
QByteArray verifierFor(const QByteArray& key);
/// 16 random bytes from the operating system.
QByteArray newSalt();

/// Everything a scorecard signature covers, in the order it is encoded.
struct SignedScorecard {
    QString awardUuid;
    QString judgeRef;
    QString submissionRef;
    QString roundName;
    int revision = 0;
    QString status;
    QString comment;
    /// (criterion name, value) in the category's criterion order.
    std::vector<std::pair<QString, double>> values;
};

/// HMAC-SHA256 over a canonical, length-prefixed encoding of the scorecard (numbers in shortest exact text).
QByteArray signScorecard(const QByteArray& key, const SignedScorecard& card);

} // namespace jurybox::exchange
