<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Loans</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>Deposit</translation>
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
        <source>退还押金不能多于收取的押金（{deposit} 元）</source>
        <translation>The refund cannot exceed the deposit taken ({deposit} yuan)</translation>
    </message>
    <message>
        <source>借出中</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>借用物品逾期 {0}</source>
        <translation>Items overdue {0}</translation>
    </message>
    <message>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>物品借用</source>
        <translation>Item Loans</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>便民借用物品</source>
        <translation>Items lent to residents</translation>
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
        <source>如：伞-03；没有编号留空</source>
        <translation>e.g. Umbrella-03; leave empty if unnumbered</translation>
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
        <source>押金（元）</source>
        <translation>Deposit (yuan)</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>物品借用登记</source>
        <translation>Lend an item</translation>
    </message>
    <message>
        <source>物品编号</source>
        <translation>Item no.</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>退还押金（元）</source>
        <translation>Deposit refunded (yuan)</translation>
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
