<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>service_levels</name>
    <message>
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>服务时限</source>
        <translation>Service clocks</translation>
    </message>
    <message>
        <source>超时待说明 {0}</source>
        <translation>Breaches to explain {0}</translation>
    </message>
</context>
</TS>
