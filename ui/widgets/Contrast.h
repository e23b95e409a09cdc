// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>

namespace jurybox::ui {

/// WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

/// `colour` made readable on `background`: the same hue, darkened (light background) or lightened (dark background)
/// just enough to reach `minimum` (WCAG AA for body text: 4.5). A colour that already reaches it is returned as is.
QColor readableOn(const QColor& colour, const QColor& background, double minimum = 4.5);

} // namespace jurybox::ui
