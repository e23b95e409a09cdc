// SPDX-License-Identifier: Apache-2.0
#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/edit/AwardEdit.h"
#include "core/edit/CriterionEdit.h"
#include "core/edit/StatusEdit.h"
#include "core/signoff/Signoff.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace jurybox;
using Catch::Contains;

namespace {

/// The demo award in a file, so a refused edit can be shown to leave every byte of data as it was.
struct DemoFile {
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("demo.jurybox"));
    store::AwardFile file = test::makeDemo(path);

    Criterion criterion(const QString& category, const QString& name) {
        store::CategoryStore store(file.db());
        for (const Criterion& c : store.criteriaOf(store.categoryByName(category)->id))
            if (c.name == name)
                return c;
        FAIL("no criterion " << name);
        return {};
    }
    Tier tier(int position) { return store::AwardStore(file.db()).tiers().at(static_cast<std::size_t>(position)); }
    Category category(const QString& name) { return *store::CategoryStore(file.db()).categoryByName(name); }
    audit::AuditEvent lastEvent() { return audit::AuditLog(file.db()).events().back(); }
    void signOff() { signoff::signOff(file, {}, QStringLiteral("Ana Lima")); }
    /// Runs the edit, which must throw `message` exactly, and checks that the file's data did not change.
    void expectRefused(const std::function<void()>& edit, const QString& message) {
        const QString before = test::dumpDatabase(path);
        CHECK_THROWS_WITH(edit(), message.toStdString());
        CHECK(test::dumpDatabase(path) == before);
    }
    /// Runs the edit, which must be refused naming the sign-off, and checks that nothing changed.
    void expectFrozen(const std::function<void()>& edit) {
        const QString before = test::dumpDatabase(path);
        CHECK_THROWS_AS(edit(), ConflictError);
        CHECK_THROWS_WITH(edit(), Contains("the tally is frozen: round \"Final\" signed off by Ana Lima") &&
                                      Contains("Revoke the sign-off first"));
        CHECK(test::dumpDatabase(path) == before);
    }
};

} // namespace

TEST_CASE("a criterion's new weight persists and the audit trail records the change", "[edit]") {
    DemoFile demo;
    Criterion impact = demo.criterion(QStringLiteral("Services"), QStringLiteral("Impact"));
    REQUIRE(impact.weight == 4);
    impact.weight = 5.5;
    CHECK(edit::changeCriterion(demo.file, impact));
    CHECK(demo.criterion(QStringLiteral("Services"), QStringLiteral("Impact")).weight == 5.5);
    CHECK(demo.lastEvent().action == QStringLiteral("edit"));
    CHECK(demo.lastEvent().summary == QStringLiteral("Criterion \"Impact\" of \"Services\": weight 4 → 5.5"));
    CHECK(audit::AuditLog(demo.file.db()).verify().isEmpty());
}

TEST_CASE("name, description, scale and descriptors of a criterion change together in one audited edit", "[edit]") {
    DemoFile demo;
    Criterion c = demo.criterion(QStringLiteral("Services"), QStringLiteral("Transferability"));
    c.name = QStringLiteral("  Replicability ");
    c.description = QStringLiteral("Can another city copy it?");
    c.scaleMin = 0;
    c.descriptors = {{10, QStringLiteral("Already copied")}, {0, QStringLiteral("Not at all")}};
    CHECK(edit::changeCriterion(demo.file, c));
    const Criterion stored = demo.criterion(QStringLiteral("Services"), QStringLiteral("Replicability"));
    CHECK(stored.description == QStringLiteral("Can another city copy it?"));
    CHECK(stored.scaleMin == 0);
    CHECK(stored.scaleMax == 10);
    REQUIRE(stored.descriptors.size() == 2);
    CHECK(stored.descriptors[0].level == 0);
    CHECK(stored.descriptors[1].text == QStringLiteral("Already copied"));
    CHECK(demo.lastEvent().summary ==
          QStringLiteral("Criterion \"Transferability\" of \"Services\": name \"Transferability\" → \"Replicability\"; "
                         "scale 1–10 → 0–10; description \"How easily other cities can adopt it\" → \"Can another "
                         "city copy it?\"; descriptors [1 \"Tied to local conditions; hard to repeat elsewhere\", 4 "
                         "\"Could be repeated with major adaptation\", 7 \"Documented and repeatable by similar "
                         "cities\", 10 \"Open, documented and already adopted by other cities\"] → [0 \"Not at all\", "
                         "10 \"Already copied\"]"));
}

TEST_CASE("an edit that changes nothing writes nothing, not even an audit event", "[edit]") {
    DemoFile demo;
    const QString before = test::dumpDatabase(demo.path);
    CHECK_FALSE(edit::changeCriterion(demo.file, demo.criterion(QStringLiteral("Services"), QStringLiteral("Impact"))));
    CHECK_FALSE(edit::changeTier(demo.file, demo.tier(0)));
    CHECK_FALSE(edit::changeCategory(demo.file, demo.category(QStringLiteral("Services"))));
    CHECK_FALSE(edit::changeAward(demo.file, store::AwardStore(demo.file.db()).award()));
    CHECK_FALSE(edit::changeSubmissionStatus(demo.file, 1, SubmissionStatus::Eligible));
    CHECK(test::dumpDatabase(demo.path) == before);
}

TEST_CASE("an invalid criterion edit is refused naming the criterion, field, value and rule, and changes nothing",
          "[edit]") {
    DemoFile demo;
    const Criterion impact = demo.criterion(QStringLiteral("Services"), QStringLiteral("Impact"));
    struct Case {
        std::function<void(Criterion&)> change;
        const char* message;
    };
    const Case cases[] = {
        {[](Criterion& c) { c.weight = 0; },
         "criterion \"Impact\" of \"Services\": weight 0 refused: a weight must be greater than 0"},
        {[](Criterion& c) { c.weight = -2; },
         "criterion \"Impact\" of \"Services\": weight -2 refused: a weight must be greater than 0"},
        {[](Criterion& c) { c.scaleMin = 10; },
         "criterion \"Impact\" of \"Services\": scale 10–10 refused: the minimum must be less than the maximum"},
        {[](Criterion& c) { c.scaleMax = 5; },
         "criterion \"Impact\" of \"Services\": scale 1–5 refused: 27 stored score(s) fall outside it; correct those "
         "scores first"},
        {[](Criterion& c) { c.name = QStringLiteral("Innovation"); },
         "criterion \"Impact\" of \"Services\": name \"Innovation\" refused: another criterion of the category has "
         "that "
         "name; names are unique within a category"},
        {[](Criterion& c) { c.name = QStringLiteral("  "); },
         "criterion \"Impact\" of \"Services\": name \"\" refused: a criterion needs a name"},
        {[](Criterion& c) {
             c.descriptors = {{11, QStringLiteral("Beyond")}};
         },
         "criterion \"Impact\" of \"Services\": descriptor level 11 refused: levels lie within the scale 1–10"},
        {[](Criterion& c) {
             c.descriptors = {{4, QStringLiteral("Some")}, {4, QStringLiteral("More")}};
         },
         "criterion \"Impact\" of \"Services\": descriptor level 4 refused: each level has one descriptor"},
        {[](Criterion& c) {
             c.descriptors = {{4, QStringLiteral(" ")}};
         },
         "criterion \"Impact\" of \"Services\": descriptor level 4 refused: a descriptor needs a text"},
    };
    for (const Case& c : cases) {
        INFO(c.message);
        Criterion changed = impact;
        c.change(changed);
        demo.expectRefused([&] { edit::changeCriterion(demo.file, changed); }, QString::fromUtf8(c.message));
    }
}

TEST_CASE("while a sign-off stands, weight, scale and name edits are refused naming it; texts stay editable",
          "[edit]") {
    DemoFile demo;
    demo.signOff();
    const Criterion impact = demo.criterion(QStringLiteral("Services"), QStringLiteral("Impact"));
    Criterion weight = impact;
    weight.weight = 5;
    demo.expectFrozen([&] { edit::changeCriterion(demo.file, weight); });
    Criterion scale = impact;
    scale.scaleMax = 20;
    demo.expectFrozen([&] { edit::changeCriterion(demo.file, scale); });

    // Descriptions and descriptors are not tally inputs: the sign-off still verifies after they change.
    Criterion text = impact;
    text.description = QStringLiteral("Benefit to citizens, measured");
    text.descriptors = {{1, QStringLiteral("None")}, {10, QStringLiteral("Exceptional")}};
    CHECK(edit::changeCriterion(demo.file, text));
    CHECK(demo.criterion(QStringLiteral("Services"), QStringLiteral("Impact")).descriptors.size() == 2);
    CHECK(signoff::verify(demo.file).isEmpty());
}

TEST_CASE("the award's name, year and organiser change in one audited edit, refused when invalid", "[edit]") {
    DemoFile demo;
    Award a = store::AwardStore(demo.file.db()).award();
    const QString uuid = a.uuid;
    a.name = QStringLiteral("WeGO Awards 2015");
    a.year = 2015;
    CHECK(edit::changeAward(demo.file, a));
    const Award stored = store::AwardStore(demo.file.db()).award();
    CHECK(stored.name == QStringLiteral("WeGO Awards 2015"));
    CHECK(stored.year == 2015);
    CHECK(stored.uuid == uuid);
    CHECK(demo.lastEvent().action == QStringLiteral("edit"));
    CHECK(demo.lastEvent().summary ==
          QStringLiteral("The award \"The 2nd WeGO Awards 2014\": name \"The 2nd WeGO Awards 2014\" → \"WeGO Awards "
                         "2015\"; year 2014 → 2015"));

    Award badYear = stored;
    badYear.year = 15;
    demo.expectRefused([&] { edit::changeAward(demo.file, badYear); },
                       QStringLiteral("the award \"WeGO Awards 2015\": year 15 refused: the year lies between 1900 and "
                                      "2100"));
    Award noName = stored;
    noName.name = QString();
    demo.expectRefused([&] { edit::changeAward(demo.file, noName); },
                       QStringLiteral("the award \"WeGO Awards 2015\": name \"\" refused: an award needs a name"));
}

TEST_CASE("the award's own details are not tally inputs and stay editable under a sign-off", "[edit]") {
    DemoFile demo;
    demo.signOff();
    Award a = store::AwardStore(demo.file.db()).award();
    a.organiser = QStringLiteral("WeGO Secretariat");
    CHECK(edit::changeAward(demo.file, a));
    CHECK(signoff::verify(demo.file).isEmpty());
}

TEST_CASE("a tier's name and minimum change audited; a bad minimum or name is refused; a sign-off freezes tiers",
          "[edit]") {
    DemoFile demo;
    Tier best = demo.tier(0);
    best.minimumScore = 60;
    CHECK(edit::changeTier(demo.file, best));
    CHECK(demo.tier(0).minimumScore == 60);
    CHECK(demo.lastEvent().summary == QStringLiteral("Tier \"Best\": minimum score none → 60"));

    Tier high = best;
    high.minimumScore = 120;
    demo.expectRefused([&] { edit::changeTier(demo.file, high); },
                       QStringLiteral("tier \"Best\": minimum score 120 refused: a minimum lies between 0 and 100 (the "
                                      "weighted-mean scale)"));
    Tier taken = best;
    taken.name = QStringLiteral("Outstanding");
    demo.expectRefused([&] { edit::changeTier(demo.file, taken); },
                       QStringLiteral("tier \"Best\": name \"Outstanding\" refused: another tier has that name"));

    demo.signOff();
    Tier renamed = best;
    renamed.name = QStringLiteral("Grand Prize");
    demo.expectFrozen([&] { edit::changeTier(demo.file, renamed); });
}

TEST_CASE("a category is renamed audited, a taken name is refused, and a rename waits for the sign-off", "[edit]") {
    DemoFile demo;
    Category services = demo.category(QStringLiteral("Services"));
    services.name = QStringLiteral("Public Services");
    CHECK(edit::changeCategory(demo.file, services));
    CHECK(store::CategoryStore(demo.file.db()).categoryByName(QStringLiteral("Public Services")));
    CHECK(demo.lastEvent().summary == QStringLiteral("Category \"Services\": name \"Services\" → \"Public Services\""));

    Category taken = services;
    taken.name = QStringLiteral("Open City");
    demo.expectRefused([&] { edit::changeCategory(demo.file, taken); },
                       QStringLiteral("category \"Public Services\": name \"Open City\" refused: another category has "
                                      "that name"));

    demo.signOff();
    Category renamed = services;
    renamed.name = QStringLiteral("Services");
    demo.expectFrozen([&] { edit::changeCategory(demo.file, renamed); });
    Category described = services;
    described.description = QStringLiteral("Digital public services");
    CHECK(edit::changeCategory(demo.file, described));
}

TEST_CASE("a submission's status change is audited as a status event and refused under a sign-off", "[edit]") {
    DemoFile demo;
    const Submission s = *store::SubmissionStore(demo.file.db()).byRef(QStringLiteral("SER-01"));
    CHECK(edit::changeSubmissionStatus(demo.file, s.id, SubmissionStatus::Withdrawn));
    CHECK(store::SubmissionStore(demo.file.db()).byId(s.id)->status == SubmissionStatus::Withdrawn);
    CHECK(demo.lastEvent().action == QStringLiteral("status"));
    CHECK(demo.lastEvent().summary ==
          QStringLiteral("Submission SER-01 \"One-stop civil service portal of Taipei\": status eligible → withdrawn"));
    CHECK(edit::changeSubmissionStatus(demo.file, s.id, SubmissionStatus::Eligible));

    demo.signOff();
    demo.expectFrozen([&] { edit::changeSubmissionStatus(demo.file, s.id, SubmissionStatus::Disqualified); });
}
