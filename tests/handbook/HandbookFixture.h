// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"
#include "tests/support/TestFiles.h"

#include <QString>
#include <QStringList>

namespace jurybox::test {

/// Judges added to the demo award so the handbook must print Hangul, Vietnamese and Cyrillic exactly.
QStringList unicodeJudgeNames();

/// The demo award (2nd WeGO Awards 2014) at `path` with the judges of unicodeJudgeNames() on its panel.
store::AwardFile makeHandbookAward(const QString& path, const TempDir& dir);

/// The published 2014 winners, as the handbook's winners table prints them: per category, "City, Country" for Best,
/// Outstanding and Most Promising.
std::vector<QStringList> publishedWinnersTable();

/// The text of a PDF (all pages, or one page) by poppler's pdftotext, NFKC-normalised (the PDF keeps ligatures
/// such as "ffi" as one character) with every run of white space made one space.
QString pdfText(const QString& path, int page = 0);
int pdfPages(const QString& path);

/// The rows of the table with that class, each cell's text (a <br/> as a line break), parsed as XML: the
/// handbook's HTML is well-formed so that it can be checked this way.
std::vector<QStringList> tableRows(const QString& html, const QString& cls);

/// The text of every element with that name (h2, h3, p…), in document order.
QStringList elementTexts(const QString& html, const QString& element);

QString readFile(const QString& path);

/// Runs a program and returns its standard output; fails the test when it does not exit 0.
QString run(const QString& program, const QStringList& arguments);

} // namespace jurybox::test
