// SPDX-License-Identifier: Apache-2.0
#include "core/generate/SyntheticAward.h"

#include "core/Error.h"
#include "core/audit/AuditLog.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/generate/Gazetteer.h"
#include "core/generate/Random.h"
#include "core/store/AwardFile.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace jurybox::generate {

namespace {

struct CategorySpec {
    const char* name;
    const char* prefix;
};

constexpr std::array kCategories{CategorySpec{"Services", "SER"}, CategorySpec{"Efficiency", "EFF"},
                                 CategorySpec{"Open City", "OPE"}, CategorySpec{"Innovacity", "INN"},
                                 CategorySpec{"Human-Centricity", "HUM"}};

struct JudgeProfile {
    Id id = 0;
    QString country;
    double severity = 0; // subtracted from every mark
    double noise = 0;    // SD of the judge's random error
};

struct EntryProfile {
    Id id = 0;
    int category = 0;
    QString country;
    double quality = 0;
};

void validate(const GeneratorOptions& o) {
    if (o.submissions < 1)
        throw Error(QStringLiteral("--submissions must be at least 1"));
    if (o.judges < 1)
        throw Error(QStringLiteral("--judges must be at least 1"));
    if (o.perSubmission < 1 || o.perSubmission > o.judges)
        throw Error(QStringLiteral("--per-submission %1 must be between 1 and the number of judges (%2)")
                        .arg(o.perSubmission)
                        .arg(o.judges));
    const auto pool = static_cast<int>(criterionNames().size());
    if (o.criteria < 1 || o.criteria > pool)
        throw Error(QStringLiteral("--criteria must be between 1 and %1").arg(pool));
}

QString uuidFrom(Random& random) {
    std::array<unsigned char, 16> b{};
    for (auto& byte : b)
        byte = static_cast<unsigned char>(random.below(256));
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40); // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(b.data()), 16).toHex());
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-') +
           hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

/// Categories and C criteria each; returns the criterion ids and their scale per category.
std::vector<std::vector<Id>> writeCategories(db::Database& db, Random& random, int criteriaPerCategory) {
    store::CategoryStore store(db);
    std::vector<std::vector<Id>> criteria;
    const auto names = criterionNames();
    for (std::size_t c = 0; c < kCategories.size(); ++c) {
        const Id categoryId = store.addCategory(QString::fromUtf8(kCategories[c].name),
                                                QStringLiteral("Synthetic category for scale tests."));
        std::vector<Id> ids;
        for (int k = 0; k < criteriaPerCategory; ++k) {
            Criterion criterion;
            criterion.categoryId = categoryId;
            criterion.name = QString::fromUtf8(names[(c + static_cast<std::size_t>(k)) % names.size()]);
            criterion.weight = 1 + static_cast<double>(random.below(4));
            criterion.scaleMin = 1;
            criterion.scaleMax = 10;
            ids.push_back(store.addCriterion(criterion));
        }
        criteria.push_back(std::move(ids));
    }
    return criteria;
}

std::vector<JudgeProfile> writeJudges(db::Database& db, Random& random, int count) {
    db::Statement insert = db.prepare("INSERT INTO judge (ref, name, country, organisation, position) "
                                      "VALUES (?, ?, ?, ?, ?)");
    std::vector<JudgeProfile> judges;
    judges.reserve(static_cast<std::size_t>(count));
    for (int j = 0; j < count; ++j) {
        const Place& home = places()[random.below(places().size())];
        const QString name = QString::fromUtf8(givenNames()[random.below(givenNames().size())]) + QLatin1Char(' ') +
                             QString::fromUtf8(familyNames()[random.below(familyNames().size())]);
        insert.bind(1, QStringLiteral("J%1").arg(j + 1, 5, 10, QLatin1Char('0')))
            .bind(2, name)
            .bind(3, QString::fromUtf8(home.country))
            .bind(4, QStringLiteral("Smart City Institute of %1").arg(QString::fromUtf8(home.city)))
            .bind(5, QStringLiteral("Professor"))
            .run();
        judges.push_back(
            {db.lastInsertId(), QString::fromUtf8(home.country), random.normal(0, 0.6), 0.4 + 0.8 * random.uniform()});
    }
    return judges;
}

std::vector<EntryProfile> writeSubmissions(db::Database& db, Random& random, int count,
                                           const std::vector<Category>& categories) {
    db::Statement insert = db.prepare("INSERT INTO submission (ref, title, city, country, organisation, summary, "
                                      "contact, category_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    std::vector<EntryProfile> entries;
    entries.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const int category = i % static_cast<int>(kCategories.size());
        const Place& place = places()[random.below(places().size())];
        const auto kinds = projectKinds(category);
        const QString kind = QString::fromUtf8(kinds[random.below(kinds.size())]);
        const QString city = QString::fromUtf8(place.city);
        insert
            .bind(1, QStringLiteral("%1-%2")
                         .arg(QString::fromLatin1(kCategories[static_cast<std::size_t>(category)].prefix))
                         .arg(i + 1, 6, 10, QLatin1Char('0')))
            .bind(2, QStringLiteral("%1 of %2").arg(kind, city))
            .bind(3, city)
            .bind(4, QString::fromUtf8(place.country))
            .bind(5, QStringLiteral("City of %1").arg(city))
            .bind(6, QStringLiteral("%1 run by the city of %2, serving its residents since %3.")
                         .arg(kind, city)
                         .arg(2015 + static_cast<int>(random.below(10))))
            .bind(7, QStringLiteral("smartcity@example.org"))
            .bind(8, categories[static_cast<std::size_t>(category)].id)
            .run();
        entries.push_back({db.lastInsertId(), category, QString::fromUtf8(place.country), random.normal()});
    }
    return entries;
}

GeneratorSummary writeAward(store::AwardFile& file, Random& random, const GeneratorOptions& options) {
    db::Database& db = file.db();
    // One large transaction touches pages all over the assignment and score indexes; with SQLite's default 2 MB
    // cache it spills and re-reads them, and the time grows with the square of N (30,000 entries: 38 s).
    db.exec("PRAGMA cache_size = -131072");
    db::Transaction tx(db);

    store::AwardStore awards(db);
    for (const char* tier : {"Best", "Outstanding", "Most Promising"})
        awards.addTier(QString::fromUtf8(tier));
    const Id roundId = awards.addRound(QStringLiteral("Final"));
    const auto criteria = writeCategories(db, random, options.criteria);
    const auto categories = store::CategoryStore(db).categories();
    const auto judges = writeJudges(db, random, options.judges);
    const auto entries = writeSubmissions(db, random, options.submissions, categories);

    db::Statement conflict = db.prepare("INSERT INTO conflict (judge_id, submission_id, reason) VALUES (?, ?, ?)");
    db::Statement assign = db.prepare("INSERT INTO assignment (judge_id, submission_id, round_id) VALUES (?, ?, ?)");
    db::Statement card = db.prepare("INSERT INTO scorecard (judge_id, submission_id, round_id, comment, status, "
                                    "revision, created_at, updated_at) VALUES (?, ?, ?, '', 'submitted', 1, ?, ?)");
    db::Statement score = db.prepare("INSERT INTO score (scorecard_id, criterion_id, value) VALUES (?, ?, ?)");
    const QString stamp = QStringLiteral("2026-06-01T09:00:00.000Z");

    GeneratorSummary summary{options.submissions, options.judges, 0, 0, 0};
    const auto judgeCount = judges.size();
    std::size_t next = 0; // round-robin pointer: advancing it K per entry keeps loads within one of each other
    for (const EntryProfile& entry : entries) {
        // About one entry in five has a confirmed same-country conflict with one judge.
        std::size_t conflicted = judgeCount;
        if (random.chance(0.2)) {
            const std::size_t start = random.below(judgeCount);
            for (std::size_t k = 0; k < judgeCount && conflicted == judgeCount; ++k)
                if (judges[(start + k) % judgeCount].country == entry.country)
                    conflicted = (start + k) % judgeCount;
            if (conflicted != judgeCount && judgeCount > static_cast<std::size_t>(options.perSubmission)) {
                conflict.bind(1, judges[conflicted].id).bind(2, entry.id).bind(3, QStringLiteral("Same country")).run();
                ++summary.conflicts;
            } else {
                conflicted = judgeCount;
            }
        }
        const auto& ids = criteria[static_cast<std::size_t>(entry.category)];
        std::vector<double> offsets;
        for (std::size_t c = 0; c < ids.size(); ++c)
            offsets.push_back(random.normal(0, 0.6));
        for (int taken = 0; taken < options.perSubmission; ++next) {
            const std::size_t j = next % judgeCount;
            if (j == conflicted)
                continue;
            const JudgeProfile& judge = judges[j];
            assign.bind(1, judge.id).bind(2, entry.id).bind(3, roundId).run();
            card.bind(1, judge.id).bind(2, entry.id).bind(3, roundId).bind(4, stamp).bind(5, stamp).run();
            const Id cardId = db.lastInsertId();
            for (std::size_t c = 0; c < ids.size(); ++c) {
                const double raw =
                    5.5 + 1.6 * entry.quality + offsets[c] - judge.severity + random.normal(0, judge.noise);
                score.bind(1, cardId).bind(2, ids[c]).bind(3, std::clamp(std::round(raw), 1.0, 10.0)).run();
                ++summary.scores;
            }
            ++summary.scorecards;
            ++taken;
        }
    }
    audit::AuditLog(db).append(QStringLiteral("generate"),
                               QStringLiteral("Generated %1 submissions, %2 judges, %3 scorecards (seed %4)")
                                   .arg(summary.submissions)
                                   .arg(summary.judges)
                                   .arg(summary.scorecards)
                                   .arg(options.seed));
    tx.commit();
    return summary;
}

} // namespace

GeneratorSummary generateAward(const QString& path, const GeneratorOptions& options) {
    validate(options);
    Random random(options.seed);
    const Award award{uuidFrom(random), QStringLiteral("Synthetic Smart City Prize"), 2026,
                      QStringLiteral("Jurybox generator, seed %1").arg(options.seed)};
    // create() refuses an existing file and cleans up after itself; from here on the file is ours.
    std::optional<store::AwardFile> file = store::AwardFile::create(path, award);
    try {
        return writeAward(*file, random, options);
    } catch (...) {
        // A half-generated award is of no use to anyone: leave no file behind (disk full, interrupted write).
        file.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
        throw;
    }
}

} // namespace jurybox::generate
