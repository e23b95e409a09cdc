// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Judge.h"
#include "core/import/Lookup.h"
#include "core/store/SubmissionStore.h"

namespace jurybox::import {

/// The award's judges and submissions keyed by ref, for resolving CSV references. A submission is only its keys
/// (id, ref, category): that is all a reference needs, and a large award's titles and summaries stay unread.
Lookup<Judge> judgesByRef(db::Database& db);
Lookup<store::SubmissionKey> submissionsByRef(db::Database& db);

} // namespace jurybox::import
