// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/Id.h"

#include <QString>

#include <vector>

namespace jurybox {

/// An award category such as Services or Open City.
struct Category {
    Id id = 0;
    int position = 0;
    QString name;
    QString description;
};

/// What a score at a given level of a criterion's scale means.
struct Descriptor {
    double level = 0;
    QString text;
};

/// A weighted scoring criterion of one category, on a scale from scaleMin to scaleMax.
struct Criterion {
    Id id = 0;
    Id categoryId = 0;
    int position = 0;
    QString name;
    QString description;
    double weight = 1;
    double scaleMin = 1;
    double scaleMax = 10;
    std::vector<Descriptor> descriptors;

    bool accepts(double score) const { return score >= scaleMin && score <= scaleMax; }
};

} // namespace jurybox
