<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words that the qtbase_zh_CN.qm shipped with Qt leaves in English: Qt changed these
     source texts ("Look in:" became "&Look in:") and its Chinese catalogue was not updated.
     Loaded after qtbase_zh_CN by frontdesk.ui.appsetup.install_translation. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
</TS>
