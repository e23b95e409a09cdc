// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Conflict.h"
#include "core/domain/Judge.h"
#include "core/domain/Scorecard.h"
#include "core/domain/Submission.h"
#include "core/store/AwardFile.h"
#include "ui/models/SubmissionModel.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <cstdint>
#include <optional>
#include <vector>

class QPalette;

namespace jurybox::ui {

/// What one judge × submission cell holds in a round.
struct MatrixCell {
    std::optional<ConflictStatus> conflict;
    bool assigned = false;
    std::optional<ScorecardStatus> scorecard;
};

/// Judge × submission for one round: submissions as rows, the judges as columns after a column counting each entry's
/// judges. A snapshot read from the stores in a handful of queries; the cells are one byte each, so 10,000 entries
/// × 200 judges cost 2 MB and no per-cell object. The submission roles match SubmissionModel's, so the same filter
/// model searches it.
class AssignmentMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { JudgeCount, FirstJudge };
    enum Role {
        IdRole = SubmissionModel::IdRole,
        CategoryRole = SubmissionModel::CategoryRole,
        StatusRole = SubmissionModel::StatusRole,
        SearchTextRole = SubmissionModel::SearchTextRole,
        JudgeIdRole = SubmissionModel::SearchTextRole + 1,
        /// The conflict's status as text ("confirmed", "possible", "cleared"), empty for none.
        ConflictRole,
        AssignedRole,
        /// "draft", "submitted", or empty when the judge holds no scorecard for the entry.
        ScorecardRole,
    };

    explicit AssignmentMatrixModel(QObject* parent = nullptr);

    /// Reads the round's state from the award. When the entries and judges are the same as before, the cells are
    /// replaced in place (the view keeps its selection and scroll position); otherwise the model is reset.
    void load(store::AwardFile& file, Id roundId);

    Id roundId() const { return m_roundId; }
    int judgeCount() const { return static_cast<int>(m_judges.size()); }
    const Judge& judgeAt(int column) const { return m_judges[static_cast<std::size_t>(column - FirstJudge)]; }
    const Submission& submissionAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// The row of the submission and the column of the judge; nullopt when not in the matrix.
    std::optional<int> rowOf(Id submissionId) const;
    std::optional<int> columnOf(Id judgeId) const;
    MatrixCell cell(int row, int column) const;
    QString conflictReason(int row, int column) const;
    /// Counts over the whole round, for the summary line and the tests.
    int assignmentCount() const;
    int conflictCount(ConflictStatus status) const;

    /// The glyphs and the background a cell shows, shared with the legend. Backgrounds are tints of the palette's
    /// base colour, so the palette's text stays readable on them in light and dark themes alike.
    static QString glyph(const MatrixCell& cell);
    static QColor background(const MatrixCell& cell, const QPalette& palette);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::size_t offset(int row, int column) const {
        return static_cast<std::size_t>(row) * m_judges.size() + static_cast<std::size_t>(column - FirstJudge);
    }
    QString cellToolTip(int row, int column) const;

    Id m_roundId = 0;
    std::vector<Submission> m_rows;
    std::vector<Judge> m_judges;
    QHash<Id, int> m_rowOf;
    QHash<Id, int> m_columnOf;
    QHash<Id, QString> m_categoryNames;
    std::vector<std::uint8_t> m_cells;
    std::vector<int> m_judgesPerEntry;
    std::vector<int> m_loadPerJudge;
    QHash<std::uint64_t, QString> m_reasons;
};

} // namespace jurybox::ui
