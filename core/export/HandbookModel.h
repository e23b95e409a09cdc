// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Judge.h"
#include "core/export/ExportOptions.h"
#include "core/signoff/Signoff.h"
#include "core/store/AwardFile.h"
#include "core/tally/CategorySummary.h"
#include "core/tally/Method.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace jurybox::exports {

/// One category as the handbook prints it: description, tier winners, and the panel's agreement.
struct HandbookCategory {
    tally::CategorySummary summary;
    /// Eligible entries, and their counted scorecards.
    int entries = 0;
    int scorecards = 0;
};

/// Everything the ceremony handbook shows, read from the award once; the renderers (HTML, PDF) only lay it out.
struct HandbookModel {
    Award award;
    Round round;
    /// Tier names in award order: the columns of the winners table.
    QStringList tiers;
    std::vector<HandbookCategory> categories;
    /// The judging panel, in the order the judges were added to the award.
    std::vector<Judge> panel;
    tally::Method method = tally::Method::WeightedMean;
    int trim = 1;
    int quorum = 3;
    /// Eligible entries, counted scorecards, distinct countries of the entries, and judges with a counted scorecard.
    int entries = 0;
    int scorecards = 0;
    int countries = 0;
    int scoringJudges = 0;
    /// The round's active sign-off, if any.
    std::optional<signoff::Signoff> signoff;
    /// True when the handbook was tallied exactly as the sign-off (method, trim, quorum): its digest then vouches
    /// for what is printed.
    bool matchesSignoff = false;
    /// ExportOptions::language, for the renderers.
    QString language;
};

/// Tallies the round (with robustness and agreement) and gathers the handbook's contents. Throws Error for an
/// unknown round or options out of range.
HandbookModel buildHandbook(store::AwardFile& file, const ExportOptions& options = {});

/// "the 2nd WeGO Awards 2014" for "The 2nd WeGO Awards 2014": the name as it reads inside a sentence or heading
/// ("Judging Panel of the 2nd WeGO Awards 2014").
QString nameInSentence(const QString& awardName);

} // namespace jurybox::exports
