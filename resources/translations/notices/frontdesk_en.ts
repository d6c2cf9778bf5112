<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Guide</name>
    <message>
        <source>装修违规等的整改通知单：开具打印、到期复查、未整改再次通知。</source>
        <translation>Rectification notices (e.g. renovation violations): issued and printed, re-inspected at the deadline, a second notice if not fixed.</translation>
    </message>
</context>
<context>
    <name>NoticeModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>致</source>
        <translation>To</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>NoticeTab</name>
    <message>
        <source>到期待复查</source>
        <translation>Due for re-inspection</translation>
    </message>
    <message>
        <source>全部待复查</source>
        <translation>All awaiting re-inspection</translation>
    </message>
    <message>
        <source>未整改待再次通知</source>
        <translation>Not rectified, second notice due</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>整改通知</source>
        <translation>Rectification notices</translation>
    </message>
    <message>
        <source>开具整改通知单</source>
        <translation>Issue a rectification notice</translation>
    </message>
    <message>
        <source>3-2-1502 / 3栋2单元1502</source>
        <translation>3-2-1502 / 3栋2单元1502</translation>
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
        <source>装修负责人</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>电话（可空）</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>致</source>
        <translation>To</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <source>经检查发现存在的问题，如：卫生间墙面横向开槽，深度约 6 厘米</source>
        <translation>Problems found on inspection, e.g. horizontal groove cut in the bathroom wall, about 6 cm deep</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>违反条款</source>
        <translation>Clauses broken</translation>
    </message>
    <message>
        <source>整改要求，如：立即停止开槽，恢复墙面原状</source>
        <translation>What must be done, e.g. stop cutting at once and restore the wall</translation>
    </message>
    <message>
        <source>整改要求</source>
        <translation>Required action</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>开具并打印（Ctrl+Enter）</source>
        <translation>Issue and print (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>房号、编号、姓名或问题</source>
        <translation>Room, number, name or problem</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>复查…（Ctrl+R）</source>
        <translation>Re-inspect… (Ctrl+R)</translation>
    </message>
    <message>
        <source>开具再次通知</source>
        <translation>Issue second notice</translation>
    </message>
    <message>
        <source>登记签收…</source>
        <translation>Record receipt…</translation>
    </message>
    <message>
        <source>整改通知记录</source>
        <translation>Rectification notices</translation>
    </message>
    <message>
        <source>《{0}》{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>已选 {0} 条（空格键勾选）</source>
        <translation>{0} selected (Space ticks)</translation>
    </message>
    <message>
        <source>空格键勾选违反的条款，可多选</source>
        <translation>Tick the clauses broken with Space; several allowed</translation>
    </message>
    <message>
        <source>装修公司及负责人，如：鑫达装饰 王工</source>
        <translation>Contractor and person in charge, e.g. 鑫达装饰 王工</translation>
    </message>
    <message>
        <source>已开具 {0}（{1}），整改期限 {2}。请打印两联，请对方在存根联签收。</source>
        <translation>Issued {0} ({1}), deadline {2}. Print both copies and have the stub signed.</translation>
    </message>
    <message>
        <source>经 {0} 复查，{1} 号整改通知单所列问题仍未整改：{2}</source>
        <translation>Re-inspected on {0}: the problems in notice {1} are still not rectified: {2}</translation>
    </message>
    <message>
        <source>再次通知（第 {0} 次）：关联 {1}。检查内容已带入，请核对后开具。</source>
        <translation>Notice no. {0}, following {1}. The findings are copied in; check them, then issue.</translation>
    </message>
    <message>
        <source>整改通知单 {0}</source>
        <translation>Rectification notice {0}</translation>
    </message>
    <message>
        <source>共 {0} 份</source>
        <translation>{0} in all</translation>
    </message>
    <message>
        <source>{0} 整改记录（{1} 份）</source>
        <translation>{0}: rectification notices ({1})</translation>
    </message>
    <message>
        <source>本户无整改记录</source>
        <translation>No notices for this room</translation>
    </message>
    <message>
        <source>复查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>登记签收</source>
        <translation>Record receipt</translation>
    </message>
    <message>
        <source>{0}：签收人姓名（按存根联上的签字登记，签收日期记为今天）</source>
        <translation>{0}: name of the person who signed (as on the stub; today is recorded as the date)</translation>
    </message>
    <message>
        <source>签收人</source>
        <translation>Signed for by</translation>
    </message>
    <message>
        <source>再次通知</source>
        <translation>Second notice</translation>
    </message>
    <message>
        <source>开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>选择一份整改通知查看详情</source>
        <translation>Choose a notice to see it</translation>
    </message>
    <message>
        <source>（第 {0} 次通知，关联 {1}）</source>
        <translation>(notice no. {0}, following {1})</translation>
    </message>
    <message>
        <source>请选择已整改或未整改</source>
        <translation>Choose rectified or not rectified</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>业主</source>
        <translation>the owner</translation>
    </message>
    <message>
        <source>今日复查</source>
        <translation>Re-inspect today</translation>
    </message>
    <message>
        <source>复查逾期</source>
        <translation>Re-inspection overdue</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>待复查</source>
        <translation>To re-inspect</translation>
    </message>
    <message>
        <source>整改到期待复查 {0} 份</source>
        <translation>Re-inspections due {0}</translation>
    </message>
    <message>
        <source>整改通知单</source>
        <translation>Rectification notices</translation>
    </message>
    <message>
        <source>未整改</source>
        <translation>Not rectified</translation>
    </message>
    <message>
        <source>未整改·已再次通知</source>
        <translation>Not rectified · 2nd notice issued</translation>
    </message>
    <message>
        <source>未整改·待再次通知</source>
        <translation>Not rectified · 2nd notice due</translation>
    </message>
    <message>
        <source>未整改待再次通知 {0} 份</source>
        <translation>Second notices due {0}</translation>
    </message>
    <message>
        <source>装修负责人</source>
        <translation>Contractor</translation>
    </message>
</context>
<context>
    <name>ReinspectDialog</name>
    <message>
        <source>复查 {0}</source>
        <translation>Re-inspect {0}</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}
整改期限：{2}
要求：{3}</source>
        <translation>{0}  {1}
Deadline: {2}
Required: {3}</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>未整改</source>
        <translation>Not rectified</translation>
    </message>
    <message>
        <source>复查情况；未整改时写明仍存在的问题（将带入再次通知）</source>
        <translation>What you found; if not rectified, the problems that remain (copied to the second notice)</translation>
    </message>
    <message>
        <source>复查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>复查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>保存复查结果</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>今日复查</source>
        <translation>Re-inspect today</translation>
    </message>
    <message>
        <source>复查逾期</source>
        <translation>Re-inspection overdue</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>待复查</source>
        <translation>To re-inspect</translation>
    </message>
    <message>
        <source>未整改·已再次通知</source>
        <translation>Not rectified · 2nd notice issued</translation>
    </message>
    <message>
        <source>未整改·待再次通知</source>
        <translation>Not rectified · 2nd notice due</translation>
    </message>
    <message>
        <source>装修负责人</source>
        <translation>Contractor</translation>
    </message>
</context>
</TS>
