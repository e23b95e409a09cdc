// SPDX-License-Identifier: Apache-2.0
#include "core/award/NewAward.h"

#include "core/db/Transaction.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"

#include <QDate>

namespace jurybox::award {

namespace {

struct CriterionTemplate {
    const char* name;
    const char* description;
    double weight;
};

struct CategoryTemplate {
    const char* name;
    const char* description;
    std::initializer_list<CriterionTemplate> criteria;
};

// The WeGO/Seoul Smart City Prize categories with criteria a jury would recognise: innovation, impact,
// sustainability, transferability, with impact weighted highest.
const std::initializer_list<CategoryTemplate>& standardCategories() {
    static const std::initializer_list<CategoryTemplate> categories{
        {"Services",
         "Public services delivered to citizens and businesses through digital technology.",
         {{"Innovation", "How new the approach is for city services", 3},
          {"Impact", "Measured benefit to citizens: reach, time saved, satisfaction", 4},
          {"Sustainability", "Funding, governance and operation that will last", 2},
          {"Transferability", "How easily other cities can adopt it", 2}}},
        {"Efficiency",
         "Smarter city operations: less time, money, energy or paper for the same result.",
         {{"Innovation", "How new the approach is for city operations", 3},
          {"Impact", "Measured savings in time, money or resources", 4},
          {"Sustainability", "Funding, governance and operation that will last", 2},
          {"Transferability", "How easily other cities can adopt it", 2}}},
        {"Open City",
         "Open data, transparency and citizen participation in city government.",
         {{"Openness", "Data and decisions made open, in usable form", 3},
          {"Participation", "Citizens taking part in decisions and services", 4},
          {"Sustainability", "Funding, governance and operation that will last", 2},
          {"Transferability", "How easily other cities can adopt it", 2}}},
        {"Innovacity",
         "Creative use of new technology to solve an urban problem.",
         {{"Novelty", "Originality of the idea and the technology", 4},
          {"Impact", "Evidence that it solves the problem it targets", 3},
          {"Scalability", "Room to grow across the city and beyond", 2},
          {"Transferability", "How easily other cities can adopt it", 2}}},
        {"Human-Centricity",
         "Smart-city solutions that put people first and leave no one behind.",
         {{"Inclusion", "Reach of groups often left out: elderly, disabled, low-income, migrants", 4},
          {"Impact", "Measured improvement of people's lives", 3},
          {"Ethics", "Privacy, consent and fairness in the use of data and technology", 2},
          {"Transferability", "How easily other cities can adopt it", 2}}},
    };
    return categories;
}

std::vector<Descriptor> defaultDescriptors() {
    return {{1, QStringLiteral("No evidence; the entry does not address this criterion")},
            {4, QStringLiteral("Some evidence; clear weaknesses remain")},
            {7, QStringLiteral("Good; convincing evidence with minor gaps")},
            {10, QStringLiteral("Exceptional; a model for other cities")}};
}

} // namespace

void addStandardCategories(db::Database& db) {
    store::CategoryStore store(db);
    for (const CategoryTemplate& category : standardCategories()) {
        const Id categoryId =
            store.addCategory(QString::fromUtf8(category.name), QString::fromUtf8(category.description));
        for (const CriterionTemplate& c : category.criteria) {
            Criterion criterion;
            criterion.categoryId = categoryId;
            criterion.name = QString::fromUtf8(c.name);
            criterion.description = QString::fromUtf8(c.description);
            criterion.weight = c.weight;
            criterion.scaleMin = 1;
            criterion.scaleMax = 10;
            criterion.descriptors = defaultDescriptors();
            store.addCriterion(criterion);
        }
    }
}

store::AwardFile createAward(const QString& path, const NewAwardOptions& options) {
    Award award;
    award.name = options.name;
    award.year = options.year > 0 ? options.year : QDate::currentDate().year();
    award.organiser = options.organiser;
    store::AwardFile file =
        path.isEmpty() ? store::AwardFile::createInMemory(award) : store::AwardFile::create(path, award);
    db::Transaction tx(file.db());
    store::AwardStore awards(file.db());
    for (const char* tier : {"Best", "Outstanding", "Most Promising"})
        awards.addTier(QString::fromUtf8(tier));
    awards.addRound(QStringLiteral("Final"));
    if (!options.empty)
        addStandardCategories(file.db());
    tx.commit();
    return file;
}

} // namespace jurybox::award
