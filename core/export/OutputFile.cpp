// SPDX-License-Identifier: Apache-2.0
#include "core/export/OutputFile.h"

#include "core/Error.h"

#include <QFileInfo>
#include <QSaveFile>

namespace jurybox::exports {

void checkWritable(const QString& path, Overwrite overwrite) {
    const QFileInfo info(path);
    if (info.isDir())
        throw Error(QStringLiteral("%1 is a folder, not a file").arg(path));
    if (info.exists() && overwrite == Overwrite::Refuse)
        throw Error(QStringLiteral("%1 exists already; use --force to replace it").arg(path));
}

void writeFileAtomically(const QString& path, const QByteArray& bytes, Overwrite overwrite) {
    checkWritable(path, overwrite);
    // QSaveFile writes beside the target and renames on commit(); an error or a crash leaves the old file (or none).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace jurybox::exports
