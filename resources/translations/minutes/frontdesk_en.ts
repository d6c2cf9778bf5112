<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Minutes</name>
    <message>
        <source>编号</source>
        <extracomment>open actions, and of them those due today or earlier</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>参会人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>待办事项</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>没有未完成的第 {seq} 项待办</source>
        <translation>There is no open action no. {seq}</translation>
    </message>
    <message>
        <source>还有未完成的待办，不能办结</source>
        <translation>Some actions are still open; the minutes cannot be closed</translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已印发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>纪要待办到期 {0}</source>
        <translation>Minutes actions due {0}</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>主持人</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>会议决定</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>作废会议纪要 {0}？</source>
        <translation>Void minutes {0}?</translation>
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
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>印发会议纪要 {0}？印发后内容不能再修改。</source>
        <translation>Issue minutes {0}? Once issued they can no longer be edited.</translation>
    </message>
    <message>
        <source>印发并打印</source>
        <translation>Issue and print</translation>
    </message>
    <message>
        <source>参会人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>如 客服部周例会</source>
        <translation>e.g. customer service weekly meeting</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>将会议纪要 {0} 办结？</source>
        <translation>Close minutes {0}?</translation>
    </message>
    <message>
        <source>待办事项</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>待办到期</source>
        <translation>Actions due</translation>
    </message>
    <message>
        <source>待办完成</source>
        <translation>Action done</translation>
    </message>
    <message>
        <source>待办序号</source>
        <translation>Action no.</translation>
    </message>
    <message>
        <source>我负责的待办</source>
        <translation>My actions</translation>
    </message>
    <message>
        <source>新建会议纪要</source>
        <translation>New minutes</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>TabGroup</name>
    <message>
        <source>文书</source>
        <translation>Paperwork</translation>
    </message>
</context>
</TS>
