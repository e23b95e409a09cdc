// SPDX-License-Identifier: Apache-2.0
#include "core/export/HandbookModel.h"

#include "core/stats/Reliability.h"
#include "core/store/JudgeStore.h"
#include "core/tally/Tally.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

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

HandbookModel buildHandbook(store::AwardFile& file, const HandbookOptions& options) {
    const tally::ScoreMatrix matrix = tally::ScoreMatrix::load(file, options.roundId);
    HandbookModel model;
    model.award = matrix.award;
    model.round = matrix.round;
    for (const Tier& t : matrix.tiers)
        model.tiers << t.name;
    model.signoff = signoff::activeSignoff(file.db(), matrix.round.id);

    // Unset options follow the sign-off, so the handbook of a signed-off round is the frozen result by default.
    std::optional<tally::Method> signedMethod;
    std::optional<std::pair<int, int>> signedParams;
    if (model.signoff) {
        signedMethod = tally::methodFromString(model.signoff->method);
        signedParams = signedParameters(*model.signoff);
    }
    tally::TallyOptions tallyOptions;
    tallyOptions.method = options.method.value_or(signedMethod.value_or(tally::Method::WeightedMean));
    tallyOptions.trim = options.trim.value_or(signedParams ? signedParams->first : 1);
    tallyOptions.quorum = options.quorum.value_or(signedParams ? signedParams->second : 3);
    tallyOptions.robustness = true;
    model.method = tallyOptions.method;
    model.trim = tallyOptions.trim;
    model.quorum = tallyOptions.quorum;
    model.matchesSignoff = signedMethod && signedParams && *signedMethod == model.method &&
                           signedParams->first == model.trim && signedParams->second == model.quorum;

    const tally::TallyResult result = tally::runTally(matrix, tallyOptions);
    const std::vector<tally::CategorySummary> summaries = tally::summarise(result, stats::reliability(matrix));

    QSet<QString> countries;
    QSet<QString> judges;
    for (const tally::CategoryResult& category : result.categories) {
        HandbookCategory c;
        for (const tally::CategorySummary& s : summaries) {
            if (s.category.id == category.category.id)
                c.summary = s;
        }
        for (const tally::EntryResult& e : category.entries) {
            if (!e.eligible())
                continue;
            ++c.entries;
            c.scorecards += e.scorecards;
            if (!e.submission.country.isEmpty())
                countries.insert(e.submission.country);
        }
        model.entries += c.entries;
        model.scorecards += c.scorecards;
        model.categories.push_back(std::move(c));
    }
    for (const tally::CardRow& card : matrix.cards) {
        if (matrix.entries[static_cast<std::size_t>(card.entry)].eligible())
            judges.insert(matrix.judges[static_cast<std::size_t>(card.judge)].ref);
    }
    model.countries = static_cast<int>(countries.size());
    model.scoringJudges = static_cast<int>(judges.size());
    // The panel in the order the secretariat entered it (the store lists by ref, where J10 sorts before J2).
    model.panel = store::JudgeStore(file.db()).all();
    std::sort(model.panel.begin(), model.panel.end(), [](const Judge& a, const Judge& b) { return a.id < b.id; });
    return model;
}

QString nameInSentence(const QString& awardName) {
    if (awardName.startsWith(QStringLiteral("The ")))
        return QStringLiteral("the ") + awardName.mid(4);
    return awardName;
}

} // namespace jurybox::exports
