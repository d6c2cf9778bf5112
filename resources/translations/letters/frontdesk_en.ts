<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Guide</name>
    <message>
        <source>中心发给各部门、开发商、施工单位的工作联系单：从模板起草，发出打印带回复联，登记回复，逾期未回复提醒。</source>
        <translation>Work letters from the centre to departments, the developer and contractors: drafted from templates, sent and printed with a reply slip, replies recorded, overdue replies flagged.</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>收文单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>发出时间</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>回复时间</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>工作联系单</source>
        <translation>Work letters</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>联系单逾期未回复 {0}</source>
        <translation>Letters overdue {0}</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>工作联系单模板</source>
        <translation>Work letter templates</translation>
    </message>
    <message>
        <source>工作联系单的收文单位</source>
        <translation>Work letter recipients</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>主题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Cancel letter</translation>
    </message>
    <message>
        <source>作废联系单 {0}？作废后不能恢复。</source>
        <translation>Cancel letter {0}? This cannot be undone.</translation>
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
        <source>发出并打印</source>
        <translation>Send and print</translation>
    </message>
    <message>
        <source>发出联系单 {0}？发出后内容不能再修改。</source>
        <translation>Send letter {0}? It cannot be edited after it is sent.</translation>
    </message>
    <message>
        <source>回复人</source>
        <translation>Replied by</translation>
    </message>
    <message>
        <source>回复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>回复时间</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>将联系单 {0} 归档？</source>
        <translation>Archive letter {0}?</translation>
    </message>
    <message>
        <source>已发出待回复</source>
        <translation>Sent, awaiting reply</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>收文单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>新建工作联系单</source>
        <translation>New work letter</translation>
    </message>
    <message>
        <source>未归档</source>
        <translation>Not archived</translation>
    </message>
    <message>
        <source>登记回复</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>联系内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>逾期未回复</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>附件名称，多个用顿号分隔；没有则留空</source>
        <translation>Attachment names, separated by 、; leave empty if none</translation>
    </message>
    <message>
        <source>需协助事项</source>
        <translation>Requested action</translation>
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
