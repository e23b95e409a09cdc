// SPDX-License-Identifier: Apache-2.0
// Any bytes either parse into a table or are refused with an InputError: no crash, no hang, no other exception.
#include "core/Error.h"
#include "core/csv/CsvTable.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const auto table = jurybox::csv::CsvTable::parse(bytes, QStringLiteral("fuzz.csv"),
                                                         {QStringLiteral("id"), QStringLiteral("name")},
                                                         {QStringLiteral("note")});
        for (const auto& row : table.rows()) {
            if (row.line < 2)
                std::abort(); // a data row can never start on the header line
            (void)table.value(row, QStringLiteral("name"));
            (void)table.value(row, QStringLiteral("note"));
        }
    } catch (const jurybox::InputError& e) {
        if (e.file() != QStringLiteral("fuzz.csv") || e.problem().isEmpty())
            std::abort(); // every refusal names the file and says what is wrong
    }
    return 0;
}
