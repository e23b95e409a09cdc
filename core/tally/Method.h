// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace jurybox::tally {

/// How an entry's scorecards become one score (DESIGN.md §5).
enum class Method { WeightedMean, TrimmedMean, Median, ZScore, Borda };

/// Every method, in the order menus and reports list them.
inline constexpr std::array kAllMethods{Method::WeightedMean, Method::TrimmedMean, Method::Median, Method::ZScore,
                                        Method::Borda};

/// The method's name as the CLI, JSON and the sign-off record spell it: "weighted-mean", "trimmed-mean", "median",
/// "z-score", "borda".
QString toString(Method method);
/// Parses a method name; nullopt for anything else.
std::optional<Method> methodFromString(const QString& name);
QStringList methodNames();
/// A short description for people (menus, help).
QString describe(Method method);

} // namespace jurybox::tally
