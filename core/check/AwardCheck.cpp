// SPDX-License-Identifier: Apache-2.0
#include "core/check/AwardCheck.h"

#include "core/audit/AuditLog.h"
#include "core/db/Statement.h"
#include "core/signoff/Signoff.h"
#include "core/text/Number.h"

namespace jurybox::check {

namespace {

void integrity(db::Database& db, QStringList& problems) {
    db::Statement st = db.prepare("PRAGMA integrity_check");
    while (st.step()) {
        const QString line = st.text(0);
        if (line != QLatin1String("ok"))
            problems << QStringLiteral("SQLite integrity check: %1").arg(line);
    }
}

void foreignKeys(db::Database& db, QStringList& problems) {
    db::Statement st = db.prepare("PRAGMA foreign_key_check");
    while (st.step())
        problems << QStringLiteral("table %1, row %2: refers to a missing row of %3")
                        .arg(st.text(0), st.text(1), st.text(2));
}

void awardRecord(db::Database& db, QStringList& problems) {
    db::Statement award = db.prepare("SELECT COUNT(*) FROM award");
    if (!award.step() || award.integer(0) != 1)
        problems << QStringLiteral("the award record is missing");
    db::Statement rounds = db.prepare("SELECT COUNT(*) FROM round");
    if (!rounds.step() || rounds.integer(0) == 0)
        problems << QStringLiteral("the award has no round");
}

void scoresInRange(db::Database& db, QStringList& problems) {
    db::Statement st =
        db.prepare("SELECT j.ref, s.ref, cr.name, v.value, cr.scale_min, cr.scale_max FROM score v "
                   "JOIN scorecard sc ON sc.id = v.scorecard_id JOIN judge j ON j.id = sc.judge_id "
                   "JOIN submission s ON s.id = sc.submission_id JOIN criterion cr ON cr.id = v.criterion_id "
                   "WHERE v.value < cr.scale_min OR v.value > cr.scale_max ORDER BY j.ref, s.ref, cr.position");
    while (st.step())
        problems << QStringLiteral("judge %1, submission %2: score %3 for \"%4\" is outside %5–%6")
                        .arg(st.text(0), st.text(1), text::formatNumber(st.real(3)), st.text(2),
                             text::formatNumber(st.real(4)), text::formatNumber(st.real(5)));
}

void criteriaOfCategory(db::Database& db, QStringList& problems) {
    db::Statement st = db.prepare(
        "SELECT j.ref, s.ref, cr.name FROM score v JOIN scorecard sc ON sc.id = v.scorecard_id "
        "JOIN judge j ON j.id = sc.judge_id JOIN submission s ON s.id = sc.submission_id "
        "JOIN criterion cr ON cr.id = v.criterion_id WHERE cr.category_id <> s.category_id ORDER BY j.ref, s.ref");
    while (st.step())
        problems << QStringLiteral("judge %1, submission %2: \"%3\" is a criterion of another category")
                        .arg(st.text(0), st.text(1), st.text(2));
}

void conflicts(db::Database& db, QStringList& problems) {
    db::Statement cards = db.prepare(
        "SELECT j.ref, s.ref FROM scorecard sc JOIN conflict c ON c.judge_id = sc.judge_id "
        "AND c.submission_id = sc.submission_id AND c.status = 'confirmed' JOIN judge j ON j.id = sc.judge_id "
        "JOIN submission s ON s.id = sc.submission_id ORDER BY j.ref, s.ref");
    while (cards.step())
        problems << QStringLiteral("judge %1 holds a scorecard for %2 despite a confirmed conflict of interest")
                        .arg(cards.text(0), cards.text(1));
    db::Statement assigned =
        db.prepare("SELECT j.ref, s.ref FROM assignment a JOIN conflict c ON c.judge_id = a.judge_id "
                   "AND c.submission_id = a.submission_id AND c.status = 'confirmed' JOIN judge j ON j.id = a.judge_id "
                   "JOIN submission s ON s.id = a.submission_id ORDER BY j.ref, s.ref");
    while (assigned.step())
        problems << QStringLiteral("judge %1 is assigned to %2 despite a confirmed conflict of interest")
                        .arg(assigned.text(0), assigned.text(1));
}

} // namespace

QStringList checkAward(store::AwardFile& award) {
    db::Database& db = award.db();
    QStringList problems;
    integrity(db, problems);
    if (!problems.isEmpty())
        return problems; // the rest reads tables that may be damaged
    foreignKeys(db, problems);
    awardRecord(db, problems);
    scoresInRange(db, problems);
    criteriaOfCategory(db, problems);
    conflicts(db, problems);
    for (const QString& p : audit::AuditLog(db).verify())
        problems << QStringLiteral("audit trail: %1").arg(p);
    for (const QString& p : signoff::verify(award))
        problems << QStringLiteral("sign-off: %1").arg(p);
    return problems;
}

} // namespace jurybox::check
