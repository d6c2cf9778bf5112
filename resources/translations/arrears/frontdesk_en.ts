<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Arrears</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>欠费金额</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <source>欠费项目</source>
        <translation>Fees owed</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>催缴次数</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>欠费原因</source>
        <translation>Reason given</translation>
    </message>
    <message>
        <source>承诺缴费日</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>承诺缴费日期不能早于今天</source>
        <translation>The promised date cannot be before today</translation>
    </message>
    <message>
        <source>金额应大于 0</source>
        <translation>The amount must be greater than 0</translation>
    </message>
    <message>
        <source>与第 {line} 行重复（同一房间、收费项目和所属期间）</source>
        <translation>Duplicate of line {line} (same room, fee item and period)</translation>
    </message>
    <message>
        <source>没有可打印的通知单</source>
        <translation>There is no notice to print</translation>
    </message>
    <message>
        <source>{0} {1}：{2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <source>{0} 栋</source>
        <translation>Building {0}</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}：可导入 {1} 行（{2} 户，合计 {3} 元），不能导入 {4} 行。</source>
        <translation>{0}: {1} lines can be imported ({2} rooms, {3} yuan in all); {4} lines cannot.</translation>
    </message>
    <message>
        <source>不能导入的原因</source>
        <translation>Why it cannot be imported</translation>
    </message>
    <message>
        <source>不能导入的行（不导入，请在财务清单中更正后重新导入）</source>
        <translation>Lines that cannot be imported (left out; correct them in the finance list and import again)</translation>
    </message>
    <message>
        <source>业主提出的欠费原因（已联系上的催缴记录）</source>
        <translation>Reasons owners gave (calls that reached them)</translation>
    </message>
    <message>
        <source>催缴承诺到期未缴 {0}</source>
        <translation>Payment promises past due {0}</translation>
    </message>
    <message>
        <source>催缴按楼栋逐栋进行</source>
        <translation>The arrears round goes building by building</translation>
    </message>
    <message>
        <source>催缴统计</source>
        <translation>Arrears statistics</translation>
    </message>
    <message>
        <source>催缴统计.xlsx</source>
        <translation>arrears_statistics.xlsx</translation>
    </message>
    <message>
        <source>催缴统计…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>可导入的行</source>
        <translation>Lines to import</translation>
    </message>
    <message>
        <source>各楼栋欠费</source>
        <translation>Arrears by building</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导入欠费表</source>
        <translation>Import arrears list</translation>
    </message>
    <message>
        <source>导入欠费表…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>已导入：新增欠费 {0} 户，更新 {1} 户，已结清 {2} 户；未导入 {3} 行。</source>
        <translation>Imported: {0} rooms added, {1} updated, {2} settled; {3} lines left out.</translation>
    </message>
    <message>
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>已承诺</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>已结清</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>已联系</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>当前列表中没有未结清的欠费。</source>
        <translation>The list shows no unsettled arrears.</translation>
    </message>
    <message>
        <source>待催缴</source>
        <translation>To chase</translation>
    </message>
    <message>
        <source>所属期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>打印本栋通知单</source>
        <translation>Print building</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>无法读取这个文件：{0}</source>
        <translation>Cannot read this file: {0}</translation>
    </message>
    <message>
        <source>未选择楼栋，将打印当前列表中全部 {0} 户的通知单，继续吗？</source>
        <translation>No building chosen: print the notices of all {0} rooms listed?</translation>
    </message>
    <message>
        <source>查看电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>欠费催缴</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>欠费户数</source>
        <translation>Rooms in arrears</translation>
    </message>
    <message>
        <source>欠费未结清：{0} 户，合计 {1} 元
已联系上：{2} 户&#x3000;已承诺缴费：{3} 户
已结清：{4} 户，其中联系后缴清 {5} 户，{6} 元</source>
        <translation>In arrears: {0} rooms, {1} yuan in all
Reached: {2} rooms   Promised to pay: {3} rooms
Settled: {4} rooms, of which {5} after contact, {6} yuan</translation>
    </message>
    <message>
        <source>欠费金额（元）</source>
        <translation>Amount owed (yuan)</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>请先选择文件。</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>财务系统导出的欠费明细（xlsx 或 csv）：房号、业主、电话、收费项目、所属期间、欠费金额</source>
        <translation>The finance system&apos;s arrears list (xlsx or csv): room, owner, phone, fee item, period, amount</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>选择欠费表</source>
        <translation>Choose the arrears list</translation>
    </message>
    <message>
        <source>（未登记电话）</source>
        <translation>(no phone on record)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>催缴通知单上的缴费方式</source>
        <translation>How to pay, as the arrears notice says</translation>
    </message>
    <message>
        <source>催缴通知单的缴费期限（天）</source>
        <translation>Days to pay, on the arrears notice</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>业主承诺缴费</source>
        <translation>Owner promised to pay</translation>
    </message>
    <message>
        <source>业主的原话、要求转达主管的意见等</source>
        <translation>What the owner said, what to pass on to the supervisor</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>客服中心收据编号，或财务的缴费凭证号</source>
        <translation>The counter&apos;s receipt number, or finance&apos;s payment voucher number</translation>
    </message>
    <message>
        <source>已承诺</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>已结清</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>已联系上业主</source>
        <translation>Reached the owner</translation>
    </message>
    <message>
        <source>待催缴（未结清）</source>
        <translation>To chase (unsettled)</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>所属期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>打印催缴通知单</source>
        <translation>Print arrears notice</translation>
    </message>
    <message>
        <source>承诺到期未缴</source>
        <translation>Promise past due</translation>
    </message>
    <message>
        <source>承诺缴费日期</source>
        <translation>Promised payment date</translation>
    </message>
    <message>
        <source>收据编号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>未联系</source>
        <translation>Not contacted</translation>
    </message>
    <message>
        <source>欠费原因</source>
        <translation>Reason given</translation>
    </message>
    <message>
        <source>欠费明细</source>
        <translation>Debts</translation>
    </message>
    <message>
        <source>欠费金额（元）</source>
        <translation>Amount owed (yuan)</translation>
    </message>
    <message>
        <source>登记催缴</source>
        <translation>Log call</translation>
    </message>
    <message>
        <source>登记已缴清</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>补录欠费（财务清单以外）</source>
        <translation>Add arrears (not on the finance list)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>通话记录</source>
        <translation>Call notes</translation>
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
