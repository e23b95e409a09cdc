// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/export/HandbookModel.h"
#include "core/export/OutputFile.h"

#include <QString>

#include <optional>

namespace jurybox::handbook {

enum class HandbookFormat { Pdf, Html };

/// The format a path asks for by its extension (.pdf, .html, .htm, any case); nullopt for anything else.
std::optional<HandbookFormat> handbookFormatFor(const QString& path);

/// Renders the handbook and writes it to `path` atomically (temporary file, then rename). Throws Error when the
/// path exists and overwriting was not allowed, or when it cannot be written. PDF needs a QGuiApplication: call
/// ensureGuiApplication() first in programs that may not have one.
void writeHandbook(const exports::HandbookModel& model, const QString& path, HandbookFormat format,
                   exports::Overwrite overwrite = exports::Overwrite::Refuse);

/// Makes sure a QGuiApplication exists for rendering: creates one on the "offscreen" platform (unless
/// QT_QPA_PLATFORM says otherwise) when the program has no application object, so the CLI works without a display.
/// Throws Error when the program already created a plain QCoreApplication (a second application cannot be made).
void ensureGuiApplication();

} // namespace jurybox::handbook
