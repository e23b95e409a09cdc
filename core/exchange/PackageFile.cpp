// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/PackageFile.h"

#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/exchange/PackageSchema.h"
#include "core/store/Schema.h"

#include <QFileInfo>

#include <algorithm>
#include <unordered_map>

namespace jurybox::exchange {

PackageFile PackageFile::create(const QString& path) {
    db::Database db(path, db::Database::Mode::Create);
    db::Transaction tx(db);
    const QByteArray appId = "PRAGMA application_id = " + QByteArray::number(store::kPackageApplicationId);
    db.exec(appId.constData());
    db.exec(packageSchema());
    const QByteArray version = "PRAGMA user_version = " + QByteArray::number(kPackageVersion);
    db.exec(version.constData());
    tx.commit();
    return PackageFile(std::move(db));
}

PackageFile PackageFile::open(const QString& path, bool writable) {
    if (!QFileInfo::exists(path))
        throw Error(QStringLiteral("%1: no such file").arg(path));
    db::Database db(path, writable ? db::Database::Mode::ReadWrite : db::Database::Mode::ReadOnly);
    std::int64_t appId = 0;
    try {
        appId = db.pragmaInt("application_id");
    } catch (const StorageError& e) {
        if ((e.code() & 0xff) == 26) // SQLITE_NOTADB
            throw IntegrityError(QStringLiteral("%1 is not a judge package (it is not an SQLite database).").arg(path));
        throw;
    }
    if (appId == store::kAwardApplicationId)
        throw IntegrityError(QStringLiteral("%1 is an award file (.jurybox), not a judge package. Open it as the "
                                            "secretariat's award.")
                                 .arg(path));
    if (appId != store::kPackageApplicationId)
        throw IntegrityError(QStringLiteral("%1 is not a Jurybox judge package.").arg(path));
    const auto version = db.pragmaInt("user_version");
    if (version > kPackageVersion)
        throw IntegrityError(QStringLiteral("%1 was written by a newer Jurybox (package version %2; this version reads "
                                            "%3). Update Jurybox to open it.")
                                 .arg(path)
                                 .arg(version)
                                 .arg(kPackageVersion));
    if (version < 1)
        throw IntegrityError(QStringLiteral("%1 is an incomplete judge package.").arg(path));
    PackageFile file(std::move(db));
    file.loadNames();
    return file;
}

void PackageFile::loadNames() {
    m_meta.clear();
    m_submissionRefs.clear();
    m_criteria.clear();
    db::Statement meta = m_db.prepare("SELECT key, value FROM meta");
    while (meta.step())
        m_meta[meta.text(0)] = meta.text(1);
    // Only the refs: the signatures name entries by ref, and the full rows (titles, summaries) cost a fifth of a merge.
    db::Statement refs = m_db.prepare("SELECT s.id, s.ref FROM submission s JOIN category c ON c.id = s.category_id");
    while (refs.step())
        m_submissionRefs[refs.integer(0)] = refs.text(1);
    for (Criterion& c : criteria())
        m_criteria.emplace(c.id, std::move(c));
}

QString PackageFile::meta(const QString& key) const {
    const auto it = m_meta.find(key);
    return it == m_meta.end() ? QString() : it->second;
}

void PackageFile::setMeta(const QString& key, const QString& value) {
    m_db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
    m_meta[key] = value;
}

std::vector<Category> PackageFile::categories() {
    db::Statement st = m_db.prepare("SELECT id, position, name, description FROM category ORDER BY position");
    std::vector<Category> out;
    while (st.step())
        out.push_back({st.integer(0), static_cast<int>(st.integer(1)), st.text(2), st.text(3)});
    return out;
}

std::vector<Criterion> PackageFile::criteria() {
    db::Statement st = m_db.prepare(
        "SELECT cr.id, cr.category_id, cr.position, cr.name, cr.description, cr.weight, cr.scale_min, cr.scale_max "
        "FROM criterion cr JOIN category ca ON ca.id = cr.category_id ORDER BY ca.position, cr.position");
    std::vector<Criterion> out;
    while (st.step())
        out.push_back({st.integer(0),
                       st.integer(1),
                       static_cast<int>(st.integer(2)),
                       st.text(3),
                       st.text(4),
                       st.real(5),
                       st.real(6),
                       st.real(7),
                       {}});
    std::unordered_map<Id, std::size_t> index;
    for (std::size_t i = 0; i < out.size(); ++i)
        index.emplace(out[i].id, i);
    db::Statement ds = m_db.prepare("SELECT criterion_id, level, text FROM descriptor ORDER BY criterion_id, level");
    while (ds.step())
        if (const auto it = index.find(ds.integer(0)); it != index.end())
            out[it->second].descriptors.push_back({ds.real(1), ds.text(2)});
    return out;
}

std::vector<Submission> PackageFile::submissions() {
    db::Statement st =
        m_db.prepare("SELECT s.id, s.ref, s.title, s.city, s.country, s.organisation, s.summary, "
                     "s.contact, s.category_id FROM submission s JOIN category c ON c.id = s.category_id "
                     "ORDER BY c.position, s.ref");
    std::vector<Submission> out;
    while (st.step()) {
        Submission s;
        s.id = st.integer(0);
        s.ref = st.text(1);
        s.title = st.text(2);
        s.city = st.text(3);
        s.country = st.text(4);
        s.organisation = st.text(5);
        s.summary = st.text(6);
        s.contact = st.text(7);
        s.categoryId = st.integer(8);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<PackageCard> PackageFile::scorecards() {
    db::Statement st = m_db.prepare("SELECT id, submission_id, comment, status, revision, created_at, updated_at, "
                                    "signature FROM scorecard ORDER BY id");
    std::vector<PackageCard> out;
    while (st.step())
        out.push_back({st.integer(0),
                       st.integer(1),
                       st.text(2),
                       st.text(3),
                       static_cast<int>(st.integer(4)),
                       st.text(5),
                       st.text(6),
                       st.blob(7),
                       {}});
    std::unordered_map<Id, std::size_t> index;
    for (std::size_t i = 0; i < out.size(); ++i)
        index.emplace(out[i].id, i);
    db::Statement values = m_db.prepare("SELECT scorecard_id, criterion_id, value FROM score");
    while (values.step())
        if (const auto it = index.find(values.integer(0)); it != index.end())
            out[it->second].values[values.integer(1)] = values.real(2);
    return out;
}

std::optional<PackageCard> PackageFile::scorecardFor(Id submissionId) {
    db::Statement st = m_db.prepare("SELECT id, submission_id, comment, status, revision, created_at, updated_at, "
                                    "signature FROM scorecard WHERE submission_id = ?");
    st.bind(1, submissionId);
    if (!st.step())
        return std::nullopt;
    PackageCard card{st.integer(0), st.integer(1), st.text(2), st.text(3), static_cast<int>(st.integer(4)),
                     st.text(5),    st.text(6),    st.blob(7), {}};
    db::Statement values = m_db.prepare("SELECT criterion_id, value FROM score WHERE scorecard_id = ?");
    values.bind(1, card.id);
    while (values.step())
        card.values[values.integer(0)] = values.real(1);
    return card;
}

SignedScorecard PackageFile::signedContent(const PackageCard& card) {
    SignedScorecard s;
    s.awardUuid = meta(QStringLiteral("award_uuid"));
    s.judgeRef = meta(QStringLiteral("judge_ref"));
    s.roundName = meta(QStringLiteral("round"));
    const auto ref = m_submissionRefs.find(card.submissionId);
    s.submissionRef = ref == m_submissionRefs.end() ? QString() : ref->second;
    s.revision = card.revision;
    s.status = card.status;
    s.comment = card.comment;
    std::vector<const Criterion*> scored;
    for (const auto& [criterionId, value] : card.values) {
        const auto c = m_criteria.find(criterionId);
        if (c != m_criteria.end())
            scored.push_back(&c->second);
        else
            s.values.emplace_back(QStringLiteral("#%1").arg(criterionId), value); // signed as is: merge refuses it
    }
    std::sort(scored.begin(), scored.end(), [](auto* a, auto* b) { return a->position < b->position; });
    for (const Criterion* c : scored)
        s.values.emplace_back(c->name, card.values.at(c->id));
    return s;
}

} // namespace jurybox::exchange
