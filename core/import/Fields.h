// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/csv/CsvTable.h"

#include <QHash>

namespace jurybox::import {

/// A required decimal number from a row; an InputError naming the value otherwise.
double requiredNumber(const csv::CsvTable& table, const csv::CsvRow& row, const QString& column);

/// Remembers the line each key first appeared on, to report duplicates ("appears twice: first on line 3").
class DuplicateGuard {
public:
    explicit DuplicateGuard(QString what)
        : m_what(std::move(what)) {}
    void check(const QString& key, const QString& shown, const csv::CsvTable& table, const csv::CsvRow& row,
               const QString& column);

private:
    QString m_what;
    QHash<QString, int> m_firstLine;
};

} // namespace jurybox::import
