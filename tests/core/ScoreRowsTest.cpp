// SPDX-License-Identifier: Apache-2.0
#include "core/import/ScoreRows.h"
#include "core/Error.h"
#include "core/import/Indexes.h"
#include "core/import/TableImports.h"
#include "core/store/CategoryStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"
#include "tests/support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <algorithm>
#include <random>

using namespace jurybox;

namespace {

/// The demo award's panel, entries and criteria, as readScoreRows checks rows against them.
struct AwardRefs {
    explicit AwardRefs(db::Database& db)
        : judges(import::judgesByRef(db))
        , submissions(import::submissionsByRef(db))
        , criteria(db)
        , blocked(store::ConflictStore(db).blockingPairs()) {}

    jurybox::import::ScoreRowContext context() const { return {judges, submissions, criteria, blocked}; }

    jurybox::import::Lookup<Judge> judges;
    jurybox::import::Lookup<store::SubmissionKey> submissions;
    jurybox::import::CriteriaIndex criteria;
    std::set<std::pair<Id, Id>> blocked;
};

/// Every judge's marks on every entry it may score, criterion by criterion across the whole file, so each
/// scorecard's rows are spread from the top of the file to the bottom; some rows carry the scorecard's comment.
QStringList scoreLines(db::Database& db) {
    const auto blocked = store::ConflictStore(db).blockingPairs();
    const auto judges = store::JudgeStore(db).all();
    const auto submissions = store::SubmissionStore(db).all();
    std::map<Id, std::vector<Criterion>> criteria;
    for (Criterion& c : store::CategoryStore(db).criteria())
        criteria[c.categoryId].push_back(std::move(c));
    QStringList lines;
    for (std::size_t position = 0; position < 5; ++position)
        for (const Judge& j : judges)
            for (const Submission& s : submissions) {
                const auto& list = criteria[s.categoryId];
                if (position >= list.size() || blocked.contains({j.id, s.id}))
                    continue;
                const Criterion& c = list[position];
                const QString comment = (j.id + s.id) % 3 == 0 && position % 2 == 0
                                            ? QStringLiteral("\"Strong, \"\"clear\"\" plan\"")
                                            : QString();
                lines << QStringLiteral("%1,%2,%3,%4,%5")
                             .arg(j.ref, s.ref, c.name)
                             .arg(c.scaleMin +
                                  static_cast<double>((j.id * 7 + s.id) % 5) / 4 * (c.scaleMax - c.scaleMin))
                             .arg(comment);
            }
    return lines;
}

/// A small, random mistake of the kinds people make in a spreadsheet, or a harmless change of layout.
void mutate(QStringList& lines, std::mt19937& random) {
    const auto pick = [&](int size) { return std::uniform_int_distribution<int>(0, size - 1)(random); };
    const int at = pick(static_cast<int>(lines.size()));
    QStringList fields = lines[at].split(QLatin1Char(','));
    switch (pick(8)) {
    case 0: // the same mark again further down
        lines.insert(at + pick(static_cast<int>(lines.size()) - at), lines[at]);
        break;
    case 1: // another comment for a scorecard
        lines[at] = fields.mid(0, 4).join(QLatin1Char(',')) + QStringLiteral(",Another view");
        break;
    case 2:
        fields[3] = QStringLiteral("seven");
        lines[at] = fields.join(QLatin1Char(','));
        break;
    case 3:
        fields[0] = QStringLiteral("J999");
        lines[at] = fields.join(QLatin1Char(','));
        break;
    case 4: // a stray quote
        fields[1].insert(2, QLatin1Char('"'));
        lines[at] = fields.join(QLatin1Char(','));
        break;
    case 5: // a quoted comment over two lines (valid)
        lines[at] = fields.mid(0, 4).join(QLatin1Char(',')) + QStringLiteral(",\"two\nlines\"");
        break;
    case 6: // a blank line (skipped)
        lines.insert(at, QString());
        break;
    default: // an unclosed quote
        lines[at] = fields.mid(0, 4).join(QLatin1Char(',')) + QStringLiteral(",\"never closed");
        break;
    }
}

/// The cards as text, or the error's message: what a reading produced, to compare.
QString outcome(const AwardRefs& award, const QByteArray& csv, int parts) {
    const csv::CsvTable table = csv::CsvTable::parse(csv, QStringLiteral("scores.csv"), import::scoreColumns().required,
                                                     import::scoreColumns().optional);
    try {
        QString out;
        for (const auto& [key, card] : import::readScoreRows(table, award.context(), parts)) {
            out += QString::number(key.first) + QLatin1Char('/') + QString::number(key.second) + QLatin1Char(' ') +
                   card.judge->ref + QLatin1Char('/') + card.submission->ref + QStringLiteral(" [") + card.comment +
                   QStringLiteral("] lines ") + QString::number(card.firstCommentLine) + QLatin1Char('-') +
                   QString::number(card.commentLine) + QLatin1Char(':');
            for (const import::PendingValue& v : card.values)
                out += QLatin1Char(' ') + v.criterion->name + QLatin1Char('=') + QString::number(v.value) +
                       QLatin1Char('@') + QString::number(v.line);
            out += QLatin1Char('\n');
        }
        return out;
    } catch (const InputError& e) {
        return QStringLiteral("error: ") + e.message();
    }
}

QByteArray csvOf(const QStringList& lines) {
    return (QStringLiteral("judge,submission,criterion,score,comment\r\n") + lines.join(QStringLiteral("\r\n")) +
            QStringLiteral("\r\n"))
        .toUtf8();
}

} // namespace

TEST_CASE("score rows read in several spans give what one reading from the top gives", "[import]") {
    test::TempDir dir;
    auto file = test::makeDemo(dir.path(QStringLiteral("demo.jurybox")));
    const AwardRefs award(file.db());
    const QStringList lines = scoreLines(file.db());
    REQUIRE(lines.size() > 500);

    const QByteArray valid = csvOf(lines);
    const QString whole = outcome(award, valid, 1);
    REQUIRE_FALSE(whole.startsWith(QStringLiteral("error")));
    for (int parts : {2, 3, 4})
        CHECK(outcome(award, valid, parts) == whole);

    // The last row repeats the first one's mark with another comment: a duplicate and a second comment on one row,
    // in another span than the first. A reading from the top reports the duplicate (a row's score is checked first).
    QStringList clash = lines;
    clash[0] = clash[0].section(QLatin1Char(','), 0, 3) + QStringLiteral(",First view");
    clash << clash[0].section(QLatin1Char(','), 0, 3) + QStringLiteral(",Second view");
    const QString duplicate = outcome(award, csvOf(clash), 1);
    CHECK_THAT(duplicate.toStdString(), Catch::Contains("duplicate score"));
    for (int parts : {2, 3, 4})
        CHECK(outcome(award, csvOf(clash), parts) == duplicate);

    // Its last row repeats a mark from another span and gives a comment unlike the one just before it in its own
    // span: the duplicate again, not the comment.
    const QString card = lines[0].section(QLatin1Char(','), 0, 1) + QLatin1Char(',');
    QStringList tie;
    for (const QString& line : lines)
        if (!line.startsWith(card) || &line == &lines[0])
            tie << line;
    const auto again =
        std::find_if(lines.begin() + 1, lines.end(), [&](const QString& l) { return l.startsWith(card); });
    REQUIRE(again != lines.end());
    const QString other = again->section(QLatin1Char(','), 0, 3);
    tie << other + QStringLiteral(",One view") << lines[0].section(QLatin1Char(','), 0, 3) + QStringLiteral(",Another");
    const QString tied = outcome(award, csvOf(tie), 1);
    CHECK_THAT(tied.toStdString(), Catch::Contains("duplicate score"));
    for (int parts : {2, 3, 4})
        CHECK(outcome(award, csvOf(tie), parts) == tied);

    // Mistakes anywhere, so that some fall on either side of a cut, some clash across one: the first problem in file
    // order, word for word, whatever the number of spans.
    std::mt19937 random(20141008);
    int errors = 0;
    for (int trial = 0; trial < 150; ++trial) {
        QStringList mutated = lines;
        const int mistakes = 1 + trial % 3;
        for (int m = 0; m < mistakes; ++m)
            mutate(mutated, random);
        const QByteArray csv = csvOf(mutated);
        const QString expected = outcome(award, csv, 1);
        errors += expected.startsWith(QStringLiteral("error")) ? 1 : 0;
        for (int parts : {2, 3, 4}) {
            INFO("trial " << trial << ", " << parts << " spans");
            CHECK(outcome(award, csv, parts).toStdString() == expected.toStdString());
        }
    }
    CHECK(errors > 100); // the mutations do make errors, of every kind
}

TEST_CASE("a scores CSV is cut only between records, never inside a quoted line break", "[import]") {
    const QByteArray csv = "judge,submission,criterion,score,comment\n"
                           "J1,S1,A,1,\"one\ntwo\nthree\"\n"
                           "J1,S1,B,2,\n"
                           "J1,S1,C,3,\"x\r\ny\"\r\n"
                           "J1,S1,D,4,\n";
    const csv::CsvTable table = csv::CsvTable::parse(csv, QStringLiteral("s.csv"), import::scoreColumns().required,
                                                     {QStringLiteral("comment")});
    for (int parts = 1; parts <= 6; ++parts) {
        std::vector<int> lines;
        bool complete = true;
        for (const csv::CsvTable::Span& span : table.spans(parts))
            complete = table.forEachRowIn(span, [&](const csv::CsvRow& row) { lines.push_back(row.line); }) && complete;
        INFO(parts << " spans");
        CHECK(complete);
        CHECK(lines == std::vector<int>{2, 5, 6, 8});
    }
    CHECK(table.spans(4).size() > 1);
}
