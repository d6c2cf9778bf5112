<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Deposit</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>收取时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>扣除</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <source>退还</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>收据</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>关联</source>
        <translation>For</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>扣除合计不能超过押金 {amount} 元</source>
        <translation>The deductions cannot exceed the deposit of {amount} yuan</translation>
    </message>
    <message>
        <source>金额应大于 0</source>
        <translation>The amount must be greater than 0</translation>
    </message>
    <message>
        <source>{method}收款请填写交易流水号</source>
        <translation>Enter the transaction reference for a {method} payment</translation>
    </message>
    <message>
        <source>共 {0} 户在押，合计 {1} 元</source>
        <translation>{0} rooms hold deposits, {1} yuan in all</translation>
    </message>
    <message>
        <source>各房押金余额</source>
        <translation>Deposit balances by room</translation>
    </message>
    <message>
        <source>各房押金余额…</source>
        <translation>Balances…</translation>
    </message>
    <message>
        <source>在押</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>在押笔数</source>
        <translation>Deposits held</translation>
    </message>
    <message>
        <source>在押金额（元）</source>
        <translation>Held (yuan)</translation>
    </message>
    <message>
        <source>已退还</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>押金台账</source>
        <translation>Deposits</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>押金的种类</source>
        <translation>Kinds of deposit</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>交易流水号</source>
        <translation>Transaction reference</translation>
    </message>
    <message>
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>在押</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>已退还</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>微信、支付宝、银行卡、转账必填</source>
        <translation>Required for WeChat, Alipay, bank card and transfer</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>打印押金单</source>
        <translation>Print deposit slip</translation>
    </message>
    <message>
        <source>扣除原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>扣除金额（元）</source>
        <translation>Deducted (yuan)</translation>
    </message>
    <message>
        <source>扣除项（无扣除则留空）</source>
        <translation>Deductions (leave empty for none)</translation>
    </message>
    <message>
        <source>收取押金</source>
        <translation>Take a deposit</translation>
    </message>
    <message>
        <source>收款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>退款方式</source>
        <translation>Refund method</translation>
    </message>
    <message>
        <source>退还押金</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>领款人</source>
        <translation>Paid to</translation>
    </message>
</context>
<context>
    <name>TabGroup</name>
    <message>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
</context>
</TS>
