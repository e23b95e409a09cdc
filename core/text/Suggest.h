// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace jurybox::text {

/// The candidate closest to `word` by case-insensitive edit distance, when it is close enough to be a likely typo
/// (at most a third of the word's length, and at least 1 edit allowed); nullopt otherwise.
std::optional<QString> closestMatch(const QString& word, const QStringList& candidates);

/// Edit distance (optimal string alignment: a swap of neighbours costs 1), compared case-insensitively.
int editDistance(const QString& a, const QString& b);

} // namespace jurybox::text
