// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace jurybox::exports {

/// Whether an export may replace a file that is already there.
enum class Overwrite { Refuse, Allow };

/// Throws Error naming the path when it exists and overwriting was not allowed ("use --force").
void checkWritable(const QString& path, Overwrite overwrite);

/// Writes the bytes to a temporary file beside `path` and renames it over `path` once complete, so a crash never
/// leaves half a file. Throws Error naming the path when it cannot (or, with Overwrite::Refuse, when it exists).
void writeFileAtomically(const QString& path, const QByteArray& bytes, Overwrite overwrite);

} // namespace jurybox::exports
