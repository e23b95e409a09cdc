// SPDX-License-Identifier: Apache-2.0
#include "ui/MainWindow.h"

#include "core/report/AwardListings.h"
#include "ui/models/ListingModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

namespace jurybox::ui {

MainWindow::MainWindow(std::unique_ptr<store::AwardFile> award, const QString& title, QWidget* parent)
    : QMainWindow(parent)
    , m_award(std::move(award))
    , m_tabs(new QTabWidget(this)) {
    setWindowTitle(title + QStringLiteral(" — Jurybox"));
    setCentralWidget(m_tabs);
    addListingTab(tr("Submissions"), static_cast<int>(report::Listing::Submissions));
    addListingTab(tr("Judges"), static_cast<int>(report::Listing::Judges));
    addListingTab(tr("Criteria"), static_cast<int>(report::Listing::Criteria));
    addListingTab(tr("Scorecards"), static_cast<int>(report::Listing::Scorecards));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::addListingTab(const QString& label, int listing) {
    auto* model = new ListingModel(this);
    model->setTable(report::listTable(*m_award, static_cast<report::Listing>(listing)));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    auto* view = new QTableView(m_tabs);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->resizeColumnsToContents();
    m_tabs->addTab(view, label);
}

} // namespace jurybox::ui
