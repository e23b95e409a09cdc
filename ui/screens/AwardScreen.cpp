// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/AwardScreen.h"

#include "core/audit/AuditLog.h"
#include "core/signoff/Signoff.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"
#include "core/text/Number.h"
#include "ui/models/TierModel.h"
#include "ui/undo/ChangeAward.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jurybox::ui {

AwardScreen::AwardScreen(store::AwardFile& award, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_award(award)
    , m_undoStack(undoStack)
    , m_name(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_organiser(new QLineEdit(this))
    , m_rounds(new QLabel(this))
    , m_tiers(new TierModel(award, undoStack, this))
    , m_tierTable(new QTableView(this))
    , m_text(new QTextBrowser(this)) {
    // The field allows what an old file may hold; core refuses a year outside 1900–2100 when it changes.
    m_year->setRange(0, 9999);
    m_name->setAccessibleName(tr("Award name"));
    m_year->setAccessibleName(tr("Edition year"));
    m_organiser->setAccessibleName(tr("Organiser"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Organiser:"), m_organiser);
    form->addRow(tr("Rounds:"), m_rounds);

    m_tierTable->setModel(m_tiers);
    m_tierTable->setAccessibleName(tr("Prize tiers"));
    m_tierTable->horizontalHeader()->setStretchLastSection(true);
    m_tierTable->setColumnWidth(TierModel::Name, 200);
    m_tierTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tierTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    auto* tierBox = new QVBoxLayout;
    auto* tierNote = new QLabel(tr("Tiers go to ranks 1, 2, 3… in order; a tier stays vacant when the entry at its "
                                   "rank scores below its minimum. Double-click to edit."),
                                this);
    tierNote->setWordWrap(true);
    tierBox->addWidget(m_tierTable);
    tierBox->addWidget(tierNote);

    auto* top = new QHBoxLayout;
    top->addLayout(form, 3);
    top->addLayout(tierBox, 2);
    m_text->setAccessibleName(tr("Award overview"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Award</h2>"), this));
    layout->addLayout(top);
    layout->addWidget(m_text, 1);

    for (QLineEdit* edit : {m_name, m_organiser})
        connect(edit, &QLineEdit::editingFinished, this, &AwardScreen::applyDetails);
    connect(m_year, &QSpinBox::editingFinished, this, &AwardScreen::applyDetails);
    reload();
}

bool AwardScreen::applyDetails() {
    const Award before = store::AwardStore(m_award.db()).award();
    Award after = before;
    after.name = m_name->text();
    after.year = m_year->value();
    after.organiser = m_organiser->text();
    if (after.name == before.name && after.year == before.year && after.organiser == before.organiser)
        return false;
    const bool applied = AwardCommand::push(m_undoStack, new ChangeAward(m_award, before, after));
    if (!applied)
        reload(); // the fields show what the award holds, not the refused text
    return applied;
}

void AwardScreen::reload() {
    db::Database& db = m_award.db();
    store::AwardStore awards(db);
    const Award a = awards.award();
    m_name->setText(a.name);
    m_year->setValue(a.year);
    m_organiser->setText(a.organiser);
    const auto e = [](const QString& t) { return t.toHtmlEscaped(); };
    QString html;

    QStringList rounds;
    for (const Round& r : awards.rounds())
        rounds << (r.open ? r.name : tr("%1 (closed)").arg(r.name));
    m_rounds->setText(rounds.isEmpty() ? tr("none") : rounds.join(QStringLiteral(" → ")));
    m_tiers->reload();
    // Tall enough for every tier and no more, so the overview below keeps the room.
    m_tierTable->setFixedHeight(m_tierTable->horizontalHeader()->sizeHint().height() +
                                m_tiers->rowCount() * m_tierTable->verticalHeader()->defaultSectionSize() +
                                2 * m_tierTable->frameWidth());
    const auto submissions = store::SubmissionStore(db).all();
    const auto judges = store::JudgeStore(db).all();
    QSet<QString> countries;
    for (const Submission& s : submissions)
        countries.insert(s.country);
    html += tr("<p><b>Entries:</b> %1 from %2 countries · <b>Judges:</b> %3</p>")
                .arg(submissions.size())
                .arg(countries.size())
                .arg(judges.size());

    store::CategoryStore categories(db);
    html += QStringLiteral("<h2>%1</h2><table cellpadding='4'>").arg(tr("Categories and criteria"));
    for (const Category& c : categories.categories()) {
        QStringList criteria;
        for (const Criterion& cr : categories.criteriaOf(c.id))
            criteria << tr("%1 (weight %2, %3–%4)")
                            .arg(e(cr.name), text::formatNumber(cr.weight), text::formatNumber(cr.scaleMin),
                                 text::formatNumber(cr.scaleMax));
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2<br><small>%3</small></td></tr>")
                    .arg(e(c.name), e(c.description), criteria.join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("</table>");

    audit::AuditLog log(db);
    const QStringList problems = log.verify();
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(tr("Records"), problems.isEmpty() ? tr("Audit trail intact: %1 events.").arg(log.events().size())
                                                       : tr("<b>The audit trail has been tampered with:</b> %1")
                                                             .arg(e(problems.join(QStringLiteral("; ")))));
    for (const signoff::Signoff& s : signoff::allSignoffs(db))
        html += QStringLiteral("<p>%1%2</p>")
                    .arg(e(s.describe()), s.active() ? tr(" — <b>in force</b>: the tally is frozen")
                                                     : tr(" — revoked by %1").arg(e(s.revokedBy)));
    m_text->setHtml(html);
}

} // namespace jurybox::ui
