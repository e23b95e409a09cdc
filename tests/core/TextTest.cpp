// SPDX-License-Identifier: Apache-2.0
#include "core/report/Table.h"
#include "core/text/Number.h"
#include "core/text/Suggest.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

using namespace jurybox;

TEST_CASE("decimal numbers parse strictly", "[text]") {
    CHECK(text::parseDecimal(QStringLiteral("7")) == 7.0);
    CHECK(text::parseDecimal(QStringLiteral(" 7.5 ")) == 7.5);
    CHECK(text::parseDecimal(QStringLiteral("-2.25")) == -2.25);
    CHECK(text::parseDecimal(QStringLiteral("+3")) == 3.0);
    for (const char* bad : {"", "7,5", "seven", "nan", "inf", "1e999", "0x10", "7 8"})
        CHECK_FALSE(text::parseDecimal(QString::fromLatin1(bad)).has_value());
    // Whitespace around the number is trimmed as QString::trimmed() trims it, Unicode spaces included; digits
    // from other scripts and anything over 64 characters are not numbers.
    CHECK(text::parseDecimal(QStringLiteral("\t8.25\r\n")) == 8.25);
    CHECK(text::parseDecimal(QStringLiteral("\u00a09\u2003")) == 9.0);
    CHECK(text::parseDecimal(QStringLiteral("1e3")) == 1000.0);
    CHECK_FALSE(text::parseDecimal(QStringLiteral("\u0667")).has_value());
    CHECK_FALSE(text::parseDecimal(QStringLiteral("7\u00e9")).has_value());
    CHECK_FALSE(text::parseDecimal(QStringLiteral("   ")).has_value());
    CHECK(text::parseDecimal(QStringLiteral("0.") + QString(62, QLatin1Char('5'))).has_value());
    CHECK_FALSE(text::parseDecimal(QStringLiteral("0.") + QString(63, QLatin1Char('5'))).has_value());
    CHECK(
        text::parseDecimal(QStringLiteral("  0.") + QString(62, QLatin1Char('5')) + QStringLiteral("  ")).has_value());
}

TEST_CASE("numbers are written in their shortest exact form", "[text]") {
    CHECK(text::formatNumber(7) == QStringLiteral("7"));
    CHECK(text::formatNumber(7.5) == QStringLiteral("7.5"));
    CHECK(text::formatNumber(0.1) == QStringLiteral("0.1"));
    CHECK(text::formatNumber(-0.0) == QStringLiteral("0"));
    CHECK(text::parseDecimal(text::formatNumber(1.0 / 3.0)) == 1.0 / 3.0);
}

TEST_CASE("a misspelt name gets the closest known name as a suggestion", "[text]") {
    const QStringList categories{QStringLiteral("Services"), QStringLiteral("Open City"), QStringLiteral("Efficiency")};
    CHECK(text::closestMatch(QStringLiteral("Open Citi"), categories) == QStringLiteral("Open City"));
    CHECK(text::closestMatch(QStringLiteral("services"), categories) == QStringLiteral("Services"));
    CHECK_FALSE(text::closestMatch(QStringLiteral("Transport"), categories).has_value());
}

TEST_CASE("tables render as aligned text, RFC 4180 CSV and NaN-free JSON", "[report]") {
    report::Table t{{QStringLiteral("city"), QStringLiteral("score")},
                    {{QStringLiteral("세종"), 7.5}, {QStringLiteral("San Fernando, La Union"), std::nan("")}}};
    const QString text = report::toText(t);
    CHECK(text.contains(QStringLiteral("세종")));
    CHECK(report::toCsv(t) == QStringLiteral("city,score\r\n세종,7.5\r\n\"San Fernando, La Union\",\r\n"));
    const QString json = report::toJson(t);
    CHECK(json.contains(QStringLiteral("\"score\": null")));
    CHECK_FALSE(json.contains(QStringLiteral("NaN")));
    CHECK(report::displayWidth(QStringLiteral("세종a")) == 5);
}
