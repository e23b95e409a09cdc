// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/store/AwardFile.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <ostream>

namespace jurybox::test {

/// A fresh temporary folder per test, removed afterwards.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;
    /// Writes bytes to a file in the folder and returns its path.
    QString write(const QString& name, const QByteArray& content) const;

private:
    QTemporaryDir m_dir;
};

/// Every row of every table of a database file as text: two dumps are equal exactly when the data is.
/// Without the audit trail, two files made the same way at different times compare equal.
/// Timestamps.Ignored also leaves out created_at / updated_at, so the same change made at another time compares equal.
enum class Audit { Included, Excluded };
enum class Timestamps { Included, Ignored };
QString dumpDatabase(const QString& path, Audit audit = Audit::Included, Timestamps timestamps = Timestamps::Included);

/// The path of a file of the built-in demo award's CSVs (resources/demo).
QString demoCsv(const QString& name);

/// Creates the demo award (2014 WeGO Awards) at `path`.
store::AwardFile makeDemo(const QString& path);

} // namespace jurybox::test

// Catch2 prints QStrings readably.
inline std::ostream& operator<<(std::ostream& os, const QString& s) {
    return os << '"' << s.toStdString() << '"';
}
