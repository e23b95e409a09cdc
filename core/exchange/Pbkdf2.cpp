// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/Pbkdf2.h"

#include <QMessageAuthenticationCode>

namespace jurybox::exchange {

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int keyLength) {
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray key;
    for (quint32 block = 1; key.size() < keyLength; ++block) {
        QByteArray counter(4, '\0');
        counter[0] = static_cast<char>((block >> 24) & 0xFF);
        counter[1] = static_cast<char>((block >> 16) & 0xFF);
        counter[2] = static_cast<char>((block >> 8) & 0xFF);
        counter[3] = static_cast<char>(block & 0xFF);
        mac.reset();
        mac.addData(salt);
        mac.addData(counter);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype b = 0; b < t.size(); ++b)
                t[b] = static_cast<char>(t[b] ^ u[b]);
        }
        key += t;
    }
    key.truncate(keyLength);
    return key;
}

} // namespace jurybox::exchange
