// SPDX-License-Identifier: Apache-2.0
#include "ui/widgets/Contrast.h"

#include <algorithm>
#include <cmath>

namespace jurybox::ui {

namespace {

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& colour, const QColor& background, double minimum) {
    if (contrastRatio(colour, background) >= minimum)
        return colour;
    // Move the HSL lightness towards the far end (black on light, white on dark) in small steps; at the end the
    // colour is black or white, which reaches 4.5 against any background with a luminance away from the middle.
    const bool darken = luminance(background) > 0.18;
    const QColor hsl = colour.toHsl();
    for (int step = 1; step <= 100; ++step) {
        const double l = darken ? hsl.lightnessF() * (1.0 - step / 100.0)
                                : hsl.lightnessF() + (1.0 - hsl.lightnessF()) * step / 100.0;
        const QColor candidate = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), static_cast<float>(l));
        if (contrastRatio(candidate, background) >= minimum)
            return candidate.toRgb();
    }
    return darken ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace jurybox::ui
