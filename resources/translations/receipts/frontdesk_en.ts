<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Option</name>
    <message>
        <source>收据的收费项目</source>
        <translation>Fee items on counter receipts</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>编号</source>
        <extracomment>the roles whose password approves a void a work order in these states has its charges final (已完工 and after)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>收款时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>交易流水号</source>
        <translation>Transaction reference</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>收款人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的工单</source>
        <translation>There is no work order numbered {number}</translation>
    </message>
    <message>
        <source>工单 {number} 不是已完工的有偿工单，或没有维修费用</source>
        <translation>Work order {number} is not a completed paid order, or has no charges</translation>
    </message>
    <message>
        <source>工单 {number} 的费用已开收据 {receipt}</source>
        <translation>The charges of work order {number} are already on receipt {receipt}</translation>
    </message>
    <message>
        <source>有偿维修费用已从工单带入，请勿在明细中重复填写</source>
        <translation>The repair charge comes from the work order; do not enter it again in the items</translation>
    </message>
    <message>
        <source>每项金额应大于 0</source>
        <translation>Each amount must be greater than 0</translation>
    </message>
    <message>
        <source>{method}收款请填写交易流水号</source>
        <translation>Enter the transaction reference for a {method} payment</translation>
    </message>
    <message>
        <source>主管登录名或密码不正确，未作废</source>
        <translation>Supervisor login or password incorrect; the receipt was not voided</translation>
    </message>
    <message>
        <source>作废须由客服主管审批，请主管本人输入</source>
        <translation>A void needs a supervisor&apos;s approval; the supervisor must enter it in person</translation>
    </message>
    <message>
        <source>这是押金 {number} 的收据，请在押金台账中办理退还</source>
        <translation>This receipt is for deposit {number}; refund it in the deposits ledger</translation>
    </message>
    <message>
        <source>暂时无法核对主管身份，请稍后再试</source>
        <translation>The supervisor&apos;s identity cannot be checked right now; please try again later</translation>
    </message>
    <message>
        <source>今日收据 {0}</source>
        <translation>Receipts today {0}</translation>
    </message>
    <message>
        <source>今日收款日报表…</source>
        <translation>Day report…</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>已导出 {0} 张收据到 {1}</source>
        <translation>Exported {0} receipts to {1}</translation>
    </message>
    <message>
        <source>收据</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>收款日报表</source>
        <translation>Daily cash report</translation>
    </message>
    <message>
        <source>收款日报表_{0}.xlsx</source>
        <translation>cash_report_{0}.xlsx</translation>
    </message>
    <message>
        <source>日报表导出 Excel…</source>
        <translation>Day report (Excel)…</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>主管密码</source>
        <translation>Supervisor&apos;s password</translation>
    </message>
    <message>
        <source>交易流水号</source>
        <translation>Transaction reference</translation>
    </message>
    <message>
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>今日收据</source>
        <translation>Today&apos;s receipts</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for the void</translation>
    </message>
    <message>
        <source>作废（主管审批）</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>使用预印收据本时填写票号</source>
        <translation>The number of the pre-printed receipt book, if one is used</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>审批主管登录名</source>
        <translation>Approving supervisor&apos;s login</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
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
        <source>打印收据</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>收取已完工工单的维修费用时填写，如 WX20261127001</source>
        <translation>For the charges of a completed work order, e.g. WX20261127001</translation>
    </message>
    <message>
        <source>收据本号</source>
        <translation>Receipt book no.</translation>
    </message>
    <message>
        <source>收款开票</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>收款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>收费明细</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>有偿维修工单号</source>
        <translation>Paid repair order no.</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>说明（期间/数量）</source>
        <translation>Detail (period / quantity)</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
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
