// SPDX-License-Identifier: Apache-2.0
#include "ui/dialogs/AutoAssignDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jurybox::ui {

AutoAssignDialog::AutoAssignDialog(const QString& round, int judges, int eligibleEntries, int existing, QWidget* parent)
    : QDialog(parent)
    , m_perSubmission(new QSpinBox(this))
    , m_seed(new QSpinBox(this)) {
    setWindowTitle(tr("Auto-assign judges"));
    m_perSubmission->setRange(1, std::max(1, judges));
    m_perSubmission->setValue(std::min(3, std::max(1, judges)));
    m_perSubmission->setAccessibleName(tr("Judges per entry"));
    m_seed->setRange(1, 1'000'000);
    m_seed->setValue(1);
    m_seed->setAccessibleName(tr("Seed"));
    auto* text = new QLabel(tr("Gives each of the %1 eligible entries of round “%2” K judges from the panel of %3: "
                               "never a judge with a confirmed conflict, the %4 existing assignment(s) kept, the "
                               "loads balanced. The same seed gives the same assignments.<br><br>Edit › Undo "
                               "removes exactly the assignments this adds.")
                                .arg(eligibleEntries)
                                .arg(round.toHtmlEscaped())
                                .arg(judges)
                                .arg(existing),
                            this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Judges per entry (K):"), m_perSubmission);
    form->addRow(tr("Seed:"), m_seed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

int AutoAssignDialog::perSubmission() const {
    return m_perSubmission->value();
}

std::uint64_t AutoAssignDialog::seed() const {
    return static_cast<std::uint64_t>(m_seed->value());
}

} // namespace jurybox::ui
