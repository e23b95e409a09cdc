// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Id.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <utility>

namespace jurybox::exchange {

/// The key of a package the award wrote, as the table package_key keeps it.
struct StoredKey {
    int iterations = 0;
    QByteArray key;
};

/// The keys of the packages an award wrote, by judge and salt (table package_key): a merge reads the key of a
/// package it wrote instead of deriving it again from the access code. A package whose salt the award does not
/// know (made elsewhere, or before schema version 3) falls back to deriving; either way the package's verifier
/// still decides whether the key opens it.
class PackageKeys {
public:
    explicit PackageKeys(db::Database& db)
        : m_db(db) {}

    /// Keeps the key of a package just written (in the caller's transaction).
    void remember(Id judgeId, const QByteArray& salt, int iterations, const QByteArray& key);
    /// Every kept key, by judge and salt.
    std::map<std::pair<Id, QByteArray>, StoredKey> all();

private:
    db::Database& m_db;
};

/// The key for a package of that judge with that salt and iteration count: the kept one when the award wrote the
/// package with those parameters, else derived from the access code.
QByteArray packageKey(const std::map<std::pair<Id, QByteArray>, StoredKey>& kept, Id judgeId, const QString& accessCode,
                      const QByteArray& salt, int iterations);

} // namespace jurybox::exchange
