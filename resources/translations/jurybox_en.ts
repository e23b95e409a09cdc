<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Handbook</name>
    <message numerus="yes">
        <source>%n eligible entries</source>
        <translation>
            <numerusform>%n eligible entry</numerusform>
            <numerusform>%n eligible entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecards</source>
        <translation>
            <numerusform>%n scorecard</numerusform>
            <numerusform>%n scorecards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judges</source>
        <translation>
            <numerusform>%n judge</numerusform>
            <numerusform>%n judges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>auto-assign %n judge(s) per entry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AssignmentMatrixModel</name>
    <message numerus="yes">
        <source>%1: %n judge(s) assigned in this round</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%3, %4): %n entry(ies) assigned in this round</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AssignmentScreen</name>
    <message numerus="yes">
        <source>%n possible conflict(s) recorded (a judge from the entry&apos;s country); show them with “Possible conflicts to review” and confirm or clear each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::CriteriaModel</name>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::JudgesScreen</name>
    <message numerus="yes">
        <source>%n judge(s); </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an access code (codes are generated when a package is written: File › Create judge packages…).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::MainWindow</name>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>merging %n package</numerusform>
            <numerusform>merging %n packages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ScoreSpreadView</name>
    <message numerus="yes">
        <source>%n scorecard(s) · lowest %1 · quartiles %2 / %3 / %4 · highest %5 · mean %6</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
