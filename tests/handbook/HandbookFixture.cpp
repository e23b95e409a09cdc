// SPDX-License-Identifier: Apache-2.0
#include "tests/handbook/HandbookFixture.h"

#include "core/import/AwardImport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

namespace jurybox::test {

QStringList unicodeJudgeNames() {
    return {QStringLiteral("김민지"), QStringLiteral("Nguyễn Thị Hồng Nhung"), QStringLiteral("Наталья Ярушкина"),
            QStringLiteral("Şebnem Öztürk")};
}

store::AwardFile makeHandbookAward(const QString& path, const TempDir& dir) {
    store::AwardFile file = makeDemo(path);
    import::ImportSources sources;
    sources.judges = dir.write(QStringLiteral("more-judges.csv"),
                               "id,name,country,organization,position\n"
                               "J8,김민지,Republic of Korea,Seoul Digital Foundation,Director\n"
                               "J9,Nguyễn Thị Hồng Nhung,Vietnam,Đà Nẵng Department of Information,Deputy Director\n"
                               "J10,Наталья Ярушкина,Russia,Ульяновский государственный технический университет,"
                               "Professor\n"
                               "J11,Şebnem Öztürk,Turkey,İstanbul Metropolitan Municipality,Chief Digital Officer\n");
    import::importCsv(file, sources);
    return file;
}

std::vector<QStringList> publishedWinnersTable() {
    const auto row = [](std::initializer_list<const char*> cells) {
        QStringList out;
        for (const char* c : cells)
            out << QString::fromUtf8(c);
        return out;
    };
    return {row({"Services", "Taipei, Chinese Taipei", "Songpa, Republic of Korea", "Beyoğlu, Turkey"}),
            row({"Efficiency", "Bangalore, India", "Barcelona, Spain", "San Fernando, La Union, Philippines"}),
            row({"Open City", "Helsinki, Finland", "Hong Kong, People's Republic of China",
                 "Chengdu, People's Republic of China"}),
            row({"Urban Management", "Seoul, Republic of Korea", "Gimpo, Republic of Korea", "Ankara, Turkey"}),
            row({"Digital Divide", "New Taipei, Chinese Taipei", "Danang, Vietnam", "Singapore, Singapore"})};
}

QString run(const QString& program, const QStringList& arguments) {
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& path, int page) {
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << path << QStringLiteral("-");
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return run(QStringLiteral("pdftotext"), args)
        .normalized(QString::NormalizationForm_KC)
        .replace(space, QStringLiteral(" "));
}

int pdfPages(const QString& path) {
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
}

} // namespace jurybox::test
