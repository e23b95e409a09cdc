// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace jurybox::ui {

/// What the assignment matrix's marks and colours mean, drawn with the same glyphs and palette-derived colours as
/// the cells (rebuilt when the palette changes, e.g. on a switch to a dark theme).
class AssignmentLegend : public QWidget {
    Q_OBJECT
public:
    explicit AssignmentLegend(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
};

} // namespace jurybox::ui
