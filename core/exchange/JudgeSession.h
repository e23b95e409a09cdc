// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Category.h"
#include "core/domain/Submission.h"
#include "core/exchange/PackageFile.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace jurybox::exchange {

/// Where a judge stands with one entry.
enum class EntryState { NotStarted, Draft, Submitted };
QString toString(EntryState state);

/// An entry as the judge sees it, with the judge's marks so far.
struct JudgeEntry {
    Submission submission;
    EntryState state = EntryState::NotStarted;
    /// Every criterion of the entry's category has a value.
    bool complete = false;
    int revision = 0;
    QString comment;
    std::map<Id, double> values; ///< by criterion id
};

/// One mark to set, as read from a judge's scores CSV.
struct ScoreRow {
    QString submissionRef;
    Id criterionId = 0;
    double value = 0;
    std::optional<QString> comment;
};

struct JudgeProgress {
    int assigned = 0;
    int scored = 0; ///< complete scorecards
    int submitted = 0;
};

/// A judge's package opened with the access code: the headless judge mode that the CLI's `score` and the GUI's
/// judge mode share. Every change is one transaction in the package, bumps the scorecard's revision and re-signs it,
/// so killing the program at any moment loses at most the change being made.
class JudgeSession {
public:
    /// Opens the package; throws Error "the access code does not open this package" for a wrong code, before any
    /// entry is read.
    static JudgeSession open(const QString& path, const QString& accessCode);

    QString awardName();
    QString roundName();
    QString judgeName();
    bool blind();

    std::vector<Category> categories() { return m_file.categories(); }
    /// Criteria of one category, in order, with descriptors.
    std::vector<Criterion> criteriaOf(Id categoryId);
    std::vector<JudgeEntry> entries();
    std::optional<JudgeEntry> entry(const QString& submissionRef);
    JudgeProgress progress();

    /// Sets (or with nullopt clears) one mark. Throws Error for an unknown entry or criterion, or a value outside the
    /// criterion's scale. Clearing a mark of a submitted scorecard returns it to draft.
    void setScore(const QString& submissionRef, Id criterionId, std::optional<double> value);
    void setComment(const QString& submissionRef, const QString& comment);
    /// Sets many marks in one transaction: all of them or, on the first error, none.
    void applyScores(const std::vector<ScoreRow>& rows);
    /// Marks the scorecard submitted; throws Error naming the unscored criteria when it is incomplete.
    void submit(const QString& submissionRef);
    /// Submits every complete scorecard still in draft; returns how many.
    int submitAllComplete();

private:
    JudgeSession(PackageFile file, QByteArray key)
        : m_file(std::move(file))
        , m_key(std::move(key)) {}

    /// Runs `change` on the entry's scorecard (created when missing) in one transaction, then re-signs it.
    template <typename Change>
    void update(const QString& submissionRef, Change change);
    const Submission& submissionByRef(const QString& ref);

    PackageFile m_file;
    QByteArray m_key;
    std::vector<Submission> m_submissions;
    std::vector<Criterion> m_criteria;
};

} // namespace jurybox::exchange
