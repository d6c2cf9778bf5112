<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>客服月报…</source>
        <translation>Monthly service report…</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <source>客服月报</source>
        <translation>Monthly service report</translation>
    </message>
    <message>
        <source>yyyy年MM月</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>全部项目</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>增减</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>预览 / 打印 PDF…</source>
        <translation>Preview / print PDF…</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>{0}年{1}月 客服月报 · {2}</source>
        <translation>Monthly service report {1}/{0} · {2}</translation>
    </message>
    <message>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>保存失败：{0}</source>
        <translation>Saving failed: {0}</translation>
    </message>
</context>
<context>
    <name>monthly_report</name>
    <message>
        <source>客服月报</source>
        <translation>Monthly service report</translation>
    </message>
</context>
</TS>
