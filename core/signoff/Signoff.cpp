// SPDX-License-Identifier: Apache-2.0
#include "core/signoff/Signoff.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/report/TallyOutput.h"
#include "core/signoff/TallyInputs.h"
#include "core/store/AwardStore.h"
#include "core/tally/Tally.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jurybox::signoff {

namespace {

Signoff read(const db::Statement& st, db::Database& db) {
    Signoff s;
    s.id = st.integer(0);
    const Id roundId = st.integer(1);
    for (const Round& r : store::AwardStore(db).rounds())
        if (r.id == roundId)
            s.round = r;
    s.method = st.text(2);
    s.parameters = st.text(3);
    s.results = st.text(4);
    s.digest = st.text(5);
    s.signedBy = st.text(6);
    s.signedAt = st.text(7);
    s.revokedBy = st.isNull(8) ? QString() : st.text(8);
    s.revokedAt = st.isNull(9) ? QString() : st.text(9);
    return s;
}

constexpr const char* kSelect = "SELECT id, round_id, method, parameters, results, digest, signed_by, signed_at, "
                                "revoked_by, revoked_at FROM signoff";

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// What a tally decided, per category: each entry's rank, tier and score. A fresh tally must decide the same.
QString decisions(const QString& resultsJson) {
    QStringList lines;
    const QJsonObject root = QJsonDocument::fromJson(resultsJson.toUtf8()).object();
    for (const QJsonValue& c : root.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject category = c.toObject();
        for (const QJsonValue& e : category.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = e.toObject();
            lines << QStringList{category.value(QStringLiteral("category")).toString(),
                                 entry.value(QStringLiteral("submission")).toString(),
                                 QString::number(entry.value(QStringLiteral("rank")).toInt(-1)),
                                 entry.value(QStringLiteral("tier")).toString(),
                                 QString::number(entry.value(QStringLiteral("score")).toDouble(), 'g', 12)}
                         .join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString parametersOf(const tally::TallyOptions& options) {
    return compact({{QStringLiteral("trim"), options.trim}, {QStringLiteral("quorum"), options.quorum}});
}

Round resolveRound(db::Database& db, std::optional<Id> roundId) {
    store::AwardStore awards(db);
    const auto rounds = awards.rounds();
    if (rounds.empty())
        throw Error(QStringLiteral("the award has no round"));
    if (!roundId) {
        const auto current = awards.currentRound();
        return current ? *current : rounds.back();
    }
    for (const Round& r : rounds)
        if (r.id == *roundId)
            return r;
    throw Error(QStringLiteral("unknown round id %1").arg(*roundId));
}

} // namespace

QString Signoff::describe() const {
    return QStringLiteral("round \"%1\" signed off by %2 on %3 (%4, digest %5…)")
        .arg(round.name, signedBy, signedAt.left(10), method, digest.left(12));
}

std::optional<Signoff> activeSignoff(db::Database& db, Id roundId) {
    const QByteArray sql = QByteArray(kSelect) + " WHERE round_id = ? AND revoked_at IS NULL";
    db::Statement st = db.prepare(sql.constData());
    st.bind(1, roundId);
    if (st.step())
        return read(st, db);
    return std::nullopt;
}

std::vector<Signoff> allSignoffs(db::Database& db) {
    const QByteArray sql = QByteArray(kSelect) + " ORDER BY id";
    db::Statement st = db.prepare(sql.constData());
    std::vector<Signoff> out;
    while (st.step())
        out.push_back(read(st, db));
    return out;
}

void ensureNotFrozen(db::Database& db, std::optional<Id> roundId) {
    for (const Signoff& s : allSignoffs(db)) {
        if (!s.active() || (roundId && s.round.id != *roundId))
            continue;
        throw ConflictError(QStringLiteral("the tally is frozen: %1. Revoke the sign-off first (jurybox-cli signoff "
                                           "FILE --revoke --by NAME); the revocation is recorded in the audit trail.")
                                .arg(s.describe()));
    }
}

QString digestOf(store::AwardFile& file, Id roundId, const QString& parameters, const QString& results) {
    TallyInputs inputs(file.db(), roundId);
    inputs.add(parameters);
    inputs.add(results);
    return inputs.hex();
}

Signoff signOff(store::AwardFile& file, const tally::TallyOptions& options, const QString& by) {
    db::Database& db = file.db();
    if (by.trimmed().isEmpty())
        throw Error(QStringLiteral("say who signs off (--by NAME)"));
    db::Transaction tx(db);
    const Round round = resolveRound(db, options.roundId);
    if (const auto existing = activeSignoff(db, round.id))
        throw ConflictError(QStringLiteral("%1 already; revoke it before signing off again").arg(existing->describe()));
    tally::TallyOptions frozen = options;
    frozen.roundId = round.id;
    frozen.categoryId.reset();
    const tally::TallyResult result = tally::runTally(file, frozen);

    Signoff s;
    s.round = round;
    s.method = tally::toString(frozen.method);
    s.parameters = parametersOf(frozen);
    s.results = QString::fromUtf8(report::tallyJsonText(result, report::JsonWriter::Style::Compact));
    s.digest = digestOf(file, round.id, s.parameters, s.results);
    s.signedBy = by.trimmed();
    s.signedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    db.prepare("INSERT INTO signoff (round_id, method, parameters, results, digest, signed_by, signed_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, round.id)
        .bind(2, s.method)
        .bind(3, s.parameters)
        .bind(4, s.results)
        .bind(5, s.digest)
        .bind(6, s.signedBy)
        .bind(7, s.signedAt)
        .run();
    s.id = db.lastInsertId();
    audit::AuditLog(db).append(QStringLiteral("signoff"),
                               QStringLiteral("Signed off round \"%1\" (%2, %3) as %4; digest %5")
                                   .arg(round.name, s.method, s.parameters, s.signedBy, s.digest));
    tx.commit();
    return s;
}

Signoff revoke(store::AwardFile& file, std::optional<Id> roundId, const QString& by) {
    db::Database& db = file.db();
    if (by.trimmed().isEmpty())
        throw Error(QStringLiteral("say who revokes the sign-off (--by NAME)"));
    db::Transaction tx(db);
    const Round round = resolveRound(db, roundId);
    auto active = activeSignoff(db, round.id);
    if (!active)
        throw Error(QStringLiteral("round \"%1\" has no active sign-off to revoke").arg(round.name));
    active->revokedBy = by.trimmed();
    active->revokedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    db.prepare("UPDATE signoff SET revoked_by = ?, revoked_at = ? WHERE id = ?")
        .bind(1, active->revokedBy)
        .bind(2, active->revokedAt)
        .bind(3, active->id)
        .run();
    audit::AuditLog(db).append(QStringLiteral("revoke"), QStringLiteral("Revoked the sign-off of round \"%1\" "
                                                                        "(digest %2) as %3")
                                                             .arg(round.name, active->digest, active->revokedBy));
    tx.commit();
    return *active;
}

QStringList verify(store::AwardFile& file) {
    QStringList problems;
    for (const Signoff& s : allSignoffs(file.db())) {
        if (!s.active())
            continue;
        if (digestOf(file, s.round.id, s.parameters, s.results) != s.digest) {
            problems << QStringLiteral("%1: the tally inputs changed after the sign-off (the digest no longer "
                                       "matches)")
                            .arg(s.describe());
            continue;
        }
        tally::TallyOptions options;
        options.roundId = s.round.id;
        options.method = tally::methodFromString(s.method).value_or(tally::Method::WeightedMean);
        const QJsonObject parameters = QJsonDocument::fromJson(s.parameters.toUtf8()).object();
        options.trim = parameters.value(QStringLiteral("trim")).toInt(1);
        options.quorum = parameters.value(QStringLiteral("quorum")).toInt(3);
        const tally::TallyResult fresh = tally::runTally(file, options);
        if (decisions(QString::fromUtf8(report::tallyJsonText(fresh, report::JsonWriter::Style::Compact))) !=
            decisions(s.results))
            problems << QStringLiteral("%1: a fresh tally no longer gives the signed-off result").arg(s.describe());
    }
    return problems;
}

} // namespace jurybox::signoff
