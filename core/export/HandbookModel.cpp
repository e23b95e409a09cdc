// SPDX-License-Identifier: Apache-2.0
#include "core/export/HandbookModel.h"

#include "core/stats/Reliability.h"
#include "core/store/JudgeStore.h"
#include "core/tally/Tally.h"

#include <QSet>

#include <algorithm>

namespace jurybox::exports {

HandbookModel buildHandbook(store::AwardFile& file, const ExportOptions& options) {
    const tally::ScoreMatrix matrix = tally::ScoreMatrix::load(file, options.roundId);
    HandbookModel model;
    model.award = matrix.award;
    model.round = matrix.round;
    for (const Tier& t : matrix.tiers)
        model.tiers << t.name;

    const ExportTally resolved = exportTally(file, matrix, options);
    const tally::TallyOptions& tallyOptions = resolved.options;
    model.signoff = resolved.signoff;
    model.matchesSignoff = resolved.matchesSignoff;
    model.method = tallyOptions.method;
    model.trim = tallyOptions.trim;
    model.quorum = tallyOptions.quorum;
    model.language = options.language;

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
