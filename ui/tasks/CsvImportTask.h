// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/import/ImportSources.h"
#include "core/store/AwardFile.h"

class QWidget;

namespace jurybox::ui {

/// A page's "Import CSV…": core's all-or-nothing import of `sources` in the TaskRunner's worker (progress after
/// 300 ms, Cancel). A refusal shows core's message and a cancel says so, through the ErrorPresenter; either way
/// nothing was changed and the result is false.
bool importInWorker(QWidget* parent, store::AwardFile& award, const import::ImportSources& sources,
                    const QString& file);

} // namespace jurybox::ui
