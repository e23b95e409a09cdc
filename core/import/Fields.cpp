// SPDX-License-Identifier: Apache-2.0
#include "core/import/Fields.h"

#include "core/Error.h"
#include "core/text/Number.h"

namespace jurybox::import {

double requiredNumber(const csv::CsvTable& table, const csv::CsvRow& row, const QString& column) {
    const QString raw = table.required(row, column);
    const auto value = text::parseDecimal(raw);
    if (!value)
        throw InputError(table.fileName(), row.line, column,
                         QStringLiteral("\"%1\" is not a number (write decimals with a point, e.g. 7.5)").arg(raw));
    return *value;
}

void DuplicateGuard::check(const QString& key, const QString& shown, const csv::CsvTable& table, const csv::CsvRow& row,
                           const QString& column) {
    const auto it = m_firstLine.constFind(key);
    if (it != m_firstLine.constEnd())
        throw InputError(table.fileName(), row.line, column,
                         QStringLiteral("duplicate %1 %2 (first on line %3)").arg(m_what, shown).arg(*it));
    m_firstLine.insert(key, row.line);
}

} // namespace jurybox::import
