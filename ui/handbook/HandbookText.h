// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/HandbookModel.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace jurybox::handbook {

/// The sign-off sentence, and the digest when it vouches for this handbook (empty otherwise).
struct SignoffNote {
    QString sentence;
    QString digest;
};

/// The handbook's wording in one language, shared by the HTML and PDF renderers so both print the same text. The
/// language is the handbook's own, independent of the interface's (a Spanish secretariat can print a Korean
/// handbook): the messages come from Jurybox's translation for it ("Handbook" context), dates and numbers from its
/// locale. Award data (names, categories, tiers, cities) is printed as entered, never translated.
class HandbookText {
public:
    /// "en", "ko" or "es"; empty or unknown: the default QLocale's language where there is a translation, else English.
    explicit HandbookText(const QString& language);
    ~HandbookText();
    HandbookText(const HandbookText&) = delete;
    HandbookText& operator=(const HandbookText&) = delete;

    /// The language used ("en", "ko", "es"), for the HTML lang attribute.
    QString language() const { return m_language; }
    const QLocale& locale() const { return m_locale; }

    QString handbookTitle() const;
    /// The label above the organiser on the cover.
    QString organisedBy() const;
    /// "Edition 2014".
    QString edition(int year) const;
    QString category() const;
    QString name() const;
    QString country() const;
    QString positionAndOrganisation() const;
    /// "Principal Consultant, AcuitasGov" (either part may be missing).
    QString positionAndOrganisation(const Judge& judge) const;
    QString vacant() const;
    QString vacancyReason(tally::Vacancy vacancy) const;
    /// "Most Promising: vacant (below the minimum score)."
    QString vacantTier(const QString& tier, tally::Vacancy vacancy) const;
    /// "The 2nd WeGO Awards 2014 Winners", as the 2014 handbook heads its table.
    QString winnersHeading(const QString& awardName) const;
    /// "Judging Panel of the 2nd WeGO Awards 2014".
    QString panelHeading(const QString& awardName) const;
    QString methodHeading() const;
    /// The method note: what was judged, how it was tallied, how tiers are given.
    QStringList methodParagraphs(const exports::HandbookModel& model) const;
    /// Heads the per-category table of the method note.
    QString agreementHeading() const;
    QStringList agreementColumns() const;
    /// Category, entries, scorecards, ICC(2,k), interval alpha, stable — as printed.
    QStringList agreementRow(const exports::HandbookCategory& category) const;
    /// What the agreement columns mean.
    QStringList agreementNotes() const;
    SignoffNote signoffNote(const exports::HandbookModel& model) const;
    /// The footer of each PDF page after the cover: award name and page number.
    QString footer(const QString& awardName, int page) const;

private:
    /// A message of the "Handbook" context in this language; n >= 0 picks the plural form and fills %n.
    QString translated(const char* source, int n = -1) const;
    QString methodName(tally::Method method) const;
    QString methodDescription(tally::Method method) const;
    QString figure(const std::optional<double>& value) const;
    /// The date of an ISO 8601 timestamp ("2026-12-01T…") as the language writes it.
    QString date(const QString& timestamp) const;

    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace jurybox::handbook
