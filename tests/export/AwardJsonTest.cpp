// SPDX-License-Identifier: Apache-2.0
#include "core/export/AwardJson.h"
#include "core/report/TallyOutput.h"
#include "core/store/JudgeStore.h"
#include "core/tally/Tally.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace jurybox;

TEST_CASE("the JSON export holds the whole award under its documented keys, without access codes", "[export][json]") {
    test::TempDir dir;
    store::AwardFile demo = test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    store::JudgeStore judges(demo.db());
    judges.setAccessCode(judges.byRef(QStringLiteral("J1"))->id, QStringLiteral("SECRET-CODE-123"));

    const QByteArray text = exports::awardJsonText(demo);
    CHECK(text == exports::awardJsonText(demo));
    CHECK_FALSE(text.contains("SECRET-CODE-123"));
    CHECK_FALSE(text.contains("access_code"));
    CHECK_FALSE(text.contains("NaN"));

    const QJsonObject root = QJsonDocument::fromJson(text).object();
    CHECK(root.keys() == QStringList{QStringLiteral("assignments"), QStringLiteral("award"),
                                     QStringLiteral("categories"), QStringLiteral("conflicts"),
                                     QStringLiteral("format"), QStringLiteral("judges"), QStringLiteral("rounds"),
                                     QStringLiteral("scorecards"), QStringLiteral("signoffs"),
                                     QStringLiteral("submissions"), QStringLiteral("tally"), QStringLiteral("tiers"),
                                     QStringLiteral("version")});
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("jurybox-award"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);
    CHECK(root.value(QStringLiteral("award")).toObject().value(QStringLiteral("year")).toInt() == 2014);
    CHECK(root.value(QStringLiteral("categories")).toArray().size() == 5);
    CHECK(root.value(QStringLiteral("categories"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("criteria"))
              .toArray()
              .size() == 3);
    CHECK(root.value(QStringLiteral("submissions")).toArray().size() == 25);
    const QJsonArray panel = root.value(QStringLiteral("judges")).toArray();
    REQUIRE(panel.size() == 7);
    CHECK(panel.at(0).toObject().keys() == QStringList{QStringLiteral("country"), QStringLiteral("email"),
                                                       QStringLiteral("name"), QStringLiteral("organisation"),
                                                       QStringLiteral("position"), QStringLiteral("ref")});
    const QJsonArray cards = root.value(QStringLiteral("scorecards")).toArray();
    REQUIRE(cards.size() == 175);
    const QJsonObject card = cards.at(0).toObject();
    CHECK(card.value(QStringLiteral("status")).toString() == QStringLiteral("submitted"));
    CHECK(card.value(QStringLiteral("values")).toObject().size() == 3);

    QJsonObject tally = root.value(QStringLiteral("tally")).toObject();
    CHECK(tally.value(QStringLiteral("quorum")).toInt() == 3);
    CHECK(tally.value(QStringLiteral("signed_off")).toBool() == false);
    tally.remove(QStringLiteral("trim"));
    tally.remove(QStringLiteral("quorum"));
    tally.remove(QStringLiteral("signed_off"));
    CHECK(tally == report::tallyJson(tally::runTally(demo)));
}
