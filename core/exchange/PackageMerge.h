// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace jurybox::store {
class ScorecardWriter;
}

namespace jurybox::exchange {

struct MergeIndex;
struct VerifiedPackage;

/// What merging one returned package did.
struct MergeReport {
    QString package;
    QString judgeRef;
    /// False when the package was rejected whole; `reason` says why and nothing was changed.
    bool accepted = false;
    QString reason;
    int added = 0;     ///< scorecards the award did not have
    int updated = 0;   ///< newer revisions taken
    int unchanged = 0; ///< the same revision with the same content
    int ignored = 0;   ///< older revisions (an old attachment cannot roll a judge back)
};

/// Verifies a returned package against the award and merges its scorecards in one transaction. The package must
/// belong to this award and a known judge, open with that judge's access code, carry a valid signature on every
/// scorecard, and hold only in-range values for assigned, non-conflicted entries of a known round; otherwise it is
/// rejected whole (report.accepted false). A newer revision replaces the stored scorecard; the same revision with
/// different content is rejected as tampered. Merging the same package again changes nothing.
MergeReport mergePackage(store::AwardFile& award, const QString& packagePath);

/// Merges many packages into one award, reading the award's panel, entries, criteria, conflicts and assignments once
/// for all of them (a merger must not outlive other changes to those). Each package is still verified and merged
/// (or rejected) on its own.
class PackageMerger {
public:
    explicit PackageMerger(store::AwardFile& award);
    ~PackageMerger();
    PackageMerger(const PackageMerger&) = delete;
    PackageMerger& operator=(const PackageMerger&) = delete;

    /// One package in its own transaction.
    MergeReport merge(const QString& packagePath);
    /// All the packages in one transaction, each inside its own savepoint: a rejected package is rolled back to its
    /// savepoint and changes nothing, the accepted ones commit together (one write to disk for the batch) with one
    /// audit event each. If the transaction itself cannot begin or commit, every report is a rejection. One report
    /// per path, in order.
    std::vector<MergeReport> mergeAll(const std::vector<QString>& packagePaths);
    /// The packages one by one, each in its own transaction as merge() does them, while the next ones are read and
    /// verified on other threads. `starting(i)` is called before package i is written and `merged(report)` once its
    /// report is final, in the order of the paths. Either may throw (to cancel, say): the packages already
    /// committed stay merged, the rest are not touched.
    void mergeEach(const std::vector<QString>& packagePaths, const std::function<void(std::size_t)>& starting,
                   const std::function<void(MergeReport&&)>& merged);

private:
    /// The award as the packages are checked against it, read on first use (inside the first transaction).
    const MergeIndex& index();
    /// Merges one verified package inside the open transaction; with a savepoint a rejection rolls back to it,
    /// without one the caller must roll the transaction back when the report is a rejection.
    MergeReport write(VerifiedPackage&& package, bool withSavepoint);
    /// Writes one verified package in a transaction of its own, committed unless the package is rejected.
    MergeReport commitOne(const QString& packagePath, const std::function<VerifiedPackage()>& verified);

    store::AwardFile& m_award;
    std::unique_ptr<MergeIndex> m_index;
    /// Prepared once for every package of the batch.
    std::unique_ptr<store::ScorecardWriter> m_writer;
};

} // namespace jurybox::exchange
