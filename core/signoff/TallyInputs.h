// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Id.h"

#include <QCryptographicHash>
#include <QString>

namespace jurybox::signoff {

/// SHA-256 over a canonical, length-prefixed encoding of everything a round's tally reads: the award's id, the
/// round, categories, criteria (weights and scales), tiers, submissions (category and status), confirmed conflicts,
/// the round's assignments, and its scorecards with every value. Rows in id order.
class TallyInputs {
public:
    TallyInputs(db::Database& db, Id roundId);

    /// Adds one more field (the sign-off's parameters and results).
    void add(const QString& field);
    QString hex();

private:
    void addQuery(db::Database& db, const char* sql, Id roundId);

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace jurybox::signoff
