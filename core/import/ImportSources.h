// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace jurybox::import {

/// The CSV files of one import, any subset; applied in the order of the fields.
struct ImportSources {
    std::optional<QString> criteria;
    std::optional<QString> submissions;
    std::optional<QString> judges;
    std::optional<QString> conflicts;
    std::optional<QString> assignments;
    std::optional<QString> scores;
    /// Round for assignments and scores; the current round (the last open one) when not given.
    std::optional<QString> round;
};

} // namespace jurybox::import
