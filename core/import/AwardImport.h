// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/import/ImportReport.h"
#include "core/import/ImportSources.h"
#include "core/store/AwardFile.h"

namespace jurybox::import {

/// Imports any subset of the CSV files into the award in one transaction, in the order criteria, submissions,
/// judges, conflicts, assignments, scores. All or nothing: on the first bad row an InputError is thrown and the award
/// file is exactly as it was.
ImportReport importCsv(store::AwardFile& award, const ImportSources& sources);

} // namespace jurybox::import
