// SPDX-License-Identifier: Apache-2.0
#include "core/report/JsonWriter.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using jurybox::report::JsonWriter;

TEST_CASE("the JSON writer keeps key order, escapes text and writes null for NaN", "[report]") {
    JsonWriter json(JsonWriter::Style::Compact);
    json.beginObject();
    json.key(QStringLiteral("z")).value(1);
    json.key(QStringLiteral("a")).value(QStringLiteral("세종 \"5-1\"\n\ttab\\ \x01"));
    json.key(QStringLiteral("nan")).value(std::nan(""));
    json.key(QStringLiteral("none")).value(std::optional<double>());
    json.key(QStringLiteral("list")).beginArray().value(7.5).value(true).null().endArray();
    json.key(QStringLiteral("empty")).beginObject().endObject();
    json.endObject();
    const QByteArray text = json.take();
    CHECK(text == QByteArray("{\"z\":1,\"a\":\"") + QStringLiteral("세종").toUtf8() +
                      " \\\"5-1\\\"\\n\\ttab\\\\ \\u0001\",\"nan\":null,\"none\":null,\"list\":[7.5,true,null],"
                      "\"empty\":{}}");
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(text, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(parsed.value(QStringLiteral("a")).toString() == QStringLiteral("세종 \"5-1\"\n\ttab\\ \x01"));
}

TEST_CASE("text that turns out to need escaping after a plain start is written whole and escaped", "[report]") {
    JsonWriter json(JsonWriter::Style::Compact);
    json.beginArray()
        .value(QStringLiteral("Seoul \"Metropolitan\""))
        .value(QStringLiteral("Seoul 서울"))
        .value(QString())
        .value(QStringLiteral("tab\tend"))
        .value(-0.0)
        .value(1e300)
        .value(0.1)
        .endArray();
    CHECK(json.take() == QByteArray("[\"Seoul \\\"Metropolitan\\\"\",\"") + QStringLiteral("Seoul 서울").toUtf8() +
                             "\",\"\",\"tab\\tend\",0,1e+300,0.1]");
}

TEST_CASE("indented JSON nests four spaces per level and parses back", "[report]") {
    JsonWriter json;
    json.beginObject().key(QStringLiteral("k")).beginArray().value(1).value(2).endArray().endObject();
    CHECK(json.take() == "{\n    \"k\": [\n        1,\n        2\n    ]\n}\n");
}

TEST_CASE("a writer with a sink hands on the same text in chunks of about a megabyte", "[report]") {
    const auto write = [](JsonWriter& json) {
        json.beginObject().key(QStringLiteral("rows")).beginArray();
        for (int i = 0; i < 60000; ++i)
            json.beginObject()
                .key(QStringLiteral("ref"))
                .value(QStringLiteral("SER-%1 \"Ünïcode\"").arg(i))
                .key(QStringLiteral("score"))
                .value(i / 7.0)
                .endObject();
        json.endArray().endObject();
    };
    JsonWriter whole;
    write(whole);
    const QByteArray expected = whole.take();
    REQUIRE(expected.size() > 3 * (1 << 20));
    QByteArray streamed;
    int chunks = 0;
    qsizetype largest = 0;
    JsonWriter json(JsonWriter::Style::Indented, [&](const QByteArray& chunk) {
        streamed += chunk;
        largest = std::max(largest, chunk.size());
        ++chunks;
    });
    write(json);
    CHECK(json.take().isEmpty());
    CHECK(streamed == expected);
    CHECK(chunks >= 3);
    CHECK(largest < (1 << 20) + 4096);
}

TEST_CASE("a Qt JSON value is written member for member, keys in QJsonObject's order", "[report]") {
    QJsonObject inner;
    inner.insert(QStringLiteral("ratio"), QJsonValue());
    inner.insert(QStringLiteral("nominal"), 0.25);
    QJsonObject judge;
    judge.insert(QStringLiteral("outlier"), true);
    judge.insert(QStringLiteral("judge"), QStringLiteral("J1 \"a\""));
    QJsonObject root;
    root.insert(QStringLiteral("submissions"), 5);
    root.insert(QStringLiteral("alpha"), inner);
    root.insert(QStringLiteral("judges"), QJsonArray({judge, -1.5, QJsonArray()}));
    root.insert(QStringLiteral("criterion"), QJsonValue());
    JsonWriter json(JsonWriter::Style::Compact);
    json.beginObject().key(QStringLiteral("first")).value(1).key(QStringLiteral("doc")).value(QJsonValue(root));
    json.endObject();
    const QByteArray text = json.take();
    CHECK(text == "{\"first\":1,\"doc\":{\"alpha\":{\"nominal\":0.25,\"ratio\":null},\"criterion\":null,"
                  "\"judges\":[{\"judge\":\"J1 \\\"a\\\"\",\"outlier\":true},-1.5,[]],\"submissions\":5}}");
    CHECK(QJsonDocument::fromJson(text).object().value(QStringLiteral("doc")).toObject() == root);
}
