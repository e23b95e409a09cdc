// SPDX-License-Identifier: Apache-2.0
#include "ui/handbook/HandbookText.h"

#include "ui/i18n/Translations.h"

#include <QDateTime>
#include <QTranslator>

namespace jurybox::handbook {

// Every message is marked with QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP ("Handbook" context) so lupdate finds it, and
// looked up in this handbook's own translator rather than the application's.

HandbookText::HandbookText(const QString& language)
    : m_language(i18n::isSupported(language) ? language : i18n::languageFor(QLocale()))
    , m_locale(i18n::localeFor(m_language))
    , m_translator(i18n::translator(m_language)) {}

HandbookText::~HandbookText() = default;

QString HandbookText::translated(const char* source, int n) const {
    return i18n::translate(m_translator.get(), "Handbook", source, n, m_locale);
}

QString HandbookText::methodName(tally::Method method) const {
    switch (method) {
    case tally::Method::WeightedMean:
        return translated(QT_TRANSLATE_NOOP("Handbook", "weighted mean"));
    case tally::Method::TrimmedMean:
        return translated(QT_TRANSLATE_NOOP("Handbook", "trimmed mean"));
    case tally::Method::Median:
        return translated(QT_TRANSLATE_NOOP("Handbook", "median"));
    case tally::Method::ZScore:
        return translated(QT_TRANSLATE_NOOP("Handbook", "z-score"));
    case tally::Method::Borda:
        return translated(QT_TRANSLATE_NOOP("Handbook", "Borda count"));
    }
    return {};
}

QString HandbookText::methodDescription(tally::Method method) const {
    // The wording of tally::describe(), which the command line prints in English.
    switch (method) {
    case tally::Method::WeightedMean:
        return translated(QT_TRANSLATE_NOOP("Handbook", "mean of each criterion, weighted into a 0–100 score"));
    case tally::Method::TrimmedMean:
        return translated(QT_TRANSLATE_NOOP(
            "Handbook", "each criterion's mean without its K highest and K lowest marks, weighted into "
                        "0–100"));
    case tally::Method::Median:
        return translated(QT_TRANSLATE_NOOP("Handbook", "median of each criterion, weighted into a 0–100 score"));
    case tally::Method::ZScore:
        return translated(QT_TRANSLATE_NOOP("Handbook", "mean of the judges' standardised totals"));
    case tally::Method::Borda:
        return translated(QT_TRANSLATE_NOOP(
            "Handbook", "mean fraction of each judge's other entries in the category beaten (ties half)"));
    }
    return {};
}

QString HandbookText::figure(const std::optional<double>& value) const {
    // An en dash, not "0" or "NaN": the statistic could not be computed. A true minus sign, as typeset.
    return value ? m_locale.toString(*value, 'f', 2).replace(QLatin1Char('-'), QChar(0x2212)) : QStringLiteral("–");
}

QString HandbookText::date(const QString& timestamp) const {
    const QDate day = QDate::fromString(timestamp.left(10), Qt::ISODate);
    if (!day.isValid())
        return timestamp.left(10);
    //: A QDate format for the sign-off date in the handbook: the language's usual long date, month as a word.
    return m_locale.toString(day, translated(QT_TRANSLATE_NOOP("Handbook", "d MMMM yyyy")));
}

QString HandbookText::handbookTitle() const {
    return translated(QT_TRANSLATE_NOOP("Handbook", "Ceremony Handbook"));
}

QString HandbookText::organisedBy() const {
    return translated(QT_TRANSLATE_NOOP("Handbook", "Organised by"));
}

QString HandbookText::edition(int year) const {
    // The year as a plain number in every language: "Edition 2014", never "2.014".
    return translated(QT_TRANSLATE_NOOP("Handbook", "Edition %1")).arg(year);
}

QString HandbookText::category() const {
    return translated(QT_TRANSLATE_NOOP("Handbook", "Category"));
}

QString HandbookText::name() const {
    return translated(QT_TRANSLATE_NOOP("Handbook", "Name"));
}

QString HandbookText::country() const {
    return translated(QT_TRANSLATE_NOOP("Handbook", "Country"));
}

QString HandbookText::positionAndOrganisation() const {
    return translated(QT_TRANSLATE_NOOP("Handbook", "Position & Organisation"));
}

QString HandbookText::positionAndOrganisation(const Judge& judge) const {
    QStringList parts;
    if (!judge.position.isEmpty())
        parts << judge.position;
    if (!judge.organisation.isEmpty())
        parts << judge.organisation;
    return parts.join(QStringLiteral(", "));
}

QString HandbookText::vacant() const {
    return translated(QT_TRANSLATE_NOOP("Handbook", "Vacant"));
}

QString HandbookText::vacancyReason(tally::Vacancy vacancy) const {
    switch (vacancy) {
    case tally::Vacancy::BelowMinimum:
        return translated(QT_TRANSLATE_NOOP("Handbook", "below the minimum score"));
    case tally::Vacancy::NoEntryAtRank:
    case tally::Vacancy::None:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("Handbook", "no entry at this rank"));
}

QString HandbookText::vacantTier(const QString& tier, tally::Vacancy vacancy) const {
    //: %1 is the tier's name as the award defines it ("Most Promising"), %2 the reason.
    return translated(QT_TRANSLATE_NOOP("Handbook", "%1: vacant (%2).")).arg(tier, vacancyReason(vacancy));
}

QString HandbookText::winnersHeading(const QString& awardName) const {
    //: %1 is the award's name as entered ("The 2nd WeGO Awards 2014").
    return translated(QT_TRANSLATE_NOOP("Handbook", "%1 Winners")).arg(awardName);
}

QString HandbookText::panelHeading(const QString& awardName) const {
    // "the 2nd WeGO Awards 2014" inside an English heading; the other languages print the name as entered.
    //: %1 is the award's name ("The 2nd WeGO Awards 2014").
    return translated(QT_TRANSLATE_NOOP("Handbook", "Judging Panel of %1"))
        .arg(m_language == QLatin1String("en") ? exports::nameInSentence(awardName) : awardName);
}

QString HandbookText::methodHeading() const {
    return translated(QT_TRANSLATE_NOOP("Handbook", "Judging Method"));
}

QStringList HandbookText::methodParagraphs(const exports::HandbookModel& m) const {
    QStringList out;
    //: %1 eligible entries, %2 countries, %3 categories, %4 the round's name, %5 scorecards, %6 judges.
    out << translated(QT_TRANSLATE_NOOP("Handbook",
                                        "%1 from %2 in %3 were judged in the round “%4”; %5 from %6 were counted "
                                        "(only complete, submitted scorecards of eligible entries count)."))
               .arg(translated(QT_TRANSLATE_N_NOOP("Handbook", "%n eligible entries"), m.entries),
                    translated(QT_TRANSLATE_N_NOOP("Handbook", "%n countries"), m.countries),
                    translated(QT_TRANSLATE_N_NOOP("Handbook", "%n categories"), static_cast<int>(m.categories.size())),
                    m.round.name, translated(QT_TRANSLATE_N_NOOP("Handbook", "%n scorecards"), m.scorecards),
                    translated(QT_TRANSLATE_N_NOOP("Handbook", "%n judges"), m.scoringJudges));
    QString method =
        translated(
            QT_TRANSLATE_NOOP("Handbook", "Method: %1 (%2). Quorum: %3; an entry with fewer is listed but not ranked."))
            .arg(methodName(m.method), methodDescription(m.method),
                 translated(QT_TRANSLATE_N_NOOP("Handbook", "%n scorecards"), m.quorum));
    if (m.method == tally::Method::TrimmedMean) {
        method +=
            QLatin1Char(' ') + translated(QT_TRANSLATE_NOOP("Handbook", "Trim: K = %1 (the %1 highest and %1 lowest "
                                                                        "marks of each criterion are dropped)."))
                                   .arg(m_locale.toString(m.trim));
    }
    out << method;
    out << translated(QT_TRANSLATE_NOOP("Handbook",
                                        "Ties are broken by the weighted mean, then by the median scorecard total; "
                                        "entries still equal share their rank. The tiers go to ranks 1, 2, 3… in "
                                        "order, and tied entries share their rank's tier."));
    return out;
}

QString HandbookText::agreementHeading() const {
    return translated(QT_TRANSLATE_NOOP("Handbook", "Agreement and Robustness by Category"));
}

QStringList HandbookText::agreementColumns() const {
    // ICC(2,k) is the statistic's name in every language.
    return {category(),
            translated(QT_TRANSLATE_NOOP("Handbook", "Entries")),
            translated(QT_TRANSLATE_NOOP("Handbook", "Scorecards")),
            QStringLiteral("ICC(2,k)"),
            translated(QT_TRANSLATE_NOOP("Handbook", "Interval α")),
            translated(QT_TRANSLATE_NOOP("Handbook", "Stable"))};
}

QStringList HandbookText::agreementRow(const exports::HandbookCategory& c) const {
    return {c.summary.category.name,
            m_locale.toString(c.entries),
            m_locale.toString(c.scorecards),
            figure(c.summary.icc2k),
            figure(c.summary.intervalAlpha),
            c.summary.stable ? translated(QT_TRANSLATE_NOOP("Handbook", "Yes"))
                             : translated(QT_TRANSLATE_NOOP("Handbook", "No"))};
}

QStringList HandbookText::agreementNotes() const {
    return {translated(QT_TRANSLATE_NOOP(
        "Handbook", "ICC(2,k): reliability of the panel's mean mark (Shrout & Fleiss, two-way random "
                    "effects), over the entries scored by every judge of the category; – where there is "
                    "no such block. Interval α: Krippendorff's alpha over all pairs of scorecard totals. "
                    "Stable: the same tier winners under all five tally methods and with any one judge "
                    "left out."))};
}

SignoffNote HandbookText::signoffNote(const exports::HandbookModel& m) const {
    if (!m.signoff) {
        return {translated(QT_TRANSLATE_NOOP("Handbook",
                                             "The round “%1” has not been signed off: this result is provisional."))
                    .arg(m.round.name),
                {}};
    }
    const signoff::Signoff& s = *m.signoff;
    const auto method = tally::methodFromString(s.method);
    const QString signedMethod = method ? methodName(*method) : s.method;
    if (!m.matchesSignoff) {
        //: %1 round, %2 who signed off, %3 the date, %4 the method's name, %5 its parameters (JSON, as stored).
        return {translated(QT_TRANSLATE_NOOP("Handbook",
                                             "The round “%1” was signed off by %2 on %3 with the %4 method (%5); "
                                             "this handbook was tallied otherwise and is not the signed-off "
                                             "result."))
                    .arg(s.round.name, s.signedBy, date(s.signedAt), signedMethod, s.parameters),
                {}};
    }
    return {translated(
                QT_TRANSLATE_NOOP(
                    "Handbook", "Signed off by %1 on %2. The SHA-256 digest of the round's inputs and this result is:"))
                .arg(s.signedBy, date(s.signedAt)),
            s.digest};
}

QString HandbookText::footer(const QString& awardName, int page) const {
    return QStringLiteral("%1  ·  %2").arg(awardName, m_locale.toString(page));
}

} // namespace jurybox::handbook
