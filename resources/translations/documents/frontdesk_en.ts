<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Document</name>
    <message>
        <source>登记号</source>
        <extracomment>registered before today and not yet signed for</extracomment>
        <translation>Register no.</translation>
    </message>
    <message>
        <source>收/发</source>
        <translation>In/Out</translation>
    </message>
    <message>
        <source>文件日期</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>来文/去文单位</source>
        <translation>From / to</translation>
    </message>
    <message>
        <source>文件标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>签收人</source>
        <translation>Signed for by</translation>
    </message>
    <message>
        <source>签收时间</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>已签收</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>待签收</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <source>收发文件登记</source>
        <translation>Document register</translation>
    </message>
    <message>
        <source>文件未签收 {0}</source>
        <translation>Documents not signed for {0}</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>作废登记 {0}？</source>
        <translation>Void entry {0}?</translation>
    </message>
    <message>
        <source>修改登记</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>发文</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>如 公司行政部、开发商</source>
        <translation>e.g. company admin office, developer</translation>
    </message>
    <message>
        <source>如 粤物〔2026〕35号；没有则留空</source>
        <translation>e.g. 粤物〔2026〕35号; leave empty if none</translation>
    </message>
    <message>
        <source>将文件 {0} 归档？</source>
        <translation>Archive document {0}?</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>收文</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>收文/发文</source>
        <translation>Incoming/outgoing</translation>
    </message>
    <message>
        <source>文件日期</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>文件标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>未归档</source>
        <translation>Not archived</translation>
    </message>
    <message>
        <source>未签收</source>
        <translation>Not signed for</translation>
    </message>
    <message>
        <source>来文/去文单位</source>
        <translation>From / to</translation>
    </message>
    <message>
        <source>登记收发文件</source>
        <translation>Register a document</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <source>签收人</source>
        <translation>Signed for by</translation>
    </message>
    <message>
        <source>签收时间</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>退回原因</source>
        <translation>Reason for return</translation>
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
