// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/TableScreen.h"

#include "ui/models/ReportTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace jurybox::ui {

TableScreen::TableScreen(const QString& heading, std::function<report::Table()> load, QWidget* parent)
    : QWidget(parent)
    , m_load(std::move(load))
    , m_model(new ReportTableModel(this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this)) {
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(heading);
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped()), this);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    m_note->hide();
    reload();
}

void TableScreen::reload() {
    m_model->setTable(m_load());
    if (m_model->rowCount() < 500)
        m_table->resizeColumnsToContents(); // cheap on small tables; large ones keep header widths
}

void TableScreen::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace jurybox::ui
