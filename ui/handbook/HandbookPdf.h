// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/HandbookModel.h"

#include <QByteArray>

namespace jurybox::handbook {

/// The ceremony handbook as an A4 PDF with embedded Noto fonts: each section from a new page, no winner's profile
/// split across pages, a footer with the award name and page number after the cover. Needs a QGuiApplication
/// (ensureGuiApplication()).
QByteArray handbookPdf(const exports::HandbookModel& model);

} // namespace jurybox::handbook
