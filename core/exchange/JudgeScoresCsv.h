// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/exchange/JudgeSession.h"

namespace jurybox::exchange {

/// Reads a judge's scores CSV (`submission,criterion,score[,comment]`) against the package: every entry, criterion
/// and range is checked, and any problem is an InputError naming the file, line and column. Nothing is written.
std::vector<ScoreRow> readJudgeScores(JudgeSession& session, const QString& path);

} // namespace jurybox::exchange
