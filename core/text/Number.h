// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace jurybox::text {

/// Parses a plain decimal number ("7", "-2.5", "1e3"); nullopt for anything else, including nan and inf.
std::optional<double> parseDecimal(const QString& text);

/// The shortest text that reads back as exactly the same double ("7", "7.5", "0.1").
QString formatNumber(double value);

} // namespace jurybox::text
