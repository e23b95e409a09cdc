// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Award.h"
#include "core/domain/Judge.h"
#include "core/domain/Scorecard.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace jurybox::exchange {

struct MergeIndex;

/// A package scorecard translated to the award's ids, its signature checked, ready to compare and write.
struct IncomingScorecard {
    Scorecard card;
    QString submissionRef;
    QByteArray signature;
};

/// A returned package read and checked against the award, nothing written yet.
struct VerifiedPackage {
    QString package;  ///< the file's name, for the report
    QString judgeRef; ///< as the package names its judge (also when rejected)
    /// Why the package is rejected whole; empty when every check passed.
    QString rejection;
    Judge judge;
    Round round;
    std::vector<IncomingScorecard> scorecards;
};

/// Opens a returned package and checks it against the award: it belongs to this award and to a judge of the panel
/// for one of its rounds, opens with that judge's access code (the key the award kept, or one derived), and every
/// scorecard carries a valid signature and scores only in-range criteria of its entry's category, for an entry the
/// judge is assigned to and has no confirmed conflict with. Reads only the package and the index (never the award's
/// connection), so packages can be verified on other threads while the award writes. A package that is not one,
/// cannot be read or fails a check comes back with the reason in `rejection`.
VerifiedPackage verifyPackage(const QString& packagePath, const MergeIndex& index);

} // namespace jurybox::exchange
