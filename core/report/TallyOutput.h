// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report/JsonWriter.h"
#include "core/report/Table.h"
#include "core/tally/TallyResult.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace jurybox::report {

/// The tally as the JSON contract of issue 3 (keys award, round, method, categories[…]); null where a value is
/// not computable, never NaN. A vacant tier is null in the robustness winner lists; tied winners are listed
/// side by side.
/// Written directly, keys in the contract's order (the CLI, the sign-off and exports use this).
QByteArray tallyJsonText(const tally::TallyResult& result, JsonWriter::Style style = JsonWriter::Style::Indented);
/// The same into a writer (one with a sink streams it); the caller finishes with json.take().
void writeTallyJson(const tally::TallyResult& result, JsonWriter& json);
/// The same members into an object the caller has begun, so that more members can follow them.
void writeTallyMembers(const tally::TallyResult& result, JsonWriter& json);
/// The same as a QJsonObject, for callers that want to inspect it.
QJsonObject tallyJson(const tally::TallyResult& result);

/// One row per entry and category (CSV): category, rank, tier, submission, title, city, country, score,
/// weighted_mean, criteria ("name=value; …"), scorecards, tie, below_quorum, flags.
Table tallyTable(const tally::TallyResult& result);

/// For people: per category an aligned table (tiers marked, ties and flags visible), vacant tiers, robustness and
/// the incomplete scorecards.
QString tallyText(const tally::TallyResult& result);

/// A score as people read it: two decimals on 0–100, three for z-score and Borda.
QString formatScore(double score, tally::Method method, const QLocale& locale = QLocale::c());

/// Why the tally printed a warning: each tie that shares a tiered rank, as one line.
QStringList boundaryTieWarnings(const tally::TallyResult& result);

} // namespace jurybox::report
