// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QStringList>

#include <optional>

namespace jurybox::exchange {

struct PackageOptions {
    QString judgeRef;
    QString outPath;
    /// Default: the current round.
    std::optional<Id> roundId;
    /// Leave out city, country, organisation and contact.
    bool blind = false;
    /// Replace an existing file at outPath (a package re-made for the same judge).
    bool overwrite = false;
};

struct PackageResult {
    /// The judge's access code: generated on the first package, the same ever after.
    QString accessCode;
    bool codeGenerated = false;
    int entries = 0;
    int scorecards = 0;
    /// Blind packages: entries whose title or summary still names the city or organisation.
    QStringList leaks;
};

/// Writes a judge package: the award definition, the judge's non-conflicted assigned eligible entries of the round,
/// and the judge's own scorecards (re-signed with the package's key) — nothing about any other judge. The file is
/// written under a temporary name and renamed into place, so it is whole or absent. The access code is stored in
/// the award (audited, without the code).
PackageResult writePackage(store::AwardFile& award, const PackageOptions& options);

} // namespace jurybox::exchange
