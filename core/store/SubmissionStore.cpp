// SPDX-License-Identifier: Apache-2.0
#include "core/store/SubmissionStore.h"

#include "core/db/Statement.h"

namespace jurybox::store {

namespace {

constexpr const char* kColumns = "s.id, s.ref, s.title, s.city, s.country, s.organisation, s.summary, s.contact, "
                                 "s.category_id, s.status";

} // namespace

std::vector<Submission> SubmissionStore::query(const char* sql, const QString* key, std::optional<Id> id) {
    db::Statement st = m_db.prepare(sql);
    if (key)
        st.bind(1, *key);
    if (id)
        st.bind(1, *id);
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
        s.status = submissionStatusFromString(st.text(9)).value_or(SubmissionStatus::Eligible);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Submission> SubmissionStore::all() {
    static const QByteArray sql = QByteArray("SELECT ") + kColumns +
                                  " FROM submission s JOIN category c ON c.id = s.category_id "
                                  "ORDER BY c.position, c.id, s.ref";
    return query(sql.constData(), nullptr, std::nullopt);
}

std::vector<SubmissionKey> SubmissionStore::keys() {
    db::Statement st = m_db.prepare("SELECT id, ref, category_id FROM submission");
    std::vector<SubmissionKey> out;
    while (st.step())
        out.push_back({st.integer(0), st.text(1), st.integer(2)});
    return out;
}

std::optional<Submission> SubmissionStore::byRef(const QString& ref) {
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM submission s WHERE s.ref = ?";
    auto rows = query(sql.constData(), &ref, std::nullopt);
    return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

std::optional<Submission> SubmissionStore::byId(Id id) {
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM submission s WHERE s.id = ?";
    auto rows = query(sql.constData(), nullptr, id);
    return rows.empty() ? std::nullopt : std::optional(std::move(rows.front()));
}

Id SubmissionStore::insert(const Submission& s) {
    m_db.prepare("INSERT INTO submission (ref, title, city, country, organisation, summary, contact, category_id, "
                 "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, s.ref)
        .bind(2, s.title)
        .bind(3, s.city)
        .bind(4, s.country)
        .bind(5, s.organisation)
        .bind(6, s.summary)
        .bind(7, s.contact)
        .bind(8, s.categoryId)
        .bind(9, toString(s.status))
        .run();
    return m_db.lastInsertId();
}

void SubmissionStore::update(const Submission& s) {
    m_db.prepare("UPDATE submission SET ref = ?, title = ?, city = ?, country = ?, organisation = ?, summary = ?, "
                 "contact = ?, category_id = ?, status = ? WHERE id = ?")
        .bind(1, s.ref)
        .bind(2, s.title)
        .bind(3, s.city)
        .bind(4, s.country)
        .bind(5, s.organisation)
        .bind(6, s.summary)
        .bind(7, s.contact)
        .bind(8, s.categoryId)
        .bind(9, toString(s.status))
        .bind(10, s.id)
        .run();
}

void SubmissionStore::setStatus(Id submissionId, SubmissionStatus status) {
    m_db.prepare("UPDATE submission SET status = ? WHERE id = ?").bind(1, toString(status)).bind(2, submissionId).run();
}

} // namespace jurybox::store
