// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/PackageMerge.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/BulkWriteSettings.h"
#include "core/db/Savepoint.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/exchange/PackageFile.h"
#include "core/exchange/PackageKeys.h"
#include "core/exchange/ScorecardSigner.h"
#include "core/signoff/Signoff.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/ScorecardWriter.h"
#include "core/store/SubmissionStore.h"
#include "core/text/Number.h"

#include <QFileInfo>

#include <optional>
#include <set>
#include <unordered_map>

namespace jurybox::exchange {

namespace {

/// A rejection: the reason goes into the report, nothing is written.
struct Rejected {
    QString reason;
};

/// A package scorecard translated to the award's ids, verified, ready to compare and write.
struct Incoming {
    Scorecard card;
    QString submissionRef;
    QByteArray signature;
};

} // namespace

/// The award's entries, criteria and conflicts by the names the signatures use: read once for a batch of packages
/// (merges add scorecards, never entries, criteria or conflicts).
struct PackageMerger::AwardIndex {
    std::unordered_map<QString, Submission> submissions; // looked up 50,000 times in a 200-package merge
    std::map<std::pair<Id, QString>, Criterion> criteria;
    std::set<std::pair<Id, Id>> blocked;

    explicit AwardIndex(db::Database& db) {
        for (Submission& s : store::SubmissionStore(db).all())
            submissions.emplace(s.ref, std::move(s));
        for (Criterion& c : store::CategoryStore(db).criteria())
            criteria.emplace(std::pair{c.categoryId, c.name}, std::move(c));
        blocked = store::ConflictStore(db).blockingPairs();
    }
};

namespace {

/// Turns a report into a rejection: the reason, and no counts, because nothing from the package was kept.
void reject(MergeReport& report, const QString& reason) {
    report.accepted = false;
    report.reason = reason;
    report.added = report.updated = report.unchanged = report.ignored = 0;
}

std::vector<Incoming> verifyPackage(store::AwardFile& award, PackageFile& pkg, const Judge& judge, const Round& round,
                                    const PackageMerger::AwardIndex& index) {
    db::Database& db = award.db();
    const QString code = store::JudgeStore(db).accessCode(judge.id).value_or(QString());
    if (code.isEmpty())
        throw Rejected{QStringLiteral("judge %1 has no access code in this award, so no package was made for them "
                                      "here")
                           .arg(judge.ref)};
    const QByteArray salt = QByteArray::fromHex(pkg.meta(QStringLiteral("kdf_salt")).toLatin1());
    const int iterations = pkg.meta(QStringLiteral("kdf_iterations")).toInt();
    if (salt.isEmpty() || iterations < 1000)
        throw Rejected{QStringLiteral("the package's key parameters are missing or weakened")};
    const QByteArray key = PackageKeys(db).keyFor(judge.id, code, salt, iterations);
    if (verifierFor(key).toHex() != pkg.meta(QStringLiteral("verifier")).toLatin1())
        throw Rejected{QStringLiteral("the package does not open with judge %1's access code: it was not made for "
                                      "this judge by this award, or its key was altered")
                           .arg(judge.ref)};

    const auto& submissions = index.submissions;
    const auto& criteria = index.criteria;
    const auto& blocked = index.blocked;
    std::set<Id> assigned;
    db::Statement st = db.prepare("SELECT submission_id FROM assignment WHERE judge_id = ? AND round_id = ?");
    st.bind(1, judge.id).bind(2, round.id);
    while (st.step())
        assigned.insert(st.integer(0));

    std::vector<Incoming> out;
    ScorecardSigner signer(key);
    for (const PackageCard& c : pkg.scorecards()) {
        const SignedScorecard content = pkg.signedContent(c);
        if (!signer.verifies(content, c.signature))
            throw Rejected{
                QStringLiteral("the scorecard for %1 fails its signature check: it was changed outside "
                               "Jurybox")
                    .arg(content.submissionRef.isEmpty() ? QStringLiteral("an unknown entry") : content.submissionRef)};
        const auto s = submissions.find(content.submissionRef);
        if (s == submissions.end())
            throw Rejected{
                QStringLiteral("the package scores %1, which this award does not have").arg(content.submissionRef)};
        if (blocked.contains({judge.id, s->second.id}))
            throw Rejected{QStringLiteral("judge %1 has a confirmed conflict of interest with %2")
                               .arg(judge.ref, content.submissionRef)};
        if (!assigned.contains(s->second.id))
            throw Rejected{QStringLiteral("judge %1 is not assigned to %2 in round \"%3\"")
                               .arg(judge.ref, content.submissionRef, round.name)};
        Incoming in;
        in.submissionRef = content.submissionRef;
        in.signature = c.signature;
        in.card.judgeId = judge.id;
        in.card.submissionId = s->second.id;
        in.card.roundId = round.id;
        in.card.comment = c.comment;
        in.card.status = c.status == QLatin1String("submitted") ? ScorecardStatus::Submitted : ScorecardStatus::Draft;
        in.card.revision = c.revision;
        in.card.createdAt = c.createdAt;
        in.card.updatedAt = c.updatedAt;
        for (const auto& [name, value] : content.values) {
            const auto criterion = criteria.find({s->second.categoryId, name});
            if (criterion == criteria.end())
                throw Rejected{QStringLiteral("%1 is scored on \"%2\", which is not a criterion of its category")
                                   .arg(content.submissionRef, name)};
            if (!criterion->second.accepts(value))
                throw Rejected{QStringLiteral("%1: score %2 for \"%3\" is outside %4–%5")
                                   .arg(content.submissionRef, text::formatNumber(value), name,
                                        text::formatNumber(criterion->second.scaleMin),
                                        text::formatNumber(criterion->second.scaleMax))};
            in.card.values[criterion->second.id] = value;
        }
        out.push_back(std::move(in));
    }
    return out;
}

} // namespace

MergeReport mergePackage(store::AwardFile& award, const QString& packagePath) {
    return PackageMerger(award).merge(packagePath);
}

PackageMerger::PackageMerger(store::AwardFile& award)
    : m_award(award) {}

PackageMerger::~PackageMerger() = default;

MergeReport PackageMerger::merge(const QString& packagePath) {
    MergeReport report;
    try {
        // No savepoint: a rejected package's transaction is rolled back whole instead of committed.
        db::Transaction tx(m_award.db());
        report = mergeWithin(packagePath, false);
        if (report.accepted)
            tx.commit();
    } catch (const Error& e) {
        report.package = QFileInfo(packagePath).fileName();
        reject(report, e.message());
    }
    return report;
}

std::vector<MergeReport> PackageMerger::mergeAll(const std::vector<QString>& packagePaths) {
    std::vector<MergeReport> reports;
    db::Database& db = m_award.db();
    try {
        const db::BulkWriteSettings settings(db);
        db::Transaction tx(db);
        for (const QString& path : packagePaths)
            reports.push_back(mergeWithin(path, true));
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

MergeReport PackageMerger::mergeWithin(const QString& packagePath, bool withSavepoint) {
    store::AwardFile& award = m_award;
    MergeReport report;
    report.package = QFileInfo(packagePath).fileName();
    db::Database& db = award.db();
    try {
        PackageFile pkg = PackageFile::open(packagePath, false);
        report.judgeRef = pkg.meta(QStringLiteral("judge_ref"));
        const Award a = store::AwardStore(db).award();
        if (pkg.meta(QStringLiteral("award_uuid")) != a.uuid)
            throw Rejected{QStringLiteral("the package belongs to another award (\"%1\"), not to \"%2\"")
                               .arg(pkg.meta(QStringLiteral("award_name")), a.name)};
        const auto judge = store::JudgeStore(db).byRef(report.judgeRef);
        if (!judge)
            throw Rejected{QStringLiteral("the package is for judge \"%1\", who is not on this award's panel")
                               .arg(report.judgeRef)};
        const auto round = store::AwardStore(db).roundByName(pkg.meta(QStringLiteral("round")));
        if (!round)
            throw Rejected{QStringLiteral("the package is for round \"%1\", which this award does not have")
                               .arg(pkg.meta(QStringLiteral("round")))};

        std::optional<db::Savepoint> savepoint;
        if (withSavepoint)
            savepoint.emplace(db, "merge_package");
        if (!m_index)
            m_index = std::make_unique<AwardIndex>(db);
        const std::vector<Incoming> incoming = verifyPackage(award, pkg, *judge, *round, *m_index);
        std::map<Id, Scorecard> stored;
        for (Scorecard& sc : store::ScorecardStore(db).ofJudge(judge->id, round->id))
            stored.emplace(sc.submissionId, std::move(sc));
        std::vector<const Incoming*> toWrite;
        for (const Incoming& in : incoming) {
            const auto old = stored.find(in.card.submissionId);
            if (old == stored.end()) {
                ++report.added;
                toWrite.push_back(&in);
            } else if (in.card.revision > old->second.revision) {
                ++report.updated;
                toWrite.push_back(&in);
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
        if (!toWrite.empty()) {
            signoff::ensureNotFrozen(db, round->id);
            if (!m_writer)
                m_writer = std::make_unique<store::ScorecardWriter>(db);
            // New scorecards go in many rows per statement (a first merge is all new); updates one by one.
            std::vector<Scorecard> fresh;
            std::vector<QByteArray> freshSignatures;
            for (const Incoming* in : toWrite) {
                if (const auto old = stored.find(in->card.submissionId); old != stored.end()) {
                    Scorecard card = in->card;
                    card.id = old->second.id;
                    m_writer->save(card, in->signature);
                } else {
                    fresh.push_back(in->card);
                    freshSignatures.push_back(in->signature);
                }
            }
            m_writer->insertAll(fresh, freshSignatures);
            audit::AuditLog(db).append(QStringLiteral("merge"),
                                       QStringLiteral("Merged %1 for round \"%2\": %3 new, %4 updated, %5 unchanged, "
                                                      "%6 ignored")
                                           .arg(report.package, round->name)
                                           .arg(report.added)
                                           .arg(report.updated)
                                           .arg(report.unchanged)
                                           .arg(report.ignored),
                                       QStringLiteral("judge %1").arg(judge->ref));
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
