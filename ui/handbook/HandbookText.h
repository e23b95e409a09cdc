// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/HandbookModel.h"

#include <QString>
#include <QStringList>

// The handbook's wording, shared by the HTML and PDF renderers so both print the same text.
namespace jurybox::handbook::text {

QString handbookTitle();
/// The label above the organiser on the cover.
QString organisedBy();
/// "Edition 2014".
QString edition(int year);
QString category();
QString name();
QString country();
QString positionAndOrganisation();
/// "Principal Consultant, AcuitasGov" (either part may be missing).
QString positionAndOrganisation(const Judge& judge);
QString vacant();
QString vacancyReason(tally::Vacancy vacancy);
/// "Most Promising: vacant (below the minimum score)."
QString vacantTier(const QString& tier, tally::Vacancy vacancy);
/// "The 2nd WeGO Awards 2014 Winners", as the 2014 handbook heads its table.
QString winnersHeading(const QString& awardName);
/// "Judging Panel of the 2nd WeGO Awards 2014".
QString panelHeading(const QString& awardName);
QString methodHeading();
/// The method note: what was judged, how it was tallied, how tiers are given.
QStringList methodParagraphs(const exports::HandbookModel& model);
/// Heads the per-category table of the method note.
QString agreementHeading();
QStringList agreementColumns();
/// Category, entries, scorecards, ICC(2,k), interval alpha, stable — as printed.
QStringList agreementRow(const exports::HandbookCategory& category);
/// What the agreement columns mean.
QStringList agreementNotes();

/// The sign-off sentence, and the digest when it vouches for this handbook (empty otherwise).
struct SignoffNote {
    QString sentence;
    QString digest;
};
SignoffNote signoffNote(const exports::HandbookModel& model);

/// The footer of each PDF page after the cover: award name and page number.
QString footer(const QString& awardName, int page);

} // namespace jurybox::handbook::text
