// SPDX-License-Identifier: Apache-2.0
#include "core/edit/StatusEdit.h"

#include "core/Error.h"
#include "core/db/Transaction.h"
#include "core/edit/EditRules.h"
#include "core/signoff/Signoff.h"
#include "core/store/SubmissionStore.h"

namespace jurybox::edit {

bool changeSubmissionStatus(store::AwardFile& file, Id submissionId, SubmissionStatus status) {
    db::Database& db = file.db();
    db::Transaction tx(db);
    store::SubmissionStore submissions(db);
    const auto before = submissions.byId(submissionId);
    if (!before)
        throw Error(QStringLiteral("the award has no submission with id %1").arg(submissionId));
    ChangeList changes;
    changes.compare(QStringLiteral("status"), toString(before->status), toString(status));
    if (changes.isEmpty())
        return false;
    signoff::ensureNotFrozen(db);
    submissions.setStatus(submissionId, status);
    record(db, QStringLiteral("status"), QStringLiteral("submission %1 %2").arg(before->ref, quoted(before->title)),
           changes);
    tx.commit();
    return true;
}

} // namespace jurybox::edit
