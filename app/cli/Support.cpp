// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Support.h"

#include "core/award/DemoAward.h"

namespace jurybox::cli {

QString text(const po::variables_map& vm, const char* option) {
    return QString::fromStdString(vm[option].as<std::string>());
}

store::AwardFile openAward(const po::variables_map& vm, const char* option) {
    const QString path = text(vm, option);
    if (path == QLatin1String(kDemoPath))
        return award::createDemoAward({});
    return store::AwardFile::open(path);
}

store::AwardFile openAwardForReading(const po::variables_map& vm, const char* option) {
    const QString path = text(vm, option);
    if (path == QLatin1String(kDemoPath))
        return award::createDemoAward({});
    return store::AwardFile::openForReading(path);
}

report::Format parseFormat(const po::variables_map& vm, const QStringList& allowed) {
    const QString name = vm.count("format") ? text(vm, "format") : QStringLiteral("table");
    if (!allowed.isEmpty() && !allowed.contains(name))
        throw po::invalid_option_value("--format " + name.toStdString());
    if (name == QLatin1String("table"))
        return report::Format::Text;
    if (name == QLatin1String("csv"))
        return report::Format::Csv;
    if (name == QLatin1String("json"))
        return report::Format::Json;
    throw po::invalid_option_value("--format " + name.toStdString());
}

void write(std::ostream& stream, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    stream.write(utf8.constData(), utf8.size());
}

void addFormatOption(po::options_description& options, const char* formats) {
    options.add_options()("format", po::value<std::string>()->default_value("table"),
                          (std::string("output format: ") + formats).c_str());
}

} // namespace jurybox::cli
