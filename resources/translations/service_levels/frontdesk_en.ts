<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BreachesDialog</name>
    <message>
        <source>服务超时记录</source>
        <translation>Service clock breaches</translation>
    </message>
    <message>
        <source>只看未说明原因的</source>
        <translation>Only those without a reason</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>应完成</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>说明人</source>
        <translation>Explained by</translation>
    </message>
    <message>
        <source>填写原因…</source>
        <translation>Give the reason…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>共 {0} 条</source>
        <translation>{0} in all</translation>
    </message>
    <message>
        <source>超时原因</source>
        <translation>Reason for the breach</translation>
    </message>
    <message>
        <source>{0} {1}超时的原因：</source>
        <translation>Why {0} missed its {1} time:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>服务超时记录…</source>
        <translation>Service clock breaches…</translation>
    </message>
</context>
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
