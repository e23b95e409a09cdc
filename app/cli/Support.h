// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/Command.h"
#include "core/report/Table.h"
#include "core/store/AwardFile.h"

#include <QString>

namespace jurybox::cli {

/// The path that opens the embedded demo award in memory, for commands that only read.
inline constexpr const char* kDemoPath = ":demo:";

/// Opens the award at the FILE argument for writing (or the in-memory demo for ":demo:").
store::AwardFile openAward(const po::variables_map& vm, const char* option = "file");
/// Opens the award for commands that only read: works on a read-only file (or the demo for ":demo:").
store::AwardFile openAwardForReading(const po::variables_map& vm, const char* option = "file");

/// The --format option (table, csv, json); throws po::error for anything else.
report::Format parseFormat(const po::variables_map& vm, const QStringList& allowed = {});

/// A required string option as QString (UTF-8).
QString text(const po::variables_map& vm, const char* option);

/// Writes UTF-8 text to a stream.
void write(std::ostream& stream, const QString& text);

/// Adds the common "--format" option.
void addFormatOption(po::options_description& options, const char* formats = "table|csv|json");

} // namespace jurybox::cli
