// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace jurybox {

/// Row id of a record in an award file.
using Id = std::int64_t;

} // namespace jurybox
