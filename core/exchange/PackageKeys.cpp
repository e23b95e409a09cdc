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

std::map<std::pair<Id, QByteArray>, StoredKey> PackageKeys::all() {
    std::map<std::pair<Id, QByteArray>, StoredKey> out;
    db::Statement st = m_db.prepare("SELECT judge_id, salt, iterations, key FROM package_key");
    while (st.step())
        out.emplace(std::pair{st.integer(0), st.blob(1)}, StoredKey{static_cast<int>(st.integer(2)), st.blob(3)});
    return out;
}

QByteArray packageKey(const std::map<std::pair<Id, QByteArray>, StoredKey>& kept, Id judgeId, const QString& accessCode,
                      const QByteArray& salt, int iterations) {
    if (const auto it = kept.find({judgeId, salt}); it != kept.end() && it->second.iterations == iterations)
        return it->second.key;
    return deriveKey(accessCode, salt, iterations);
}

} // namespace jurybox::exchange
