<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CompleteDialog</name>
    <message>
        <source>材料 / 项目</source>
        <extracomment>the columns typed in (the last one, 金额, is computed) how the owner confirmed a completion, in the order offered</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (¥)</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>完工登记 {0}</source>
        <translation>Record completion {0}</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}：{2}&#x3000;维修人员：{3}&#x3000;{4}</source>
        <translation>{0}  {1}: {2}  Technician: {3}  {4}</translation>
    </message>
    <message>
        <source>维修人员做了什么，问题是否解决</source>
        <translation>What the technician did, and whether it is fixed</translation>
    </message>
    <message>
        <source>添加一行</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <source>无偿工单：可登记所用材料，单价请填 0。</source>
        <translation>Free order: materials may be listed, with unit price 0.</translation>
    </message>
    <message>
        <source>业主对维修的意见，可不填</source>
        <translation>The owner&apos;s comments on the repair (optional)</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>完工时间</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>材料及费用</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>业主确认</source>
        <translation>Owner sign-off</translation>
    </message>
    <message>
        <source>业主意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>完工</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>合计 ¥{0}（{1}）</source>
        <translation>Total ¥{0} ({1})</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>改派 {0}</source>
        <translation>Reassign {0}</translation>
    </message>
    <message>
        <source>派单 {0}</source>
        <translation>Dispatch {0}</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>Now with</translation>
    </message>
    <message>
        <source>维修部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>如：原维修人员请假、需要专业人员</source>
        <translation>e.g. technician on leave, a specialist is needed</translation>
    </message>
    <message>
        <source>改派原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>预约上门</source>
        <translation>Book a visit</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>给维修人员的话，可不填</source>
        <translation>A note for the technician (optional)</translation>
    </message>
    <message>
        <source>派单说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>（由部门安排）</source>
        <translation>(department decides)</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>维修工单：派单、开始、完工登记用料费用、打印两联、回访后关闭。</source>
        <translation>Work orders: dispatched, started, completed with materials and charges, printed in two copies, closed after the callback.</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>打印…</source>
        <extracomment>the buttons of the detail view, in the order the work goes the lifecycle&apos;s steps by keyboard, in their order (listed in 帮助 → 使用指南)</extracomment>
        <translation>Print…</translation>
    </message>
    <message>
        <source>预览并打印维修工作单（Ctrl+P）</source>
        <translation>Preview and print the work order (Ctrl+P)</translation>
    </message>
    <message>
        <source>报修时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>房号/位置</source>
        <translation>Room / place</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>报修类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>开单人</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>显示完整号码（会记录在操作日志中）</source>
        <translation>Show the full number (written to the audit log)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>在左侧选择一张工单，或按 Ctrl+N 新建。</source>
        <translation>Choose a work order on the left, or press Ctrl+N for a new one.</translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>报警待主管确认</source>
        <translation>Alert not yet acknowledged</translation>
    </message>
    <message>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>返修 {0} 次</source>
        <translation>Reopened {0}×</translation>
    </message>
    <message>
        <source>公区：{0}</source>
        <translation>Common area: {0}</translation>
    </message>
    <message>
        <source>{0}（按时完工）</source>
        <translation>{0} (completed on time)</translation>
    </message>
    <message>
        <source>{0}（超时完工）</source>
        <translation>{0} (completed late)</translation>
    </message>
    <message>
        <source>{0}（挂起中，计时暂停）</source>
        <translation>{0} (on hold, clock stopped)</translation>
    </message>
    <message>
        <source>{0}（已超时）</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>{0} {1}（{2}）</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <source>未派单</source>
        <translation>Not dispatched</translation>
    </message>
    <message>
        <source>挂起原因：{0}（{1} 起）</source>
        <translation>On hold: {0} (since {1})</translation>
    </message>
    <message>
        <source>取消原因：{0}</source>
        <translation>Cancelled: {0}</translation>
    </message>
    <message>
        <source>客服主管</source>
        <translation>a supervisor&apos;s</translation>
    </message>
    <message>
        <source>管家或主管</source>
        <translation>a butler&apos;s or supervisor&apos;s</translation>
    </message>
    <message>
        <source>需要{0}权限</source>
        <translation>Needs {0} rights</translation>
    </message>
    <message>
        <source>前台直接开单</source>
        <translation>Opened at the desk</translation>
    </message>
    <message>
        <source>来电来访登记 #{0}</source>
        <translation>Call log #{0}</translation>
    </message>
    <message>
        <source>来电来访登记 #{0}：{1} {2} {3}</source>
        <translation>Call log #{0}: {1} {2} {3}</translation>
    </message>
    <message>
        <source>&lt;b&gt;完工&lt;/b&gt; {0}：{1}</source>
        <translation>&lt;b&gt;Completed&lt;/b&gt; {0}: {1}</translation>
    </message>
    <message>
        <source>合计 ¥{0}（{1}）</source>
        <translation>Total ¥{0} ({1})</translation>
    </message>
    <message>
        <source>业主确认：{0}&#x3000;{1}</source>
        <translation>Sign-off: {0}  {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;第 {0} 次回访&lt;/b&gt; {1} {2}，{3}：{4} {5}</source>
        <translation>&lt;b&gt;Callback {0}&lt;/b&gt; {1} {2}, {3}: {4} {5}</translation>
    </message>
    <message>
        <source>待回访，应于 {0} 前完成</source>
        <translation>Callback due by {0}</translation>
    </message>
    <message>
        <source>{0}（{1} → {2}）</source>
        <translation>{0} ({1} → {2})</translation>
    </message>
    <message>
        <source>{0} {1} → {2} {3}</source>
        <translation>{0} {1} → {2} {3}</translation>
    </message>
    <message>
        <source>修改了：{0}</source>
        <translation>Changed: {0}</translation>
    </message>
    <message>
        <source>费用 ¥{0}</source>
        <translation>Charge ¥{0}</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>存为 PDF</source>
        <translation>Saved as PDF</translation>
    </message>
    <message>
        <source>由来电来访登记 #{0} 转入</source>
        <translation>From call log entry #{0}</translation>
    </message>
    <message>
        <source>暂停 {0} 分钟</source>
        <translation>Paused {0} min</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>显示号码</source>
        <translation>Show number</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>材料 / 项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>OrderFormDialog</name>
    <message>
        <source>修改工单 {0}</source>
        <translation>Edit work order {0}</translation>
    </message>
    <message>
        <source>来电来访转工单</source>
        <translation>Work order from a call or visit</translation>
    </message>
    <message>
        <source>新建维修工单</source>
        <translation>New work order</translation>
    </message>
    <message>
        <source>如 3-2-1502、3栋2单元1502</source>
        <translation>e.g. 3-2-1502, 3栋2单元1502</translation>
    </message>
    <message>
        <source>公区(&amp;G)</source>
        <translation>Common &amp;area</translation>
    </message>
    <message>
        <source>公共区域报修（大堂、电梯、路灯等），无需房号</source>
        <translation>A repair in a common area (lobby, lift, street lights …): no room needed</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>紧急(&amp;U)（立即通知客服主管）</source>
        <translation>&amp;Urgent (alerts the supervisor at once)</translation>
    </message>
    <message>
        <source>有偿（户内维修，收取材料及人工费）</source>
        <translation>Paid (inside the home: materials and labour charged)</translation>
    </message>
    <message>
        <source>无偿（公区或保修范围内）</source>
        <translation>Free (common area or under warranty)</translation>
    </message>
    <message>
        <source>预约上门</source>
        <extracomment>what the call&apos;s words suggested for 有偿/无偿 (None: nothing)</extracomment>
        <translation>Book a visit</translation>
    </message>
    <message>
        <source>什么坏了、在哪里、从什么时候开始；业主何时在家</source>
        <translation>What is broken, where, since when; when the owner is at home</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>报修类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>具体位置</source>
        <translation>Where exactly</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>按来电内容推测</source>
        <translation>Guessed from the call</translation>
    </message>
    <message>
        <source>请选择报修类别</source>
        <translation>Please choose a repair category</translation>
    </message>
    <message>
        <source>请选择有偿或无偿</source>
        <translation>Please choose paid or free</translation>
    </message>
    <message>
        <source>公区</source>
        <translation>Common area</translation>
    </message>
    <message>
        <source>已载入对方保存的内容，您的修改未保存。</source>
        <translation>Their saved version is loaded; your changes were not saved.</translation>
    </message>
    <message>
        <source>公区位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>如 3栋大堂、5栋2单元电梯厅、地下车库B区</source>
        <translation>e.g. 3栋大堂, 5栋2单元电梯厅, car park zone B</translation>
    </message>
    <message>
        <source>可不填，如 厨房、主卫</source>
        <translation>Optional, e.g. kitchen, main bathroom</translation>
    </message>
    <message>
        <source>公区报修，按无偿推测</source>
        <translation>Public area: guessed free</translation>
    </message>
    <message>
        <source>{0} {1}&#x3000;业主：{2} {3}</source>
        <translation>{0} {1}  Owner: {2} {3}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>挂起 {0}</source>
        <translation>Put {0} on hold</translation>
    </message>
    <message>
        <source>取消工单 {0}</source>
        <translation>Cancel work order {0}</translation>
    </message>
    <message>
        <source>关闭 {0}</source>
        <translation>Close {0}</translation>
    </message>
    <message>
        <source>挂起原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>如：等配件到货、业主出差，约定下周再修</source>
        <translation>e.g. waiting for parts; owner away until next week</translation>
    </message>
    <message>
        <source>如：重复报修、业主已自行修好</source>
        <translation>e.g. reported twice; owner fixed it</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>WorkOrderTab</name>
    <message>
        <source>全部时间</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>近 7 天</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>近 30 天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>维修工单</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>新建工单</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>新建维修工单（Ctrl+N）</source>
        <translation>New work order (Ctrl+N)</translation>
    </message>
    <message>
        <source>单号、房号（3-2-1502）、报修人或内容，回车搜索</source>
        <translation>Number, room (3-2-1502), reporter or text; Enter searches</translation>
    </message>
    <message>
        <source>未关闭</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>共 {0} 张</source>
        <translation>{0} in all</translation>
    </message>
    <message>
        <source>维修工作单 {0}</source>
        <translation>Work order {0}</translation>
    </message>
    <message>
        <source>维修工单_{0}.xlsx</source>
        <translation>work-orders_{0}.xlsx</translation>
    </message>
    <message>
        <source>已导出 {0} 张到 {1}</source>
        <translation>{0} orders exported to {1}</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>工单超时 {0}</source>
        <translation>Orders overdue {0}</translation>
    </message>
    <message>
        <source>待派单 {0}</source>
        <translation>To dispatch {0}</translation>
    </message>
</context>
<context>
    <name>WorkOrders</name>
    <message>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>报修时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>房号/位置</source>
        <translation>Room / place</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>是否超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>维修部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>派单时间</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>完工时间</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>费用合计</source>
        <translation>Total charge</translation>
    </message>
    <message>
        <source>业主确认</source>
        <translation>Owner confirmation</translation>
    </message>
    <message>
        <source>回访满意度</source>
        <translation>Callback satisfaction</translation>
    </message>
    <message>
        <source>返修次数</source>
        <translation>Times reopened</translation>
    </message>
    <message>
        <source>开单人</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>业主不在场</source>
        <translation>Owner not present</translation>
    </message>
    <message>
        <source>业主签字确认</source>
        <translation>Owner signed</translation>
    </message>
    <message>
        <source>公区</source>
        <translation>Common area</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>工单超时 {0}</source>
        <translation>Orders overdue {0}</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>已完工</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已派单</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>待派单</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <source>待派单 {0}</source>
        <translation>To dispatch {0}</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>无偿</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>有偿</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>电话确认</source>
        <translation>Confirmed by phone</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>维修工单</source>
        <translation>Work orders</translation>
    </message>
</context>
<context>
    <name>_OrderStepDialog</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>维修部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Fault</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>order actions</name>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>取消工单</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>完工登记</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>开始处理</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>Dispatch</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <source>公区</source>
        <extracomment>fetch(before_id, limit): the service&apos;s list query, newest first</extracomment>
        <translation>Common area</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>报修时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>房号/位置</source>
        <translation>Room / place</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>上门</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>主管已确认报警</source>
        <translation>Alert acknowledged by supervisor</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>修改内容</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>回访不满意，重新派单</source>
        <translation>Callback dissatisfied, dispatched again</translation>
    </message>
    <message>
        <source>完工</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>开单</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>开始处理</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>恢复处理</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>改派</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <source>时限将到</source>
        <translation>Service clock at 80%</translation>
    </message>
    <message>
        <source>服务超时</source>
        <translation>Service time exceeded</translation>
    </message>
    <message>
        <source>来电来访</source>
        <translation>Call or visit</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>紧急报修</source>
        <translation>Urgent repair</translation>
    </message>
    <message>
        <source>紧急报警已发出</source>
        <translation>Urgent alert raised</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>维修工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>重大投诉</source>
        <translation>Major complaint</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>Appointment</translation>
    </message>
</context>
</TS>
