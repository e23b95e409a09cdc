// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace jurybox::exchange {

/// PBKDF2 with HMAC-SHA256 (RFC 8018 §5.2). Written over QtCore's QMessageAuthenticationCode because Qt's own
/// QPasswordDigestor lives in QtNetwork, which core does not link; the tests check it against RFC 7914's vector and
/// against QPasswordDigestor.
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int keyLength);

} // namespace jurybox::exchange
