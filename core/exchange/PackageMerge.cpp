// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/PackageMerge.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/BulkWriteSettings.h"
#include "core/db/Savepoint.h"
#include "core/db/Transaction.h"
#include "core/exchange/MergeIndex.h"
#include "core/exchange/PackageVerifier.h"
#include "core/signoff/Signoff.h"
#include "core/store/ScorecardStore.h"
#include "core/store/ScorecardWriter.h"

#include <QFileInfo>

#include <deque>
#include <future>
#include <map>
#include <optional>

namespace jurybox::exchange {

namespace {

/// Turns a report into a rejection: the reason, and no counts, because nothing from the package was kept.
void reject(MergeReport& report, const QString& reason) {
    report.accepted = false;
    report.reason = reason;
    report.added = report.updated = report.unchanged = report.ignored = 0;
}

/// A check that fails while writing (a tampered revision, a frozen round): the package is rolled back.
struct Rejected {
    QString reason;
};

/// Packages verified ahead of the one being written: verification (reading the package, checking a signature per
/// scorecard) is half of a batch merge and needs only the package and the index, so it runs on other threads while
/// the award's connection writes. Results come back in the order of the paths.
class VerifiedAhead {
public:
    VerifiedAhead(const std::vector<QString>& paths, const MergeIndex& index)
        : m_paths(paths)
        , m_index(index) {
        fill();
    }

    VerifiedPackage next() {
        VerifiedPackage package = m_pending.front().get();
        m_pending.pop_front();
        fill();
        return package;
    }

private:
    /// Two in flight keep both cores busy while one package is written.
    static constexpr std::size_t kAhead = 2;

    void fill() {
        while (m_pending.size() < kAhead && m_next < m_paths.size())
            m_pending.push_back(std::async(std::launch::async, verifyPackage, m_paths[m_next++], std::cref(m_index)));
    }

    const std::vector<QString>& m_paths;
    const MergeIndex& m_index;
    std::size_t m_next = 0;
    std::deque<std::future<VerifiedPackage>> m_pending;
};

} // namespace

MergeReport mergePackage(store::AwardFile& award, const QString& packagePath) {
    return PackageMerger(award).merge(packagePath);
}

PackageMerger::PackageMerger(store::AwardFile& award)
    : m_award(award) {}

PackageMerger::~PackageMerger() = default;

const MergeIndex& PackageMerger::index() {
    if (!m_index)
        m_index = std::make_unique<MergeIndex>(m_award.db());
    return *m_index;
}

MergeReport PackageMerger::merge(const QString& packagePath) {
    return commitOne(packagePath, [&] { return verifyPackage(packagePath, index()); });
}

MergeReport PackageMerger::commitOne(const QString& packagePath, const std::function<VerifiedPackage()>& verified) {
    MergeReport report;
    try {
        // No savepoint: a rejected package's transaction is rolled back whole instead of committed.
        db::Transaction tx(m_award.db());
        report = write(verified(), false);
        if (report.accepted)
            tx.commit();
    } catch (const Error& e) {
        report.package = QFileInfo(packagePath).fileName();
        reject(report, e.message());
    }
    return report;
}

void PackageMerger::mergeEach(const std::vector<QString>& packagePaths,
                              const std::function<void(std::size_t)>& starting,
                              const std::function<void(MergeReport&&)>& merged) {
    if (packagePaths.empty())
        return;
    if (!m_index) { // read in a transaction of its own, so that every package is verified against the same award
        db::Transaction tx(m_award.db());
        (void)index();
        tx.commit();
    }
    VerifiedAhead ahead(packagePaths, index());
    for (std::size_t i = 0; i < packagePaths.size(); ++i) {
        starting(i);
        merged(commitOne(packagePaths[i], [&] { return ahead.next(); }));
    }
}

std::vector<MergeReport> PackageMerger::mergeAll(const std::vector<QString>& packagePaths) {
    std::vector<MergeReport> reports;
    db::Database& db = m_award.db();
    try {
        const db::BulkWriteSettings settings(db);
        db::Transaction tx(db);
        VerifiedAhead ahead(packagePaths, index());
        for (std::size_t i = 0; i < packagePaths.size(); ++i)
            reports.push_back(write(ahead.next(), true));
        tx.commit();
    } catch (const Error& e) {
        // The batch's transaction did not begin or commit: nothing from any package was merged.
        for (std::size_t i = reports.size(); i < packagePaths.size(); ++i)
            reports.push_back(MergeReport{QFileInfo(packagePaths[i]).fileName(), {}, false, {}, 0, 0, 0, 0});
        for (MergeReport& r : reports)
            if (r.accepted)
                reject(r, e.message());
            else if (r.reason.isEmpty())
                r.reason = e.message();
    }
    return reports;
}

MergeReport PackageMerger::write(VerifiedPackage&& package, bool withSavepoint) {
    MergeReport report;
    report.package = package.package;
    report.judgeRef = package.judgeRef;
    if (!package.rejection.isEmpty()) {
        reject(report, package.rejection);
        return report;
    }
    db::Database& db = m_award.db();
    try {
        std::optional<db::Savepoint> savepoint;
        if (withSavepoint)
            savepoint.emplace(db, "merge_package");
        const Judge& judge = package.judge;
        const Round& round = package.round;
        std::map<Id, Scorecard> stored;
        for (Scorecard& sc : store::ScorecardStore(db).ofJudge(judge.id, round.id))
            stored.emplace(sc.submissionId, std::move(sc));
        // New scorecards go in many rows per statement (a first merge is all new); updates one by one.
        std::vector<Scorecard> fresh;
        std::vector<QByteArray> freshSignatures;
        std::vector<std::pair<Scorecard, QByteArray>> updates;
        for (IncomingScorecard& in : package.scorecards) {
            const auto old = stored.find(in.card.submissionId);
            if (old == stored.end()) {
                ++report.added;
                fresh.push_back(std::move(in.card));
                freshSignatures.push_back(std::move(in.signature));
            } else if (in.card.revision > old->second.revision) {
                ++report.updated;
                in.card.id = old->second.id;
                updates.emplace_back(std::move(in.card), std::move(in.signature));
            } else if (in.card.revision < old->second.revision) {
                ++report.ignored;
            } else if (in.card.values == old->second.values && in.card.comment == old->second.comment &&
                       in.card.status == old->second.status) {
                ++report.unchanged;
            } else {
                throw Rejected{QStringLiteral("the scorecard for %1 has revision %2 like the one merged before but "
                                              "different content: the package was altered or copied and edited")
                                   .arg(in.submissionRef)
                                   .arg(in.card.revision)};
            }
        }
        if (!fresh.empty() || !updates.empty()) {
            signoff::ensureNotFrozen(db, round.id);
            if (!m_writer)
                m_writer = std::make_unique<store::ScorecardWriter>(db);
            for (const auto& [card, signature] : updates)
                m_writer->save(card, signature);
            m_writer->insertAll(fresh, freshSignatures);
            audit::AuditLog(db).append(QStringLiteral("merge"),
                                       QStringLiteral("Merged %1 for round \"%2\": %3 new, %4 updated, %5 unchanged, "
                                                      "%6 ignored")
                                           .arg(report.package, round.name)
                                           .arg(report.added)
                                           .arg(report.updated)
                                           .arg(report.unchanged)
                                           .arg(report.ignored),
                                       QStringLiteral("judge %1").arg(judge.ref));
        }
        if (savepoint)
            savepoint->release();
        report.accepted = true;
    } catch (const Rejected& r) {
        reject(report, r.reason);
    } catch (const Error& e) {
        reject(report, e.message());
    }
    return report;
}

} // namespace jurybox::exchange
