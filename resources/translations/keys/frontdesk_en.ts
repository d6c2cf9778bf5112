<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>KeyTab</name>
    <message>
        <source>借出：{0}，应还 {1}</source>
        <translation>Out: {0}, due {1}</translation>
    </message>
    <message>
        <source>在柜</source>
        <translation>In cabinet</translation>
    </message>
    <message>
        <source>挂钩</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>钥匙柜（回车：借出这把钥匙）</source>
        <translation>Key cabinet (Enter: lend this key)</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>编号</source>
        <extracomment>in the handover: every key out and not yet due (overdue ones are in their own section)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>挂钩</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>借出时间</source>
        <translation>Lent at</translation>
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
        <source>这把钥匙已借出，尚未归还，请先登记归还</source>
        <translation>This key is out and not returned yet; record its return first</translation>
    </message>
    <message>
        <source>借出中</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>借出钥匙 {0}</source>
        <translation>Keys lent {0}</translation>
    </message>
    <message>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>钥匙借还</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>钥匙逾期未还 {0}</source>
        <translation>Keys overdue {0}</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>钥匙借用人类别</source>
        <translation>Key borrower types</translation>
    </message>
    <message>
        <source>钥匙柜：每行一个挂钩，先写挂钩号，再写钥匙名称</source>
        <translation>Key cabinet: one hook per line, the hook code first, then the key&apos;s name</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>借出中</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>如：空置房验房、水泵房检修</source>
        <translation>e.g. vacant flat inspection, pump room repair</translation>
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
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>钥匙借出登记</source>
        <translation>Lend a key</translation>
    </message>
    <message>
        <source>钥匙（挂钩）</source>
        <translation>Key (hook)</translation>
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
