// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/HandbookModel.h"

#include <QString>

namespace jurybox::handbook {

/// Who reads the HTML: a browser (the exported file) or Qt's rich-text engine (QTextDocument, for the PDF), which
/// understands a subset of HTML 4 and CSS 2.
enum class HtmlFlavour { Standalone, RichText };

/// The ceremony handbook as HTML, in the order: cover, winners table, each category with its winners'
/// profiles, judging panel, method note. Standalone: one self-contained HTML5 file (inline CSS, no scripts, no
/// external links, A4 print rules, well-formed XML so it can be checked with an XML parser). Deterministic: the same
/// model gives the same bytes.
QString handbookHtml(const exports::HandbookModel& model, HtmlFlavour flavour = HtmlFlavour::Standalone);

/// The anchor that starts the n-th winner profile in the RichText flavour: the PDF renderer keeps each profile on
/// one page by finding these.
QString profileAnchor(int n);

} // namespace jurybox::handbook
