// SPDX-License-Identifier: Apache-2.0
#include "ui/handbook/HandbookHtml.h"

#include "ui/handbook/HandbookStyle.h"
#include "ui/handbook/HandbookText.h"

#include <algorithm>

namespace jurybox::handbook {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

/// Builds the document. Browsers get HTML5 sectioning elements; Qt's rich-text engine only knows HTML 4, so it gets
/// divs, explicit table attributes and named anchors where a browser would use ids.
class Writer {
public:
    Writer(const exports::HandbookModel& model, HtmlFlavour flavour)
        : m_model(model)
        , m_flavour(flavour)
        , m_text(model.language) {}

    QString document() {
        m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                     .arg(m_text.language());
        m_out += QStringLiteral("<title>%1 — %2</title>\n").arg(esc(m_model.award.name), esc(m_text.handbookTitle()));
        m_out += QStringLiteral("<style>\n") + (rich() ? richTextStyleSheet() : standaloneStyleSheet()) +
                 QStringLiteral("</style>\n</head>\n<body>\n");
        // The PDF paints its cover itself (QTextDocument cannot place text on a page); the HTML carries it.
        if (!rich())
            cover();
        winners();
        int profile = 0;
        for (const exports::HandbookCategory& c : m_model.categories)
            category(c, profile);
        panel();
        method();
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out;
    }

private:
    bool rich() const { return m_flavour == HtmlFlavour::RichText; }
    QString section() const { return rich() ? QStringLiteral("div") : QStringLiteral("section"); }
    void open(const QString& tag, const QString& cls) { m_out += QStringLiteral("<%1 class=\"%2\">\n").arg(tag, cls); }
    void close(const QString& tag) { m_out += QStringLiteral("</%1>\n").arg(tag); }
    void para(const QString& cls, const QString& html) {
        m_out += QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, html);
    }
    QString tableOpen(const QString& cls, int padding) const {
        // Qt's engine reads spacing and padding from attributes more reliably than from CSS.
        if (rich()) {
            return QStringLiteral("<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"%2\">\n")
                .arg(cls)
                .arg(padding);
        }
        return QStringLiteral("<table class=\"%1\">\n").arg(cls);
    }
    void heading(const QString& level, const QString& html, const QString& anchor) {
        if (rich())
            m_out += QStringLiteral("<%1><a name=\"%2\"></a>%3</%1>\n").arg(level, anchor, html);
        else
            m_out += QStringLiteral("<%1 id=\"%2\">%3</%1>\n").arg(level, anchor, html);
    }

    void cover() {
        open(section(), QStringLiteral("cover"));
        para(QStringLiteral("kicker"), esc(m_text.handbookTitle()));
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_model.award.name));
        if (m_model.award.year > 0)
            para(QStringLiteral("edition"), esc(m_text.edition(m_model.award.year)));
        if (!m_model.award.organiser.isEmpty())
            para(QStringLiteral("organiser"), esc(m_model.award.organiser));
        close(section());
    }

    QString winnerCell(const tally::TierWinners& tier) const {
        if (tier.winners.empty()) {
            return QStringLiteral("<td class=\"vacant\">%1<br/><span class=\"note\">%2</span></td>")
                .arg(esc(m_text.vacant()), esc(m_text.vacancyReason(tier.vacancy)));
        }
        QStringList lines;
        for (const Submission& s : tier.winners)
            lines << QStringLiteral("<span class=\"city\">%1</span>, %2").arg(esc(s.city), esc(s.country));
        return QStringLiteral("<td>%1</td>").arg(lines.join(QStringLiteral("<br/>")));
    }

    void winners() {
        open(section(), QStringLiteral("winners"));
        heading(QStringLiteral("h2"), esc(m_text.winnersHeading(m_model.award.name)), QStringLiteral("winners"));
        m_out += tableOpen(QStringLiteral("winners"), 9);
        // Qt's engine sizes columns by content unless told; a browser gets the widths from the style sheet.
        const QString tierWidth =
            rich() ? QStringLiteral(" width=\"%1%\"").arg(78 / std::max<qsizetype>(1, m_model.tiers.size()))
                   : QString();
        m_out += QStringLiteral("<thead><tr><th%1 scope=\"col\">%2</th>")
                     .arg(rich() ? QStringLiteral(" width=\"22%\"") : QString(), esc(m_text.category()));
        for (const QString& tier : m_model.tiers)
            m_out += QStringLiteral("<th%1 scope=\"col\">%2</th>").arg(tierWidth, esc(tier));
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const exports::HandbookCategory& c : m_model.categories) {
            m_out += QStringLiteral("<tr><th class=\"row\" scope=\"row\">%1</th>").arg(esc(c.summary.category.name));
            for (const tally::TierWinners& tier : c.summary.tiers)
                m_out += winnerCell(tier);
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody>\n</table>\n");
        close(section());
    }

    void profile(const tally::TierWinners& tier, const Submission& s, int& n) {
        const QString tag = rich() ? QStringLiteral("div") : QStringLiteral("article");
        if (rich()) {
            open(tag, QStringLiteral("profile"));
            m_out +=
                QStringLiteral("<p class=\"tier\"><a name=\"%1\"></a>%2</p>\n").arg(profileAnchor(n), esc(tier.tier));
        } else {
            m_out += QStringLiteral("<article class=\"profile\" id=\"%1\">\n").arg(profileAnchor(n));
            para(QStringLiteral("tier"), esc(tier.tier));
        }
        ++n;
        m_out += QStringLiteral("<h3>%1</h3>\n").arg(esc(s.title));
        para(QStringLiteral("place"),
             QStringLiteral("<span class=\"city-name\">%1</span>, %2").arg(esc(s.city), esc(s.country)));
        if (!s.organisation.isEmpty())
            para(QStringLiteral("organisation"), esc(s.organisation));
        if (!s.summary.isEmpty())
            para(QStringLiteral("summary"), esc(s.summary));
        close(tag);
    }

    void category(const exports::HandbookCategory& c, int& n) {
        open(section(), QStringLiteral("category"));
        heading(QStringLiteral("h2"), esc(c.summary.category.name),
                QStringLiteral("category-%1").arg(c.summary.category.id));
        if (!c.summary.category.description.isEmpty())
            para(QStringLiteral("description"), esc(c.summary.category.description));
        for (const tally::TierWinners& tier : c.summary.tiers) {
            if (tier.winners.empty()) {
                para(QStringLiteral("vacant-tier"), esc(m_text.vacantTier(tier.tier, tier.vacancy)));
                continue;
            }
            for (const Submission& s : tier.winners)
                profile(tier, s, n);
        }
        close(section());
    }

    void panel() {
        open(section(), QStringLiteral("panel"));
        heading(QStringLiteral("h2"), esc(m_text.panelHeading(m_model.award.name)), QStringLiteral("panel"));
        m_out += tableOpen(QStringLiteral("panel"), 7);
        m_out += QStringLiteral("<thead><tr><th class=\"name\" scope=\"col\">%1</th><th class=\"country\" "
                                "scope=\"col\">%2</th><th scope=\"col\">%3</th></tr></thead>\n<tbody>\n")
                     .arg(esc(m_text.name()), esc(m_text.country()), esc(m_text.positionAndOrganisation()));
        for (const Judge& j : m_model.panel) {
            m_out += QStringLiteral(
                         "<tr><td class=\"name\">%1</td><td class=\"country\">%2</td><td class=\"role\">%3</td></tr>\n")
                         .arg(esc(j.name), esc(j.country), esc(m_text.positionAndOrganisation(j)));
        }
        m_out += QStringLiteral("</tbody>\n</table>\n");
        close(section());
    }

    void method() {
        open(section(), QStringLiteral("method"));
        heading(QStringLiteral("h2"), esc(m_text.methodHeading()), QStringLiteral("method"));
        for (const QString& p : m_text.methodParagraphs(m_model))
            para(QStringLiteral("body"), esc(p));
        m_out += QStringLiteral("<h3 class=\"sub\">%1</h3>\n").arg(esc(m_text.agreementHeading()));
        m_out += tableOpen(QStringLiteral("agreement"), 6);
        m_out += QStringLiteral("<thead><tr>");
        const QStringList columns = m_text.agreementColumns();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            // Not upper-cased like the other tables: "ICC(2,k)" and "α" change meaning in capitals.
            m_out += QStringLiteral("<th class=\"%1\" scope=\"col\">%2</th>")
                         .arg(i == 0 ? QStringLiteral("plain") : QStringLiteral("plain number"), esc(columns[i]));
        }
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const exports::HandbookCategory& c : m_model.categories) {
            const QStringList cells = m_text.agreementRow(c);
            m_out += QStringLiteral("<tr><th class=\"row\" scope=\"row\">%1</th>").arg(esc(cells.front()));
            for (qsizetype i = 1; i < cells.size(); ++i)
                m_out += QStringLiteral("<td class=\"number\">%1</td>").arg(esc(cells[i]));
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody>\n</table>\n");
        for (const QString& p : m_text.agreementNotes())
            para(QStringLiteral("note"), esc(p));
        const SignoffNote note = m_text.signoffNote(m_model);
        para(QStringLiteral("signoff"), esc(note.sentence));
        if (!note.digest.isEmpty())
            para(QStringLiteral("digest"), esc(note.digest));
        close(section());
    }

    const exports::HandbookModel& m_model;
    HtmlFlavour m_flavour;
    HandbookText m_text;
    QString m_out;
};

} // namespace

QString profileAnchor(int n) {
    return QStringLiteral("profile-%1").arg(n);
}

QString handbookHtml(const exports::HandbookModel& model, HtmlFlavour flavour) {
    return Writer(model, flavour).document();
}

} // namespace jurybox::handbook
