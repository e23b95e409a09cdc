// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/PackageVerifier.h"

#include "core/Error.h"
#include "core/exchange/MergeIndex.h"
#include "core/exchange/PackageCrypto.h"
#include "core/exchange/PackageFile.h"
#include "core/exchange/PackageKeys.h"
#include "core/exchange/ScorecardSigner.h"
#include "core/text/Number.h"

#include <QFileInfo>

namespace jurybox::exchange {

namespace {

/// A failed check: the reason goes into the report.
struct Rejected {
    QString reason;
};

/// The package's judge and round in the award, and the key that opens it.
QByteArray openingKey(const PackageFile& pkg, const MergeIndex& index, VerifiedPackage& out) {
    if (pkg.meta(QStringLiteral("award_uuid")) != index.award.uuid)
        throw Rejected{QStringLiteral("the package belongs to another award (\"%1\"), not to \"%2\"")
                           .arg(pkg.meta(QStringLiteral("award_name")), index.award.name)};
    const auto judge = index.judges.find(out.judgeRef);
    if (judge == index.judges.end())
        throw Rejected{
            QStringLiteral("the package is for judge \"%1\", who is not on this award's panel").arg(out.judgeRef)};
    out.judge = judge->second;
    const QString roundName = pkg.meta(QStringLiteral("round"));
    const auto round = index.rounds.find(roundName);
    if (round == index.rounds.end())
        throw Rejected{
            QStringLiteral("the package is for round \"%1\", which this award does not have").arg(roundName)};
    out.round = round->second;

    const auto code = index.accessCodes.find(out.judge.id);
    if (code == index.accessCodes.end())
        throw Rejected{QStringLiteral("judge %1 has no access code in this award, so no package was made for them "
                                      "here")
                           .arg(out.judge.ref)};
    const QByteArray salt = QByteArray::fromHex(pkg.meta(QStringLiteral("kdf_salt")).toLatin1());
    const int iterations = pkg.meta(QStringLiteral("kdf_iterations")).toInt();
    if (salt.isEmpty() || iterations < 1000)
        throw Rejected{QStringLiteral("the package's key parameters are missing or weakened")};
    QByteArray key = packageKey(index.keys, out.judge.id, code->second, salt, iterations);
    if (verifierFor(key).toHex() != pkg.meta(QStringLiteral("verifier")).toLatin1())
        throw Rejected{QStringLiteral("the package does not open with judge %1's access code: it was not made for "
                                      "this judge by this award, or its key was altered")
                           .arg(out.judge.ref)};
    return key;
}

IncomingScorecard incoming(const PackageCard& c, const SignedScorecard& content, const store::SubmissionKey& submission,
                           const VerifiedPackage& out, const MergeIndex& index) {
    IncomingScorecard in;
    in.submissionRef = content.submissionRef;
    in.signature = c.signature;
    in.card.judgeId = out.judge.id;
    in.card.submissionId = submission.id;
    in.card.roundId = out.round.id;
    in.card.comment = c.comment;
    in.card.status = c.status == QLatin1String("submitted") ? ScorecardStatus::Submitted : ScorecardStatus::Draft;
    in.card.revision = c.revision;
    in.card.createdAt = c.createdAt;
    in.card.updatedAt = c.updatedAt;
    for (const auto& [name, value] : content.values) {
        const auto criterion = index.criteria.find({submission.categoryId, name});
        if (criterion == index.criteria.end())
            throw Rejected{QStringLiteral("%1 is scored on \"%2\", which is not a criterion of its category")
                               .arg(content.submissionRef, name)};
        if (!criterion->second.accepts(value))
            throw Rejected{QStringLiteral("%1: score %2 for \"%3\" is outside %4–%5")
                               .arg(content.submissionRef, text::formatNumber(value), name,
                                    text::formatNumber(criterion->second.scaleMin),
                                    text::formatNumber(criterion->second.scaleMax))};
        in.card.values[criterion->second.id] = value;
    }
    return in;
}

void verifyScorecards(PackageFile& pkg, const QByteArray& key, const MergeIndex& index, VerifiedPackage& out) {
    ScorecardSigner signer(key);
    for (const PackageCard& c : pkg.scorecards()) {
        const SignedScorecard content = pkg.signedContent(c);
        if (!signer.verifies(content, c.signature))
            throw Rejected{
                QStringLiteral("the scorecard for %1 fails its signature check: it was changed outside Jurybox")
                    .arg(content.submissionRef.isEmpty() ? QStringLiteral("an unknown entry") : content.submissionRef)};
        const auto s = index.submissions.find(content.submissionRef);
        if (s == index.submissions.end())
            throw Rejected{
                QStringLiteral("the package scores %1, which this award does not have").arg(content.submissionRef)};
        if (index.blocked.contains({out.judge.id, s->second.id}))
            throw Rejected{QStringLiteral("judge %1 has a confirmed conflict of interest with %2")
                               .arg(out.judge.ref, content.submissionRef)};
        if (!index.assigned.contains({out.round.id, out.judge.id, s->second.id}))
            throw Rejected{QStringLiteral("judge %1 is not assigned to %2 in round \"%3\"")
                               .arg(out.judge.ref, content.submissionRef, out.round.name)};
        out.scorecards.push_back(incoming(c, content, s->second, out, index));
    }
}

} // namespace

VerifiedPackage verifyPackage(const QString& packagePath, const MergeIndex& index) {
    VerifiedPackage out;
    out.package = QFileInfo(packagePath).fileName();
    try {
        PackageFile pkg = PackageFile::open(packagePath, false);
        out.judgeRef = pkg.meta(QStringLiteral("judge_ref"));
        const QByteArray key = openingKey(pkg, index, out);
        verifyScorecards(pkg, key, index, out);
    } catch (const Rejected& r) {
        out.rejection = r.reason;
    } catch (const Error& e) {
        out.rejection = e.message();
    }
    if (!out.rejection.isEmpty())
        out.scorecards.clear();
    return out;
}

} // namespace jurybox::exchange
