// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Award.h"
#include "core/domain/Category.h"
#include "core/domain/Judge.h"
#include "core/exchange/PackageKeys.h"
#include "core/store/SubmissionStore.h"

#include <QHash>
#include <QString>

#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace jurybox::exchange {

/// Everything a merge checks a returned package against, read from the award once for a batch of packages: the
/// award's identity, the panel with its access codes and kept package keys, the rounds, entries, criteria,
/// confirmed conflicts and assignments. Merges add scorecards and change none of these, so the index holds for a
/// batch read inside one transaction. Being plain data, it lets packages be verified on other threads while the
/// award writes (PackageVerifier never touches the award's connection).
struct MergeIndex {
    explicit MergeIndex(db::Database& db);

    Award award;
    std::unordered_map<QString, Judge> judges;   ///< by ref
    std::unordered_map<Id, QString> accessCodes; ///< by judge id; judges without a code are absent
    std::map<std::pair<Id, QByteArray>, StoredKey> keys;
    std::unordered_map<QString, Round> rounds; ///< by name
    std::unordered_map<QString, store::SubmissionKey>
        submissions;                                      ///< by ref; looked up 50,000 times in a 200-package merge
    std::map<std::pair<Id, QString>, Criterion> criteria; ///< by category id and name
    std::set<std::pair<Id, Id>> blocked;                  ///< (judge, submission) with a confirmed conflict
    std::set<std::tuple<Id, Id, Id>> assigned;            ///< (round, judge, submission)
};

} // namespace jurybox::exchange
