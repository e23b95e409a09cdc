// SPDX-License-Identifier: Apache-2.0
// Any bytes as a returned judge package: the merge verifies and takes it, or rejects it with a reason and leaves the
// award exactly as it was. No crash, no hang, no exception other than through the report. The seed is a real,
// scored package of the same award (written into JURYBOX_FUZZ_SEED_DIR at start-up when that is set).
#include "core/assign/AutoAssign.h"
#include "core/award/DemoAward.h"
#include "core/db/Statement.h"
#include "core/exchange/JudgeSession.h"
#include "core/exchange/PackageMerge.h"
#include "core/exchange/PackageWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

using namespace jurybox;

std::unique_ptr<store::AwardFile> g_award;
QString g_scratch;

std::int64_t fingerprint() {
    db::Statement st = g_award->db().prepare(
        "SELECT (SELECT COUNT(*) FROM scorecard) * 1000000 + (SELECT TOTAL(value) FROM score) * 100 + "
        "(SELECT COUNT(*) FROM audit_event)");
    return st.step() ? st.integer(0) : -1;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    g_award = std::make_unique<store::AwardFile>(award::createDemoAward({}));
    g_award->db().exec("DELETE FROM score; DELETE FROM scorecard;");
    assign::autoAssign(*g_award, {7, std::nullopt, 1});
    g_scratch = QDir::temp().filePath(QStringLiteral("jurybox-fuzz-%1").arg(QCoreApplication::applicationPid()));
    QDir().mkpath(g_scratch);
    const QString seedDir = qEnvironmentVariable("JURYBOX_FUZZ_SEED_DIR");
    if (!seedDir.isEmpty()) {
        exchange::PackageOptions o;
        o.judgeRef = QStringLiteral("J1");
        o.outPath = QDir(g_scratch).filePath(QStringLiteral("seed.jurypkg"));
        o.overwrite = true;
        const auto made = exchange::writePackage(*g_award, o);
        auto session = exchange::JudgeSession::open(o.outPath, made.accessCode);
        for (const auto& e : session.entries())
            for (const Criterion& c : session.criteriaOf(e.submission.categoryId))
                session.setScore(e.submission.ref, c.id, 7);
        session.submitAllComplete();
        QFile::remove(QDir(seedDir).filePath(QStringLiteral("seed.jurypkg")));
        QFile::copy(o.outPath, QDir(seedDir).filePath(QStringLiteral("seed.jurypkg")));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path = QDir(g_scratch).filePath(QStringLiteral("input.jurypkg"));
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        std::abort();
    file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    file.close();
    const std::int64_t before = fingerprint();
    const exchange::MergeReport report = exchange::PackageMerger(*g_award).merge(path);
    if (!report.accepted && (report.reason.isEmpty() || fingerprint() != before))
        std::abort(); // a rejection always says why and changes nothing
    return 0;
}
