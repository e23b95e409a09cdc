// SPDX-License-Identifier: Apache-2.0
#include "tests/ui/JudgePackageFixture.h"

#include "core/assign/AutoAssign.h"
#include "core/award/NewAward.h"
#include "core/exchange/PackageWriter.h"
#include "core/import/AwardImport.h"

namespace jurybox::test {

void prepareJudgePackage(JudgePackage& s) {
    award::NewAwardOptions options;
    options.empty = true;
    s.award = s.dir.path(QStringLiteral("a.jurybox"));
    auto file = award::createAward(s.award, options);
    import::ImportSources src;
    src.criteria = demoCsv(QStringLiteral("criteria.csv"));
    src.submissions = demoCsv(QStringLiteral("submissions.csv"));
    src.judges = demoCsv(QStringLiteral("judges.csv"));
    import::importCsv(file, src);
    assign::autoAssign(file, {2, std::nullopt, 3});
    exchange::PackageOptions o;
    o.judgeRef = QStringLiteral("J1");
    o.outPath = s.dir.path(QStringLiteral("J1.jurypkg"));
    s.package = o.outPath;
    s.code = exchange::writePackage(file, o).accessCode;
}

} // namespace jurybox::test
