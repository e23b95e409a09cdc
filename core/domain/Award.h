// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Id.h"

#include <QString>

#include <optional>

namespace jurybox {

/// The award itself: one per award file.
struct Award {
    QString uuid;
    QString name;
    int year = 0;
    QString organiser;
};

/// A prize tier (Best, Outstanding, Most Promising), awarded to ranks in position order.
struct Tier {
    Id id = 0;
    int position = 0;
    QString name;
    /// Minimum score on the 0–100 weighted-mean scale; the tier stays vacant below it.
    std::optional<double> minimumScore;
};

/// A judging round (Screening, Final). The current round is the last open one.
struct Round {
    Id id = 0;
    int position = 0;
    QString name;
    bool open = true;
};

} // namespace jurybox
