// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/JudgeSession.h"

#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/text/Number.h"

#include <QDateTime>

namespace jurybox::exchange {

QString toString(EntryState state) {
    switch (state) {
    case EntryState::NotStarted:
        return QStringLiteral("not started");
    case EntryState::Draft:
        return QStringLiteral("draft");
    case EntryState::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

JudgeSession JudgeSession::open(const QString& path, const QString& accessCode) {
    PackageFile file = PackageFile::open(path, true);
    const QByteArray salt = QByteArray::fromHex(file.meta(QStringLiteral("kdf_salt")).toLatin1());
    const int iterations = file.meta(QStringLiteral("kdf_iterations")).toInt();
    if (salt.isEmpty() || iterations < 1)
        throw IntegrityError(
            QStringLiteral("%1 lacks its key parameters; ask the secretariat for a new package").arg(path));
    QByteArray key = deriveKey(accessCode, salt, iterations);
    if (verifierFor(key).toHex() != file.meta(QStringLiteral("verifier")).toLatin1())
        throw Error(QStringLiteral("the access code does not open this package; check it against the one the "
                                   "secretariat sent you (letters and digits; dashes and case do not matter)"));
    JudgeSession session(std::move(file), std::move(key));
    session.m_submissions = session.m_file.submissions();
    session.m_criteria = session.m_file.criteria();
    return session;
}

QString JudgeSession::awardName() {
    return m_file.meta(QStringLiteral("award_name"));
}
QString JudgeSession::roundName() {
    return m_file.meta(QStringLiteral("round"));
}
QString JudgeSession::judgeName() {
    return m_file.meta(QStringLiteral("judge_name"));
}
bool JudgeSession::blind() {
    return m_file.meta(QStringLiteral("blind")) == QLatin1String("1");
}

std::vector<Criterion> JudgeSession::criteriaOf(Id categoryId) {
    std::vector<Criterion> out;
    for (const Criterion& c : m_criteria)
        if (c.categoryId == categoryId)
            out.push_back(c);
    return out;
}

std::vector<JudgeEntry> JudgeSession::entries() {
    std::map<Id, PackageCard> cards;
    for (PackageCard& c : m_file.scorecards())
        cards.emplace(c.submissionId, std::move(c));
    std::vector<JudgeEntry> out;
    for (const Submission& s : m_submissions) {
        JudgeEntry e;
        e.submission = s;
        if (const auto it = cards.find(s.id); it != cards.end()) {
            e.values = it->second.values;
            e.comment = it->second.comment;
            e.revision = it->second.revision;
            e.state = it->second.status == QLatin1String("submitted") ? EntryState::Submitted : EntryState::Draft;
        }
        const auto criteria = criteriaOf(s.categoryId);
        e.complete = !criteria.empty() && std::all_of(criteria.begin(), criteria.end(),
                                                      [&](const Criterion& c) { return e.values.contains(c.id); });
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<JudgeEntry> JudgeSession::entry(const QString& submissionRef) {
    for (JudgeEntry& e : entries())
        if (e.submission.ref == submissionRef)
            return e;
    return std::nullopt;
}

JudgeProgress JudgeSession::progress() {
    JudgeProgress p;
    for (const JudgeEntry& e : entries()) {
        ++p.assigned;
        p.scored += e.complete ? 1 : 0;
        p.submitted += e.state == EntryState::Submitted ? 1 : 0;
    }
    return p;
}

const Submission& JudgeSession::submissionByRef(const QString& ref) {
    for (const Submission& s : m_submissions)
        if (s.ref == ref)
            return s;
    throw Error(QStringLiteral("%1 is not one of your entries in this package").arg(ref));
}

template <typename Change>
void JudgeSession::update(const QString& submissionRef, Change change) {
    const Submission& submission = submissionByRef(submissionRef);
    db::Database& db = m_file.db();
    std::optional<db::Transaction> tx; // inside applyScores() the whole batch is one transaction
    if (!db.inTransaction())
        tx.emplace(db);
    std::optional<PackageCard> stored = m_file.scorecardFor(submission.id);
    const bool exists = stored.has_value();
    PackageCard card = exists ? std::move(*stored) : PackageCard{};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!exists) {
        card.submissionId = submission.id;
        card.status = QStringLiteral("draft");
        card.revision = 0;
        card.createdAt = now;
    }
    const PackageCard before = card;
    change(card, submission);
    if (exists && card.values == before.values && card.comment == before.comment && card.status == before.status)
        return; // nothing changed: no new revision
    card.revision += 1;
    card.updatedAt = now;
    if (!exists) {
        db.prepare("INSERT INTO scorecard (submission_id, comment, status, revision, created_at, updated_at, "
                   "signature) VALUES (?, ?, ?, ?, ?, ?, x'')")
            .bind(1, card.submissionId)
            .bind(2, card.comment)
            .bind(3, card.status)
            .bind(4, card.revision)
            .bind(5, card.createdAt)
            .bind(6, card.updatedAt)
            .run();
        card.id = db.lastInsertId();
    } else {
        db.prepare("UPDATE scorecard SET comment = ?, status = ?, revision = ?, updated_at = ? WHERE id = ?")
            .bind(1, card.comment)
            .bind(2, card.status)
            .bind(3, card.revision)
            .bind(4, card.updatedAt)
            .bind(5, card.id)
            .run();
        db.prepare("DELETE FROM score WHERE scorecard_id = ?").bind(1, card.id).run();
    }
    db::Statement value = db.prepare("INSERT INTO score (scorecard_id, criterion_id, value) VALUES (?, ?, ?)");
    for (const auto& [criterionId, v] : card.values)
        value.bind(1, card.id).bind(2, criterionId).bind(3, v).run();
    db.prepare("UPDATE scorecard SET signature = ? WHERE id = ?")
        .bind(1, signScorecard(m_key, m_file.signedContent(card)))
        .bind(2, card.id)
        .run();
    if (tx)
        tx->commit();
}

void JudgeSession::applyScores(const std::vector<ScoreRow>& rows) {
    db::Transaction tx(m_file.db());
    for (const ScoreRow& row : rows) {
        setScore(row.submissionRef, row.criterionId, row.value);
        if (row.comment)
            setComment(row.submissionRef, *row.comment);
    }
    tx.commit();
}

void JudgeSession::setScore(const QString& submissionRef, Id criterionId, std::optional<double> value) {
    update(submissionRef, [&](PackageCard& card, const Submission& submission) {
        const Criterion* criterion = nullptr;
        for (const Criterion& c : m_criteria)
            if (c.id == criterionId && c.categoryId == submission.categoryId)
                criterion = &c;
        if (!criterion)
            throw Error(
                QStringLiteral("criterion %1 is not one of %2's criteria").arg(criterionId).arg(submission.ref));
        if (!value) {
            card.values.erase(criterionId);
            card.status = QStringLiteral("draft");
            return;
        }
        if (!criterion->accepts(*value))
            throw Error(QStringLiteral("score %1 for \"%2\" is outside %3–%4")
                            .arg(text::formatNumber(*value), criterion->name, text::formatNumber(criterion->scaleMin),
                                 text::formatNumber(criterion->scaleMax)));
        card.values[criterionId] = *value;
    });
}

void JudgeSession::setComment(const QString& submissionRef, const QString& comment) {
    update(submissionRef, [&](PackageCard& card, const Submission&) { card.comment = comment; });
}

void JudgeSession::submit(const QString& submissionRef) {
    update(submissionRef, [&](PackageCard& card, const Submission& submission) {
        QStringList missing;
        for (const Criterion& c : criteriaOf(submission.categoryId))
            if (!card.values.contains(c.id))
                missing << c.name;
        if (!missing.isEmpty())
            throw Error(QStringLiteral("%1 cannot be submitted yet: score %2 first")
                            .arg(submission.ref, missing.join(QStringLiteral(", "))));
        card.status = QStringLiteral("submitted");
    });
}

int JudgeSession::submitAllComplete() {
    int count = 0;
    for (const JudgeEntry& e : entries())
        if (e.complete && e.state == EntryState::Draft) {
            submit(e.submission.ref);
            ++count;
        }
    return count;
}

} // namespace jurybox::exchange
