// SPDX-License-Identifier: Apache-2.0
#include "ui/models/AssignmentMatrixModel.h"

#include "core/store/AssignmentStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/ConflictStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/ScorecardStore.h"
#include "core/store/SubmissionStore.h"

#include <QGuiApplication>
#include <QPalette>

namespace jurybox::ui {

namespace {

// One byte per cell: bits 0–1 the conflict (0 none), bit 2 assigned, bits 3–4 the scorecard (0 none).
constexpr std::uint8_t kConflictMask = 0x03;
constexpr std::uint8_t kAssigned = 0x04;
constexpr int kScorecardShift = 3;

std::uint8_t conflictBits(ConflictStatus s) {
    switch (s) {
    case ConflictStatus::Confirmed:
        return 1;
    case ConflictStatus::Possible:
        return 2;
    case ConflictStatus::Cleared:
        return 3;
    }
    return 0;
}

MatrixCell decode(std::uint8_t bits) {
    MatrixCell c;
    switch (bits & kConflictMask) {
    case 1:
        c.conflict = ConflictStatus::Confirmed;
        break;
    case 2:
        c.conflict = ConflictStatus::Possible;
        break;
    case 3:
        c.conflict = ConflictStatus::Cleared;
        break;
    default:
        break;
    }
    c.assigned = (bits & kAssigned) != 0;
    const int card = bits >> kScorecardShift;
    if (card > 0)
        c.scorecard = card == 1 ? ScorecardStatus::Draft : ScorecardStatus::Submitted;
    return c;
}

std::uint64_t pairKey(Id judge, Id submission) {
    return (static_cast<std::uint64_t>(judge) << 32) ^ static_cast<std::uint64_t>(submission);
}

QColor mix(const QColor& base, const QColor& tint, double amount) {
    return QColor::fromRgbF(static_cast<float>(base.redF() + (tint.redF() - base.redF()) * amount),
                            static_cast<float>(base.greenF() + (tint.greenF() - base.greenF()) * amount),
                            static_cast<float>(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

QString describe(const MatrixCell& c) {
    QStringList parts;
    if (c.assigned)
        parts << AssignmentMatrixModel::tr("assigned");
    if (c.scorecard)
        parts << (*c.scorecard == ScorecardStatus::Submitted ? AssignmentMatrixModel::tr("scorecard submitted")
                                                             : AssignmentMatrixModel::tr("scorecard in draft"));
    if (c.conflict)
        parts << AssignmentMatrixModel::tr("%1 conflict").arg(toString(*c.conflict));
    return parts.isEmpty() ? AssignmentMatrixModel::tr("not assigned") : parts.join(QStringLiteral(", "));
}

} // namespace

AssignmentMatrixModel::AssignmentMatrixModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AssignmentMatrixModel::load(store::AwardFile& file, Id roundId) {
    db::Database& db = file.db();
    std::vector<Submission> rows = store::SubmissionStore(db).all();
    std::vector<Judge> judges = store::JudgeStore(db).all();
    QHash<Id, int> rowOf;
    QHash<Id, int> columnOf;
    for (std::size_t r = 0; r < rows.size(); ++r)
        rowOf.insert(rows[r].id, static_cast<int>(r));
    for (std::size_t j = 0; j < judges.size(); ++j)
        columnOf.insert(judges[j].id, static_cast<int>(j));
    std::vector<std::uint8_t> cells(rows.size() * judges.size(), 0);
    std::vector<int> perEntry(rows.size(), 0);
    std::vector<int> perJudge(judges.size(), 0);
    QHash<std::uint64_t, QString> reasons;
    const auto at = [&](Id judge, Id submission) -> std::uint8_t* {
        const auto r = rowOf.constFind(submission);
        const auto j = columnOf.constFind(judge);
        if (r == rowOf.cend() || j == columnOf.cend())
            return nullptr;
        return &cells[static_cast<std::size_t>(*r) * judges.size() + static_cast<std::size_t>(*j)];
    };
    for (const Conflict& c : store::ConflictStore(db).all())
        if (std::uint8_t* cell = at(c.judgeId, c.submissionId)) {
            *cell |= conflictBits(c.status);
            if (!c.reason.isEmpty())
                reasons.insert(pairKey(c.judgeId, c.submissionId), c.reason);
        }
    for (const Assignment& a : store::AssignmentStore(db).all(roundId))
        if (std::uint8_t* cell = at(a.judgeId, a.submissionId)) {
            *cell |= kAssigned;
            ++perEntry[static_cast<std::size_t>(rowOf.value(a.submissionId))];
            ++perJudge[static_cast<std::size_t>(columnOf.value(a.judgeId))];
        }
    for (const Scorecard& s : store::ScorecardStore(db).statuses(roundId))
        if (std::uint8_t* cell = at(s.judgeId, s.submissionId))
            *cell |= static_cast<std::uint8_t>((s.status == ScorecardStatus::Submitted ? 2 : 1) << kScorecardShift);
    QHash<Id, QString> names;
    for (const Category& c : store::CategoryStore(db).categories())
        names.insert(c.id, c.name);

    const auto ids = [](const auto& items) {
        std::vector<Id> out;
        out.reserve(std::size(items));
        for (const auto& item : items)
            out.push_back(item.id);
        return out;
    };
    const bool sameShape = roundId == m_roundId && ids(rows) == ids(m_rows) && ids(judges) == ids(m_judges);
    if (!sameShape)
        beginResetModel();
    m_roundId = roundId;
    m_rows = std::move(rows);
    m_judges = std::move(judges);
    m_categoryNames = std::move(names);
    m_cells = std::move(cells);
    m_judgesPerEntry = std::move(perEntry);
    m_loadPerJudge = std::move(perJudge);
    m_reasons = std::move(reasons);
    m_rowOf = std::move(rowOf);
    m_columnOf = std::move(columnOf);
    if (!sameShape) {
        endResetModel();
        return;
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

std::optional<int> AssignmentMatrixModel::rowOf(Id submissionId) const {
    const auto it = m_rowOf.constFind(submissionId);
    return it == m_rowOf.cend() ? std::nullopt : std::optional<int>(*it);
}

std::optional<int> AssignmentMatrixModel::columnOf(Id judgeId) const {
    const auto it = m_columnOf.constFind(judgeId);
    return it == m_columnOf.cend() ? std::nullopt : std::optional<int>(*it + FirstJudge);
}

MatrixCell AssignmentMatrixModel::cell(int row, int column) const {
    return decode(m_cells[offset(row, column)]);
}

QString AssignmentMatrixModel::conflictReason(int row, int column) const {
    return m_reasons.value(pairKey(judgeAt(column).id, submissionAt(row).id));
}

int AssignmentMatrixModel::assignmentCount() const {
    int n = 0;
    for (const std::uint8_t c : m_cells)
        n += (c & kAssigned) ? 1 : 0;
    return n;
}

int AssignmentMatrixModel::conflictCount(ConflictStatus status) const {
    const std::uint8_t bits = conflictBits(status);
    int n = 0;
    for (const std::uint8_t c : m_cells)
        n += (c & kConflictMask) == bits ? 1 : 0;
    return n;
}

QString AssignmentMatrixModel::glyph(const MatrixCell& c) {
    // Circles fill as the work progresses; the conflict mark follows.
    QString text;
    if (c.scorecard)
        text = *c.scorecard == ScorecardStatus::Submitted ? QStringLiteral("●") : QStringLiteral("◐");
    else if (c.assigned)
        text = QStringLiteral("○");
    if (c.conflict) {
        switch (*c.conflict) {
        case ConflictStatus::Confirmed:
            text += QStringLiteral("✖");
            break;
        case ConflictStatus::Possible:
            text += QStringLiteral("?");
            break;
        case ConflictStatus::Cleared:
            text += QStringLiteral("✓");
            break;
        }
    }
    return text;
}

QColor AssignmentMatrixModel::background(const MatrixCell& c, const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    if (c.conflict == ConflictStatus::Confirmed)
        return mix(base, QColor(214, 48, 49), 0.45);
    if (c.conflict == ConflictStatus::Possible)
        return mix(base, QColor(240, 170, 20), 0.45);
    if (c.assigned || c.scorecard)
        return mix(base, palette.color(QPalette::Highlight), 0.28);
    if (c.conflict == ConflictStatus::Cleared)
        return mix(base, QColor(60, 170, 90), 0.18);
    return base;
}

int AssignmentMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AssignmentMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstJudge + static_cast<int>(m_judges.size());
}

QVariant AssignmentMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Submission& s = submissionAt(index.row());
    if (role >= IdRole && role <= SearchTextRole)
        return SubmissionModel::roleData(s, m_categoryNames.value(s.categoryId), role);
    if (index.column() == JudgeCount) {
        if (role == Qt::DisplayRole)
            return m_judgesPerEntry[static_cast<std::size_t>(index.row())];
        if (role == Qt::TextAlignmentRole)
            return static_cast<int>(Qt::AlignCenter);
        if (role == Qt::ToolTipRole)
            return tr("%1: %n judge(s) assigned in this round", nullptr,
                      m_judgesPerEntry[static_cast<std::size_t>(index.row())])
                .arg(s.ref);
        return {};
    }
    const MatrixCell c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return glyph(c);
    case Qt::BackgroundRole:
        return background(c, QGuiApplication::palette());
    case Qt::ForegroundRole:
        return QGuiApplication::palette().color(QPalette::Text);
    case Qt::TextAlignmentRole:
        return static_cast<int>(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return cellToolTip(index.row(), index.column());
    case Qt::AccessibleTextRole:
        return describe(c);
    case JudgeIdRole:
        return QVariant::fromValue(judgeAt(index.column()).id);
    case ConflictRole:
        return c.conflict ? toString(*c.conflict) : QString();
    case AssignedRole:
        return c.assigned;
    case ScorecardRole:
        return c.scorecard ? toString(*c.scorecard) : QString();
    default:
        return {};
    }
}

QString AssignmentMatrixModel::cellToolTip(int row, int column) const {
    const Submission& s = submissionAt(row);
    const Judge& j = judgeAt(column);
    const MatrixCell c = cell(row, column);
    QString text = tr("<b>%1</b> %2 (%3)<br>× <b>%4</b> %5, %6 (%7)<br>%8")
                       .arg(j.ref.toHtmlEscaped(), j.name.toHtmlEscaped(), j.country.toHtmlEscaped(),
                            s.ref.toHtmlEscaped(), s.title.toHtmlEscaped(), s.city.toHtmlEscaped(),
                            s.country.toHtmlEscaped(), describe(c).toHtmlEscaped());
    const QString reason = conflictReason(row, column);
    if (c.conflict && !reason.isEmpty())
        text += tr("<br>Reason: %1").arg(reason.toHtmlEscaped());
    return text;
}

QVariant AssignmentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const Submission& s = submissionAt(section);
        if (role == Qt::DisplayRole)
            return s.ref;
        if (role == Qt::ToolTipRole)
            return tr("%1 — %2 (%3, %4) · %5 · %6")
                .arg(s.ref, s.title, s.city, s.country, m_categoryNames.value(s.categoryId), toString(s.status));
        if (role == Qt::ForegroundRole && s.status != SubmissionStatus::Eligible)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    if (section == JudgeCount) {
        if (role == Qt::DisplayRole)
            return tr("Judges");
        if (role == Qt::ToolTipRole)
            return tr("Judges assigned to the entry in this round");
        return {};
    }
    if (section < FirstJudge || section >= columnCount())
        return {};
    const Judge& j = judgeAt(section);
    const int load = m_loadPerJudge[static_cast<std::size_t>(section - FirstJudge)];
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1\n%2").arg(j.ref).arg(load); // the load under the ref shows the balance at a glance
    if (role == Qt::ToolTipRole)
        return tr("%1 %2 (%3, %4): %n entry(ies) assigned in this round", nullptr, load)
            .arg(j.ref, j.name, j.country, j.organisation);
    return {};
}

} // namespace jurybox::ui
