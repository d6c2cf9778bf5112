<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ArchiveLoans</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>档案</source>
        <translation>File</translation>
    </message>
    <message>
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>应还时间</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>归还时间</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>业户档案借阅须由客服主管批准</source>
        <translation>Owner file loans must be approved by a customer service supervisor</translation>
    </message>
    <message>
        <source>请选择在职员工</source>
        <translation>Choose an active member of staff</translation>
    </message>
    <message>
        <source>借出中</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>档案借阅</source>
        <translation>File Loans</translation>
    </message>
    <message>
        <source>档案逾期未还 {0}</source>
        <translation>Files overdue {0}</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>业户档案的部分（借阅时选择）</source>
        <translation>Parts of an owner&apos;s file (chosen when lending)</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>借出中</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>如：办理产权证需核对购房合同</source>
        <translation>e.g. check the purchase contract for the property certificate</translation>
    </message>
    <message>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>应还时间</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>档案</source>
        <translation>File</translation>
    </message>
    <message>
        <source>档案借阅登记</source>
        <translation>Lend an owner&apos;s file</translation>
    </message>
    <message>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>TabGroup</name>
    <message>
        <source>登记簿</source>
        <translation>Registers</translation>
    </message>
</context>
</TS>
