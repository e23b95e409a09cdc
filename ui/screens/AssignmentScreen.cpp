// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/AssignmentScreen.h"

#include "core/Error.h"
#include "core/assign/FoundConflicts.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "ui/dialogs/AutoAssignDialog.h"
#include "ui/models/AssignmentFilterModel.h"
#include "ui/models/AssignmentMatrixModel.h"
#include "ui/undo/AutoAssignCommand.h"
#include "ui/undo/AwardCommand.h"
#include "ui/undo/ChangeAssignment.h"
#include "ui/undo/ChangeConflict.h"
#include "ui/widgets/AssignmentLegend.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaMethod>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jurybox::ui {

AssignmentScreen::AssignmentScreen(store::AwardFile& award, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_award(award)
    , m_undoStack(undoStack ? undoStack : new QUndoStack(this))
    , m_ownsStack(undoStack == nullptr)
    , m_model(new AssignmentMatrixModel(this))
    , m_filter(new AssignmentFilterModel(this))
    , m_round(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_conflicts(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_report(new QLabel(this)) {
    m_filter->setSourceModel(m_model);
    m_round->setAccessibleName(tr("Round"));
    m_search->setPlaceholderText(tr("Search entries, cities, countries…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search entries"));
    m_category->addItem(tr("All categories"), QString());
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_conflicts->addItem(tr("All entries"), -1);
    m_conflicts->addItem(tr("Possible conflicts to review"), static_cast<int>(ConflictStatus::Possible));
    m_conflicts->addItem(tr("Confirmed conflicts"), static_cast<int>(ConflictStatus::Confirmed));
    m_conflicts->addItem(tr("Cleared conflicts"), static_cast<int>(ConflictStatus::Cleared));
    m_conflicts->setAccessibleName(tr("Entries shown"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Round:"), this));
    filters->addWidget(m_round);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_category);
    filters->addWidget(m_conflicts);
    auto* bar = new QWidget(this);
    buildActions(bar);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Conflicts and assignments"));
    m_table->setWordWrap(false);
    // Fixed sizes keep 10,000 rows × 200 judge columns as cheap as a small award: the view never measures cells.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Conflicts &amp; assignments</h2>"), this));
    layout->addLayout(filters);
    layout->addWidget(bar);
    layout->addWidget(new AssignmentLegend(this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_report);

    connect(m_round, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &AssignmentFilterModel::setSearchText);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategory(m_category->currentData().toString()); });
    connect(m_conflicts, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_conflicts->currentData().toInt();
        m_filter->setConflictFilter(status < 0 ? std::nullopt
                                               : std::optional<ConflictStatus>(static_cast<ConflictStatus>(status)));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { onCurrent(&AssignmentScreen::toggleAssignment); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &AssignmentScreen::showContextMenu);
    // Space on the selected cell, so a secretariat can work through a column from the keyboard.
    auto* toggle = new QAction(tr("Assign / unassign"), m_table);
    toggle->setShortcut(Qt::Key_Space);
    toggle->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this] { onCurrent(&AssignmentScreen::toggleAssignment); });
    loadRounds();
    reload();
}

void AssignmentScreen::buildActions(QWidget* bar) {
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString& text, const QString& tip, auto slot) {
        auto* b = new QPushButton(text, bar);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button(tr("Find conflicts"), tr("Record every judge and entry from the same country as a possible conflict"),
           [this] { findConflicts(); });
    button(tr("Assign / unassign"),
           tr("Assign the judge of the selected cell to its entry, or take them off it "
              "(also: double-click, Space)"),
           [this] { onCurrent(&AssignmentScreen::toggleAssignment); });
    button(tr("Confirm conflict"), tr("The judge may no longer score the entry; their assignment is removed"),
           [this] { onCurrent(&AssignmentScreen::confirm); });
    button(tr("Clear conflict"), tr("Looked at and dismissed: the judge may score the entry"),
           [this] { onCurrent(&AssignmentScreen::clear); });
    button(tr("Declare conflict…"), tr("Record a confirmed conflict with its reason"),
           [this] { onCurrent(&AssignmentScreen::declare); });
    row->addSpacing(12);
    button(tr("Auto-assign…"), tr("Give every eligible entry K judges, balanced, never a conflicted one"),
           [this] { chooseAutoAssign(); });
    row->addStretch(1);
}

void AssignmentScreen::loadRounds() {
    store::AwardStore awards(m_award.db());
    const auto current = awards.currentRound();
    m_round->blockSignals(true);
    const QVariant previous = m_round->currentData();
    m_round->clear();
    for (const Round& r : awards.rounds())
        m_round->addItem(r.open ? r.name : tr("%1 (closed)").arg(r.name), QVariant::fromValue(r.id));
    int index = m_round->findData(previous);
    if (index < 0 && current)
        index = m_round->findData(QVariant::fromValue(current->id));
    m_round->setCurrentIndex(index >= 0 ? index : m_round->count() - 1);
    m_round->blockSignals(false);
}

void AssignmentScreen::reload() {
    if (m_round->count() == 0)
        loadRounds();
    if (m_round->count() == 0) {
        m_summary->setText(tr("The award has no round."));
        return;
    }
    m_model->load(m_award, m_round->currentData().value<Id>());
    // Every judge column as wide as the longest ref, so "J00017" is never clipped to "|00017".
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("J000"));
    for (int c = AssignmentMatrixModel::FirstJudge; c < m_model->columnCount(); ++c)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_model->judgeAt(c).ref));
    m_table->horizontalHeader()->setDefaultSectionSize(widest + 16);
    m_table->setColumnWidth(AssignmentMatrixModel::JudgeCount, fontMetrics().horizontalAdvance(tr("Judges")) + 18);
    const QString category = m_category->currentData().toString();
    m_category->blockSignals(true);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const Category& c : store::CategoryStore(m_award.db()).categories())
        m_category->addItem(c.name, c.name);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_category->blockSignals(false);
    showSummary();
}

void AssignmentScreen::showSummary() {
    m_summary->setText(tr("%1 entries × %2 judges in round “%3”: %4 assignment(s); conflicts: %5 confirmed, %6 "
                          "possible (to review), %7 cleared.")
                           .arg(m_model->rowCount())
                           .arg(m_model->judgeCount())
                           .arg(m_round->currentText().toHtmlEscaped())
                           .arg(m_model->assignmentCount())
                           .arg(m_model->conflictCount(ConflictStatus::Confirmed))
                           .arg(m_model->conflictCount(ConflictStatus::Possible))
                           .arg(m_model->conflictCount(ConflictStatus::Cleared)));
}

QString AssignmentScreen::reportText() const {
    return m_report->text();
}

std::optional<int> AssignmentScreen::findConflicts() {
    try {
        const int found = assign::findSameCountryConflicts(m_award);
        m_report->setText(tr("%n possible conflict(s) recorded (a judge from the entry's country); show them with "
                             "“Possible conflicts to review” and confirm or clear each.",
                             nullptr, found));
        // Not on the undo history (it only adds possible marks, which decide nothing): the pages reload here.
        if (isSignalConnected(QMetaMethod::fromSignal(&AssignmentScreen::awardChanged)))
            Q_EMIT awardChanged(); // the main window reloads every page, this one included
        else
            reload();
        return found;
    } catch (const Error& e) {
        ErrorPresenter::present(this, tr("No conflicts recorded"), e.message());
        return std::nullopt;
    }
}

bool AssignmentScreen::perform(AwardCommand* command) {
    // The stack's indexChanged reloads the pages (the main window's, queued); a page on its own reloads itself.
    const bool done = AwardCommand::push(m_undoStack, command);
    if (done && !m_ownsStack)
        return true;
    if (done)
        reload();
    return done;
}

bool AssignmentScreen::setAssigned(Id judgeId, Id submissionId, bool assigned) {
    const auto row = m_model->rowOf(submissionId);
    const auto column = m_model->columnOf(judgeId);
    if (!row || !column)
        return false;
    return perform(new ChangeAssignment(m_award, {judgeId, submissionId, m_model->roundId()}, assigned,
                                        m_model->judgeAt(*column).ref, m_model->submissionAt(*row).ref));
}

bool AssignmentScreen::decideConflict(Id judgeId, Id submissionId, ConflictStatus status, const QString& reason) {
    const auto row = m_model->rowOf(submissionId);
    const auto column = m_model->columnOf(judgeId);
    if (!row || !column)
        return false;
    return perform(
        new ChangeConflict(m_award, m_model->judgeAt(*column).ref, m_model->submissionAt(*row).ref, status, reason));
}

std::optional<assign::AssignReport> AssignmentScreen::autoAssign(int perSubmission, std::uint64_t seed) {
    assign::AssignOptions options;
    options.perSubmission = perSubmission;
    options.roundId = m_model->roundId();
    options.seed = seed;
    auto* command = new AutoAssignCommand(m_award, options);
    if (!perform(command))
        return std::nullopt; // refused: the stack deleted the command
    const assign::AssignReport report = command->report();
    m_report->setText(tr("Auto-assign, round “%1”, %2 judge(s) per entry (seed %3): %4 assignment(s) added, %5 "
                         "kept; each judge now has %6–%7 entries.")
                          .arg(report.round.name.toHtmlEscaped())
                          .arg(perSubmission)
                          .arg(seed)
                          .arg(report.added)
                          .arg(report.kept)
                          .arg(report.minLoad)
                          .arg(report.maxLoad));
    return report;
}

std::optional<std::pair<Id, Id>> AssignmentScreen::currentPair() const {
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid() || current.column() < AssignmentMatrixModel::FirstJudge)
        return std::nullopt;
    return std::pair(m_model->judgeAt(current.column()).id, m_model->submissionAt(current.row()).id);
}

void AssignmentScreen::onCurrent(void (AssignmentScreen::*action)(Id, Id)) {
    if (const auto pair = currentPair())
        (this->*action)(pair->first, pair->second);
    else
        m_report->setText(tr("Select a cell of a judge's column first."));
}

void AssignmentScreen::toggleAssignment(Id judgeId, Id submissionId) {
    const auto row = m_model->rowOf(submissionId);
    const auto column = m_model->columnOf(judgeId);
    if (row && column)
        setAssigned(judgeId, submissionId, !m_model->cell(*row, *column).assigned);
}

void AssignmentScreen::confirm(Id judgeId, Id submissionId) {
    decideConflict(judgeId, submissionId, ConflictStatus::Confirmed);
}

void AssignmentScreen::clear(Id judgeId, Id submissionId) {
    decideConflict(judgeId, submissionId, ConflictStatus::Cleared);
}

void AssignmentScreen::declare(Id judgeId, Id submissionId) {
    const auto row = m_model->rowOf(submissionId);
    const auto column = m_model->columnOf(judgeId);
    if (!row || !column)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Declare a conflict"),
        tr("Why may %1 not judge %2?").arg(m_model->judgeAt(*column).name, m_model->submissionAt(*row).ref),
        QLineEdit::Normal, m_model->conflictReason(*row, *column), &ok);
    if (ok)
        decideConflict(judgeId, submissionId, ConflictStatus::Confirmed, reason.trimmed());
}

void AssignmentScreen::chooseAutoAssign() {
    int eligible = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        eligible += m_model->submissionAt(r).status == SubmissionStatus::Eligible ? 1 : 0;
    AutoAssignDialog dialog(m_round->currentText(), m_model->judgeCount(), eligible, m_model->assignmentCount(), this);
    if (dialog.exec() == QDialog::Accepted)
        autoAssign(dialog.perSubmission(), dialog.seed());
}

void AssignmentScreen::showContextMenu(const QPoint& at) {
    if (!currentPair())
        return;
    QMenu menu(this);
    menu.addAction(tr("Assign / unassign"), this, [this] { onCurrent(&AssignmentScreen::toggleAssignment); });
    menu.addSeparator();
    menu.addAction(tr("Confirm conflict"), this, [this] { onCurrent(&AssignmentScreen::confirm); });
    menu.addAction(tr("Clear conflict"), this, [this] { onCurrent(&AssignmentScreen::clear); });
    menu.addAction(tr("Declare conflict…"), this, [this] { onCurrent(&AssignmentScreen::declare); });
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

} // namespace jurybox::ui
