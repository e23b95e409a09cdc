// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <cstdint>

namespace jurybox::generate {

struct GeneratorOptions {
    int submissions = 100;
    int judges = 10;
    /// Judges per submission (K).
    int perSubmission = 3;
    /// Criteria per category (C), 1 to 12.
    int criteria = 4;
    std::uint64_t seed = 1;
};

struct GeneratorSummary {
    int submissions = 0;
    int judges = 0;
    int conflicts = 0;
    int scorecards = 0;
    int scores = 0;
};

/// Writes a realistic synthetic award to a new file: the five standard categories with C weighted criteria each,
/// entries from cities with Unicode names spread over the categories, judges with their own severity and noise,
/// confirmed conflicts for some same-country pairs, K non-conflicted judges per entry with balanced loads, and every
/// scorecard complete and submitted. The same options give the same content in every table but the audit trail (which records when).
/// Throws jurybox::Error for impossible options (K > J, ...) before creating anything.
GeneratorSummary generateAward(const QString& path, const GeneratorOptions& options);

} // namespace jurybox::generate
