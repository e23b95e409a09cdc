// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"
#include "core/csv/CsvTable.h"
#include "core/text/Suggest.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace jurybox::import {

/// Finds a record by its user-visible key (a ref or a name); an unknown key is an InputError with a suggestion.
template <typename T>
class Lookup {
public:
    explicit Lookup(QString kind)
        : m_kind(std::move(kind)) {}

    void insert(const QString& key, T value) { m_items.insert(key, std::move(value)); }
    bool contains(const QString& key) const { return m_items.contains(key); }
    std::optional<T> find(const QString& key) const {
        const auto it = m_items.constFind(key);
        return it == m_items.constEnd() ? std::nullopt : std::optional<T>(*it);
    }

    /// The record for `key`, or an error at that row and column: unknown category "Open Citi"; did you mean ...
    const T& get(const QString& key, const csv::CsvTable& table, const csv::CsvRow& row, const QString& column) const {
        const auto it = m_items.constFind(key);
        if (it != m_items.constEnd())
            return *it;
        QString problem = QStringLiteral("unknown %1 \"%2\"").arg(m_kind, key);
        if (const auto guess = text::closestMatch(key, m_items.keys()))
            problem += QStringLiteral("; did you mean \"%1\"?").arg(*guess);
        throw InputError(table.fileName(), row.line, column, problem);
    }

private:
    QString m_kind;
    QHash<QString, T> m_items;
};

} // namespace jurybox::import
