// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/SubmissionsScreen.h"

#include "core/Error.h"
#include "core/import/AwardImport.h"
#include "core/store/CategoryStore.h"
#include "core/store/SubmissionStore.h"
#include "ui/models/SubmissionFilterModel.h"
#include "ui/models/SubmissionModel.h"
#include "ui/widgets/ChoiceDelegate.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <set>

namespace jurybox::ui {

namespace {

QComboBox* filterBox(const QString& any, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->addItem(any, QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

SubmissionsScreen::SubmissionsScreen(store::AwardFile& award, QWidget* parent)
    : QWidget(parent)
    , m_award(award)
    , m_model(new SubmissionModel(this))
    , m_filter(new SubmissionFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_category(filterBox(tr("All categories"), this))
    , m_status(filterBox(tr("Any status"), this))
    , m_country(filterBox(tr("All countries"), this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this)) {
    m_filter->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search entries, cities, countries, organisations…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search submissions"));
    for (const char* status : {"eligible", "withdrawn", "disqualified"})
        m_status->addItem(QString::fromLatin1(status), QString::fromLatin1(status));
    auto* importButton = new QPushButton(tr("Import CSV…"), this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_category);
    filters->addWidget(m_status);
    filters->addWidget(m_country);
    filters->addWidget(importButton);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SubmissionModel::Ref, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights and header-sized columns keep 10,000 rows as cheap as 10.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SubmissionModel::Ref, 78);
    m_table->setColumnWidth(SubmissionModel::Title, 270);
    m_table->setColumnWidth(SubmissionModel::City, 115);
    m_table->setColumnWidth(SubmissionModel::Country, 140);
    m_table->setColumnWidth(SubmissionModel::Category, 115);
    m_table->setAccessibleName(tr("Submissions"));
    m_detail->setOpenExternalLinks(false);
    m_detail->setAccessibleName(tr("Selected entry"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &SubmissionFilterModel::setSearchText);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategory(m_category->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toString()); });
    connect(m_country, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCountry(m_country->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SubmissionsScreen::showDetail);
    connect(importButton, &QPushButton::clicked, this, &SubmissionsScreen::chooseImport);
    reload();
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0)); // the detail pane shows an entry from the start
}

void SubmissionsScreen::reload() {
    QHash<Id, QString> names;
    for (const Category& c : store::CategoryStore(m_award.db()).categories())
        names.insert(c.id, c.name);
    std::vector<Submission> submissions = store::SubmissionStore(m_award.db()).all();
    std::set<QString> countries;
    for (const Submission& s : submissions)
        countries.insert(s.country);
    m_model->reset(std::move(submissions), names);

    const QString category = m_category->currentData().toString();
    const QString country = m_country->currentData().toString();
    m_category->blockSignals(true);
    m_country->blockSignals(true);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const Category& c : store::CategoryStore(m_award.db()).categories())
        m_category->addItem(c.name, c.name);
    while (m_country->count() > 1)
        m_country->removeItem(1);
    for (const QString& c : countries)
        m_country->addItem(c, c);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
    m_category->blockSignals(false);
    m_country->blockSignals(false);
}

void SubmissionsScreen::setUndoStack(QUndoStack* undoStack) {
    m_model->setUndoStack(&m_award, undoStack);
    m_table->setItemDelegateForColumn(
        SubmissionModel::Status,
        new ChoiceDelegate({toString(SubmissionStatus::Eligible), toString(SubmissionStatus::Withdrawn),
                            toString(SubmissionStatus::Disqualified)},
                           m_table));
    m_table->setToolTip(tr("Double-click an entry's status to change it; Edit › Undo takes the change back."));
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SubmissionsScreen::showDetail);
}

void SubmissionsScreen::showDetail() {
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const Submission& s = m_model->submissionAt(current.row());
    const auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    m_detail->setHtml(QStringLiteral("<h3>%1</h3><p><b>%2</b> · %3, %4</p><p>%5</p><p>%6</p><p><i>%7</i></p>"
                                     "<p>%8: %9</p>")
                          .arg(esc(s.title), esc(s.ref), esc(s.city), esc(s.country), esc(s.organisation),
                               esc(s.summary).replace(QLatin1Char('\n'), QStringLiteral("<br>")), esc(s.contact),
                               tr("Status"), toString(s.status)));
}

bool SubmissionsScreen::importCsv(const QString& path) {
    try {
        import::ImportSources sources;
        sources.submissions = path;
        import::importCsv(m_award, sources);
    } catch (const Error& e) {
        ErrorPresenter::present(this, tr("Import refused — nothing was changed"), e.message());
        return false;
    }
    reload();
    Q_EMIT awardChanged();
    return true;
}

void SubmissionsScreen::chooseImport() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import submissions"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importCsv(path);
}

} // namespace jurybox::ui
