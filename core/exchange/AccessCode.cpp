// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/AccessCode.h"

#include <QRandomGenerator>

namespace jurybox::exchange {

QString generateAccessCode() {
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    constexpr quint32 size = sizeof(kAlphabet) - 1;
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(size)]);
    }
    return code;
}

QString normaliseAccessCode(const QString& code) {
    QString out;
    for (const QChar c : code)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

} // namespace jurybox::exchange
