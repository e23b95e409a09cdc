// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/PackageKeys.h"

#include "core/db/Statement.h"
#include "core/exchange/PackageCrypto.h"

namespace jurybox::exchange {

void PackageKeys::remember(Id judgeId, const QByteArray& salt, int iterations, const QByteArray& key) {
    m_db.prepare("INSERT OR REPLACE INTO package_key (judge_id, salt, iterations, key) VALUES (?, ?, ?, ?)")
        .bind(1, judgeId)
        .bind(2, salt)
        .bind(3, iterations)
        .bind(4, key)
        .run();
}

QByteArray PackageKeys::keyFor(Id judgeId, const QString& accessCode, const QByteArray& salt, int iterations) {
    if (auto key = stored(judgeId, salt, iterations))
        return *key;
    return deriveKey(accessCode, salt, iterations);
}

std::optional<QByteArray> PackageKeys::stored(Id judgeId, const QByteArray& salt, int iterations) {
    db::Statement st = m_db.prepare("SELECT key FROM package_key WHERE judge_id = ? AND salt = ? AND iterations = ?");
    st.bind(1, judgeId).bind(2, salt).bind(3, iterations);
    if (!st.step())
        return std::nullopt;
    return st.blob(0);
}

} // namespace jurybox::exchange
