// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/AssignmentLegend.h"

#include "ui/models/AssignmentMatrixModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace jurybox::ui {

AssignmentLegend::AssignmentLegend(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    build();
}

void AssignmentLegend::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        build();
}

void AssignmentLegend::build() {
    auto* row = static_cast<QHBoxLayout*>(layout());
    while (QLayoutItem* item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto entry = [&](const MatrixCell& cell, const QString& meaning) {
        auto* swatch = new QLabel(AssignmentMatrixModel::glyph(cell), this);
        swatch->setAlignment(Qt::AlignCenter);
        swatch->setMinimumWidth(28);
        swatch->setAutoFillBackground(true);
        QPalette p = palette();
        p.setColor(QPalette::Window, AssignmentMatrixModel::background(cell, palette()));
        p.setColor(QPalette::WindowText, palette().color(QPalette::Text));
        swatch->setPalette(p);
        row->addWidget(swatch);
        row->addWidget(new QLabel(meaning, this));
        row->addSpacing(8);
    };
    entry({std::nullopt, true, std::nullopt}, tr("assigned"));
    entry({std::nullopt, true, ScorecardStatus::Draft}, tr("scorecard in draft"));
    entry({std::nullopt, true, ScorecardStatus::Submitted}, tr("submitted"));
    entry({ConflictStatus::Confirmed, false, std::nullopt}, tr("confirmed conflict (blocks)"));
    entry({ConflictStatus::Possible, false, std::nullopt}, tr("possible conflict (to review)"));
    entry({ConflictStatus::Cleared, false, std::nullopt}, tr("cleared"));
    row->addStretch(1);
}

} // namespace jurybox::ui
