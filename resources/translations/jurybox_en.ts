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
    <name>jurybox::ui::MainWindow</name>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>merging %n package</numerusform>
            <numerusform>merging %n packages</numerusform>
        </translation>
    </message>
</context>
</TS>
