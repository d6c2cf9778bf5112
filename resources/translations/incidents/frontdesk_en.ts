<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Guide</name>
    <message>
        <source>停水、停电、电梯困人等一次事件对应众多来电：登记范围和来电话术，来电时按 F6 关联，解除后逐一回访。</source>
        <translation>One outage (no water, no power, people stuck in a lift) and its many calls: declare its scope and what to tell callers, link each call with F6, call every caller back once it is resolved.</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>编号</source>
        <extracomment>building numbers as typed: &quot;3、4、5&quot;, &quot;3,5栋&quot;, &quot;3-5&quot; (a range)</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>发生时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>预计恢复</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <source>解除时间</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>请写楼栋号，如 3、4、5 或 3-5；留空表示全项目</source>
        <translation>Write building numbers, e.g. 3, 4, 5 or 3-5; leave empty for the whole project</translation>
    </message>
    <message>
        <source>事件处理中 {0}</source>
        <translation>Open incidents {0}</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已解除</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>事件类别</source>
        <translation>Incident categories</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>发生了什么</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>取消事件 {0}？</source>
        <translation>Cancel incident {0}?</translation>
    </message>
    <message>
        <source>取消（误报）</source>
        <translation>Cancel (false alarm)</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>如 3、4、5 或 3-5；留空为全项目</source>
        <translation>e.g. 3, 4, 5 or 3-5; empty for the whole project</translation>
    </message>
    <message>
        <source>如：3-5栋停水（市政管网抢修）</source>
        <translation>e.g. No water in buildings 3-5 (mains repair)</translation>
    </message>
    <message>
        <source>已解除</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>影响楼栋</source>
        <translation>Buildings affected</translation>
    </message>
    <message>
        <source>来电话术</source>
        <translation>What to tell callers</translation>
    </message>
    <message>
        <source>登记事件</source>
        <translation>Declare an incident</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>解除事件</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>预计恢复时间</source>
        <translation>Expected end</translation>
    </message>
</context>
</TS>
