// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Id.h"

namespace jurybox {

/// A judge asked to score a submission in a round.
struct Assignment {
    Id judgeId = 0;
    Id submissionId = 0;
    Id roundId = 0;

    friend bool operator==(const Assignment&, const Assignment&) = default;
};

} // namespace jurybox
