// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Category.h"
#include "core/domain/Submission.h"
#include "core/exchange/PackageCrypto.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace jurybox::exchange {

/// A scorecard as a package holds it.
struct PackageCard {
    Id id = 0;
    Id submissionId = 0;
    QString comment;
    QString status; ///< draft or submitted
    int revision = 1;
    QString createdAt;
    QString updatedAt;
    QByteArray signature;
    std::map<Id, double> values; ///< by the package's criterion id
};

/// An open `.jurypkg`: its kind checked, its metadata, definition, entries and scorecards read with plain SELECTs.
/// Everything else about packages (writing one, scoring, merging) goes through this class.
class PackageFile {
public:
    /// A new, empty package with the schema, at path (which must not exist).
    static PackageFile create(const QString& path);
    /// Opens an existing package; throws IntegrityError for a file of another kind or version.
    static PackageFile open(const QString& path, bool writable);

    db::Database& db() { return m_db; }

    /// A metadata value (empty when absent), from the copy read on opening and kept up to date by setMeta: the
    /// signature of every scorecard covers three of them.
    QString meta(const QString& key) const;
    void setMeta(const QString& key, const QString& value);

    std::vector<Category> categories();
    /// Every criterion with its descriptors, in category then criterion order.
    std::vector<Criterion> criteria();
    std::vector<Submission> submissions();
    std::vector<PackageCard> scorecards();
    /// The scorecard of one entry, if the judge has started it.
    std::optional<PackageCard> scorecardFor(Id submissionId);

    /// Re-reads the metadata, entry refs and criterion names after the package was written to.
    void reload() { loadNames(); }
    /// What the signature of a card covers, with refs and criterion names resolved from this package.
    SignedScorecard signedContent(const PackageCard& card);

private:
    explicit PackageFile(db::Database db)
        : m_db(std::move(db)) {}
    void loadNames();

    db::Database m_db;
    std::map<QString, QString> m_meta;
    std::map<Id, QString> m_submissionRefs;
    std::map<Id, Criterion> m_criteria;
};

} // namespace jurybox::exchange
