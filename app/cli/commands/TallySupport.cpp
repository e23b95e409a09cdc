// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/TallySupport.h"

#include "app/cli/Support.h"
#include "core/Error.h"
#include "core/store/AwardStore.h"
#include "core/store/CategoryStore.h"
#include "core/text/Suggest.h"

namespace jurybox::cli {

namespace {

QString unknown(const QString& kind, const QString& name, const QStringList& names) {
    QString message = QStringLiteral("unknown %1 \"%2\"").arg(kind, name);
    if (const auto guess = text::closestMatch(name, names))
        return message + QStringLiteral("; did you mean \"%1\"?").arg(*guess);
    if (names.isEmpty())
        return message + QStringLiteral("; the award has none");
    return message + QStringLiteral("; the award has: %1").arg(names.join(QStringLiteral(", ")));
}

} // namespace

std::optional<Id> roundOption(store::AwardFile& award, const po::variables_map& vm, const char* option) {
    if (!vm.count(option))
        return std::nullopt;
    const QString name = text(vm, option);
    store::AwardStore store(award.db());
    if (const auto round = store.roundByName(name))
        return round->id;
    QStringList names;
    for (const Round& r : store.rounds())
        names << r.name;
    throw Error(unknown(QStringLiteral("round"), name, names));
}

std::optional<Id> categoryOption(store::AwardFile& award, const po::variables_map& vm) {
    if (!vm.count("category"))
        return std::nullopt;
    const QString name = text(vm, "category");
    store::CategoryStore store(award.db());
    if (const auto category = store.categoryByName(name))
        return category->id;
    QStringList names;
    for (const Category& c : store.categories())
        names << c.name;
    throw Error(unknown(QStringLiteral("category"), name, names));
}

tally::Method methodOption(const po::variables_map& vm) {
    const QString name = vm.count("method") ? text(vm, "method") : QStringLiteral("weighted-mean");
    if (const auto method = tally::methodFromString(name))
        return *method;
    std::string message = "unknown method '" + name.toStdString() + "'";
    if (const auto guess = text::closestMatch(name, tally::methodNames()))
        message += "; did you mean '" + guess->toStdString() + "'?";
    else
        message += "; choose one of " + tally::methodNames().join(QStringLiteral(", ")).toStdString();
    throw po::error(message);
}

int integerOption(const po::variables_map& vm, const char* option, int minimum) {
    const int value = vm[option].as<int>();
    if (value < minimum)
        throw po::error("--" + std::string(option) + " " + std::to_string(value) +
                        " is too small: it must be at least " + std::to_string(minimum));
    return value;
}

void addMethodOptions(po::options_description& options) {
    options.add_options()("method", po::value<std::string>()->default_value("weighted-mean"),
                          "weighted-mean, trimmed-mean, median, z-score or borda")(
        "trim", po::value<int>()->default_value(1), "trimmed-mean: marks dropped at each end of each criterion")(
        "quorum", po::value<int>()->default_value(3), "scorecards an entry needs to be ranked");
}

} // namespace jurybox::cli
