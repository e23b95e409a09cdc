// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <ostream>

namespace jurybox::cli {

/// Where a command writes: data to `out`, messages to `err`. Tests pass string streams.
struct Context {
    std::ostream& out;
    std::ostream& err;
};

} // namespace jurybox::cli
