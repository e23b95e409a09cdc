// SPDX-License-Identifier: Apache-2.0
#include "ui/screens/AwardScreen.h"

#include "core/audit/AuditLog.h"
#include "core/signoff/Signoff.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"
#include "core/text/Number.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace jurybox::ui {

AwardScreen::AwardScreen(store::AwardFile& award, QWidget* parent)
    : QWidget(parent)
    , m_award(award)
    , m_text(new QTextBrowser(this)) {
    m_text->setAccessibleName(tr("Award overview"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    reload();
}

void AwardScreen::reload() {
    db::Database& db = m_award.db();
    store::AwardStore awards(db);
    const Award a = awards.award();
    const auto e = [](const QString& t) { return t.toHtmlEscaped(); };
    QString html = QStringLiteral("<h1>%1</h1><p>%2 · %3</p>").arg(e(a.name)).arg(a.year).arg(e(a.organiser));

    QStringList tiers;
    for (const Tier& t : awards.tiers())
        tiers << (t.minimumScore ? tr("%1 (minimum %2)").arg(e(t.name), text::formatNumber(*t.minimumScore))
                                 : e(t.name));
    QStringList rounds;
    for (const Round& r : awards.rounds())
        rounds << (r.open ? e(r.name) : tr("%1 (closed)").arg(e(r.name)));
    const auto submissions = store::SubmissionStore(db).all();
    const auto judges = store::JudgeStore(db).all();
    QSet<QString> countries;
    for (const Submission& s : submissions)
        countries.insert(s.country);
    html += tr("<p><b>Prize tiers:</b> %1<br><b>Rounds:</b> %2<br><b>Entries:</b> %3 from %4 countries · "
               "<b>Judges:</b> %5</p>")
                .arg(tiers.join(QStringLiteral(" · ")), rounds.join(QStringLiteral(" → ")))
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
