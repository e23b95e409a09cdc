// SPDX-License-Identifier: Apache-2.0
#include "ui/handbook/HandbookStyle.h"

namespace jurybox::handbook {

// One palette for both: navy ink for headings and rules, a muted gold for tier labels, grey for secondary text.
// Colours: ink #1d2733, navy #1f3a5f, gold #8c6d1f, muted #5f6b7a, rule #c9d1da.

QStringList fontFamilies() {
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK KR")};
}

QString standaloneStyleSheet() {
    return QStringLiteral(R"(@page { size: A4; margin: 22mm 20mm 24mm 20mm; }
html { font-family: "Noto Sans", "Noto Sans CJK KR", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.45; color: #1d2733; background: #ffffff; }
body { max-width: 170mm; margin: 0 auto; padding: 0 0 12mm; }
section { break-before: page; }
h1, h2, h3 { color: #1f3a5f; font-weight: 600; line-height: 1.2; }
h2 { font-size: 20pt; margin: 0 0 6mm; }
h3 { font-size: 12.5pt; margin: 0 0 1.5mm; }
h3.sub { font-size: 11pt; margin: 7mm 0 1mm; }
section.cover { break-before: auto; min-height: 230mm; display: flex; flex-direction: column;
                justify-content: center; border-left: 3mm solid #1f3a5f; padding-left: 10mm; }
.kicker { font-size: 9pt; font-weight: 600; letter-spacing: 0.2em; text-transform: uppercase; color: #8c6d1f;
          margin: 0 0 4mm; }
.cover h1 { font-size: 32pt; margin: 0 0 8mm; padding-bottom: 8mm; border-bottom: 1.5pt solid #8c6d1f; }
.edition { font-size: 15pt; color: #1f3a5f; margin: 0 0 2mm; }
.organiser { font-size: 11pt; color: #5f6b7a; margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 5mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 2.4mm 2.5mm; border-bottom: 0.5pt solid #c9d1da; }
thead th { font-size: 7.5pt; font-weight: 600; letter-spacing: 0.1em; text-transform: uppercase; color: #1f3a5f;
           border-bottom: 1.2pt solid #1f3a5f; }
th.row { font-weight: 600; font-style: italic; color: #1f3a5f; }
th.number, td.number { text-align: right; font-variant-numeric: tabular-nums; }
thead th.plain { font-size: 8.5pt; letter-spacing: 0; text-transform: none; }
table.winners th.row { width: 22%; }
.city { font-weight: 600; letter-spacing: 0.03em; text-transform: uppercase; }
td.vacant { font-style: italic; color: #5f6b7a; }
span.note { font-size: 8.5pt; }
.description { font-size: 11pt; color: #3a4654; margin: 0 0 8mm; }
article.profile { break-inside: avoid; margin: 0 0 7mm; padding: 0 0 0 4mm; border-left: 2pt solid #8c6d1f; }
.tier { font-size: 8pt; font-weight: 600; letter-spacing: 0.16em; text-transform: uppercase; color: #8c6d1f;
        margin: 0 0 1mm; }
.place { margin: 0; font-weight: 600; }
.organisation { margin: 0; color: #5f6b7a; }
.summary { margin: 2mm 0 0; }
.vacant-tier { font-style: italic; color: #5f6b7a; }
table.panel td.name { font-weight: 600; width: 28%; }
table.panel td.country { width: 18%; }
table.panel td.role { font-style: italic; color: #3a4654; }
p.body { margin: 0 0 3mm; }
p.note { font-size: 9pt; color: #5f6b7a; margin: 0 0 4mm; }
p.signoff { margin: 6mm 0 1mm; }
p.digest { font-family: "Noto Sans Mono", "Noto Sans Mono CJK KR", "DejaVu Sans Mono", monospace;
           font-size: 8.5pt; word-break: break-all; color: #1f3a5f; margin: 0; }
@media screen { body { padding: 12mm 6mm; } section { margin-top: 16mm; } }
)");
}

QString richTextStyleSheet() {
    return QStringLiteral(R"(body { font-family: "Noto Sans", "Noto Sans CJK KR"; font-size: 10.5pt; color: #1d2733; }
div.category, div.panel, div.method { page-break-before: always; }
h2 { font-size: 20pt; font-weight: 600; color: #1f3a5f; margin-top: 0px; margin-bottom: 20px; }
h3 { font-size: 12.5pt; font-weight: 600; color: #1f3a5f; margin-top: 0px; margin-bottom: 4px; }
h3.sub { font-size: 11pt; margin-top: 22px; margin-bottom: 2px; }
table { border-collapse: collapse; margin-top: 6px; margin-bottom: 18px; }
th { text-align: left; font-size: 7.5pt; font-weight: 600; color: #1f3a5f; text-transform: uppercase;
     letter-spacing: 1px; border-bottom: 1.5px solid #1f3a5f; }
th.row { font-size: 10.5pt; font-style: italic; text-transform: none; letter-spacing: 0px;
         border-bottom: 0.75px solid #c9d1da; }
th.number, td.number { text-align: right; }
th.plain { font-size: 8.5pt; text-transform: none; letter-spacing: 0px; }
td { vertical-align: top; border-bottom: 0.75px solid #c9d1da; }
span.city { font-weight: 600; text-transform: uppercase; letter-spacing: 0.4px; }
td.vacant { font-style: italic; color: #5f6b7a; }
span.note { font-size: 8.5pt; }
p.description { font-size: 11pt; color: #3a4654; margin-bottom: 8px; }
p.tier { font-size: 8pt; font-weight: 600; color: #8c6d1f; text-transform: uppercase; letter-spacing: 1.5px;
         margin-top: 26px; margin-bottom: 3px; }
p.place { font-weight: 600; margin-top: 0px; margin-bottom: 0px; }
p.organisation { color: #5f6b7a; margin-top: 0px; margin-bottom: 0px; }
p.summary { margin-top: 6px; margin-bottom: 0px; }
p.vacant-tier { font-style: italic; color: #5f6b7a; margin-top: 26px; }
td.name { font-weight: 600; }
td.role { font-style: italic; color: #3a4654; }
p.body { margin-bottom: 10px; }
p.note { font-size: 9pt; color: #5f6b7a; margin-bottom: 14px; }
p.signoff { margin-top: 20px; margin-bottom: 4px; }
p.digest { font-family: "Noto Sans Mono CJK KR"; font-size: 8.5pt; color: #1f3a5f; }
)");
}

} // namespace jurybox::handbook
