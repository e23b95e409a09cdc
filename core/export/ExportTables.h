// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/ExportOptions.h"
#include "core/report/Table.h"
#include "core/store/AwardFile.h"

#include <QString>

#include <vector>

namespace jurybox::exports {

/// A named table of an export: the CSV file name (without .csv) or the spreadsheet's sheet name.
struct NamedTable {
    QString name;
    report::Table table;
};

/// The tables that leave the secretariat for spreadsheets: text cells are text, numbers are numbers.
struct ExportTables {
    /// Every entry of the round's tally: category, rank, tier, submission, title, city, country, status, score,
    /// weighted_mean, median_total, scorecards, tie, below_quorum, then one column per criterion name (the union over
    /// the categories, in order of first appearance; empty where the entry's category has no such criterion).
    report::Table results;
    /// Every value of every submitted scorecard of the round in the scores import format
    /// (judge, submission, criterion, score, comment), the comment on the card's first row, so it re-imports.
    report::Table scores;
    /// The criteria, submissions and judges in their import formats (judges never with access codes), so that with
    /// scores they rebuild the award's tally in a fresh award file.
    report::Table criteria;
    report::Table submissions;
    report::Table judges;
    /// Per category, its entries with its own criteria as columns (for one spreadsheet sheet each).
    std::vector<NamedTable> categoryResults;
};

/// Reads the award once and tallies the round as the options say. Throws Error for an unknown round.
ExportTables buildExportTables(store::AwardFile& file, const ExportOptions& options = {});

} // namespace jurybox::exports
