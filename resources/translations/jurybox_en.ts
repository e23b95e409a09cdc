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
        <translation>
            <numerusform>auto-assign %n judge per entry</numerusform>
            <numerusform>auto-assign %n judges per entry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AssignmentMatrixModel</name>
    <message numerus="yes">
        <source>%1: %n judge(s) assigned in this round</source>
        <translation>
            <numerusform>%1: %n judge assigned in this round</numerusform>
            <numerusform>%1: %n judges assigned in this round</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%3, %4): %n entry(ies) assigned in this round</source>
        <translation>
            <numerusform>%1 %2 (%3, %4): %n entry assigned in this round</numerusform>
            <numerusform>%1 %2 (%3, %4): %n entries assigned in this round</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AssignmentScreen</name>
    <message numerus="yes">
        <source>%n possible conflict(s) recorded (a judge from the entry&apos;s country); show them with “Possible conflicts to review” and confirm or clear each.</source>
        <translation>
            <numerusform>%n possible conflict recorded (a judge from the entry&apos;s country); show it with “Possible conflicts to review” and confirm or clear it.</numerusform>
            <numerusform>%n possible conflicts recorded (a judge from the entry&apos;s country); show them with “Possible conflicts to review” and confirm or clear each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::CriteriaModel</name>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n level</numerusform>
            <numerusform>%n levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::JudgesScreen</name>
    <message numerus="yes">
        <source>%n judge(s); </source>
        <translation>
            <numerusform>%n judge; </numerusform>
            <numerusform>%n judges; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an access code (codes are generated when a package is written: File › Create judge packages…).</source>
        <translation>
            <numerusform>%n with an access code (codes are generated when a package is written: File › Create judge packages…).</numerusform>
            <numerusform>%n with an access code (codes are generated when a package is written: File › Create judge packages…).</numerusform>
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
    <message numerus="yes">
        <source>Merging %n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CANCELLED — %n package(s) not merged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ScoreSpreadView</name>
    <message numerus="yes">
        <source>%n scorecard(s) · lowest %1 · quartiles %2 / %3 / %4 · highest %5 · mean %6</source>
        <translation>
            <numerusform>%n scorecard · lowest %1 · quartiles %2 / %3 / %4 · highest %5 · mean %6</numerusform>
            <numerusform>%n scorecards · lowest %1 · quartiles %2 / %3 / %4 · highest %5 · mean %6</numerusform>
        </translation>
    </message>
</context>
</TS>
