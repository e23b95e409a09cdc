// SPDX-License-Identifier: Apache-2.0
#include "core/export/AwardJson.h"

#include "core/report/TallyOutput.h"
#include "core/store/AssignmentStore.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"
#include "core/tally/Tally.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace jurybox::exports {

namespace {

QJsonValue number(const std::optional<double>& value) {
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue();
}

/// Names by database id, so the document speaks in refs and names as the CSV files do.
struct Names {
    QHash<Id, QString> judges;
    QHash<Id, QString> submissions;
    QHash<Id, QString> categories;
    QHash<Id, QString> criteria;
    QHash<Id, QString> rounds;
};

QJsonArray categoriesJson(store::CategoryStore& store, Names& names) {
    const std::vector<Criterion> criteria = store.criteria();
    QJsonArray out;
    for (const Category& c : store.categories()) {
        names.categories.insert(c.id, c.name);
        QJsonArray list;
        for (const Criterion& k : criteria) {
            if (k.categoryId != c.id)
                continue;
            names.criteria.insert(k.id, k.name);
            QJsonArray descriptors;
            for (const Descriptor& d : k.descriptors)
                descriptors.append(QJsonObject{{QStringLiteral("level"), d.level}, {QStringLiteral("text"), d.text}});
            list.append(QJsonObject{{QStringLiteral("name"), k.name},
                                    {QStringLiteral("description"), k.description},
                                    {QStringLiteral("weight"), k.weight},
                                    {QStringLiteral("min"), k.scaleMin},
                                    {QStringLiteral("max"), k.scaleMax},
                                    {QStringLiteral("descriptors"), descriptors}});
        }
        out.append(QJsonObject{{QStringLiteral("name"), c.name},
                               {QStringLiteral("description"), c.description},
                               {QStringLiteral("criteria"), list}});
    }
    return out;
}

QJsonArray scorecardsJson(store::AwardFile& file, const Names& names) {
    QJsonArray out;
    for (const Scorecard& card : store::ScorecardStore(file.db()).all()) {
        QJsonObject values;
        for (const auto& [criterionId, value] : card.values)
            values.insert(names.criteria.value(criterionId), number(value));
        out.append(QJsonObject{{QStringLiteral("judge"), names.judges.value(card.judgeId)},
                               {QStringLiteral("submission"), names.submissions.value(card.submissionId)},
                               {QStringLiteral("round"), names.rounds.value(card.roundId)},
                               {QStringLiteral("status"), toString(card.status)},
                               {QStringLiteral("revision"), card.revision},
                               {QStringLiteral("comment"), card.comment},
                               {QStringLiteral("created_at"), card.createdAt},
                               {QStringLiteral("updated_at"), card.updatedAt},
                               {QStringLiteral("values"), values}});
    }
    return out;
}

} // namespace

QJsonObject awardJson(store::AwardFile& file, const ExportOptions& options) {
    db::Database& db = file.db();
    store::AwardStore awards(db);
    Names names;
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("jurybox-award"));
    root.insert(QStringLiteral("version"), 1);

    const Award award = awards.award();
    root.insert(QStringLiteral("award"), QJsonObject{{QStringLiteral("uuid"), award.uuid},
                                                     {QStringLiteral("name"), award.name},
                                                     {QStringLiteral("year"), award.year},
                                                     {QStringLiteral("organiser"), award.organiser}});
    QJsonArray tiers;
    for (const Tier& t : awards.tiers())
        tiers.append(
            QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("minimum_score"), number(t.minimumScore)}});
    root.insert(QStringLiteral("tiers"), tiers);
    QJsonArray rounds;
    for (const Round& r : awards.rounds()) {
        names.rounds.insert(r.id, r.name);
        rounds.append(QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("open"), r.open}});
    }
    root.insert(QStringLiteral("rounds"), rounds);
    store::CategoryStore categories(db);
    root.insert(QStringLiteral("categories"), categoriesJson(categories, names));

    QJsonArray submissions;
    for (const Submission& s : store::SubmissionStore(db).all()) {
        names.submissions.insert(s.id, s.ref);
        submissions.append(QJsonObject{{QStringLiteral("ref"), s.ref},
                                       {QStringLiteral("title"), s.title},
                                       {QStringLiteral("city"), s.city},
                                       {QStringLiteral("country"), s.country},
                                       {QStringLiteral("organisation"), s.organisation},
                                       {QStringLiteral("summary"), s.summary},
                                       {QStringLiteral("contact"), s.contact},
                                       {QStringLiteral("category"), names.categories.value(s.categoryId)},
                                       {QStringLiteral("status"), toString(s.status)}});
    }
    root.insert(QStringLiteral("submissions"), submissions);
    // Judges without access codes: those are secrets that travel apart from any file.
    QJsonArray judges;
    for (const Judge& j : store::JudgeStore(db).all()) {
        names.judges.insert(j.id, j.ref);
        judges.append(QJsonObject{{QStringLiteral("ref"), j.ref},
                                  {QStringLiteral("name"), j.name},
                                  {QStringLiteral("country"), j.country},
                                  {QStringLiteral("organisation"), j.organisation},
                                  {QStringLiteral("position"), j.position},
                                  {QStringLiteral("email"), j.email}});
    }
    root.insert(QStringLiteral("judges"), judges);

    QJsonArray conflicts;
    for (const Conflict& c : store::ConflictStore(db).all())
        conflicts.append(QJsonObject{{QStringLiteral("judge"), names.judges.value(c.judgeId)},
                                     {QStringLiteral("submission"), names.submissions.value(c.submissionId)},
                                     {QStringLiteral("reason"), c.reason},
                                     {QStringLiteral("status"), toString(c.status)}});
    root.insert(QStringLiteral("conflicts"), conflicts);
    QJsonArray assignments;
    for (const Assignment& a : store::AssignmentStore(db).all())
        assignments.append(QJsonObject{{QStringLiteral("judge"), names.judges.value(a.judgeId)},
                                       {QStringLiteral("submission"), names.submissions.value(a.submissionId)},
                                       {QStringLiteral("round"), names.rounds.value(a.roundId)}});
    root.insert(QStringLiteral("assignments"), assignments);
    root.insert(QStringLiteral("scorecards"), scorecardsJson(file, names));

    QJsonArray signoffs;
    for (const signoff::Signoff& s : signoff::allSignoffs(db))
        signoffs.append(QJsonObject{
            {QStringLiteral("round"), s.round.name},
            {QStringLiteral("method"), s.method},
            {QStringLiteral("parameters"), QJsonDocument::fromJson(s.parameters.toUtf8()).object()},
            {QStringLiteral("digest"), s.digest},
            {QStringLiteral("signed_by"), s.signedBy},
            {QStringLiteral("signed_at"), s.signedAt},
            {QStringLiteral("revoked_by"), s.revokedBy.isEmpty() ? QJsonValue() : QJsonValue(s.revokedBy)},
            {QStringLiteral("revoked_at"), s.revokedAt.isEmpty() ? QJsonValue() : QJsonValue(s.revokedAt)}});
    root.insert(QStringLiteral("signoffs"), signoffs);

    const tally::ScoreMatrix matrix = tally::ScoreMatrix::load(file, options.roundId);
    const ExportTally resolved = exportTally(file, matrix, options);
    QJsonObject tally = report::tallyJson(tally::runTally(matrix, resolved.options));
    tally.insert(QStringLiteral("trim"), resolved.options.trim);
    tally.insert(QStringLiteral("quorum"), resolved.options.quorum);
    tally.insert(QStringLiteral("signed_off"), resolved.matchesSignoff);
    root.insert(QStringLiteral("tally"), tally);
    return root;
}

QByteArray awardJsonText(store::AwardFile& file, const ExportOptions& options) {
    return QJsonDocument(awardJson(file, options)).toJson(QJsonDocument::Indented);
}

} // namespace jurybox::exports
