// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Id.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace jurybox::exchange {

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
    /// The key for that judge, salt and iteration count: the stored one when the award wrote the package, else
    /// derived from the access code.
    QByteArray keyFor(Id judgeId, const QString& accessCode, const QByteArray& salt, int iterations);

private:
    std::optional<QByteArray> stored(Id judgeId, const QByteArray& salt, int iterations);

    db::Database& m_db;
};

} // namespace jurybox::exchange
