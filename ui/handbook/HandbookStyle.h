// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace jurybox::handbook {

/// The font families, in fallback order: Noto Sans covers Latin (Turkish and Vietnamese included), Greek and
/// Cyrillic; Noto Sans CJK KR covers Hangul and the CJK ideographs (Debian: fonts-noto-core, fonts-noto-cjk).
QStringList fontFamilies();

/// CSS for browsers: A4 pages, page breaks before each section and never inside a winner's profile or a row.
QString standaloneStyleSheet();

/// CSS for Qt's rich-text engine (QTextDocument): the same look in the subset it understands; lengths in px of a
/// 96 dpi layout.
QString richTextStyleSheet();

} // namespace jurybox::handbook
