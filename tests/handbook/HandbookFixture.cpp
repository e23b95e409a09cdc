// SPDX-License-Identifier: Apache-2.0
#include "tests/handbook/HandbookFixture.h"

#include "core/import/AwardImport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

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

std::vector<QStringList> tableRows(const QString& html, const QString& cls) {
    QXmlStreamReader xml(html);
    std::vector<QStringList> rows;
    bool inTable = false;
    QString cell;
    bool inCell = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("table") && xml.attributes().value(QLatin1String("class")) == cls)
                inTable = true;
            else if (inTable && name == QLatin1String("tr"))
                rows.emplace_back();
            else if (inTable && (name == QLatin1String("td") || name == QLatin1String("th"))) {
                inCell = true;
                cell.clear();
            } else if (inCell && name == QLatin1String("br"))
                cell += QLatin1Char('\n');
        } else if (xml.isEndElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("table"))
                inTable = false;
            else if (inCell && (name == QLatin1String("td") || name == QLatin1String("th"))) {
                inCell = false;
                rows.back() << cell;
            }
        } else if (xml.isCharacters() && inCell) {
            cell += xml.text();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return rows;
}

QString readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QStringList elementTexts(const QString& html, const QString& element) {
    QXmlStreamReader xml(html);
    QStringList out;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == element)
            out << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace jurybox::test
