// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/csv/CsvTable.h"
#include "core/db/Database.h"
#include "core/domain/Award.h"
#include "core/import/ImportReport.h"

#include <QStringList>

namespace jurybox::import {

// Each function validates every row of one parsed CSV against the award as it stands (including what earlier files
// of the same import wrote) and writes it. They run inside the caller's transaction: a throw leaves nothing behind.

struct Columns {
    QStringList required;
    QStringList optional;
};

const Columns& criteriaColumns();
const Columns& submissionColumns();
const Columns& judgeColumns();
const Columns& conflictColumns();
const Columns& assignmentColumns();
const Columns& scoreColumns();

ImportCount importCriteria(db::Database& db, const csv::CsvTable& table);
ImportCount importSubmissions(db::Database& db, const csv::CsvTable& table);
ImportCount importJudges(db::Database& db, const csv::CsvTable& table);
ImportCount importConflicts(db::Database& db, const csv::CsvTable& table);
ImportCount importAssignments(db::Database& db, const csv::CsvTable& table, const Round& round);
/// `parts`: the threads that read and check the rows (0: as many as suit the file and the machine); the result
/// does not depend on it. The table is taken over: its bytes are let go once the rows are read, before the write.
ImportCount importScores(db::Database& db, csv::CsvTable table, const Round& round, int parts = 0);

} // namespace jurybox::import
