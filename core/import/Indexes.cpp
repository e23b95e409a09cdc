// SPDX-License-Identifier: Apache-2.0
#include "core/import/Indexes.h"

#include "core/store/JudgeStore.h"
#include "core/store/SubmissionStore.h"

namespace jurybox::import {

Lookup<Judge> judgesByRef(db::Database& db) {
    Lookup<Judge> judges(QStringLiteral("judge"));
    for (const Judge& j : store::JudgeStore(db).all())
        judges.insert(j.ref, j);
    return judges;
}

Lookup<store::SubmissionKey> submissionsByRef(db::Database& db) {
    Lookup<store::SubmissionKey> submissions(QStringLiteral("submission"));
    for (const store::SubmissionKey& s : store::SubmissionStore(db).keys())
        submissions.insert(s.ref, s);
    return submissions;
}

} // namespace jurybox::import
