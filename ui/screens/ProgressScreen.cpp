// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/ProgressScreen.h"

#include "core/report/Progress.h"
#include "core/store/AwardStore.h"
#include "ui/models/ProgressModel.h"
#include "ui/widgets/ProgressBarDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace jurybox::ui {

namespace {

QTableView* progressTable(ProgressModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setItemDelegateForColumn(ProgressModel::Done, new ProgressBarDelegate(ProgressModel::FractionRole, view));
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(ProgressModel::Name, 300);
    view->setColumnWidth(ProgressModel::Done, 260);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAccessibleName(name);
    return view;
}

} // namespace

ProgressScreen::ProgressScreen(store::AwardFile& award, QWidget* parent)
    : QWidget(parent)
    , m_award(award)
    , m_judges(new ProgressModel(this))
    , m_categories(new ProgressModel(this))
    , m_summary(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("<b>Judges</b> — in red: assigned entries not yet submitted"), this));
    layout->addWidget(progressTable(m_judges, tr("Progress per judge"), this), 3);
    layout->addWidget(new QLabel(tr("<b>Categories</b>"), this));
    layout->addWidget(progressTable(m_categories, tr("Progress per category"), this), 2);
}

void ProgressScreen::reload() {
    const auto round = store::AwardStore(m_award.db()).currentRound();
    if (!round) {
        m_summary->setText(tr("Every round is closed."));
        return;
    }
    auto judges = report::judgeProgress(m_award, round->id);
    int assigned = 0;
    int submitted = 0;
    int late = 0;
    for (const auto& j : judges) {
        assigned += j.assigned;
        submitted += j.submitted;
        late += j.late() ? 1 : 0;
    }
    m_summary->setText(tr("<h2>Progress of round “%1”</h2>%2 of %3 scorecards submitted; %4 judge(s) still to finish.")
                           .arg(round->name.toHtmlEscaped())
                           .arg(submitted)
                           .arg(assigned)
                           .arg(late));
    m_judges->setRows(std::move(judges));
    m_categories->setRows(report::categoryProgress(m_award, round->id));
}

} // namespace jurybox::ui
