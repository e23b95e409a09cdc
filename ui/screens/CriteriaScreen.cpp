// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/CriteriaScreen.h"

#include "core/text/Number.h"
#include "ui/models/CriteriaModel.h"
#include "ui/undo/ChangeCriterion.h"
#include "ui/widgets/CriterionDelegate.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace jurybox::ui {

CriteriaScreen::CriteriaScreen(store::AwardFile& award, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_award(award)
    , m_undoStack(undoStack)
    , m_model(new CriteriaModel(award, undoStack, this))
    , m_tree(new QTreeView(this))
    , m_descriptorsTitle(new QLabel(this))
    , m_descriptors(new QTableWidget(0, 2, this))
    , m_apply(new QPushButton(tr("Apply descriptors"), this)) {
    auto* heading = new QLabel(tr("<h2>Categories &amp; criteria</h2>"), this);
    auto* note = new QLabel(tr("Double-click a cell to edit it; Edit › Undo takes a change back. While a tally is "
                               "signed off, names, weights and scales are frozen; descriptions stay editable."),
                            this);
    note->setWordWrap(true);

    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new CriterionDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setAccessibleName(tr("Categories and criteria"));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(CriteriaModel::Name, 200);
    for (int column : {CriteriaModel::Weight, CriteriaModel::ScaleMin, CriteriaModel::ScaleMax})
        m_tree->setColumnWidth(column, 60);
    m_tree->setColumnWidth(CriteriaModel::Descriptors, 90);
    m_tree->expandAll();

    m_descriptors->setHorizontalHeaderLabels({tr("Level"), tr("What a score at this level means")});
    m_descriptors->horizontalHeader()->setStretchLastSection(true);
    m_descriptors->verticalHeader()->hide();
    m_descriptors->setColumnWidth(0, 60);
    m_descriptors->setAccessibleName(tr("Level descriptors"));
    m_descriptorsTitle->setWordWrap(true);
    auto* add = new QPushButton(tr("Add level"), this);
    auto* remove = new QPushButton(tr("Remove level"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_descriptorsTitle);
    sideLayout->addWidget(m_descriptors, 1);
    sideLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 330});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CriteriaScreen::showDescriptors);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CriteriaScreen::showDescriptors);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        showDescriptors();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_descriptors->rowCount();
        m_descriptors->insertRow(row);
        m_descriptors->setItem(row, 0, new QTableWidgetItem);
        m_descriptors->setItem(row, 1, new QTableWidgetItem);
        m_descriptors->editItem(m_descriptors->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_descriptors->currentRow() >= 0)
            m_descriptors->removeRow(m_descriptors->currentRow());
    });
    connect(m_apply, &QPushButton::clicked, this, &CriteriaScreen::applyDescriptors);
    const QModelIndex first = m_model->index(0, 0);
    m_tree->setCurrentIndex(m_model->rowCount(first) > 0 ? m_model->index(0, 0, first) : first);
}

void CriteriaScreen::reload() {
    m_model->reload();
}

void CriteriaScreen::showDescriptors() {
    const Criterion* c = m_model->criterionAt(m_tree->currentIndex().siblingAtColumn(0));
    m_descriptors->setRowCount(0);
    m_descriptors->setEnabled(c != nullptr);
    m_apply->setEnabled(c != nullptr);
    if (!c) {
        m_descriptorsTitle->setText(tr("<b>Level descriptors</b><br>Select a criterion to describe its levels."));
        return;
    }
    m_descriptorsTitle->setText(
        tr("<b>Level descriptors of %1</b> (scale %2–%3)<br>What judges read beside each "
           "level; each level lies within the scale.")
            .arg(c->name.toHtmlEscaped(), text::formatNumber(c->scaleMin), text::formatNumber(c->scaleMax)));
    for (const Descriptor& d : c->descriptors) {
        const int row = m_descriptors->rowCount();
        m_descriptors->insertRow(row);
        m_descriptors->setItem(row, 0, new QTableWidgetItem(text::formatNumber(d.level)));
        m_descriptors->setItem(row, 1, new QTableWidgetItem(d.text));
    }
}

bool CriteriaScreen::applyDescriptors() {
    const Criterion* c = m_model->criterionAt(m_tree->currentIndex().siblingAtColumn(0));
    if (!c)
        return false;
    Criterion after = *c;
    after.descriptors.clear();
    for (int row = 0; row < m_descriptors->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem* item = m_descriptors->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const auto level = text::parseDecimal(cell(0));
        if (!level) {
            ErrorPresenter::present(this, tr("Descriptors not changed"),
                                    tr("criterion \"%1\": descriptor level \"%2\" refused: a level is a number on "
                                       "the scale (write decimals with a point, e.g. 7.5)")
                                        .arg(c->name, cell(0)));
            return false;
        }
        after.descriptors.push_back({*level, cell(1)});
    }
    return AwardCommand::push(m_undoStack, new ChangeCriterion(m_award, *c, after));
}

} // namespace jurybox::ui
