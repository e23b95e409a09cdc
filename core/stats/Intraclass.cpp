// SPDX-License-Identifier: Apache-2.0
#include "core/stats/Intraclass.h"

#include <vector>

namespace jurybox::stats {

namespace {

std::optional<double> ratio(double numerator, double denominator) {
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator;
}

void oneWay(const RatingTable& table, IntraclassResult& result) {
    double total = 0;
    double count = 0;
    double sumSquaredSizes = 0;
    int units = 0;
    std::size_t firstSize = 0;
    for (std::size_t u = 0; u < table.units(); ++u) {
        const auto values = table.values(u);
        if (values.size() < 2)
            continue;
        if (units == 0)
            firstSize = values.size();
        else if (values.size() != firstSize)
            result.unequalGroups = true;
        ++units;
        for (double v : values)
            total += v;
        count += static_cast<double>(values.size());
        sumSquaredSizes += static_cast<double>(values.size() * values.size());
    }
    result.oneWayUnits = units;
    if (units < 2)
        return;
    const double grand = total / count;
    double between = 0;
    double within = 0;
    for (std::size_t u = 0; u < table.units(); ++u) {
        const auto values = table.values(u);
        if (values.size() < 2)
            continue;
        double unitMean = 0;
        for (double v : values)
            unitMean += v;
        unitMean /= static_cast<double>(values.size());
        between += static_cast<double>(values.size()) * (unitMean - grand) * (unitMean - grand);
        for (double v : values)
            within += (v - unitMean) * (v - unitMean);
    }
    const double a = units;
    const double bms = between / (a - 1);
    const double wms = within / (count - a);
    result.k0 = (count - sumSquaredSizes / count) / (a - 1);
    result.icc1 = ratio(bms - wms, bms + (result.k0 - 1) * wms);
    result.icc1k = ratio(bms - wms, bms);
}

void twoWay(const RatingTable& table, IntraclassResult& result) {
    // Raters "of the table" are those who gave any value; the crossed block is the units rated by all of them.
    std::vector<int> column(static_cast<std::size_t>(table.raters), -1);
    int k = 0;
    for (int r : table.rater) {
        if (column[static_cast<std::size_t>(r)] < 0)
            column[static_cast<std::size_t>(r)] = k++;
    }
    result.crossedRaters = k;
    std::vector<double> grid; // crossed units × k, row-major
    std::vector<double> row(static_cast<std::size_t>(k));
    for (std::size_t u = 0; u < table.units(); ++u) {
        if (table.size(u) != static_cast<std::size_t>(k))
            continue;
        const auto values = table.values(u);
        const auto raters = table.ratersOf(u);
        for (std::size_t i = 0; i < values.size(); ++i)
            row[static_cast<std::size_t>(column[static_cast<std::size_t>(raters[i])])] = values[i];
        grid.insert(grid.end(), row.begin(), row.end());
    }
    const int n = k == 0 ? 0 : static_cast<int>(grid.size()) / k;
    result.crossedUnits = n;
    if (n < 2 || k < 2)
        return;

    double grand = 0;
    std::vector<double> rowMean(static_cast<std::size_t>(n), 0.0);
    std::vector<double> colMean(static_cast<std::size_t>(k), 0.0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < k; ++j) {
            const double x = grid[static_cast<std::size_t>(i * k + j)];
            grand += x;
            rowMean[static_cast<std::size_t>(i)] += x / k;
            colMean[static_cast<std::size_t>(j)] += x / n;
        }
    }
    grand /= static_cast<double>(n) * k;
    double ssTotal = 0;
    double ssRows = 0;
    double ssCols = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < k; ++j) {
            const double x = grid[static_cast<std::size_t>(i * k + j)];
            ssTotal += (x - grand) * (x - grand);
        }
        ssRows += k * (rowMean[static_cast<std::size_t>(i)] - grand) * (rowMean[static_cast<std::size_t>(i)] - grand);
    }
    for (int j = 0; j < k; ++j)
        ssCols += n * (colMean[static_cast<std::size_t>(j)] - grand) * (colMean[static_cast<std::size_t>(j)] - grand);
    const double ssError = ssTotal - ssRows - ssCols;
    const double bms = ssRows / (n - 1);
    const double jms = ssCols / (k - 1);
    const double ems = ssError / (static_cast<double>(n - 1) * (k - 1));
    result.icc2 = ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n);
    result.icc2k = ratio(bms - ems, bms + (jms - ems) / n);
    result.icc3 = ratio(bms - ems, bms + (k - 1) * ems);
    result.icc3k = ratio(bms - ems, bms);
}

} // namespace

IntraclassResult intraclass(const RatingTable& table) {
    IntraclassResult result;
    oneWay(table, result);
    twoWay(table, result);
    return result;
}

} // namespace jurybox::stats
