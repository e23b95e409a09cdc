// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/stats/Reliability.h"

#include <QJsonObject>
#include <QString>

namespace jurybox::report {

/// The reliability report as the JSON contract of issue 3 (categories[…] with icc, krippendorff_alpha and
/// judges_detail); null where not computable, never NaN.
QJsonObject reliabilityJson(const stats::ReliabilityReport& report);

/// For people: per category the six ICCs with the design they rest on (k₀ for unequal group sizes, the crossed
/// block), alpha under the four metrics, and an aligned table of judges with outliers marked; the outlier rule.
QString reliabilityText(const stats::ReliabilityReport& report);

/// The outlier rule in words.
QString describe(const stats::OutlierRule& rule);

} // namespace jurybox::report
