// SPDX-License-Identifier: Apache-2.0
#include "core/tally/Method.h"

namespace jurybox::tally {

QString toString(Method method) {
    switch (method) {
    case Method::WeightedMean:
        return QStringLiteral("weighted-mean");
    case Method::TrimmedMean:
        return QStringLiteral("trimmed-mean");
    case Method::Median:
        return QStringLiteral("median");
    case Method::ZScore:
        return QStringLiteral("z-score");
    case Method::Borda:
        return QStringLiteral("borda");
    }
    return {};
}

std::optional<Method> methodFromString(const QString& name) {
    for (Method m : kAllMethods) {
        if (toString(m) == name)
            return m;
    }
    return std::nullopt;
}

QStringList methodNames() {
    QStringList names;
    for (Method m : kAllMethods)
        names << toString(m);
    return names;
}

QString describe(Method method) {
    switch (method) {
    case Method::WeightedMean:
        return QStringLiteral("mean of each criterion, weighted into a 0–100 score");
    case Method::TrimmedMean:
        return QStringLiteral("each criterion's mean without its K highest and K lowest marks, weighted into 0–100");
    case Method::Median:
        return QStringLiteral("median of each criterion, weighted into a 0–100 score");
    case Method::ZScore:
        return QStringLiteral("mean of the judges' standardised totals");
    case Method::Borda:
        return QStringLiteral("mean fraction of each judge's other entries in the category beaten (ties half)");
    }
    return {};
}

} // namespace jurybox::tally
