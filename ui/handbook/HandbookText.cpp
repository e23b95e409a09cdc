// SPDX-License-Identifier: Apache-2.0
#include "ui/handbook/HandbookText.h"

namespace jurybox::handbook::text {

namespace {

QString methodName(tally::Method method) {
    switch (method) {
    case tally::Method::WeightedMean:
        return QStringLiteral("weighted mean");
    case tally::Method::TrimmedMean:
        return QStringLiteral("trimmed mean");
    case tally::Method::Median:
        return QStringLiteral("median");
    case tally::Method::ZScore:
        return QStringLiteral("z-score");
    case tally::Method::Borda:
        return QStringLiteral("Borda count");
    }
    return {};
}

QString figure(const std::optional<double>& value) {
    // An en dash, not "0" or "NaN": the statistic could not be computed.
    return value ? QString::number(*value, 'f', 2).replace(QLatin1Char('-'), QChar(0x2212)) : QStringLiteral("–");
}

QString plural(int n, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

} // namespace

QString handbookTitle() {
    return QStringLiteral("Ceremony Handbook");
}

QString organisedBy() {
    return QStringLiteral("Organised by");
}

QString edition(int year) {
    return QStringLiteral("Edition %1").arg(year);
}

QString category() {
    return QStringLiteral("Category");
}

QString name() {
    return QStringLiteral("Name");
}

QString country() {
    return QStringLiteral("Country");
}

QString positionAndOrganisation() {
    return QStringLiteral("Position & Organisation");
}

QString positionAndOrganisation(const Judge& judge) {
    QStringList parts;
    if (!judge.position.isEmpty())
        parts << judge.position;
    if (!judge.organisation.isEmpty())
        parts << judge.organisation;
    return parts.join(QStringLiteral(", "));
}

QString vacant() {
    return QStringLiteral("Vacant");
}

QString vacancyReason(tally::Vacancy vacancy) {
    switch (vacancy) {
    case tally::Vacancy::BelowMinimum:
        return QStringLiteral("below the minimum score");
    case tally::Vacancy::NoEntryAtRank:
    case tally::Vacancy::None:
        break;
    }
    return QStringLiteral("no entry at this rank");
}

QString vacantTier(const QString& tier, tally::Vacancy vacancy) {
    return QStringLiteral("%1: vacant (%2).").arg(tier, vacancyReason(vacancy));
}

QString winnersHeading(const QString& awardName) {
    return awardName + QStringLiteral(" Winners");
}

QString panelHeading(const QString& awardName) {
    return QStringLiteral("Judging Panel of ") + exports::nameInSentence(awardName);
}

QString methodHeading() {
    return QStringLiteral("Judging Method");
}

QStringList methodParagraphs(const exports::HandbookModel& m) {
    QStringList out;
    out << QStringLiteral("%1 from %2 in %3 were judged in the round “%4”; %5 from %6 were counted (only complete, "
                          "submitted scorecards of eligible entries count).")
               .arg(plural(m.entries, QStringLiteral("eligible entry"), QStringLiteral("eligible entries")),
                    plural(m.countries, QStringLiteral("country"), QStringLiteral("countries")),
                    plural(static_cast<int>(m.categories.size()), QStringLiteral("category"),
                           QStringLiteral("categories")),
                    m.round.name, plural(m.scorecards, QStringLiteral("scorecard"), QStringLiteral("scorecards")),
                    plural(m.scoringJudges, QStringLiteral("judge"), QStringLiteral("judges")));
    QString method = QStringLiteral("Method: %1 (%2). Quorum: %3; an entry with fewer is listed but not ranked.")
                         .arg(methodName(m.method), tally::describe(m.method),
                              plural(m.quorum, QStringLiteral("scorecard"), QStringLiteral("scorecards")));
    if (m.method == tally::Method::TrimmedMean)
        method += QStringLiteral(" Trim: K = %1 (the %1 highest and %1 lowest marks of each criterion are dropped).")
                      .arg(m.trim);
    out << method;
    out << QStringLiteral("Ties are broken by the weighted mean, then by the median scorecard total; entries still "
                          "equal share their rank. The tiers go to ranks 1, 2, 3… in order, and tied entries share "
                          "their rank's tier.");
    return out;
}

QString agreementHeading() {
    return QStringLiteral("Agreement and Robustness by Category");
}

QStringList agreementColumns() {
    return {category(),
            QStringLiteral("Entries"),
            QStringLiteral("Scorecards"),
            QStringLiteral("ICC(2,k)"),
            QStringLiteral("Interval α"),
            QStringLiteral("Stable")};
}

QStringList agreementRow(const exports::HandbookCategory& c) {
    return {c.summary.category.name,         QString::number(c.entries),
            QString::number(c.scorecards),   figure(c.summary.icc2k),
            figure(c.summary.intervalAlpha), c.summary.stable ? QStringLiteral("Yes") : QStringLiteral("No")};
}

QStringList agreementNotes() {
    return {QStringLiteral("ICC(2,k): reliability of the panel's mean mark (Shrout & Fleiss, two-way random effects), "
                           "over the entries scored by every judge of the category; – where there is no such block. "
                           "Interval α: Krippendorff's alpha over all pairs of scorecard totals. Stable: the same "
                           "tier winners under all five tally methods and with any one judge left out.")};
}

SignoffNote signoffNote(const exports::HandbookModel& m) {
    if (!m.signoff)
        return {QStringLiteral("The round “%1” has not been signed off: this result is provisional.").arg(m.round.name),
                {}};
    const signoff::Signoff& s = *m.signoff;
    const auto method = tally::methodFromString(s.method);
    const QString signedMethod = method ? methodName(*method) : s.method;
    if (!m.matchesSignoff)
        return {QStringLiteral("The round “%1” was signed off by %2 on %3 with the %4 method (%5); this handbook was "
                               "tallied otherwise and is not the signed-off result.")
                    .arg(s.round.name, s.signedBy, s.signedAt.left(10), signedMethod, s.parameters),
                {}};
    return {QStringLiteral("Signed off by %1 on %2. The SHA-256 digest of the round's inputs and this result is:")
                .arg(s.signedBy, s.signedAt.left(10)),
            s.digest};
}

QString footer(const QString& awardName, int page) {
    return QStringLiteral("%1  ·  %2").arg(awardName, QString::number(page));
}

} // namespace jurybox::handbook::text
