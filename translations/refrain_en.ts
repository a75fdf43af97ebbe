<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LibraryActivity</name>
    <message numerus="yes">
        <source>%n track(s) in your library</source>
        <translation>
            <numerusform>%n track in your library</numerusform>
            <numerusform>%n tracks in your library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message numerus="yes">
        <source>Looking for music… %n file(s) found</source>
        <translation>
            <numerusform>Looking for music… %n file found</numerusform>
            <numerusform>Looking for music… %n files found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) missing — tracks kept</source>
        <translation>
            <numerusform>%n folder missing — tracks kept</numerusform>
            <numerusform>%n folders missing — tracks kept</numerusform>
        </translation>
    </message>
</context>
</TS>
