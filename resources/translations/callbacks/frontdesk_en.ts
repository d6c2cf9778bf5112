<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CallbackTab</name>
    <message>
        <source>回访</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>单号、房号、联系人或内容</source>
        <translation>Number, room, contact or text</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>应回访时间</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>记录回访</source>
        <translation>Record callback</translation>
    </message>
    <message>
        <source>请在左侧选择一条回访</source>
        <translation>Choose a callback on the left</translation>
    </message>
    <message>
        <source>显示号码</source>
        <translation>Show number</translation>
    </message>
    <message>
        <source>显示完整号码以便拨打（会记录在操作日志中）</source>
        <translation>Show the full number to dial it (written to the audit log)</translation>
    </message>
    <message>
        <source>查看原单</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>默认为保存时的时间；事后补记时请改为实际回访时间</source>
        <translation>Defaults to the time you save; when recording later, enter when the call was made</translation>
    </message>
    <message>
        <source>客户的意见和建议；不满意或基本满意时请写明原因</source>
        <translation>The customer&apos;s comments; if not fully satisfied, write down why</translation>
    </message>
    <message>
        <source>回访时间</source>
        <translation>Callback time</translation>
    </message>
    <message>
        <source>回访方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>客户意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>保存回访</source>
        <translation>Save callback</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>共 {0} 条</source>
        <translation>{0} in all</translation>
    </message>
    <message>
        <source>共 {0} 条，逾期 {1} 条，今日到期 {2} 条</source>
        <translation>{0} in all, {1} overdue, {2} due today</translation>
    </message>
    <message>
        <source>{0} {1}（第 {2} 次回访）</source>
        <translation>{0} {1} (callback {2})</translation>
    </message>
    <message>
        <source>联系人：{0}&#x3000;房号：{1}</source>
        <translation>Contact: {0}   Room: {1}</translation>
    </message>
    <message>
        <source>应于 {0} 前完成回访</source>
        <translation>Call back by {0}</translation>
    </message>
    <message>
        <source>已回访：{0} {1}，{2}，{3}</source>
        <translation>Called back: {0} {1}, {2}, {3}</translation>
    </message>
    <message>
        <source>意见：{0}</source>
        <translation>Comments: {0}</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>repair</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>complaint</translation>
    </message>
    <message>
        <source>回访话术：您好，我是{0}客服{1}，请问是{2}吗？打扰您了。{3}我们为您处理了{4}（{5}），请问您对处理结果满意吗？——不满意或基本满意时，请问明哪方面需要改进。</source>
        <translation>Script: Hello, this is {1} from {0} customer service. Am I speaking to {2}? Sorry to trouble you. On {3} we handled your {4} ({5}). Are you satisfied with the result? — If not fully satisfied, ask what should be improved.</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>the owner</translation>
    </message>
    <message>
        <source>{0}月{1}日</source>
        <translation>{0}-{1}</translation>
    </message>
    <message>
        <source>电话：{0}</source>
        <translation>Phone: {0}</translation>
    </message>
    <message>
        <source>已记录：{0} 投诉人不满意，已退回第5步重新实施。</source>
        <translation>Recorded: {0} complainant dissatisfied; sent back to step 5 to implement again.</translation>
    </message>
    <message>
        <source>已记录：{0} 客户不满意，已重新派单给原维修人员。</source>
        <translation>Recorded: {0} customer dissatisfied; dispatched again to the same technician.</translation>
    </message>
    <message>
        <source>已记录 {0} 的回访。</source>
        <translation>Callback for {0} recorded.</translation>
    </message>
    <message>
        <source>已载入对方保存的内容，您的修改未保存。</source>
        <translation>Their saved version is loaded; your changes were not saved.</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <source>上门</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Unhappy</translation>
    </message>
    <message>
        <source>今日应回访 {0}</source>
        <translation>Callbacks today {0}</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>回访逾期 {0}</source>
        <translation>Callbacks overdue {0}</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>工单完工和投诉处理后的回访队列：按到期先后回访，记录满意度。</source>
        <translation>The callback queue after completed orders and handled complaints: call back by due date and record satisfaction.</translation>
    </message>
</context>
</TS>
