// SPDX-License-Identifier: Apache-2.0
#include "ui/handbook/HandbookPdf.h"

#include "ui/handbook/HandbookHtml.h"
#include "ui/handbook/HandbookStyle.h"
#include "ui/handbook/HandbookText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>

namespace jurybox::handbook {

namespace {

// Layout in CSS pixels: at 96 dpi a px in the style sheet is what a browser would draw.
constexpr int kDpi = 96;
constexpr qreal kMarginTop = 78;
constexpr qreal kMarginBottom = 88;
constexpr qreal kMarginSide = 76;
constexpr qreal kCoverLeft = 110;

bool startsProfile(const QTextBlock& block) {
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        for (const QString& name : it.fragment().charFormat().anchorNames()) {
            if (name.startsWith(QStringLiteral("profile-")))
                return true;
        }
    }
    return false;
}

bool hasAnchor(const QTextBlock& block) {
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (!it.fragment().charFormat().anchorNames().isEmpty())
            return true;
    }
    return false;
}

int pageOf(qreal y, qreal pageHeight) {
    return static_cast<int>(std::floor(y / pageHeight));
}

/// QTextDocument has no "keep together": a profile (from its tier label to the block before the next anchor) that
/// would straddle a page boundary gets a page break before it, in document order so each decision sees the layout
/// that the earlier ones produced. A profile taller than a page is left to flow.
void keepProfilesTogether(QTextDocument& doc) {
    const qreal pageHeight = doc.pageSize().height();
    const qreal usable = pageHeight - kMarginTop - kMarginBottom;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!startsProfile(block))
            continue;
        QTextBlock last = block;
        while (last.next().isValid() && !hasAnchor(last.next()))
            last = last.next();
        QAbstractTextDocumentLayout* layout = doc.documentLayout();
        const qreal top = layout->blockBoundingRect(block).top();
        const qreal bottom = layout->blockBoundingRect(last).bottom();
        if (pageOf(top, pageHeight) != pageOf(bottom - 1, pageHeight) && bottom - top <= usable) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            // The layout after a format change is not redone reliably for the blocks that follow (they can vanish
            // from later pages), so mark everything from here on dirty: the next query lays it out afresh.
            doc.markContentsDirty(block.position(), doc.characterCount() - block.position());
        }
        block = last;
    }
}

void drawFooter(QPainter& painter, const QSizeF& page, const QString& text) {
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x5f, 0x6b, 0x7a));
    const QRectF band(kMarginSide, page.height() - kMarginBottom + 34, page.width() - 2 * kMarginSide, 20);
    painter.setPen(QPen(QColor(0xc9, 0xd1, 0xda), 0.75));
    painter.drawLine(band.topLeft(), band.topRight());
    painter.setPen(QColor(0x5f, 0x6b, 0x7a));
    painter.drawText(band.adjusted(0, 6, 0, 6), Qt::AlignHCenter | Qt::AlignTop, text);
}

QFont coverFont(qreal points, QFont::Weight weight = QFont::Normal) {
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(points);
    font.setWeight(weight);
    return font;
}

/// Draws wrapped text from `top` and returns the y below it.
qreal drawWrapped(QPainter& painter, qreal top, qreal width, const QFont& font, const QColor& colour,
                  const QString& text) {
    painter.setFont(font);
    painter.setPen(colour);
    QRectF used;
    painter.drawText(QRectF(kCoverLeft, top, width, 2000), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text,
                     &used);
    return used.bottom();
}

/// The cover: a navy band down the left edge, the title block in the upper third, the organiser at the foot.
void drawCover(QPainter& painter, const QSizeF& page, const exports::HandbookModel& model, const HandbookText& text) {
    const QColor navy(0x1f, 0x3a, 0x5f);
    const QColor gold(0x8c, 0x6d, 0x1f);
    const QColor muted(0x5f, 0x6b, 0x7a);
    painter.fillRect(QRectF(0, 0, 34, page.height()), navy);
    painter.fillRect(QRectF(34, 0, 4, page.height()), gold);
    const qreal width = page.width() - kCoverLeft - kMarginSide;

    QFont kicker = coverFont(9.5, QFont::DemiBold);
    kicker.setCapitalization(QFont::AllUppercase);
    kicker.setLetterSpacing(QFont::AbsoluteSpacing, 2.4);
    qreal y = drawWrapped(painter, 330, width, kicker, gold, text.handbookTitle());
    y = drawWrapped(painter, y + 18, width, coverFont(34, QFont::DemiBold), navy, model.award.name);
    painter.fillRect(QRectF(kCoverLeft, y + 26, 96, 2.5), gold);
    y += 48;
    if (model.award.year > 0)
        y = drawWrapped(painter, y, width, coverFont(15), navy, text.edition(model.award.year));
    if (!model.award.organiser.isEmpty()) {
        QFont label = coverFont(7.5, QFont::DemiBold);
        label.setCapitalization(QFont::AllUppercase);
        label.setLetterSpacing(QFont::AbsoluteSpacing, 1.6);
        const qreal bottom = page.height() - 150;
        drawWrapped(painter, bottom - 22, width, label, muted, text.organisedBy());
        drawWrapped(painter, bottom, width, coverFont(11), navy, model.award.organiser);
    }
}

} // namespace

QByteArray handbookPdf(const exports::HandbookModel& model) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kDpi);
        const HandbookText text(model.language);
        writer.setTitle(model.award.name + QStringLiteral(" — ") + text.handbookTitle());
        writer.setCreator(QStringLiteral("Jurybox"));

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setUseDesignMetrics(true);
        QFont font;
        font.setFamilies(fontFamilies());
        font.setPointSizeF(10.5);
        doc.setDefaultFont(font);
        doc.setHtml(handbookHtml(model, HtmlFlavour::RichText));
        const QSizeF page = writer.pageLayout().fullRectPixels(kDpi).size();
        doc.setPageSize(page);
        QTextFrameFormat root = doc.rootFrame()->frameFormat();
        root.setTopMargin(kMarginTop);
        root.setBottomMargin(kMarginBottom);
        root.setLeftMargin(kMarginSide);
        root.setRightMargin(kMarginSide);
        doc.rootFrame()->setFrameFormat(root);
        keepProfilesTogether(doc);

        QPainter painter(&writer);
        drawCover(painter, page, model, text);
        const int pages = doc.pageCount();
        for (int i = 0; i < pages; ++i) {
            writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            doc.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
            painter.restore();
            drawFooter(painter, page, text.footer(model.award.name, i + 2));
        }
        painter.end();
    }
    return bytes;
}

} // namespace jurybox::handbook
