// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/db/Database.h"
#include "core/domain/Judge.h"
#include "core/domain/Submission.h"
#include "core/import/Lookup.h"

namespace jurybox::import {

/// The award's judges and submissions keyed by ref, for resolving CSV references.
Lookup<Judge> judgesByRef(db::Database& db);
Lookup<Submission> submissionsByRef(db::Database& db);

} // namespace jurybox::import
