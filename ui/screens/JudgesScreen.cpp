// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/JudgesScreen.h"

#include "core/Error.h"
#include "core/import/AwardImport.h"
#include "core/store/JudgeStore.h"
#include "ui/models/JudgeModel.h"
#include "ui/widgets/ErrorPresenter.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace jurybox::ui {

JudgesScreen::JudgesScreen(store::AwardFile& award, QWidget* parent)
    : QWidget(parent)
    , m_award(award)
    , m_model(new JudgeModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this)) {
    auto* heading = new QLabel(tr("<h2>Judging panel</h2>"), this);
    auto* importButton = new QPushButton(tr("Import judges CSV…"), this);
    auto* showCode = new QPushButton(tr("Show access code…"), this);
    showCode->setToolTip(tr("Shows the selected judge's access code, to send apart from the package file"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(importButton);
    top->addWidget(showCode);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Judges"));
    m_table->setColumnWidth(JudgeModel::Ref, 60);
    m_table->setColumnWidth(JudgeModel::Name, 170);
    m_table->setColumnWidth(JudgeModel::Country, 120);
    m_table->setColumnWidth(JudgeModel::Organisation, 250);
    m_table->setColumnWidth(JudgeModel::Position, 190);
    m_table->setColumnWidth(JudgeModel::Email, 120);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(importButton, &QPushButton::clicked, this, &JudgesScreen::chooseImport);
    connect(showCode, &QPushButton::clicked, this, &JudgesScreen::showAccessCode);
    connect(m_table, &QTableView::doubleClicked, this, &JudgesScreen::showAccessCode);
    reload();
}

void JudgesScreen::reload() {
    store::JudgeStore judges(m_award.db());
    std::vector<JudgeModel::Row> rows;
    int issued = 0;
    for (Judge& j : judges.all()) {
        const bool hasCode = judges.accessCode(j.id).has_value();
        issued += hasCode ? 1 : 0;
        rows.push_back({std::move(j), hasCode});
    }
    const int count = static_cast<int>(rows.size());
    m_model->reset(std::move(rows));
    m_summary->setText(tr("%n judge(s); ", nullptr, count) +
                       tr("%n with an access code (codes are generated when a package is written: File › Create "
                          "judge packages…).",
                          nullptr, issued));
    if (count > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

bool JudgesScreen::importCsv(const QString& path) {
    try {
        import::ImportSources sources;
        sources.judges = path;
        import::importCsv(m_award, sources);
    } catch (const Error& e) {
        ErrorPresenter::present(this, tr("Import refused — nothing was changed"), e.message());
        return false;
    }
    reload();
    Q_EMIT awardChanged();
    return true;
}

void JudgesScreen::chooseImport() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import judges"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importCsv(path);
}

std::optional<QString> JudgesScreen::selectedAccessCode() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return store::JudgeStore(m_award.db()).accessCode(m_model->rowAt(current.row()).judge.id);
}

QString JudgesScreen::accessCodeMessage() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    const Judge& j = m_model->rowAt(current.row()).judge;
    if (const auto code = selectedAccessCode())
        return tr("Access code of %1 (%2): %3\nSend it apart from the package file.").arg(j.name, j.ref, *code);
    return tr("%1 (%2) has no access code yet: codes are generated when a package is written (File › Create judge "
              "packages…).")
        .arg(j.name, j.ref);
}

void JudgesScreen::showAccessCode() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Judge& j = m_model->rowAt(current.row()).judge;
    const auto code = selectedAccessCode();
    if (!code) {
        QMessageBox::information(this, tr("No access code yet"), accessCodeMessage());
        return;
    }
    // The code opens the judge's package: make sure nobody reads it off the screen by accident.
    if (QMessageBox::question(this, tr("Show access code?"),
                              tr("Show the access code of %1 (%2) on screen?").arg(j.name, j.ref)) != QMessageBox::Yes)
        return;
    QMessageBox box(this);
    box.setWindowTitle(tr("Access code"));
    box.setText(accessCodeMessage());
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* copy = box.addButton(tr("Copy code"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton*>(copy))
        QApplication::clipboard()->setText(*code);
}

} // namespace jurybox::ui
