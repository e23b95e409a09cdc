// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/PackageWriter.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/exchange/AccessCode.h"
#include "core/exchange/PackageFile.h"
#include "core/exchange/PackageKeys.h"
#include "core/exchange/ScorecardSigner.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"
#include "core/text/Number.h"

#include <QFile>
#include <QFileInfo>

#include <set>

namespace jurybox::exchange {

namespace {

Round resolveRound(db::Database& db, std::optional<Id> roundId) {
    store::AwardStore awards(db);
    for (const Round& r : awards.rounds())
        if (roundId && r.id == *roundId)
            return r;
    if (roundId)
        throw Error(QStringLiteral("unknown round"));
    if (auto current = awards.currentRound())
        return *current;
    throw Error(QStringLiteral("every round of the award is closed; name a round with --round"));
}

/// The package under its temporary name: removed unless it was renamed into place.
struct PartFile {
    QString path;
    ~PartFile() {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QString::fromLatin1(suffix));
    }
};

bool names(const QString& text, const QString& what) {
    return !what.trimmed().isEmpty() && text.contains(what.trimmed(), Qt::CaseInsensitive);
}

/// Copies the definition and the entries into the package; returns the award's criterion ids → package ids (the
/// same numbers: ids are copied so a package stays readable next to its award).
void writeDefinition(PackageFile& pkg, db::Database& award, const std::vector<Submission>& entries, bool blind) {
    db::Database& out = pkg.db();
    db::Statement category = out.prepare("INSERT INTO category (id, position, name, description) VALUES (?, ?, ?, ?)");
    for (const Category& c : store::CategoryStore(award).categories())
        category.bind(1, c.id).bind(2, c.position).bind(3, c.name).bind(4, c.description).run();
    db::Statement criterion = out.prepare("INSERT INTO criterion (id, category_id, position, name, description, "
                                          "weight, scale_min, scale_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    db::Statement descriptor = out.prepare("INSERT INTO descriptor (criterion_id, level, text) VALUES (?, ?, ?)");
    for (const Criterion& c : store::CategoryStore(award).criteria()) {
        criterion.bind(1, c.id)
            .bind(2, c.categoryId)
            .bind(3, c.position)
            .bind(4, c.name)
            .bind(5, c.description)
            .bind(6, c.weight)
            .bind(7, c.scaleMin)
            .bind(8, c.scaleMax)
            .run();
        for (const Descriptor& d : c.descriptors)
            descriptor.bind(1, c.id).bind(2, d.level).bind(3, d.text).run();
    }
    db::Statement tier = out.prepare("INSERT INTO tier (position, name) VALUES (?, ?)");
    for (const Tier& t : store::AwardStore(award).tiers())
        tier.bind(1, t.position).bind(2, t.name).run();
    db::Statement submission = out.prepare("INSERT INTO submission (id, ref, title, city, country, organisation, "
                                           "summary, contact, category_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Submission& s : entries)
        submission.bind(1, s.id)
            .bind(2, s.ref)
            .bind(3, s.title)
            .bind(4, blind ? QString() : s.city)
            .bind(5, blind ? QString() : s.country)
            .bind(6, blind ? QString() : s.organisation)
            .bind(7, s.summary)
            .bind(8, blind ? QString() : s.contact)
            .bind(9, s.categoryId)
            .run();
}

} // namespace

PackageResult writePackage(store::AwardFile& award, const PackageOptions& options) {
    db::Database& db = award.db();
    if (QFileInfo::exists(options.outPath) && !options.overwrite)
        throw Error(
            QStringLiteral("%1 already exists; choose another name, or replace it with --force").arg(options.outPath));
    const auto judge = store::JudgeStore(db).byRef(options.judgeRef);
    if (!judge)
        throw Error(QStringLiteral("unknown judge \"%1\"").arg(options.judgeRef));

    db::Transaction tx(db);
    const Round round = resolveRound(db, options.roundId);
    PackageResult result;
    store::JudgeStore judges(db);
    auto code = judges.accessCode(judge->id);
    if (!code) {
        code = generateAccessCode();
        judges.setAccessCode(judge->id, *code);
        result.codeGenerated = true;
    }
    result.accessCode = *code;

    // The judge's entries: assigned in the round, eligible, and not kept away by a confirmed conflict.
    const auto blocked = store::ConflictStore(db).blockingPairs();
    std::set<Id> assigned;
    db::Statement st = db.prepare("SELECT submission_id FROM assignment WHERE judge_id = ? AND round_id = ?");
    st.bind(1, judge->id).bind(2, round.id);
    while (st.step())
        assigned.insert(st.integer(0));
    std::vector<Submission> entries;
    for (Submission& s : store::SubmissionStore(db).all())
        if (assigned.contains(s.id) && s.status == SubmissionStatus::Eligible && !blocked.contains({judge->id, s.id}))
            entries.push_back(std::move(s));
    if (options.blind)
        for (const Submission& s : entries)
            for (const QString& what : {s.city, s.organisation})
                if (names(s.title, what) || names(s.summary, what))
                    result.leaks << QStringLiteral("%1 (%2 names \"%3\")")
                                        .arg(s.ref,
                                             names(s.title, what) ? QStringLiteral("title") : QStringLiteral("summary"),
                                             what);
    result.entries = static_cast<int>(entries.size());

    const QString part = options.outPath + QStringLiteral(".part");
    const PartFile cleanup{part};
    QFile::remove(part);
    {
        PackageFile pkg = PackageFile::create(part);
        db::Transaction ptx(pkg.db());
        const Award a = store::AwardStore(db).award();
        const QByteArray salt = newSalt();
        const QByteArray key = deriveKey(*code, salt, kKeyIterations);
        PackageKeys(db).remember(judge->id, salt, kKeyIterations, key); // the merge reads it back
        const std::pair<const char*, QString> meta[] = {
            {"format", QStringLiteral("jurybox judge package")},
            {"award_uuid", a.uuid},
            {"award_name", a.name},
            {"award_year", QString::number(a.year)},
            {"organiser", a.organiser},
            {"round", round.name},
            {"judge_ref", judge->ref},
            {"judge_name", judge->name},
            {"blind", options.blind ? QStringLiteral("1") : QStringLiteral("0")},
            {"kdf", QStringLiteral("pbkdf2-hmac-sha256")},
            {"kdf_salt", QString::fromLatin1(salt.toHex())},
            {"kdf_iterations", QString::number(kKeyIterations)},
            {"verifier", QString::fromLatin1(verifierFor(key).toHex())},
        };
        for (const auto& [k, v] : meta)
            pkg.setMeta(QString::fromLatin1(k), v);
        writeDefinition(pkg, db, entries, options.blind);

        // The judge's own scorecards of those entries, to continue or revise; re-signed with this package's key.
        std::set<Id> entryIds;
        for (const Submission& s : entries)
            entryIds.insert(s.id);
        db::Statement card = pkg.db().prepare("INSERT INTO scorecard (id, submission_id, comment, status, revision, "
                                              "created_at, updated_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?, x'')");
        db::Statement value =
            pkg.db().prepare("INSERT INTO score (scorecard_id, criterion_id, value) VALUES (?, ?, ?)");
        std::vector<Id> written;
        for (const Scorecard& sc : store::ScorecardStore(db).ofJudge(judge->id, round.id)) {
            if (!entryIds.contains(sc.submissionId))
                continue;
            card.bind(1, sc.id)
                .bind(2, sc.submissionId)
                .bind(3, sc.comment)
                .bind(4, toString(sc.status))
                .bind(5, sc.revision)
                .bind(6, sc.createdAt)
                .bind(7, sc.updatedAt)
                .run();
            for (const auto& [criterionId, v] : sc.values)
                value.bind(1, sc.id).bind(2, criterionId).bind(3, v).run();
            written.push_back(sc.id);
        }
        pkg.reload(); // resolves refs and criterion names for the signatures
        db::Statement sign = pkg.db().prepare("UPDATE scorecard SET signature = ? WHERE id = ?");
        ScorecardSigner signer(key);
        for (const PackageCard& c : pkg.scorecards())
            sign.bind(1, signer.sign(pkg.signedContent(c))).bind(2, c.id).run();
        result.scorecards = static_cast<int>(written.size());
        ptx.commit();
        pkg.db().exec("PRAGMA journal_mode = DELETE"); // one self-contained file to send by e-mail
    }
    audit::AuditLog(db).append(
        QStringLiteral("package"),
        QStringLiteral("Packaged %1 entries and %2 scorecard(s) of round \"%3\" for judge %4%5%6")
            .arg(result.entries)
            .arg(result.scorecards)
            .arg(round.name, judge->ref, options.blind ? QStringLiteral(" (blind)") : QString(),
                 result.codeGenerated ? QStringLiteral("; access code generated") : QString()));
    tx.commit(); // the code is stored before the package that needs it appears
    if (options.overwrite)
        QFile::remove(options.outPath);
    if (!QFile::rename(part, options.outPath))
        throw Error(QStringLiteral("cannot write %1; check the folder's permissions").arg(options.outPath));
    return result;
}

} // namespace jurybox::exchange
