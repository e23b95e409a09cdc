// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace jurybox::db {

/// What a person can do about an SQLite failure, by its result code: "the disk is full; nothing was written…".
/// Empty for codes that need no advice beyond SQLite's own message.
QString adviceFor(int sqliteCode);

/// `message`, followed by the advice for the code when there is some.
QString withAdvice(const QString& message, int sqliteCode);

} // namespace jurybox::db
