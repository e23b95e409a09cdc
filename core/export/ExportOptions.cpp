// SPDX-License-Identifier: Apache-2.0
#include "core/export/ExportOptions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace jurybox::exports {

namespace {

/// The sign-off's trim and quorum (stored as compact JSON); nullopt when a key is missing.
std::optional<std::pair<int, int>> signedParameters(const signoff::Signoff& s) {
    const QJsonObject p = QJsonDocument::fromJson(s.parameters.toUtf8()).object();
    if (!p.contains(QStringLiteral("trim")) || !p.contains(QStringLiteral("quorum")))
        return std::nullopt;
    return std::pair{p.value(QStringLiteral("trim")).toInt(), p.value(QStringLiteral("quorum")).toInt()};
}

} // namespace

ExportTally exportTally(store::AwardFile& file, const tally::ScoreMatrix& matrix, const ExportOptions& options) {
    ExportTally out;
    out.signoff = signoff::activeSignoff(file.db(), matrix.round.id);
    std::optional<tally::Method> signedMethod;
    std::optional<std::pair<int, int>> signedParams;
    if (out.signoff) {
        signedMethod = tally::methodFromString(out.signoff->method);
        signedParams = signedParameters(*out.signoff);
    }
    out.options.roundId = matrix.round.id;
    out.options.method = options.method.value_or(signedMethod.value_or(tally::Method::WeightedMean));
    out.options.trim = options.trim.value_or(signedParams ? signedParams->first : 1);
    out.options.quorum = options.quorum.value_or(signedParams ? signedParams->second : 3);
    out.options.robustness = true;
    out.matchesSignoff = signedMethod && signedParams && *signedMethod == out.options.method &&
                         signedParams->first == out.options.trim && signedParams->second == out.options.quorum;
    return out;
}

} // namespace jurybox::exports
