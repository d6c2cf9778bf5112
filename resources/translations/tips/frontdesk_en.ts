<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Option</name>
    <message>
        <source>温馨提示模板（停水、停电、消杀、高温/寒潮、节假日、电梯维保、装修时间）</source>
        <translation>Notice templates (water cut, power cut, pest control, heat/cold wave, holidays, lift maintenance, renovation hours)</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>作废温馨提示 {0}？作废后不能恢复。</source>
        <translation>Void notice {0}? This cannot be undone.</translation>
    </message>
    <message>
        <source>修改草稿</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>发布并打印</source>
        <translation>Publish and print</translation>
    </message>
    <message>
        <source>发布温馨提示 {0}？发布后打印张贴。</source>
        <translation>Publish notice {0}? It is then printed and posted.</translation>
    </message>
    <message>
        <source>如 各单元大堂公告栏、电梯厅</source>
        <translation>e.g. lobby notice boards, lift halls</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>审核通过温馨提示 {0}？</source>
        <translation>Approve notice {0}?</translation>
    </message>
    <message>
        <source>已审核待发布</source>
        <translation>Approved, not yet published</translation>
    </message>
    <message>
        <source>张贴位置</source>
        <translation>Posted at</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>打印海报</source>
        <translation>Print poster</translation>
    </message>
    <message>
        <source>撤下</source>
        <translation>Take down</translation>
    </message>
    <message>
        <source>新建温馨提示</source>
        <translation>New notice</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>楼栋/单元</source>
        <translation>Buildings/units</translation>
    </message>
    <message>
        <source>楼栋如 3-5 或 3、4、7；单元如 3-2、4-1</source>
        <translation>Buildings e.g. 3-5 or 3, 4, 7; units e.g. 3-2, 4-1</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>温馨提示 {0} 已从公告栏撤下？</source>
        <translation>Has notice {0} been taken down from the boards?</translation>
    </message>
    <message>
        <source>生效中</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>过期未撤下</source>
        <translation>Expired, still posted</translation>
    </message>
</context>
<context>
    <name>TabGroup</name>
    <message>
        <source>文书</source>
        <translation>Paperwork</translation>
    </message>
</context>
<context>
    <name>Tip</name>
    <message>
        <source>编号</source>
        <extracomment>published and past its last day: the poster should come down</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>张贴位置</source>
        <translation>Posted at</translation>
    </message>
    <message>
        <source>请填写楼栋或单元，如 3-5 或 3-2</source>
        <translation>Enter the buildings or units, e.g. 3-5 or 3-2</translation>
    </message>
    <message>
        <source>“{value}”无法识别：楼栋如 3-5、3、4、7；单元如 3-2、4-1</source>
        <translation>“{value}” is not understood: buildings e.g. 3-5, 3, 4, 7; units e.g. 3-2, 4-1</translation>
    </message>
    <message>
        <source>业户档案中没有 {value} 栋</source>
        <translation>The registry has no building {value}</translation>
    </message>
    <message>
        <source>业户档案中没有单元 {value}</source>
        <translation>The registry has no unit {value}</translation>
    </message>
    <message>
        <source>温馨提示 {number} 已过截止日期，不能发布；请作废后重新起草。</source>
        <translation>Notice {number} is past its last day and cannot be published; void it and draft a new one.</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已撤下</source>
        <translation>Taken down</translation>
    </message>
    <message>
        <source>温馨提示</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>温馨提示过期未撤下 {0}</source>
        <translation>Expired notices still posted {0}</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
</context>
</TS>
