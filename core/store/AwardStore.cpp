// SPDX-License-Identifier: Apache-2.0
#include "core/store/AwardStore.h"

#include "core/db/Statement.h"

namespace jurybox::store {

Award AwardStore::award() {
    db::Statement st = m_db.prepare("SELECT uuid, name, year, organiser FROM award WHERE id = 1");
    Award a;
    if (st.step()) {
        a.uuid = st.text(0);
        a.name = st.text(1);
        a.year = static_cast<int>(st.integer(2));
        a.organiser = st.text(3);
    }
    return a;
}

void AwardStore::updateAward(const Award& award) {
    m_db.prepare("UPDATE award SET name = ?, year = ?, organiser = ? WHERE id = 1")
        .bind(1, award.name)
        .bind(2, award.year)
        .bind(3, award.organiser)
        .run();
}

std::vector<Tier> AwardStore::tiers() {
    db::Statement st = m_db.prepare("SELECT id, position, name, min_score FROM tier ORDER BY position");
    std::vector<Tier> out;
    while (st.step())
        out.push_back({st.integer(0), static_cast<int>(st.integer(1)), st.text(2), st.optionalReal(3)});
    return out;
}

Id AwardStore::addTier(const QString& name, std::optional<double> minimumScore) {
    m_db.prepare("INSERT INTO tier (position, name, min_score) "
                 "VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM tier), ?, ?)")
        .bind(1, name)
        .bind(2, minimumScore)
        .run();
    return m_db.lastInsertId();
}

void AwardStore::setTierMinimum(Id tierId, std::optional<double> minimumScore) {
    m_db.prepare("UPDATE tier SET min_score = ? WHERE id = ?").bind(1, minimumScore).bind(2, tierId).run();
}

std::vector<Round> AwardStore::rounds() {
    db::Statement st = m_db.prepare("SELECT id, position, name, open FROM round ORDER BY position");
    std::vector<Round> out;
    while (st.step())
        out.push_back({st.integer(0), static_cast<int>(st.integer(1)), st.text(2), st.integer(3) != 0});
    return out;
}

std::optional<Round> AwardStore::roundByName(const QString& name) {
    for (Round& r : rounds())
        if (r.name == name)
            return r;
    return std::nullopt;
}

std::optional<Round> AwardStore::currentRound() {
    std::optional<Round> current;
    for (Round& r : rounds())
        if (r.open)
            current = r;
    return current;
}

Id AwardStore::addRound(const QString& name) {
    m_db.prepare("INSERT INTO round (position, name) VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM round), ?)")
        .bind(1, name)
        .run();
    return m_db.lastInsertId();
}

void AwardStore::setRoundOpen(Id roundId, bool open) {
    m_db.prepare("UPDATE round SET open = ? WHERE id = ?").bind(1, open ? 1 : 0).bind(2, roundId).run();
}

} // namespace jurybox::store
