// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <span>

namespace jurybox::store {

/// One forward step of the award file's schema: run inside a transaction, then user_version = version.
struct Migration {
    int version;
    const char* sql;
};

/// `PRAGMA application_id` of an award file ("JBOX") and of a judge package ("JPKG").
inline constexpr std::int32_t kAwardApplicationId = 0x4A424F58;
inline constexpr std::int32_t kPackageApplicationId = 0x4A504B47;

/// The award file's migrations in order; the last one's version is the current schema version.
std::span<const Migration> awardMigrations();
int currentAwardSchemaVersion();

} // namespace jurybox::store
