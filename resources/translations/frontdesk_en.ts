<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AcceptPage</name>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>修改受理信息</source>
        <translation>Edit intake details</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>确认报警 — {0}</source>
        <translation>Acknowledge alert — {0}</translation>
    </message>
    <message>
        <source>{0} {1}
{2}</source>
        <translation>{0} {1}
{2}</translation>
    </message>
    <message>
        <source>报警须由客服主管确认。请主管输入本人的登录名和密码。</source>
        <translation>Alerts are acknowledged by a customer service supervisor. Supervisor: enter your own login and password.</translation>
    </message>
    <message>
        <source>主管登录名</source>
        <translation>Supervisor login</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>处置意见，如：已通知工程部赶往现场</source>
        <translation>e.g. engineers sent to the site</translation>
    </message>
    <message>
        <source>处置意见</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>确认收到</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请输入主管的登录名</source>
        <translation>Enter the supervisor&apos;s login</translation>
    </message>
    <message>
        <source>{0} 没有确认报警的权限，请由客服主管确认。</source>
        <translation>{0} may not acknowledge alerts; a customer service supervisor must do it.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>{0}&#x3000;{1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>{0} {1} 报</source>
        <translation>Raised {0} by {1}</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>主管确认…</source>
        <translation>Acknowledge…</translation>
    </message>
</context>
<context>
    <name>AlertWatcher</name>
    <message>
        <source>未确认报警 {0}</source>
        <translation>Unacknowledged alerts {0}</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>紧急报警 — 请主管立即处理</source>
        <translation>Emergency alert — supervisor needed now</translation>
    </message>
    <message>
        <source>⚠ 紧急情况，请客服主管立即处理</source>
        <translation>⚠ Emergency: customer service supervisor, act now</translation>
    </message>
    <message>
        <source>共 {0} 条未确认。处理后请点“主管确认”。</source>
        <translation>{0} unacknowledged. Once handled, click “Acknowledge”.</translation>
    </message>
    <message>
        <source>共 {0} 条未确认，已通知客服主管；主管可在本机输入账号确认。</source>
        <translation>{0} unacknowledged; the supervisor has been notified and can acknowledge here with their login.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>新建</source>
        <extracomment>audit trail: what was done</extracomment>
        <translation>Created</translation>
    </message>
    <message>
        <source>创建首个主管账号</source>
        <translation>First supervisor account</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>更改状态</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>停用 / 迁出</source>
        <translation>Deactivated / moved out</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Reactivated</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>注销 / 切换用户</source>
        <translation>Log out / switch user</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>查看完整号码</source>
        <translation>Showed full numbers</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Demo data loaded</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <source>员工</source>
        <extracomment>audit trail: on what</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Occupant</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>导入文件</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>导出文件</source>
        <translation>Export file</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
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
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>加载更早的记录</source>
        <translation>Load older entries</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>操作日志只能查看，不能修改或删除。</source>
        <translation>The audit log can be read, never changed or deleted.</translation>
    </message>
    <message>
        <source>已显示 {0} 条</source>
        <translation>{0} entries shown</translation>
    </message>
</context>
<context>
    <name>Building</name>
    <message>
        <source>{0}栋</source>
        <translation>Building {0}</translation>
    </message>
    <message>
        <source>{0}座</source>
        <translation>Tower {0}</translation>
    </message>
</context>
<context>
    <name>CallEntryForm</name>
    <message>
        <source>全部项目</source>
        <extracomment>a contact was saved (CallRow) room and phone as typed, for the caller lookup</extracomment>
        <translation>All projects</translation>
    </message>
    <message>
        <source>如 3-2-1502，可不填</source>
        <translation>e.g. 3-2-1502</translation>
    </message>
    <message>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <source>姓名或称呼，如 王女士</source>
        <translation>Name, e.g. Ms Wang</translation>
    </message>
    <message>
        <source>来电来访的内容（回车保存，Shift+回车换行）</source>
        <translation>What the caller said (Enter saves, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <source>如何答复、通知了谁、约定了什么</source>
        <translation>What you answered, whom you told, what was agreed</translation>
    </message>
    <message>
        <source>清空（Esc）</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>恢复刚才清空的内容（Ctrl+Alt+Z）</source>
        <translation>Bring back what was just cleared (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <source>渠道(&amp;Q)</source>
        <extracomment>tests and scripted runs answer the conflict question here instead of the panel</extracomment>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>时间(&amp;T)</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>房号(&amp;R)</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>来电人(&amp;N)</source>
        <translation>Ca&amp;ller</translation>
    </message>
    <message>
        <source>类别(&amp;K)</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>内容(&amp;C)</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>处理情况(&amp;H)</source>
        <translation>Handlin&amp;g</translation>
    </message>
    <message>
        <source>结果(&amp;O)</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>跟进期限(&amp;D)</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <source>经办人(&amp;J)</source>
        <translation>Handled &amp;by</translation>
    </message>
    <message>
        <source>重新跟进</source>
        <translation>Follow up again</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>新登记</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>保存（回车）</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>已清空。</source>
        <translation>Cleared.</translation>
    </message>
    <message>
        <source>已恢复清空前的内容。</source>
        <translation>What was cleared is back.</translation>
    </message>
    <message>
        <source>修改记录 #{0}（{1}，{2} 最后修改）</source>
        <translation>Editing entry #{0} ({1}; last changed by {2})</translation>
    </message>
    <message>
        <source>保存修改（回车）</source>
        <translation>Save changes (Enter)</translation>
    </message>
    <message>
        <source>正在修改。Esc 放弃修改。</source>
        <translation>Editing. Esc discards the changes.</translation>
    </message>
    <message>
        <source>已修改</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>接听时间</source>
        <translation>time taken</translation>
    </message>
    <message>
        <source>{0}/{1} 字</source>
        <translation>{0}/{1} characters</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{0} {1} {2} {3}</source>
        <translation>{0} {1} {2} {3}</translation>
    </message>
    <message>
        <source>已保存修改 #{0}：{1}</source>
        <translation>Changes saved #{0}: {1}</translation>
    </message>
    <message>
        <source>已登记 #{0}：{1}</source>
        <translation>Logged #{0}: {1}</translation>
    </message>
    <message>
        <source>他人</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>未保存：此记录已被他人修改，请在上方选择如何处理。</source>
        <translation>Not saved: someone else has changed this entry. Choose above what to do.</translation>
    </message>
    <message>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
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
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>跟进期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>这条记录在您修改期间已被 {0} 于 {1} 保存。两份内容都在这里，您的修改仍在表单中，尚未保存。</source>
        <translation>While you were editing, {0} saved this entry at {1}. Both versions are shown here; your changes are still in the form, not saved.</translation>
    </message>
    <message>
        <source>已载入最新内容；您刚才的修改可以恢复。</source>
        <translation>The latest version is loaded; your changes can be restored.</translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>双击打开工单 {0}</source>
        <translation>Double-click to open work order {0}</translation>
    </message>
    <message>
        <source>双击打开投诉 {0}</source>
        <translation>Double-click to open complaint {0}</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>已转工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>已转投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>已转工单 {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <source>今日待跟进 {0}</source>
        <translation>Follow-ups today {0}</translation>
    </message>
    <message>
        <source>已转投诉 {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>当场办结</source>
        <translation>Closed at desk</translation>
    </message>
    <message>
        <source>待跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>待跟进（今日到期）</source>
        <translation>Follow-up due today</translation>
    </message>
    <message>
        <source>待跟进（已逾期）</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>来电来访</source>
        <translation>Calls and visits</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>求助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
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
        <source>线上</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>表扬</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>跟进办结</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>跟进期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>跟进逾期 {0}</source>
        <translation>Follow-ups overdue {0}</translation>
    </message>
</context>
<context>
    <name>CallLogTab</name>
    <message>
        <source>来电来访</source>
        <translation>Calls and visits</translation>
    </message>
    <message>
        <source>修改所选（回车）</source>
        <translation>Edit selected (Enter)</translation>
    </message>
    <message>
        <source>完成跟进…</source>
        <translation>Finish follow-up…</translation>
    </message>
    <message>
        <source>转工单…（Ctrl+G）</source>
        <translation>Make work order… (Ctrl+G)</translation>
    </message>
    <message>
        <source>把所选登记转为维修工单（工单按登记内容预填，双向关联）</source>
        <translation>Turn the selected entry into a work order (the order is filled from the entry; both are linked)</translation>
    </message>
    <message>
        <source>转投诉…（Ctrl+T）</source>
        <translation>Make complaint… (Ctrl+T)</translation>
    </message>
    <message>
        <source>把所选登记转为投诉（受理表按登记内容预填，双向关联）</source>
        <translation>Turn the selected entry into a complaint (the intake form is filled from the entry; both are linked)</translation>
    </message>
    <message>
        <source>打开所选登记转成的工单或投诉</source>
        <translation>Open the work order or complaint made from the selected entry</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>近7天</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部结果</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>今日到期及逾期的跟进</source>
        <translation>Due/overdue</translation>
    </message>
    <message>
        <source>已逾期的跟进</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>全部经办人</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>搜索内容，如 漏水（Ctrl+F）</source>
        <translation>Search text, e.g. 漏水 (Ctrl+F)</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>没有符合条件的记录</source>
        <translation>No matching entries</translation>
    </message>
    <message>
        <source>已显示最新 {0} 条，向下滚动查看更早的记录</source>
        <translation>Latest {0} shown; scroll down for older ones</translation>
    </message>
    <message>
        <source>共 {0} 条</source>
        <translation>{0} in all</translation>
    </message>
    <message>
        <source>没有待跟进的记录</source>
        <translation>No follow-ups pending</translation>
    </message>
    <message>
        <source>待跟进 {0} 项</source>
        <translation>Follow-ups: {0}</translation>
    </message>
    <message>
        <source>查看工单/投诉（Ctrl+O）</source>
        <translation>Open record (Ctrl+O)</translation>
    </message>
    <message>
        <source>查看工单 {0}（Ctrl+O）</source>
        <translation>Open {0} (Ctrl+O)</translation>
    </message>
    <message>
        <source>查看投诉 {0}（Ctrl+O）</source>
        <translation>Open {0} (Ctrl+O)</translation>
    </message>
    <message>
        <source>#{0} 已完成跟进。</source>
        <translation>#{0} followed up.</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 {0} 条到 {1}</source>
        <translation>{0} entries exported to {1}</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>今日到期 {0}</source>
        <translation>Due today {0}</translation>
    </message>
    <message>
        <source>已逾期 {0}</source>
        <translation>Overdue {0}</translation>
    </message>
</context>
<context>
    <name>CallbackClosePage</name>
    <message>
        <source>记录回访…</source>
        <translation>Record callback…</translation>
    </message>
    <message>
        <source>针对投诉原因提出的改进对策</source>
        <translation>Measures against the cause of the complaint</translation>
    </message>
    <message>
        <source>对处理过程的总结与评价（可不填）</source>
        <translation>Summary and assessment of the handling (optional)</translation>
    </message>
    <message>
        <source>总结并关闭投诉</source>
        <translation>Summarise and close</translation>
    </message>
    <message>
        <source>改进措施</source>
        <translation>Improvements</translation>
    </message>
    <message>
        <source>总结评价</source>
        <translation>Summary</translation>
    </message>
</context>
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
        <source>已载入对方保存的内容，您的修改未保存。</source>
        <translation>Their saved version is loaded; your changes were not saved.</translation>
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
    <name>CallerPanel</name>
    <message>
        <source>来电人信息</source>
        <extracomment>a recent entry was clicked (entry id)</extracomment>
        <translation>Caller</translation>
    </message>
    <message>
        <source>填入房号和来电人（F4）</source>
        <translation>Fill in room and caller (F4)</translation>
    </message>
    <message>
        <source>输入房号或电话后，这里显示业户、近期来电来访和未完成的跟进。</source>
        <translation>Type a room or phone number: the occupants, recent calls and visits, and open follow-ups show here.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>“{0}”对应多个房间：</source>
        <translation>“{0}” matches several rooms:</translation>
    </message>
    <message>
        <source>请在房号左边选择项目。</source>
        <translation>Choose the project left of the room.</translation>
    </message>
    <message>
        <source>业户档案中没有登记住户。</source>
        <translation>No occupants on file.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>电话 {0} 登记为：</source>
        <translation>Phone {0} is on file for: </translation>
    </message>
    <message>
        <source>电话 {0} 未登记在业户档案中。</source>
        <translation>Phone {0} is not on file.</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>未完成的跟进</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>近期来电来访</source>
        <translation>Recent calls and visits</translation>
    </message>
    <message>
        <source>没有来电来访记录。</source>
        <translation>No calls or visits on record.</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailView</name>
    <message>
        <source>打印登记表</source>
        <extracomment>a step was taken (complaint id)</extracomment>
        <translation>Print form</translation>
    </message>
    <message>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>请在左侧选择一条投诉，或点“新建投诉”受理。</source>
        <translation>Choose a complaint on the left, or click “New complaint” to take one.</translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>超过时限完成（时限 {0}）</source>
        <translation>Finished late (due {0})</translation>
    </message>
    <message>
        <source>（可能已被其他同事处理，请重新载入。）</source>
        <translation>(A colleague may have handled it already; please reload.)</translation>
    </message>
    <message>
        <source>已载入对方保存的内容，您的修改未保存。</source>
        <translation>Their saved version is loaded; your changes were not saved.</translation>
    </message>
    <message>
        <source>投诉处理</source>
        <translation>Complaint handling</translation>
    </message>
</context>
<context>
    <name>ComplaintStatsDialog</name>
    <message>
        <source>投诉数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>无效</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <source>待判断</source>
        <translation>To assess</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Unhappy</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Sat. rate</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>平均办结天数</source>
        <translation>Avg. days to close</translation>
    </message>
    <message>
        <source>顾客投诉分类统计表</source>
        <translation>Customer complaints by category</translation>
    </message>
    <message>
        <source>yyyy年MM月</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>保存 PDF / 打印…</source>
        <translation>Save PDF / Print…</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>统计月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>说明：按受理日期统计；有效/无效为“判断”步骤的结论；满意度取最近一次回访；超时指任一步骤超过设定时限（含仍在处理中已过时限的）；平均办结天数自受理至关闭。</source>
        <translation>Notes: counted by date received; upheld / not upheld is the conclusion of the assessment step; satisfaction is from the latest callback; overdue means any step went past its time limit (including ones still open and late); average days to close run from intake to closing.</translation>
    </message>
    <message>
        <source>按投诉类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>按责任部门</source>
        <translation>By responsible department</translation>
    </message>
    <message>
        <source>{0}年{1}月 顾客投诉分类统计表</source>
        <translation>Customer complaints by category, {0}-{1}</translation>
    </message>
    <message>
        <source>投诉总数 {0} 件（重大 {1} 件），有效 {2} 件、无效 {3} 件；已关闭 {4} 件，平均办结 {5} 天；回访满意率 {6}；超时 {7} 件。</source>
        <translation>Complaints: {0} ({1} major); upheld {2}, not upheld {3}; closed {4}, average days to close {5}; callback satisfaction {6}; overdue {7}.</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>未定责任部门</source>
        <translation>No department yet</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>保存失败：{0}</source>
        <translation>Could not save: {0}</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>处理中</source>
        <extracomment>the state filter around the states (whose words are the vocabulary&apos;s, models.state_names): (key of services.complaints.STATE_GROUPS, label); counts are added on screen</extracomment>
        <translation>In progress</translation>
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
        <source>投诉登记</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>新建投诉（Ctrl+N）</source>
        <translation>New complaint (Ctrl+N)</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>月度分类统计</source>
        <translation>Monthly statistics</translation>
    </message>
    <message>
        <source>编号、房号、投诉人、电话或内容（如“噪音”）</source>
        <translation>Number, room, complainant, phone or text (e.g. 噪音)</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部程度</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>共 {0} 条</source>
        <translation>{0} in all</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>已导出 {0} 条到 {1}</source>
        <translation>{0} complaints exported to {1}</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>顾客投诉登记表 {0}</source>
        <translation>Complaint form {0}</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>材料 / 项目</source>
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
        <source>请选择</source>
        <translation>Choose…</translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>别人刚刚修改了这条记录</source>
        <extracomment>how tests and scripted runs answer the conflict question instead of the dialog</extracomment>
        <translation>Someone has just changed this record</translation>
    </message>
    <message>
        <source>您打开这条记录后，另一个前台保存了修改，您的修改尚未保存。请对比后选择：保留对方的内容，或在对方内容上重新应用您的修改。</source>
        <translation>Another counter saved changes after you opened this record; your changes have not been saved. Compare, then keep their version or apply your changes again on top of theirs.</translation>
    </message>
    <message>
        <source>保留对方的</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>对方保存的</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <source>我的修改</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>重新应用我的修改</source>
        <translation>Apply mine again</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>更正交接班 {0}</source>
        <translation>Correct handover {0}</translation>
    </message>
    <message>
        <source>例：交接现金少写 50 元，应为 400.50 元</source>
        <translation>e.g. cash written ¥50 short; should be ¥400.50</translation>
    </message>
    <message>
        <source>已确认接班的记录不能修改。更正将另起一份记录，注明更正哪一份及原因，交班后由接班人再次确认。</source>
        <translation>An acknowledged handover cannot be changed. A correction is a new handover that names the one it corrects and why; once handed over, the incoming colleague acknowledges it again.</translation>
    </message>
    <message>
        <source>开始更正</source>
        <translation>Start correction</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>程序出错</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>程序遇到了一个意外错误，刚才的操作可能没有完成。已保存的数据不受影响。

可以继续使用；如果再次出现，请保存手头的工作后重新启动程序，并把下面的日志文件发给系统管理员：
{0}</source>
        <translation>The program ran into an unexpected error; the last action may not have finished. Saved data is not affected.

You can carry on. If it happens again, save your work, restart the program and send this log file to the system administrator:
{0}</translation>
    </message>
    <message>
        <source>复制详情</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>继续使用</source>
        <translation>Continue</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>导出来电来访登记</source>
        <translation>Export calls and visits</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>来电来访登记_{0}.xlsx</source>
        <translation>calls-and-visits_{0}.xlsx</translation>
    </message>
    <message>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>项目</source>
        <extracomment>field names, for reports that list problems by field (import)</extracomment>
        <translation>Project</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>面积</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>房屋状态</source>
        <translation>Room status</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plates</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>门牌</source>
        <translation>Door number</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>项目数</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>房间数</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>住户数</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>员工数</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>号码已隐藏</source>
        <translation>Numbers masked</translation>
    </message>
    <message>
        <source>文件格式</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>跳过的行</source>
        <translation>Lines skipped</translation>
    </message>
    <message>
        <source>新增项目</source>
        <translation>New projects</translation>
    </message>
    <message>
        <source>新增房间</source>
        <translation>New rooms</translation>
    </message>
    <message>
        <source>更新房间</source>
        <translation>Rooms updated</translation>
    </message>
    <message>
        <source>新增住户</source>
        <translation>New occupants</translation>
    </message>
    <message>
        <source>更新住户</source>
        <translation>Occupants updated</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>首次使用 — 创建主管账号</source>
        <translation>First start — create the supervisor account</translation>
    </message>
    <message>
        <source>欢迎使用 FrontDesk。这是一个新的数据库，请先创建客服主管的账号；主管登录后可以为前台、管家等同事创建账号。</source>
        <translation>Welcome to FrontDesk. This is a new database: first create the customer service supervisor&apos;s account. Once logged in, the supervisor creates accounts for receptionists, butlers and other colleagues.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>完成跟进</source>
        <translation>Finish follow-up</translation>
    </message>
    <message>
        <source>#{0} {1} {2}
{3}</source>
        <translation>#{0} {1} {2}
{3}</translation>
    </message>
    <message>
        <source>跟进结果，如：已电话告知业主，师傅明早上门（回车完成）</source>
        <translation>Result, e.g. owner told by phone, technician comes tomorrow morning (Enter finishes)</translation>
    </message>
    <message>
        <source>跟进情况</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GateCheckTab</name>
    <message>
        <source>门岗核验</source>
        <translation>Gate check</translation>
    </message>
    <message>
        <source>扫描放行条上的二维码，或输入放行条编号后按回车</source>
        <translation>Scan the QR code on the release pass, or type its number and press Enter</translation>
    </message>
    <message>
        <source>核验</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>核验通过后直接放行</source>
        <translation>Release at once when the check passes</translation>
    </message>
    <message>
        <source>确认放行（回车）</source>
        <translation>Release (Enter)</translation>
    </message>
    <message>
        <source>今日已放行</source>
        <translation>Released today</translation>
    </message>
    <message>
        <source>请扫描放行条二维码</source>
        <translation>Scan the release pass QR code</translation>
    </message>
    <message>
        <source>请核对物品与清单一致后放行</source>
        <translation>Compare the goods with the list, then release</translation>
    </message>
    <message>
        <source>{0} 于 {1:%H:%M} 放行</source>
        <translation>Released by {0} at {1:%H:%M}</translation>
    </message>
    <message>
        <source>已经使用过：{0} 于 {1:%Y-%m-%d %H:%M} 放行</source>
        <translation>Already used: released by {0} at {1:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>已作废：{0}（{1}，{2:%Y-%m-%d %H:%M}）</source>
        <translation>Void: {0} ({1}, {2:%Y-%m-%d %H:%M})</translation>
    </message>
    <message>
        <source>已过期：有效时间至 {0:%Y-%m-%d %H:%M}</source>
        <translation>Expired: valid until {0:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>未到有效时间：{0:%Y-%m-%d %H:%M} 起有效</source>
        <translation>Not valid yet: valid from {0:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>二维码内容与开具时不符：放行条可能被涂改或伪造</source>
        <translation>The QR code does not match what was issued: the pass may be altered or forged</translation>
    </message>
    <message>
        <source>签名无法验证：不是本中心开具的放行条（或本机签名密钥与开具电脑不一致）</source>
        <translation>Signature not valid: not issued by this centre (or this PC&apos;s signing key differs from the issuing PC&apos;s)</translation>
    </message>
    <message>
        <source>查无此放行条：编号 {0} 不存在</source>
        <translation>No such pass: number {0} does not exist</translation>
    </message>
    <message>
        <source>查无此放行条</source>
        <translation>No such pass</translation>
    </message>
    <message>
        <source>无法识别：请重新扫描，或输入放行条上的编号（FX 开头）</source>
        <translation>Not recognised: scan again, or type the number on the pass (starts with FX)</translation>
    </message>
    <message>
        <source>✔ 核验通过，可以放行</source>
        <translation>✔ Check passed — may go out</translation>
    </message>
    <message>
        <source>✔ 已放行</source>
        <translation>✔ Released</translation>
    </message>
    <message>
        <source>已使用</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>未到时间</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>内容被改动</source>
        <translation>Altered</translation>
    </message>
    <message>
        <source>无法验证</source>
        <translation>Cannot verify</translation>
    </message>
    <message>
        <source>查无此单</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>无法识别</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>✘ 不能放行：{0}</source>
        <translation>✘ Do not release: {0}</translation>
    </message>
    <message>
        <source>手工输入编号：请核对纸质放行条上的编号、房号和物品与下方一致</source>
        <translation>Number typed by hand: check that the number, room and items on the paper pass match those below</translation>
    </message>
    <message>
        <source>此单补打过 {0} 次（副本与原件同号，只能放行一次）</source>
        <translation>Reprinted {0} times (copies share the original&apos;s number; it releases once only)</translation>
    </message>
    <message>
        <source>✘ 无法核验</source>
        <translation>✘ Cannot check</translation>
    </message>
    <message>
        <source>今日开具放行条 {0} 张</source>
        <translation>Passes issued today {0}</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>男</source>
        <translation>male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>female</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>全局搜索</source>
        <translation>Global search</translation>
    </message>
    <message>
        <source>房号（3-2-1502、3栋2单元1502）、姓名、电话、单号或内容…</source>
        <translation>Room (3-2-1502, 3栋2单元1502), name, phone, number or text…</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>来电来访</source>
        <translation>Calls and visits</translation>
    </message>
    <message>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>放行条</source>
        <translation>Release pass</translation>
    </message>
    <message>
        <source>整改通知</source>
        <translation>Rectification notice</translation>
    </message>
    <message>
        <source>交接班</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>共 {0} 条，回车打开</source>
        <translation>{0} found — Enter opens</translation>
    </message>
    <message>
        <source>没有找到“{0}”</source>
        <translation>Nothing found for “{0}”</translation>
    </message>
</context>
<context>
    <name>HandoverAckDialog</name>
    <message>
        <source>接班确认 — {0}</source>
        <translation>Acknowledge handover — {0}</translation>
    </message>
    <message>
        <source>{0} 交来 {1} 的交接班记录，请阅读后确认接班。</source>
        <translation>{0} has handed over the {1} shift. Read it, then acknowledge.</translation>
    </message>
    <message>
        <source>选填，如：现金 350.50 元已点清，钥匙已核对</source>
        <translation>Optional, e.g. cash ¥350.50 counted, keys checked</translation>
    </message>
    <message>
        <source>接班人登录名</source>
        <translation>Your login</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>接班意见</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>请接班人本人输入自己的登录名和密码；确认后记录即锁定，不能再修改或删除，如有错漏只能另写更正。</source>
        <translation>Incoming colleague: enter your own login and password. Once acknowledged the handover is locked: it cannot be changed or deleted; mistakes are put right with a correction.</translation>
    </message>
    <message>
        <source>接班人确认</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印交接班记录，交接双方可在纸上签字</source>
        <translation>Print the handover for both colleagues to sign</translation>
    </message>
    <message>
        <source>稍后确认</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>确认接班</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>登录名或密码不正确，未确认接班。请接班人本人重新输入密码。</source>
        <translation>Wrong login or password; not acknowledged. The incoming colleague must enter their own password again.</translation>
    </message>
    <message>
        <source>借出钥匙</source>
        <translation>Keys lent</translation>
    </message>
    <message>
        <source>交接现金（元）</source>
        <translation>Cash (¥)</translation>
    </message>
    <message>
        <source>票据</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>注意事项</source>
        <translation>Watch out for</translation>
    </message>
    <message>
        <source>交班人刚刚修改了这份记录，已显示最新内容。请重新阅读后再确认。</source>
        <translation>The outgoing colleague has just changed this handover; the latest version is shown. Read it again, then acknowledge.</translation>
    </message>
</context>
<context>
    <name>HandoverDraftDialog</name>
    <message>
        <source>写交接班 — {0}</source>
        <translation>Write handover — {0}</translation>
    </message>
    <message>
        <source>交班人：{0}</source>
        <translation>Handed over by: {0}</translation>
    </message>
    <message>
        <source>刷新汇总</source>
        <translation>Recompile</translation>
    </message>
    <message>
        <source>重新汇总本班未结事项（F5），已写的备注会保留</source>
        <translation>Compile the shift&apos;s open items again (F5); notes already written are kept</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>交班备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>本班没有未结事项。</source>
        <translation>No open items this shift.</translation>
    </message>
    <message>
        <source>本班待交接事项（系统汇总）</source>
        <translation>Open items this shift (compiled)</translation>
    </message>
    <message>
        <source>双击“交班备注”一栏可写备注，如“已催工程部”。</source>
        <translation>Double-click the Note column to add a note, e.g. “chased engineering”.</translation>
    </message>
    <message>
        <source>例：3-2-1502 钥匙借给工程部刘师傅 14:20，未归还</source>
        <translation>e.g. 3-2-1502 key lent to 刘师傅 (engineering) at 14:20, not back yet</translation>
    </message>
    <message>
        <source>例：350.50</source>
        <translation>e.g. 350.50</translation>
    </message>
    <message>
        <source>例：物业费收据 3 张（No.0012–0014），装修押金收据 1 张</source>
        <translation>e.g. 3 service-charge receipts (No.0012–0014), 1 renovation deposit receipt</translation>
    </message>
    <message>
        <source>例：6 栋电梯维保，明早 9:00 前停梯；2-1-301 业主情绪激动，来电请转主管</source>
        <translation>e.g. building 6 lift serviced, out of use until 9:00 tomorrow; 2-1-301 owner upset, put calls through to the supervisor</translation>
    </message>
    <message>
        <source>借出钥匙</source>
        <translation>Keys lent</translation>
    </message>
    <message>
        <source>交接现金（元）</source>
        <translation>Cash (¥)</translation>
    </message>
    <message>
        <source>票据</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>注意事项</source>
        <translation>Watch out for</translation>
    </message>
    <message>
        <source>致（同事）</source>
        <translation>To (colleague)</translation>
    </message>
    <message>
        <source>留言内容</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>添加留言</source>
        <translation>Add message</translation>
    </message>
    <message>
        <source>删除所选留言</source>
        <translation>Delete message</translation>
    </message>
    <message>
        <source>交班记事</source>
        <translation>Handover notes</translation>
    </message>
    <message>
        <source>留言（给指定同事）</source>
        <translation>Messages (to a colleague)</translation>
    </message>
    <message>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>关闭（草稿已保存）</source>
        <translation>Close (draft saved)</translation>
    </message>
    <message>
        <source>交班（提交）</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Ctrl+Enter。交班后、接班人确认前，仍可撤回修改</source>
        <translation>Ctrl+Enter. Until it is acknowledged you can still withdraw it to edit</translation>
    </message>
    <message>
        <source>更正交接班</source>
        <translation>Correct a handover</translation>
    </message>
    <message>
        <source>交接班草稿</source>
        <translation>Handover draft</translation>
    </message>
    <message>
        <source>更正 {0}，原因：{1}。事项保持原记录的内容；请修改记事后交班，由接班人再次确认。</source>
        <translation>Correcting {0}, because: {1}. The items stay as recorded; change the notes, then hand over for acknowledgement again.</translation>
    </message>
    <message>
        <source>以下来源未能汇总，请人工核对后在注意事项中写明：{0}</source>
        <translation>These sources could not be compiled; check them by hand and note them under Watch out for: {0}</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>本班统计：{0}</source>
        <translation>This shift: {0}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>汇总于 {0}</source>
        <translation>Compiled {0}</translation>
    </message>
    <message>
        <source>正在输入…</source>
        <translation>Typing…</translation>
    </message>
    <message>
        <source>已载入对方保存的内容，您的修改未保存。</source>
        <translation>Their saved version is loaded; your changes were not saved.</translation>
    </message>
    <message>
        <source>已自动保存，但有 {0} 项格式不对未保存，请修改标红的内容</source>
        <translation>Saved, except {0} fields that are not valid; correct what is marked red</translation>
    </message>
    <message>
        <source>已自动保存 {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>交接班</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>这份记录已经交班（{0}），不能再按草稿修改。</source>
        <translation>This handover was handed over ({0}); it can no longer be edited as a draft.</translation>
    </message>
    <message>
        <source>放弃这份交接班草稿？已写的内容将被删除。</source>
        <translation>Discard this handover draft? What you wrote will be deleted.</translation>
    </message>
    <message>
        <source>有内容尚未保存（标红的格式不对，或与别处的修改冲突）。请改正后再关闭；再次点关闭将放弃这些未保存的内容。</source>
        <translation>Some changes are not saved (fields marked red are not valid, or clash with a change made elsewhere). Correct them, then close; closing again discards them.</translation>
    </message>
</context>
<context>
    <name>HandoverListModel</name>
    <message>
        <source>编号</source>
        <extracomment>header texts are translated under the list model&apos;s context (ui/handover/list_model.py)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>柜台</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>接班人</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>接班时间</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>{0}&#x3000;交班时间 {1}</source>
        <translation>{0}  handed over {1}</translation>
    </message>
    <message>
        <source>已交班超过规定时间仍无人确认接班</source>
        <translation>Handed over, but nobody has acknowledged it in time</translation>
    </message>
    <message>
        <source>（草稿）</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>{0}（超时）</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>更正{0}</source>
        <translation>Corrects {0}</translation>
    </message>
    <message>
        <source>已被更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>HandoverSettingsDialog</name>
    <message>
        <source>交接班设置</source>
        <translation>Shift handover settings</translation>
    </message>
    <message>
        <source>留空则用本机名称：{0}</source>
        <translation>Leave empty to use this PC&apos;s name: {0}</translation>
    </message>
    <message>
        <source>本机柜台</source>
        <translation>This counter</translation>
    </message>
    <message>
        <source>柜台名称</source>
        <translation>Counter name</translation>
    </message>
    <message>
        <source>交接班按柜台记录：在这台电脑登录的人，会先看到本柜台待确认的交接班。</source>
        <translation>Handovers are kept per counter: whoever logs in on this PC first sees this counter&apos;s handovers waiting for acknowledgement.</translation>
    </message>
    <message>
        <source>班次名称</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>添加班次</source>
        <translation>Add shift</translation>
    </message>
    <message>
        <source>删除所选班次</source>
        <translation>Delete shift</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>班次（所有柜台共用）</source>
        <translation>Shifts (shared by every counter)</translation>
    </message>
    <message>
        <source>时间写成 08:00；结束可写 24:00；结束早于开始表示跨夜（如 22:00–06:00）。</source>
        <translation>Write times as 08:00; an end may be 24:00; an end before the start runs past midnight (e.g. 22:00–06:00).</translation>
    </message>
    <message>
        <source>交班宽限</source>
        <translation>Grace period</translation>
    </message>
    <message>
        <source>接班超时提醒</source>
        <translation>Acknowledge within</translation>
    </message>
    <message>
        <source>宽限：新班次开始后这段时间内写的交接班，算作刚结束的班次。超时：交班后这么久仍无人确认接班，在主管的状态栏提醒。</source>
        <translation>Grace period: a handover written this soon after a shift starts counts for the shift just ended. Acknowledge within: after this long without acknowledgement, the supervisor&apos;s status bar shows it.</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>交接班</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>写交接班</source>
        <translation>Write handover</translation>
    </message>
    <message>
        <source>Ctrl+J：打开本班的交接班草稿（系统已汇总未结事项）</source>
        <translation>Ctrl+J: open this shift&apos;s handover draft (open items already compiled)</translation>
    </message>
    <message>
        <source>查看并接班</source>
        <translation>Read and acknowledge</translation>
    </message>
    <message>
        <source>交班人或接班人</source>
        <translation>Either colleague</translation>
    </message>
    <message>
        <source>编号、记事、留言、事项内容</source>
        <translation>Number, notes, messages, items</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>待接班</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <source>超时未接班</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已接班</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>清除条件</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>柜台</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>接班确认</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>继续编辑</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <source>撤回修改</source>
        <translation>Withdraw to edit</translation>
    </message>
    <message>
        <source>接班人确认前，交班人可撤回记录修改后重新交班</source>
        <translation>Until it is acknowledged, the outgoing colleague may withdraw it, edit and hand over again</translation>
    </message>
    <message>
        <source>写更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>预览并打印交接班记录（A4），或另存为 PDF</source>
        <translation>Preview and print the handover (A4), or save it as PDF</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>柜台：&lt;b&gt;{0}&lt;/b&gt;{2}当前班次：{1}</source>
        <translation>Counter: &lt;b&gt;{0}&lt;/b&gt;{2}Shift: {1}</translation>
    </message>
    <message>
        <source>全部柜台</source>
        <translation>All counters</translation>
    </message>
    <message>
        <source>（另有 {0} 份）</source>
        <translation> ({0} more)</translation>
    </message>
    <message>
        <source>{0} 交来的 {1} 交接班记录待您确认接班{2}</source>
        <translation>{0} handed over {1}: waiting for you to acknowledge{2}</translation>
    </message>
    <message>
        <source>本柜台有 {0} 尚未交班的交接班草稿。</source>
        <translation>This counter has a handover draft by {0} not yet handed over.</translation>
    </message>
    <message>
        <source>继续写交接班</source>
        <translation>Continue handover</translation>
    </message>
    <message>
        <source>{0}（{1} {2}）：{3}</source>
        <translation>{0} ({1} {2}): {3}</translation>
    </message>
    <message>
        <source>给您的交班留言：</source>
        <translation>Messages for you:</translation>
    </message>
    <message>
        <source>共 {0} 条{1}</source>
        <translation>{0} in all{1}</translation>
    </message>
    <message>
        <source>（向下滚动加载更多）</source>
        <translation> (scroll down for more)</translation>
    </message>
    <message>
        <source>选择左侧的一条记录查看详情。</source>
        <translation>Choose a handover on the left to see it.</translation>
    </message>
</context>
<context>
    <name>ImplementPage</name>
    <message>
        <source>实际采取的处理措施、对责任人的处理等</source>
        <translation>What was actually done, including any action on those responsible</translation>
    </message>
    <message>
        <source>投诉人接受处理结果（请其在登记表上签字）</source>
        <translation>Complainant accepts the result (ask them to sign the form)</translation>
    </message>
    <message>
        <source>投诉人不接受，需重新制定方案</source>
        <translation>Complainant does not accept; a new solution is needed</translation>
    </message>
    <message>
        <source>投诉人意见（不接受时必填）</source>
        <translation>Complainant&apos;s view (required if not accepted)</translation>
    </message>
    <message>
        <source>打印登记表供签字</source>
        <translation>Print form for signature</translation>
    </message>
    <message>
        <source>提交实施结果</source>
        <translation>Submit result</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>投诉人确认</source>
        <translation>Complainant&apos;s answer</translation>
    </message>
    <message>
        <source>投诉人意见</source>
        <translation>Complainant&apos;s view</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>如 3-2-1502、3栋2单元1502；无房号可不填</source>
        <translation>e.g. 3-2-1502, 3栋2单元1502; leave empty if none</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>重大（立即通知主管）</source>
        <translation>Major (alerts the supervisor at once)</translation>
    </message>
    <message>
        <source>投诉人反映的情况、要求（尽量记录原话）</source>
        <translation>What the complainant reports and asks for (in their own words where possible)</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>投诉时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>投诉方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>业主 {0} {1}</source>
        <translation>Owner {0} {1}</translation>
    </message>
</context>
<context>
    <name>InvestigatePage</name>
    <message>
        <source>责任人姓名或班组</source>
        <translation>Name or team responsible</translation>
    </message>
    <message>
        <source>调查查明的原因（产品/维修质量问题，或服务问题）</source>
        <translation>The cause found (a product or repair quality problem, or a service problem)</translation>
    </message>
    <message>
        <source>提交调查结果</source>
        <translation>Submit findings</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>原因分析</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>ItemLinesEditor</name>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>备注（规格、颜色等）</source>
        <translation>Notes (size, colour …)</translation>
    </message>
    <message>
        <source>如：双人床、冰箱、纸箱</source>
        <translation>e.g. double bed, fridge, boxes</translation>
    </message>
    <message>
        <source>删除此行（Ctrl+D）</source>
        <translation>Delete this line (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <source>投诉成立，转入调查</source>
        <translation>Upheld: investigate</translation>
    </message>
    <message>
        <source>投诉不成立，已婉转答复投诉人</source>
        <translation>Not upheld: the complainant has been tactfully told</translation>
    </message>
    <message>
        <source>判断依据（可不填）</source>
        <translation>Grounds for the decision (optional)</translation>
    </message>
    <message>
        <source>给投诉人的答复内容（投诉不成立时必填）</source>
        <translation>The reply given to the complainant (required if not upheld)</translation>
    </message>
    <message>
        <source>提交判断</source>
        <translation>Submit decision</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>判断说明</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — FrontDesk 客服前台</source>
        <translation>Log in — FrontDesk</translation>
    </message>
    <message>
        <source>物业服务中心</source>
        <translation>Property Service Centre</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>请输入登录名</source>
        <translation>Please enter your login</translation>
    </message>
    <message>
        <source>正在打开数据库，请稍候 …</source>
        <translation>Opening the database, one moment …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>员工账号…</source>
        <translation>Staff accounts…</translation>
    </message>
    <message>
        <source>操作日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>{0} — FrontDesk 客服前台</source>
        <translation>{0} — FrontDesk</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>全局搜索…</source>
        <translation>Global search…</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>管理(&amp;M)</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于 FrontDesk</source>
        <translation>About FrontDesk</translation>
    </message>
    <message>
        <source>当前用户：{0}（{1}）</source>
        <translation>Logged in: {0} ({1})</translation>
    </message>
    <message>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>FrontDesk 客服前台 {0}
物业服务中心前台登记、工单、投诉、放行条与交接班。</source>
        <translation>FrontDesk {0}
The front desk of a property service centre: call log, work orders, complaints, release passes and shift handover.</translation>
    </message>
</context>
<context>
    <name>MaskedIdEdit</name>
    <message>
        <source>18 位身份证号，末位可为 X</source>
        <translation>18-character ID number; the last may be X</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>投诉受理</source>
        <translation>Take a complaint</translation>
    </message>
    <message>
        <source>来电来访转投诉</source>
        <translation>Complaint from a call or visit</translation>
    </message>
    <message>
        <source>受理登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
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
        <source>整改通知记录</source>
        <translation>Rectification notices</translation>
    </message>
    <message>
        <source>复查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>签收人</source>
        <translation>Signed for by</translation>
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
        <source>复查…</source>
        <translation>Re-inspect…</translation>
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
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>（第 {0} 次通知，关联 {1}）</source>
        <translation>(notice no. {0}, following {1})</translation>
    </message>
    <message>
        <source>开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <source>再次通知</source>
        <translation>Second notice</translation>
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
        <source>登记签收</source>
        <translation>Record receipt</translation>
    </message>
    <message>
        <source>{0}：签收人姓名（按存根联上的签字登记，签收日期记为今天）</source>
        <translation>{0}: name of the person who signed (as on the stub; today is recorded as the date)</translation>
    </message>
    <message>
        <source>选择一份整改通知查看详情</source>
        <translation>Choose a notice to see it</translation>
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
    <name>OccupantDialog</name>
    <message>
        <source>编辑业户 — {0} {1}</source>
        <translation>Edit occupant — {0} {1}</translation>
    </message>
    <message>
        <source>新增业户 — {0} {1}</source>
        <translation>New occupant — {0} {1}</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>手机 11 位，或带区号的座机</source>
        <translation>11-digit mobile, or landline with area code</translation>
    </message>
    <message>
        <source>18 位，或旧版 15 位</source>
        <translation>18 digits, or an old 15-digit number</translation>
    </message>
    <message>
        <source>多个车牌用逗号分开，如 粤B12345, 粤BD12345</source>
        <translation>Separate several plates with commas, e.g. 粤B12345, 粤BD12345</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plates</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>已载入对方保存的内容，您的修改未保存。</source>
        <translation>Their saved version is loaded; your changes were not saved.</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source>查看完整的电话和身份证号；此操作会记入操作日志</source>
        <translation>Show the full phone and ID numbers; this is written to the audit log</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OccupantKind</name>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>租户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>家属</source>
        <translation>Family</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>打印…</source>
        <extracomment>the buttons of the detail view, in the order the work goes</extracomment>
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
        <source>前台直接开单</source>
        <translation>Opened at the desk</translation>
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
        <source>{0} {1}&#x3000;业主：{2} {3}</source>
        <translation>{0} {1}  Owner: {2} {3}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>重置密码 — {0}</source>
        <translation>Reset password — {0}</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>登录名：{0}</source>
        <translation>Login: {0}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>打印预览 — {0}</source>
        <extracomment>enough for sharp text on paper without building huge page images</extracomment>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>选择打印机并打印（Ctrl+P）</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>保存为 PDF 文件（Ctrl+S）</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>无法生成打印文件：{0}</source>
        <translation>Could not make the print file: {0}</translation>
    </message>
    <message>
        <source>共 {0} 页</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <source>打印 {0}</source>
        <translation>Print {0}</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>无法连接打印机，请检查打印机是否开启。</source>
        <translation>Cannot reach the printer. Check that it is switched on.</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>保存失败：{0}</source>
        <translation>Could not save: {0}</translation>
    </message>
</context>
<context>
    <name>ProposePage</name>
    <message>
        <source>方案{0}</source>
        <translation>Solution {0}</translation>
    </message>
    <message>
        <source>（可选）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>提交主管审批</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>审批意见（退回时必填）</source>
        <translation>Supervisor&apos;s comment (required when sending back)</translation>
    </message>
    <message>
        <source>批准所选方案</source>
        <translation>Approve selected</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>主管审批：请选择最佳方案</source>
        <translation>Supervisor: choose the best solution</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>方案{0}：{1}</source>
        <translation>Solution {0}: {1}</translation>
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
    <name>RegistryImportDialog</name>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>导入房间和业户</source>
        <translation>Import rooms and occupants</translation>
    </message>
    <message>
        <source>每行一位住户，没有住户的房间也占一行。可识别的列：{0}。Excel 保存的 CSV（UTF-8 或 GBK）和 Excel 工作簿（.xlsx）都可以直接导入。</source>
        <translation>One line per occupant; a room with nobody in it has a line too. Column headers understood: {0}. CSV saved by Excel (UTF-8 or GBK) and Excel workbooks (.xlsx) can be imported as they are.</translation>
    </message>
    <message>
        <source>选择或粘贴文件路径</source>
        <translation>Choose or paste the file path</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>文件中没有“项目”列时，所有房间都归入这个项目；也可以输入新项目的名称</source>
        <translation>When the file has no 项目 (project) column, every room goes into this project; you may type a new name</translation>
    </message>
    <message>
        <source>读取并检查</source>
        <translation>Read and check</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>项目（文件中没有“项目”列时）</source>
        <translation>Project (if the file has none)</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>这一行的内容</source>
        <translation>What the line holds</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>房屋状态</source>
        <translation>Room status</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>有问题的行</source>
        <translation>Lines with problems</translation>
    </message>
    <message>
        <source>将导入的行</source>
        <translation>Lines to import</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>保存问题清单…</source>
        <translation>Save problem list…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>请先选择文件。</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>找不到文件：{0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <source>正在读取并检查 …</source>
        <translation>Reading and checking …</translation>
    </message>
    <message>
        <source>无法读取这个文件：{0}</source>
        <translation>Cannot read this file: {0}</translation>
    </message>
    <message>
        <source>文件：{0}（{1}），{2} 行可以导入，{3} 行有问题不会导入。</source>
        <translation>File: {0} ({1}): {2} lines can be imported, {3} lines have problems and will not be.</translation>
    </message>
    <message>
        <source>导入后：新增 {0} 个项目、{1} 个房间、{2} 位住户；更新 {3} 个房间、{4} 位住户；{5} 行与现有档案相同。</source>
        <translation>Importing adds {0} projects, {1} rooms and {2} occupants; updates {3} rooms and {4} occupants; {5} lines match what is already on file.</translation>
    </message>
    <message>
        <source>不认识的列（不会导入）：{0}</source>
        <translation>Columns not understood (not imported): {0}</translation>
    </message>
    <message>
        <source>有问题的行（{0}）</source>
        <translation>Lines with problems ({0})</translation>
    </message>
    <message>
        <source>将导入的行（{0}）</source>
        <translation>Lines to import ({0})</translation>
    </message>
    <message>
        <source>导入 {0} 行（跳过 {1} 行有问题的）</source>
        <translation>Import {0} lines (skip {1} with problems)</translation>
    </message>
    <message>
        <source>导入 {0} 行</source>
        <translation>Import {0} lines</translation>
    </message>
    <message>
        <source>正在导入 …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <source>导入完成：新增 {0} 个项目、{1} 个房间、{2} 位住户；更新 {3} 个房间、{4} 位住户；跳过 {5} 行有问题的。</source>
        <translation>Imported: {0} new projects, {1} new rooms, {2} new occupants; {3} rooms and {4} occupants updated; {5} lines with problems skipped.</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>导入没有完成，数据库未做任何更改：{0}</source>
        <translation>The import did not finish and nothing was changed in the database: {0}</translation>
    </message>
    <message>
        <source>-问题清单.csv</source>
        <translation>-problems.csv</translation>
    </message>
    <message>
        <source>保存问题清单</source>
        <translation>Save problem list</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>问题清单已保存到 {0}</source>
        <translation>Problem list saved to {0}</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>业户档案</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>房号（3-2-1502、3栋2单元1502、3#2-1502）、姓名或电话</source>
        <translation>Room (3-2-1502, 3栋2单元1502, 3#2-1502), name or phone</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>从 Excel（.xlsx）或 CSV 文件导入房间和业户</source>
        <translation>Import rooms and occupants from Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>把所选项目的房间和业户导出为 Excel（.xlsx）或 CSV 文件</source>
        <translation>Export the selected project&apos;s rooms and occupants to Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>未选择房间</source>
        <translation>No room selected</translation>
    </message>
    <message>
        <source>在左侧选择楼栋，或在上方输入房号、姓名、电话查找。</source>
        <translation>Choose a building on the left, or type a room, name or phone above.</translation>
    </message>
    <message>
        <source>更改状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plates</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>新增业户…</source>
        <translation>New occupant…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Move out</translation>
    </message>
    <message>
        <source>此人不再住在这里；档案保留在历史记录中</source>
        <translation>This person no longer lives here; the record stays in the history</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source>查看所选业户完整的电话和身份证号；此操作会记入操作日志</source>
        <translation>Show the selected occupant&apos;s full phone and ID numbers; this is written to the audit log</translation>
    </message>
    <message>
        <source>房屋状态：</source>
        <translation>Room status:</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>{0} 间</source>
        <translation>{0} rooms</translation>
    </message>
    <message>
        <source>还没有房间。主管可以从 Excel / CSV 导入，或在首次启动时载入演示数据。</source>
        <translation>No rooms yet. A supervisor can import them from Excel / CSV, or load demo data at first start.</translation>
    </message>
    <message>
        <source>共 {0} 间</source>
        <translation>Rooms: {0}</translation>
    </message>
    <message>
        <source>没有找到“{0}”。请输入房号（如 3-2-1502），或业主姓名、电话。</source>
        <translation>Nothing found for “{0}”. Type a room (e.g. 3-2-1502), or an occupant&apos;s name or phone.</translation>
    </message>
    <message>
        <source>找到 {0} 个房间</source>
        <translation>Rooms found: {0}</translation>
    </message>
    <message>
        <source>{0}{1}单元{2}室</source>
        <translation>{0}, unit {1}, room {2}</translation>
    </message>
    <message>
        <source>{0} 层</source>
        <translation>floor {0}</translation>
    </message>
    <message>
        <source>{0} ㎡</source>
        <translation>{0} m²</translation>
    </message>
    <message>
        <source>房屋状态已改为“{0}”。</source>
        <translation>Room status changed to “{0}”.</translation>
    </message>
    <message>
        <source>已保存 {0}。</source>
        <translation>{0} saved.</translation>
    </message>
    <message>
        <source>房屋状态</source>
        <translation>Room status</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>此房间刚被其他人修改过，已载入对方保存的内容，您的更改未保存。</source>
        <translation>Someone else has just changed this room; their saved version is loaded and your change was not saved.</translation>
    </message>
    <message>
        <source>确认 {0} 已不再住在 {1}？档案会保留在历史记录中。</source>
        <translation>Confirm that {0} no longer lives in {1}? The record stays in the history.</translation>
    </message>
    <message>
        <source>确认迁出</source>
        <translation>Move out</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0} 已迁出。</source>
        <translation>{0} has moved out.</translation>
    </message>
    <message>
        <source>已显示 {0} 的完整号码（已记入操作日志）。</source>
        <translation>{0}&apos;s full numbers are shown (written to the audit log).</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>all</translation>
    </message>
    <message>
        <source>业户档案-{0}-{1}.xlsx</source>
        <translation>residents-{0}-{1}.xlsx</translation>
    </message>
    <message>
        <source>导出业户档案</source>
        <translation>Export residents</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>正在导出 …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <source>已导出 {0} 行到 {1}</source>
        <translation>{0} lines exported to {1}</translation>
    </message>
    <message>
        <source>（电话和身份证号已隐藏部分数字）</source>
        <translation> (phone and ID numbers partly masked)</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>{0} {1}（来自全局搜索；清空查找框回到楼栋列表）</source>
        <translation>{0} {1} (from global search; clear the search box to go back to the building list)</translation>
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
    <name>ReleasePassModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>携物人</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>有效时间</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>开具</source>
        <translation>Issued</translation>
    </message>
</context>
<context>
    <name>ReleasePassTab</name>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>电话确认业主</source>
        <translation>Owner confirmed by phone</translation>
    </message>
    <message>
        <source>业主到场签字</source>
        <translation>Owner signed in person</translation>
    </message>
    <message>
        <source>业主书面委托</source>
        <translation>Owner&apos;s written authority</translation>
    </message>
    <message>
        <source>放行条</source>
        <translation>Release passes</translation>
    </message>
    <message>
        <source>开具大件物品放行条</source>
        <translation>Issue a large-item release pass</translation>
    </message>
    <message>
        <source>3-2-1502 / 3栋2单元1502 / 3#2-1502</source>
        <translation>3-2-1502 / 3栋2单元1502 / 3#2-1502</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>按房号自动带出</source>
        <translation>Filled in from the room</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>业主本人携物(&amp;B)</source>
        <translation>Carried &amp;by the owner</translation>
    </message>
    <message>
        <source>携物人</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>确认人</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>接听人、号码等</source>
        <translation>Who answered, which number …</translation>
    </message>
    <message>
        <source>业主确认</source>
        <translation>Owner confirmation</translation>
    </message>
    <message>
        <source>回车：下一行&#x3000;Alt+A：加一行&#x3000;Ctrl+D：删除本行</source>
        <translation>Enter: next line   Alt+A: add a line   Ctrl+D: delete the line</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>说明（选“其他”时必填）</source>
        <translation>Details (required for “Other”)</translation>
    </message>
    <message>
        <source>如 粤B12345（可空）</source>
        <translation>e.g. 粤B12345 (optional)</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>有效时间</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>开具并打印（Ctrl+Enter）</source>
        <translation>Issue and print (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>清空（Esc）</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>放行条记录</source>
        <translation>Release passes</translation>
    </message>
    <message>
        <source>房号、编号或携物人</source>
        <translation>Room, number or carrier</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>补打（副本）</source>
        <translation>Reprint (copy)</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>复制到新单</source>
        <translation>Copy to new</translation>
    </message>
    <message>
        <source>作废重开时使用：房号、携物人、物品等带入左侧表单，电话和身份证号需重新填写</source>
        <translation>To reissue a voided pass: room, carrier, items etc. go into the form on the left; phone and ID number must be typed again</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;业主：{2}</source>
        <translation>{0}  {1}  Owner: {2}</translation>
    </message>
    <message>
        <source>{0} 最近的放行条</source>
        <translation>{0}: recent passes</translation>
    </message>
    <message>
        <source>留空则用档案中的业主电话</source>
        <translation>Leave empty to use the owner&apos;s phone on file</translation>
    </message>
    <message>
        <source>业主本人可不填</source>
        <translation>Not needed for the owner</translation>
    </message>
    <message>
        <source>18 位身份证号，末位可为 X</source>
        <translation>18-character ID number; the last may be X</translation>
    </message>
    <message>
        <source>业主本人携物，无需确认</source>
        <translation>The owner carries the items; no confirmation needed</translation>
    </message>
    <message>
        <source>已开具 {0}（{1}，{2}）。请在打印窗口打印两联，交携物人门岗联。</source>
        <translation>Issued {0} ({1}, {2}). Print both copies in the print window; give the gate copy to the carrier.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>补打次数</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>第 {0} 行 {1}：{2}</source>
        <translation>Line {0} {1}: {2}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>共 {0} 张：已开具 {1}，已放行 {2}，已作废 {3}，已过期 {4}</source>
        <translation>{0} in all: {1} issued, {2} released, {3} void, {4} expired</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>作废放行条</source>
        <translation>Void release pass</translation>
    </message>
    <message>
        <source>作废 {0}（{1} {2}）。作废后门岗扫码将被拒绝。
作废原因：</source>
        <translation>Void {0} ({1} {2})? The gate will refuse it once void.
Reason:</translation>
    </message>
    <message>
        <source>请填写作废原因。</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>已带入 {0} 的内容：请重新填写电话和身份证号，核对后开具。</source>
        <translation>Copied from {0}: type the phone and ID number again, check, then issue.</translation>
    </message>
    <message>
        <source>导出放行条</source>
        <translation>Export release passes</translation>
    </message>
    <message>
        <source>已导出 {0} 张到 {1}</source>
        <translation>{0} passes exported to {1}</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>{0} 没有放行条记录</source>
        <translation>No passes for {0}</translation>
    </message>
    <message>
        <source>选择一张放行条查看详情</source>
        <translation>Choose a pass to see it</translation>
    </message>
</context>
<context>
    <name>ReleasePasses</name>
    <message>
        <source>业主书面委托</source>
        <translation>Owner&apos;s written authority</translation>
    </message>
    <message>
        <source>业主到场签字确认</source>
        <translation>Owner signed in person</translation>
    </message>
    <message>
        <source>业主本人携物</source>
        <translation>Carried by the owner</translation>
    </message>
    <message>
        <source>业主签字</source>
        <translation>Owner&apos;s signature</translation>
    </message>
    <message>
        <source>书面委托</source>
        <translation>Written authority</translation>
    </message>
    <message>
        <source>今日放行条 {0} 张</source>
        <translation>Passes today {0}</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>已开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已放行</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>放行条</source>
        <translation>Release passes</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Owner in person</translation>
    </message>
    <message>
        <source>电话确认</source>
        <translation>Confirmed by phone</translation>
    </message>
    <message>
        <source>电话确认业主</source>
        <translation>Owner confirmed by phone</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>前台客服</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>客服管家</source>
        <translation>Butler</translation>
    </message>
    <message>
        <source>客服主管</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>门岗</source>
        <translation>Gate guard</translation>
    </message>
    <message>
        <source>维修工</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>员工</source>
        <translation>Staff (no login)</translation>
    </message>
</context>
<context>
    <name>RoomField</name>
    <message>
        <source>全部项目</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>同一房号在几个项目中都有时，先选项目</source>
        <translation>When the same room number exists in several projects, choose the project first</translation>
    </message>
</context>
<context>
    <name>RoomListModel</name>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
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
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>面积（㎡）</source>
        <translation>Area (m²)</translation>
    </message>
</context>
<context>
    <name>RoomStatus</name>
    <message>
        <source>未交付</source>
        <translation>Not handed over</translation>
    </message>
    <message>
        <source>已交房</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>装修中</source>
        <translation>Renovating</translation>
    </message>
    <message>
        <source>已入住</source>
        <translation>Occupied</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <source>房屋</source>
        <translation>Rooms</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>已载入对方保存的内容，您的修改未保存。</source>
        <extracomment>the saved record (the service&apos;s result) tests and scripted runs answer the conflict question here instead of a dialog</extracomment>
        <translation>Their saved version is loaded; your changes were not saved.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>只有主管可以修改服务中心名称</source>
        <translation>Only a supervisor may change the centre&apos;s name</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>服务中心名称</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <source>语言只对这台电脑有效，重新启动程序后生效；服务中心名称显示在标题栏、登录窗口和打印的单据上。</source>
        <translation>The language applies to this PC and takes effect after a restart; the centre&apos;s name appears in the title bar, the login window and on printed forms.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>员工账号</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>新建员工…</source>
        <translation>New staff member…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>（不登录）</source>
        <translation>(no login)</translation>
    </message>
    <message>
        <source>密码错误已锁定（至 {0}）</source>
        <translation>Locked after wrong passwords (until {0})</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>已为 {0} 解锁，可以重新登录。</source>
        <translation>{0} is unlocked and can log in again.</translation>
    </message>
    <message>
        <source>已创建 {0}（{1}）。</source>
        <translation>Created {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} 已停用，不能再登录。</source>
        <translation>{0} is deactivated and can no longer log in.</translation>
    </message>
    <message>
        <source>{0} 已启用。</source>
        <translation>{0} is active again.</translation>
    </message>
    <message>
        <source>此员工刚被其他人修改过，已载入对方保存的内容，您的更改未保存。</source>
        <translation>Someone else has just changed this staff member; their saved version is loaded and your change was not saved.</translation>
    </message>
    <message>
        <source>已为 {0} 设置新密码。</source>
        <translation>New password set for {0}.</translation>
    </message>
</context>
<context>
    <name>StaffFormDialog</name>
    <message>
        <source>新建员工</source>
        <extracomment>roles a supervisor can give, in the order the counter thinks of them</extracomment>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>字母或数字，如 qiantai3</source>
        <translation>Letters or digits, e.g. qiantai3</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>这个角色不登录本系统（例如维修工），无需登录名和密码。</source>
        <translation>This role does not log in (e.g. technicians): no login or password needed.</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>无法打开数据库 {0}：{1}
程序没有写入任何内容。</source>
        <extracomment>the database is checked and the services are built (the fast path opens them late) the note shown when today&apos;s backup could not be made (the start goes on)</extracomment>
        <translation>Cannot open the database {0}: {1}
Nothing was written.</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>这个数据库由更新版本的 FrontDesk 创建（数据库版本 {0}，本程序支持到 {1}）。
为保护数据，本程序没有做任何修改。请升级 FrontDesk 后再打开。</source>
        <translation>This database was made by a newer FrontDesk (database version {0}; this program knows up to {1}).
To protect the data nothing was changed. Please update FrontDesk, then open it again.</translation>
    </message>
    <message>
        <source>无法创建数据文件夹：
{0}
原因：{1}

程序没有写入任何内容。请让系统管理员给当前 Windows 用户这个位置的写入权限，或用 --db 参数指定其他位置的数据库，然后重新启动。</source>
        <translation>Cannot create the data folder:
{0}
Reason: {1}

Nothing was written. Ask the system administrator to give the current Windows user write permission there, or name a database elsewhere with --db, then start again.</translation>
    </message>
    <message>
        <source>找不到数据库所在的文件夹：
{0}

程序没有写入任何内容。如果数据库在移动硬盘或网络盘上，请先连接好；如果文件夹被移动或改名，请把它放回原来的位置，然后重新启动。</source>
        <translation>The database&apos;s folder cannot be found:
{0}

Nothing was written. If the database is on a removable or network drive, connect it first; if the folder was moved or renamed, put it back where it was, then start again.</translation>
    </message>
    <message>
        <source>数据库所在的文件夹是只读的（当前用户没有写入权限）：
{0}

数据库文件本身没有问题，程序没有写入任何内容。FrontDesk 需要在这个文件夹里保存数据和日志文件。请让系统管理员给当前 Windows 用户这个文件夹的写入权限，然后重新启动。</source>
        <translation>The database&apos;s folder is read-only (the current user may not write there):
{0}

The database file itself is fine and nothing was written. FrontDesk keeps its data and log files in this folder. Ask the system administrator to give the current Windows user write permission to it, then start again.</translation>
    </message>
    <message>
        <source>数据库文件是只读的，程序无法保存数据：
{0}

文件本身没有问题，程序没有写入任何内容。请在文件的“属性”中取消“只读”，或让系统管理员给当前 Windows 用户写入权限，然后重新启动。</source>
        <translation>The database file is read-only, so nothing could be saved:
{0}

The file itself is fine and nothing was written. Clear &quot;Read-only&quot; in the file&apos;s Properties, or ask the system administrator to give the current Windows user write permission, then start again.</translation>
    </message>
    <message>
        <source>磁盘空间不足：{0} 所在的磁盘已满或几乎已满。

数据库文件没有问题，程序没有写入任何内容。请删除不需要的文件、清空回收站，腾出至少 {1} MB 空间后重新启动。</source>
        <translation>Not enough disk space: the disk holding {0} is full or nearly full.

The database file is fine and nothing was written. Delete files you do not need and empty the Recycle Bin to free at least {1} MB, then start again.</translation>
    </message>
    <message>
        <source>升级数据库前的备份没有成功（{0}），未完成的备份文件已删除。
为保护数据，程序没有升级，也没有修改数据库。
请检查备份文件夹 {1} 能否写入、磁盘是否有空间，然后重新启动。</source>
        <translation>The backup before upgrading the database failed ({0}); the unfinished copy was deleted.
To protect the data, the database was neither upgraded nor changed.
Check that the backup folder {1} can be written and that the disk has room, then start again.</translation>
    </message>
    <message>
        <source>无法读取数据库文件：
{0}
原因：{1}

这不表示文件已损坏，程序没有写入任何内容。请检查文件是否被其他程序占用、所在的磁盘或网络盘是否正常，然后重新启动。</source>
        <translation>Cannot read the database file:
{0}
Reason: {1}

This does not mean the file is damaged, and nothing was written. Check that no other program holds the file and that its disk or network drive works, then start again.</translation>
    </message>
    <message>
        <source>数据库文件是空的（0 字节），可能在写入时被中断或被其他程序清空：
{0}

程序没有把它当作新数据库，也没有写入任何内容。
恢复方法：退出程序，把这个空文件改名保存，再将最近的备份
{1}
复制到原位置并改名为原文件名，然后重新启动。</source>
        <translation>The database file is empty (0 bytes); writing it may have been interrupted, or another program emptied it:
{0}

It was not taken for a new database and nothing was written.
To restore: quit, rename the empty file to keep it, copy the latest backup
{1}
to the original place under the original name, then start again.</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是 FrontDesk 数据库，程序没有写入任何内容。
文件：{0}
原因：{1}

</source>
        <translation>The database file is damaged or is not a FrontDesk database; nothing was written to it.
File: {0}
Reason: {1}

</translation>
    </message>
    <message>
        <source>恢复方法：退出程序，把损坏的文件改名保存，再将最近的备份
{0}
复制到原位置并改名为原文件名，然后重新启动。</source>
        <translation>To restore: quit, rename the damaged file to keep it, copy the latest backup
{0}
to where the database was, give it the original file name, and start again.</translation>
    </message>
    <message>
        <source>没有找到自动备份（备份目录：{0}）。请联系系统管理员。</source>
        <translation>No automatic backup was found (backup folder: {0}). Please contact your system administrator.</translation>
    </message>
    <message>
        <source>今天的自动备份没有做成：磁盘空间不足。未完成的备份文件已删除，数据库本身没有受影响。
请尽快腾出磁盘空间（备份文件夹：{0}）；下次启动时会再备份。</source>
        <translation>Today&apos;s automatic backup could not be made: the disk is full. The unfinished copy was deleted; the database itself is not affected.
Please free some disk space soon (backup folder: {0}); the next start backs up again.</translation>
    </message>
    <message>
        <source>今天的自动备份没有做成（{0}）。未完成的备份文件已删除，数据库本身没有受影响。
请检查备份文件夹 {1} 能否写入；下次启动时会再备份。</source>
        <translation>Today&apos;s automatic backup could not be made ({0}). The unfinished copy was deleted; the database itself is not affected.
Check that the backup folder {1} can be written; the next start backs up again.</translation>
    </message>
    <message>
        <source>自动备份失败</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>文件开头不是 SQLite 数据库（可能被其他程序覆盖，或不是数据库文件）</source>
        <translation>The file does not start like a SQLite database (it may have been overwritten by another program, or is not a database file)</translation>
    </message>
    <message>
        <source>数据库内部页面已损坏（{0}）</source>
        <translation>Pages inside the database are damaged ({0})</translation>
    </message>
    <message>
        <source>无法读取数据库（{0}）</source>
        <translation>The database cannot be read ({0})</translation>
    </message>
    <message>
        <source>载入演示数据？</source>
        <translation>Load demo data?</translation>
    </message>
    <message>
        <source>数据库里还没有房间。要先载入一套演示数据试用吗？</source>
        <translation>The database has no rooms yet. Load a demo estate to try things out?</translation>
    </message>
    <message>
        <source>演示数据包括 3 个项目（两个住宅小区和一座写字楼）、约 3,100 个房间、5,400 位住户，以及各部门的员工和下面这些演示账号。

{0}

正式使用时，请换一个新的数据库，从 Excel / CSV 导入贵公司的业户档案。</source>
        <translation>The demo has 3 projects (two residential estates and an office tower), about 3,100 rooms, 5,400 occupants, and staff in every department with the demo logins below.

{0}

For real use, start a new database and import your own residents from Excel / CSV.</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>不用，直接开始</source>
        <translation>No, start empty</translation>
    </message>
    <message>
        <source>演示账号（密码都是 {0}）：</source>
        <translation>Demo logins (password {0} for all):</translation>
    </message>
    <message>
        <source>&#x3000;{0}：{1}</source>
        <translation>  {0}: {1}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>正在载入演示数据 …</source>
        <translation>Loading demo data …</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>没有载入演示数据：{0}</source>
        <translation>Demo data not loaded: {0}</translation>
    </message>
</context>
<context>
    <name>WorkOrderTab</name>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>全部时间</source>
        <extracomment>how often an open order list re-reads the database (changes made at other counters)</extracomment>
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
    <name>complaints</name>
    <message>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} 天</source>
        <translation>{0} d</translation>
    </message>
    <message>
        <source>{0} 小时</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>不成立</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>主管批准方案</source>
        <translation>Supervisor approved the solution</translation>
    </message>
    <message>
        <source>主管确认报警</source>
        <translation>Supervisor acknowledged the alert</translation>
    </message>
    <message>
        <source>主管退回方案</source>
        <translation>Supervisor sent the solution back</translation>
    </message>
    <message>
        <source>修改受理信息</source>
        <translation>Intake details edited</translation>
    </message>
    <message>
        <source>上门</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>判断：投诉不成立，已答复</source>
        <translation>Assessed: not upheld, complainant answered</translation>
    </message>
    <message>
        <source>判断：投诉成立</source>
        <translation>Assessed: upheld</translation>
    </message>
    <message>
        <source>剩 {0}</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <source>升级为重大投诉</source>
        <translation>Raised to a major complaint</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>投诉待审批 {0}</source>
        <translation>Complaints to approve {0}</translation>
    </message>
    <message>
        <source>投诉超时 {0}</source>
        <translation>Complaints overdue {0}</translation>
    </message>
    <message>
        <source>无效</source>
        <translation>Not upheld</translation>
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
        <source>受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>判断</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source>调查</source>
        <translation>Investigate</translation>
    </message>
    <message>
        <source>方案</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>实施</source>
        <translation>Implement</translation>
    </message>
    <message>
        <source>回访与总结</source>
        <translation>Callback, close</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>回访不满意，重新实施</source>
        <translation>Callback: not satisfied, implement again</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>实施完成，投诉人接受</source>
        <translation>Implemented, complainant accepts</translation>
    </message>
    <message>
        <source>实施：投诉人不接受</source>
        <translation>Implemented: complainant does not accept</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>待判断</source>
        <extracomment>the vocabulary&apos;s state words, marked for translation under its context (lupdate reads these)</extracomment>
        <translation>To assess</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <source>待实施</source>
        <translation>To implement</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>To approve</translation>
    </message>
    <message>
        <source>待总结</source>
        <translation>To summarise</translation>
    </message>
    <message>
        <source>待提方案</source>
        <translation>To propose</translation>
    </message>
    <message>
        <source>待调查</source>
        <translation>To investigate</translation>
    </message>
    <message>
        <source>总结并关闭</source>
        <translation>Summarised and closed</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>打印登记表</source>
        <translation>Form printed</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>投诉方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投诉时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>提交处理方案</source>
        <translation>Solution proposed</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>第{0}步&#x3000;{1}</source>
        <translation>Step {0}  {1}</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>调查完成</source>
        <translation>Investigated</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>超时 {0}</source>
        <translation>{0} late</translation>
    </message>
    <message>
        <source>重印登记表</source>
        <translation>Form reprinted</translation>
    </message>
    <message>
        <source>重大投诉：已报警通知主管</source>
        <translation>Major complaint: supervisor alerted</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>客服部</source>
        <extracomment>values the centre&apos;s configurable lists start with (services/settings.py DEFAULTS) and fixed words the records store as text. Records keep the Chinese; the screen shows them through data_word(), so a value a centre typed itself appears as typed.</extracomment>
        <translation>Customer Service</translation>
    </message>
    <message>
        <source>工程部</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>秩序维护部</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>环境部</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>财务部</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>水</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>电</source>
        <translation>Electrical</translation>
    </message>
    <message>
        <source>门窗</source>
        <translation>Doors &amp; windows</translation>
    </message>
    <message>
        <source>墙地面</source>
        <translation>Walls &amp; floors</translation>
    </message>
    <message>
        <source>管道疏通</source>
        <translation>Blocked drains</translation>
    </message>
    <message>
        <source>电梯</source>
        <translation>Lifts</translation>
    </message>
    <message>
        <source>公共设施</source>
        <translation>Shared facilities</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <source>维修质量</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>环境卫生</source>
        <translation>Cleanliness</translation>
    </message>
    <message>
        <source>安全秩序</source>
        <translation>Safety &amp; order</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>噪音扰民</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>装修</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <source>邻里纠纷</source>
        <translation>Neighbour dispute</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>线上</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>书面</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>早班</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>中班</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>晚班</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>搬家</source>
        <translation>Moving out</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
</context>
<context>
    <name>dialog_parts</name>
    <message>
        <source>确定</source>
        <extracomment>a part of a row or column: a widget, a layout, ``None`` for a stretch, or (widget, stretch)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出 {0} 条到 {1}</source>
        <translation>Exported {0} rows to {1}</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <source>本班紧急工单</source>
        <translation>Urgent work orders this shift</translation>
    </message>
    <message>
        <source>本班重大投诉</source>
        <translation>Major complaints this shift</translation>
    </message>
    <message>
        <source>未确认的紧急警报</source>
        <translation>Unacknowledged emergency alerts</translation>
    </message>
    <message>
        <source>未关闭工单</source>
        <translation>Open work orders</translation>
    </message>
    <message>
        <source>待回访（到期/逾期）</source>
        <translation>Callbacks due or overdue</translation>
    </message>
    <message>
        <source>处理中投诉</source>
        <translation>Complaints in progress</translation>
    </message>
    <message>
        <source>待跟进来电来访</source>
        <translation>Calls and visits to follow up</translation>
    </message>
    <message>
        <source>本班开具放行条</source>
        <translation>Release passes issued this shift</translation>
    </message>
    <message>
        <source>待复查整改通知</source>
        <translation>Rectification notices to re-inspect</translation>
    </message>
    <message>
        <source>其他事项（{0}）</source>
        <translation>Other items ({0})</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>待接班</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <source>已接班</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>当场办结</source>
        <translation>Closed at desk</translation>
    </message>
    <message>
        <source>待跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>已跟进</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>待复查</source>
        <translation>To re-inspect</translation>
    </message>
    <message>
        <source>今日复查</source>
        <translation>Re-inspect today</translation>
    </message>
    <message>
        <source>逾期未复查</source>
        <translation>Re-inspection overdue</translation>
    </message>
    <message>
        <source>未整改，待发二次通知</source>
        <translation>Not rectified, 2nd notice due</translation>
    </message>
    <message>
        <source>已发二次通知</source>
        <translation>2nd notice issued</translation>
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
        <source>来电来访</source>
        <translation>Calls and visits</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>线上</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>求助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>表扬</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>转工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>转投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>合计 {0}</source>
        <extracomment>the state words of the kinds whose items the handover lists: each kind&apos;s own vocabulary (the screens word these through the registered features); the notice statuses are the handover&apos;s</extracomment>
        <translation>total {0}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0}：</source>
        <translation>{0}: </translation>
    </message>
    <message>
        <source>次日{0}</source>
        <translation>{0} next day</translation>
    </message>
    <message>
        <source>{0} {1} {2}–{3}</source>
        <translation>{0} {1} {2}–{3}</translation>
    </message>
    <message>
        <source>{0}（已逾期）</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>交接班记录 {0}</source>
        <translation>Handover {0}</translation>
    </message>
    <message>
        <source>{0} 于 {1} 确认接班。</source>
        <translation>Acknowledged by {0} at {1}.</translation>
    </message>
    <message>
        <source>{0} 元</source>
        <translation>¥{0}</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>交接现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>交接班记录（草稿）</source>
        <translation>Handover (draft)</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>交班备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>交班时间</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>交班记事</source>
        <translation>Handover notes</translation>
    </message>
    <message>
        <source>以下来源未能汇总，请人工核对：{0}</source>
        <translation>These sources could not be compiled; check them by hand: {0}</translation>
    </message>
    <message>
        <source>借出钥匙</source>
        <translation>Keys lent</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>待交接事项（系统汇总，{0} 项）</source>
        <translation>Open items (compiled, {0})</translation>
    </message>
    <message>
        <source>接班</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>接班人</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>接班意见：</source>
        <translation>Remarks: </translation>
    </message>
    <message>
        <source>接班时间</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>本班统计</source>
        <translation>This shift</translation>
    </message>
    <message>
        <source>本记录已被更正，见 {0}。</source>
        <translation>This handover has been corrected: see {0}.</translation>
    </message>
    <message>
        <source>本记录更正 {0}。更正原因：{1}</source>
        <translation>This handover corrects {0}. Reason: {1}</translation>
    </message>
    <message>
        <source>柜台</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>没有未结事项。</source>
        <translation>No open items.</translation>
    </message>
    <message>
        <source>注意事项</source>
        <translation>Watch out for</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>留言</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>票据</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>致 {0}</source>
        <translation>To {0}</translation>
    </message>
    <message>
        <source>警告：本记录在接班确认后被改动过（内容校验不符），请报告主管。</source>
        <translation>Warning: this handover was altered after it was acknowledged (its checksum does not match). Tell a supervisor.</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（草稿）</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>交接班</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>交接班超时未接班 {0}</source>
        <translation>Handovers not acknowledged {0}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>最多 {max} 个字（现在 {length} 个字），请删减后再保存</source>
        <translation>At most {max} characters (now {length}); please shorten it before saving</translation>
    </message>
    <message>
        <source>含有不可见的控制字符，请删除后再保存</source>
        <translation>Contains invisible control characters; please remove them before saving</translation>
    </message>
    <message>
        <source>不能包含表情符号</source>
        <translation>No emoji, please</translation>
    </message>
    <message>
        <source>姓名只能包含汉字、字母、间隔号和空格</source>
        <translation>A name may hold Chinese characters, letters, the middle dot and spaces only</translation>
    </message>
    <message>
        <source>身份证号应为 18 位（末位可为 X）或旧版 15 位</source>
        <translation>An ID number has 18 characters (the last may be X), or 15 digits for old cards</translation>
    </message>
    <message>
        <source>身份证号校验位不正确，请核对</source>
        <translation>The ID number&apos;s check digit is wrong; please check it</translation>
    </message>
    <message>
        <source>身份证号中的出生日期无效</source>
        <translation>The date of birth in the ID number is not a valid date</translation>
    </message>
    <message>
        <source>车牌号“{plate}”格式不正确，例如 粤B12345</source>
        <translation>The plate “{plate}” is not valid; e.g. 粤B12345</translation>
    </message>
    <message>
        <source>找不到房号“{room}”，请核对楼栋-单元-房号</source>
        <translation>No room “{room}”; please check building-unit-room</translation>
    </message>
    <message>
        <source>房号“{room}”对应多个房间，请写完整（如 3-2-1502）</source>
        <translation>“{room}” matches several rooms; please write it in full (e.g. 3-2-1502)</translation>
    </message>
    <message>
        <source>密码至少 {min} 位</source>
        <translation>At least {min} characters</translation>
    </message>
    <message>
        <source>登录名只能用 2–30 位字母、数字、点、横线或下划线</source>
        <translation>A login has 2–30 letters, digits, dots, dashes or underscores</translation>
    </message>
    <message>
        <source>登录名已被使用</source>
        <translation>This login is taken</translation>
    </message>
    <message>
        <source>无权设置此角色</source>
        <translation>You may not give this role</translation>
    </message>
    <message>
        <source>取值无效</source>
        <translation>Not a valid choice</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The passwords differ</translation>
    </message>
    <message>
        <source>日期无效</source>
        <translation>Not a valid date</translation>
    </message>
    <message>
        <source>日期不能早于今天</source>
        <translation>The date cannot be before today</translation>
    </message>
    <message>
        <source>结束时间不能早于开始时间</source>
        <translation>The end cannot be before the start</translation>
    </message>
    <message>
        <source>请输入有效的数字</source>
        <translation>Please enter a valid number</translation>
    </message>
    <message>
        <source>含有无法识别的字符（文件可能已损坏，或不是 UTF-8 / GBK 编码）</source>
        <translation>Holds unreadable characters (the file may be damaged, or not UTF-8 / GBK)</translation>
    </message>
    <message>
        <source>“{value}”无法识别（应为数字或字母，如 3 或 A）</source>
        <translation>“{value}” is not understood (use digits or letters, e.g. 3 or A)</translation>
    </message>
    <message>
        <source>“{value}”无法识别（应为数字，如 2）</source>
        <translation>“{value}” is not understood (use a number, e.g. 2)</translation>
    </message>
    <message>
        <source>“{value}”无法识别（如 1502）</source>
        <translation>“{value}” is not understood (e.g. 1502)</translation>
    </message>
    <message>
        <source>“{value}”无效，应为 未交付、已交房、装修中 或 已入住</source>
        <translation>“{value}” is not valid; use 未交付, 已交房, 装修中 or 已入住</translation>
    </message>
    <message>
        <source>“{value}”无效，应为 业主、租户 或 家属</source>
        <translation>“{value}” is not valid; use 业主, 租户 or 家属</translation>
    </message>
    <message>
        <source>“{value}”无效，应为 男 或 女</source>
        <translation>“{value}” is not valid; use 男 or 女</translation>
    </message>
    <message>
        <source>“{value}”与第 {line} 行的“{other}”矛盾</source>
        <translation>“{value}” contradicts “{other}” on line {line}</translation>
    </message>
    <message>
        <source>房号“{room}”不完整：请写成 楼栋-单元-房号（如 3-2-1502），或分列填写楼栋、单元、房号</source>
        <translation>Room “{room}” is incomplete: write building-unit-room (e.g. 3-2-1502), or give building, unit and room in their own columns</translation>
    </message>
    <message>
        <source>电话号码格式不正确</source>
        <translation>The phone number is not valid</translation>
    </message>
    <message>
        <source>“{room}”在 {count} 个项目中都有，请先在左边选择项目</source>
        <translation>“{room}” exists in {count} projects: choose the project on the left first</translation>
    </message>
    <message>
        <source>与第 {line} 行重复（同一房间同名住户）</source>
        <translation>Repeats line {line} (same name in the same room)</translation>
    </message>
    <message>
        <source>这一行比表头多出内容（可能有多余的逗号）</source>
        <translation>This line has more cells than the header (an extra comma?)</translation>
    </message>
    <message>
        <source>最多 {max} 项</source>
        <translation>At most {max} items</translation>
    </message>
    <message>
        <source>时间不能晚于现在</source>
        <translation>The time cannot be in the future</translation>
    </message>
    <message>
        <source>时间早于一年前，请核对年份</source>
        <translation>More than a year ago; please check the year</translation>
    </message>
    <message>
        <source>此记录已转为工单或投诉（或已完成跟进），结果不能在这里更改</source>
        <translation>This entry became a work order or complaint (or was followed up); its outcome cannot be changed here</translation>
    </message>
    <message>
        <source>请填写房号，或勾选“公区”并填写位置</source>
        <translation>Give a room, or tick “Common area” and say where</translation>
    </message>
    <message>
        <source>该维修人员不属于所选部门</source>
        <translation>This technician is not in the chosen department</translation>
    </message>
    <message>
        <source>改派对象与当前相同，请选择其他维修人员</source>
        <translation>That is the current technician; choose someone else</translation>
    </message>
    <message>
        <source>完工时间不能早于开工时间</source>
        <translation>Completion cannot be before the work started</translation>
    </message>
    <message>
        <source>回访时间不能早于完工时间</source>
        <translation>The callback cannot be before completion</translation>
    </message>
    <message>
        <source>第 {row} 行：无偿工单不能收费，单价请填 0</source>
        <translation>Line {row}: a free order cannot charge; enter unit price 0</translation>
    </message>
    <message>
        <source>第 {row} 行：请填写材料或项目名称</source>
        <translation>Line {row}: name the material or work</translation>
    </message>
    <message>
        <source>第 {row} 行：数量或单价不是有效的数字</source>
        <translation>Line {row}: quantity or unit price is not a number</translation>
    </message>
    <message>
        <source>第 {row} 行：数量必须大于 0</source>
        <translation>Line {row}: quantity must be more than 0</translation>
    </message>
    <message>
        <source>第 {row} 行：单价不能为负数</source>
        <translation>Line {row}: unit price cannot be negative</translation>
    </message>
    <message>
        <source>第 {row} 行：内容过长</source>
        <translation>Line {row}: too long</translation>
    </message>
    <message>
        <source>材料及费用最多 {max} 行</source>
        <translation>At most {max} lines of materials and charges</translation>
    </message>
    <message>
        <source>携物人不是业主本人时，须登记身份证号</source>
        <translation>If the carrier is not the owner, their ID number is required</translation>
    </message>
    <message>
        <source>请至少填写一项物品</source>
        <translation>List at least one item</translation>
    </message>
    <message>
        <source>一张放行条最多 {max} 行物品，请合并填写（如：纸箱 20 个）</source>
        <translation>A pass holds at most {max} lines; combine items (e.g. boxes × 20)</translation>
    </message>
    <message>
        <source>数量应为 1–{max} 的整数</source>
        <translation>Quantity must be a whole number from 1 to {max}</translation>
    </message>
    <message>
        <source>只填一个车牌号</source>
        <translation>One plate only</translation>
    </message>
    <message>
        <source>有效时间最长 3 天</source>
        <translation>Valid for 3 days at most</translation>
    </message>
    <message>
        <source>有效时间已过，请改为现在以后的时间</source>
        <translation>That time has passed; choose a time from now on</translation>
    </message>
    <message>
        <source>有效日期最多可提前 {days} 天</source>
        <translation>The date can be at most {days} days ahead</translation>
    </message>
    <message>
        <source>携物人不是业主本人：请选择业主确认方式</source>
        <translation>The carrier is not the owner: choose how the owner confirmed</translation>
    </message>
    <message>
        <source>确认时间不能晚于现在</source>
        <translation>The confirmation time cannot be in the future</translation>
    </message>
    <message>
        <source>确认时间过早，请重新向业主确认</source>
        <translation>That confirmation is too old; confirm with the owner again</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <source>检查日期不能早于 {days} 天前</source>
        <translation>The inspection cannot be more than {days} days ago</translation>
    </message>
    <message>
        <source>请至少选择一条违反的条款</source>
        <translation>Tick at least one clause</translation>
    </message>
    <message>
        <source>条款“{clause}”已不在条款列表中，请重新选择</source>
        <translation>Clause “{clause}” is no longer in the list; choose again</translation>
    </message>
    <message>
        <source>整改期限最长 {days} 天</source>
        <translation>The deadline can be at most {days} days away</translation>
    </message>
    <message>
        <source>再次通知须与原通知同一房号（{room}）</source>
        <translation>A second notice must be for the same room ({room})</translation>
    </message>
    <message>
        <source>签收日期不能早于开具日期</source>
        <translation>Receipt cannot be before the notice was issued</translation>
    </message>
    <message>
        <source>金额格式不正确，例如 350 或 350.50</source>
        <translation>Not a valid amount; e.g. 350 or 350.50</translation>
    </message>
    <message>
        <source>金额过大，请核对</source>
        <translation>That amount is too large; please check it</translation>
    </message>
    <message>
        <source>第 {row} 条留言没有写给谁</source>
        <translation>Message {row} has no recipient</translation>
    </message>
    <message>
        <source>第 {row} 条留言没有内容</source>
        <translation>Message {row} is empty</translation>
    </message>
    <message>
        <source>留言最多 {max} 条</source>
        <translation>At most {max} messages</translation>
    </message>
    <message>
        <source>至少要有一个班次</source>
        <translation>There must be at least one shift</translation>
    </message>
    <message>
        <source>班次最多 {max} 个</source>
        <translation>At most {max} shifts</translation>
    </message>
    <message>
        <source>第 {row} 个班次没有名称</source>
        <translation>Shift {row} has no name</translation>
    </message>
    <message>
        <source>班次名称“{name}”重复</source>
        <translation>The shift name “{name}” is used twice</translation>
    </message>
    <message>
        <source>第 {row} 个班次的时间“{value}”不正确，请写成 08:00 这样（结束可写 24:00）</source>
        <translation>Shift {row}: “{value}” is not a valid time; write it like 08:00 (an end may be 24:00)</translation>
    </message>
    <message>
        <source>班次“{first}”和“{second}”的时间重叠</source>
        <translation>Shifts “{first}” and “{second}” overlap</translation>
    </message>
    <message>
        <source>请输入 {min}–{max} 之间的分钟数</source>
        <translation>Enter minutes from {min} to {max}</translation>
    </message>
    <message>
        <source>电话号码只能有数字、空格、横线和括号（分机写成“转123”）</source>
        <extracomment>why a phone number was refused (the ``reason`` of ``bad_phone``): each says exactly what is wrong</extracomment>
        <translation>A phone number may only have digits, spaces, hyphens and brackets (write an extension as &quot;ext 123&quot;)</translation>
    </message>
    <message>
        <source>分机号最多 {max} 位数字</source>
        <translation>An extension has at most {max} digits</translation>
    </message>
    <message>
        <source>香港、澳门号码应为 +852 / +853 后加 8 位数字（现在 {digits} 位）</source>
        <translation>A Hong Kong or Macau number is +852 / +853 and 8 digits (this has {digits})</translation>
    </message>
    <message>
        <source>只能登记中国大陆、香港（+852）和澳门（+853）的号码</source>
        <translation>Only mainland China, Hong Kong (+852) and Macau (+853) numbers can be recorded</translation>
    </message>
    <message>
        <source>手机号不能带分机</source>
        <translation>A mobile number has no extension</translation>
    </message>
    <message>
        <source>手机号应为 11 位，现在是 {digits} 位</source>
        <translation>A mobile number has 11 digits; this has {digits}</translation>
    </message>
    <message>
        <source>没有以 {prefix} 开头的手机号段，请核对</source>
        <translation>No mobile numbers begin with {prefix}; please check</translation>
    </message>
    <message>
        <source>{prefix} 号码应为 10 位（如 {prefix}-123-4567），现在是 {digits} 位</source>
        <translation>A {prefix} number has 10 digits (e.g. {prefix}-123-4567); this has {digits}</translation>
    </message>
    <message>
        <source>带区号的座机应为 10–12 位（如 0755-81234567），现在是 {digits} 位</source>
        <translation>A landline with area code has 10–12 digits (e.g. 0755-81234567); this has {digits}</translation>
    </message>
    <message>
        <source>区号 {area} 不存在，请核对</source>
        <translation>There is no area code {area}; please check</translation>
    </message>
    <message>
        <source>号码只有 {digits} 位：手机 11 位，本地座机 7–8 位，外地座机加区号</source>
        <translation>Only {digits} digits: a mobile has 11, a local landline 7–8, other landlines add the area code</translation>
    </message>
    <message>
        <source>无法识别这个 {digits} 位的号码：手机 11 位；座机 7–8 位或带区号；或 400、800、95 开头的服务号码</source>
        <translation>This {digits}-digit number is not recognised: a mobile has 11 digits; a landline 7–8 or with area code; or a service number beginning 400, 800 or 95</translation>
    </message>
    <message>
        <source>此记录已被其他人修改，您的修改尚未保存。请对比后选择保留对方的或重新应用。</source>
        <translation>Someone else has changed this record; your changes are not saved yet. Compare, then keep theirs or apply yours again.</translation>
    </message>
    <message>
        <source>您的角色无权执行此操作。</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <source>记录不存在或已被删除。</source>
        <translation>The record does not exist or was deleted.</translation>
    </message>
    <message>
        <source>当前状态下不能执行此操作。</source>
        <translation>Not possible in the current state.</translation>
    </message>
    <message>
        <source>登录名或密码不正确。</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>这个账号连续输错密码次数过多，已暂时锁定到 {until}（{minutes} 分钟）。请到时再试，或请主管在“员工账号”中解锁。</source>
        <translation>Too many wrong passwords for this account: it is locked until {until} ({minutes} minutes). Try again then, or ask a supervisor to unlock it under Staff accounts.</translation>
    </message>
    <message>
        <source>密码错误次数较多，请 {seconds} 秒后再试。</source>
        <translation>Several wrong passwords: please wait {seconds} seconds before trying again.</translation>
    </message>
    <message>
        <source>您的账号已被停用或角色已变更，刚才的操作没有执行。请点“切换用户”重新登录。</source>
        <translation>Your account has been deactivated or its role changed; the last action was not carried out. Please use Switch user to log in again.</translation>
    </message>
    <message>
        <source>已经创建过主管账号。</source>
        <translation>The supervisor account already exists.</translation>
    </message>
    <message>
        <source>数据库文件或其所在文件夹变成了只读，刚才的操作没有保存。请让系统管理员恢复写入权限后再试。</source>
        <translation>The database file or its folder has become read-only; the last action was not saved. Ask the system administrator to restore write permission, then try again.</translation>
    </message>
    <message>
        <source>磁盘空间已满，刚才的操作没有保存。请腾出磁盘空间后再试（填写的内容仍保留）。</source>
        <translation>The disk is full; the last action was not saved. Free some disk space and try again (what you typed is kept).</translation>
    </message>
    <message>
        <source>暂时无法访问数据库（磁盘或网络故障），刚才的操作没有保存。请稍后再试；如果一直这样，请联系系统管理员。</source>
        <translation>The database cannot be reached just now (a disk or network fault); the last action was not saved. Try again shortly; if it persists, contact the system administrator.</translation>
    </message>
    <message>
        <source>不能停用自己的账号。</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>数据库中已有楼盘数据，演示数据只能载入空数据库。</source>
        <translation>The database already holds an estate; demo data goes only into an empty one.</translation>
    </message>
    <message>
        <source>没有可以导入的行。</source>
        <translation>No lines to import.</translation>
    </message>
    <message>
        <source>文件是空的。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>无法读取这个文件：它已损坏，或不是 CSV / Excel（.xlsx）文件。请在 Excel 中重新保存后再试。</source>
        <translation>Cannot read this file: it is damaged, or not a CSV / Excel (.xlsx) file. Save it again from Excel and retry.</translation>
    </message>
    <message>
        <source>这是旧版 Excel（.xls）文件。请在 Excel 中“另存为”Excel 工作簿（.xlsx）或 CSV 后再导入。</source>
        <translation>This is an old Excel (.xls) file. In Excel, “Save As” an Excel workbook (.xlsx) or CSV, then import that.</translation>
    </message>
    <message>
        <source>找不到表头：文件前几行中应有“房号”列，以及 {expected} 等列。</source>
        <translation>No header line found: the first lines should name a 房号 (room) column and others such as {expected}.</translation>
    </message>
    <message>
        <source>文件中没有“项目”列：请在上方选择这些房间所属的项目。</source>
        <translation>The file has no 项目 (project) column: choose the project these rooms belong to above.</translation>
    </message>
    <message>
        <source>文件太大（超过 {max_mb} MB）。请分成几个文件导入。</source>
        <translation>The file is too large (over {max_mb} MB). Please split it.</translation>
    </message>
    <message>
        <source>文件超过 {max} 行。请分成几个文件导入。</source>
        <translation>The file has more than {max} lines. Please split it.</translation>
    </message>
    <message>
        <source>这条来电来访记录已经转过，不能再转为另一条。</source>
        <translation>This entry has already been turned into a record; it cannot be turned into another.</translation>
    </message>
    <message>
        <source>同一时刻的登记过多，请稍后再保存。</source>
        <translation>Too many entries at the same moment; save again shortly.</translation>
    </message>
    <message>
        <source>该报警已由{by}确认。</source>
        <translation>{by} has already acknowledged this alert.</translation>
    </message>
    <message>
        <source>暂时无法从该记录生成工单。</source>
        <translation>A work order cannot be made from this record for now.</translation>
    </message>
    <message>
        <source>该回访已经记录过了。</source>
        <translation>This callback has already been recorded.</translation>
    </message>
    <message>
        <source>这张放行条已放行或已作废，不能作废。</source>
        <translation>This pass has been released or voided already; it cannot be voided.</translation>
    </message>
    <message>
        <source>只有未使用且仍在有效期内的放行条可以补打。</source>
        <translation>Only an unused pass that is still valid can be reprinted.</translation>
    </message>
    <message>
        <source>无法读取放行条签名密钥文件 {path}。请联系系统管理员（见使用说明“放行条签名密钥”）。</source>
        <translation>Cannot read the pass signing key file {path}. Please contact the system administrator (see “Pass signing key” in the manual).</translation>
    </message>
    <message>
        <source>这份整改通知已经复查过。</source>
        <translation>This notice has already been re-inspected.</translation>
    </message>
    <message>
        <source>未到整改期限（{deadline}），暂不能登记“未整改”。</source>
        <translation>The deadline ({deadline}) has not passed; “Not rectified” cannot be recorded yet.</translation>
    </message>
    <message>
        <source>只有复查结果为“未整改”且尚未再次通知的整改通知可以开具再次通知。</source>
        <translation>A second notice can only follow a notice re-inspected as “Not rectified” that has no second notice yet.</translation>
    </message>
    <message>
        <source>交班人不能为自己的交接班确认接班，请由接班同事输入本人的登录名和密码。</source>
        <translation>You cannot acknowledge your own handover; the incoming colleague must enter their own login and password.</translation>
    </message>
    <message>
        <source>这份交接班已经确认接班，不能再修改或删除；如有错漏请写更正。</source>
        <translation>This handover has been acknowledged and cannot be changed or deleted; write a correction for any mistake.</translation>
    </message>
    <message>
        <source>这份交接班已经有人确认接班了。</source>
        <translation>Someone has already acknowledged this handover.</translation>
    </message>
    <message>
        <source>这份交接班还没有交班（仍是草稿），不能确认接班。</source>
        <translation>This handover is still a draft; it cannot be acknowledged yet.</translation>
    </message>
    <message>
        <source>这份交接班已经交班，请先撤回再修改。</source>
        <translation>This handover has been handed over; withdraw it first to edit.</translation>
    </message>
    <message>
        <source>已交过班的记录不能删除；请修改后重新交班。</source>
        <translation>A handover that was handed over cannot be deleted; edit it and hand over again.</translation>
    </message>
    <message>
        <source>这份交接班尚未确认接班，可以直接撤回修改，不需要更正。</source>
        <translation>This handover is not acknowledged yet: withdraw it to edit; no correction needed.</translation>
    </message>
    <message>
        <source>只有交班人本人可以修改这份交接班。</source>
        <translation>Only the colleague who wrote this handover may change it.</translation>
    </message>
    <message>
        <source>更正记录的事项保持原记录的内容，不重新汇总。</source>
        <translation>A correction keeps the items of the handover it corrects; they are not compiled again.</translation>
    </message>
    <message>
        <source>输入有误（{code}）</source>
        <translation>Invalid input ({code})</translation>
    </message>
    <message>
        <source>请修改标出的内容后再保存。</source>
        <translation>Please correct the marked fields, then save.</translation>
    </message>
    <message>
        <source>操作失败（{code}）</source>
        <translation>Failed ({code})</translation>
    </message>
    <message>
        <source>{what}：{why}</source>
        <translation>{what}: {why}</translation>
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
        <source>公区</source>
        <extracomment>fetch(before_id, limit): the service&apos;s list query, newest first</extracomment>
        <translation>Common area</translation>
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
<context>
    <name>passes</name>
    <message>
        <source>&#x3000;{0} 于 {1:%Y-%m-%d %H:%M} 作废：{2}</source>
        <translation>  voided by {0} at {1:%Y-%m-%d %H:%M}: {2}</translation>
    </message>
    <message>
        <source>&#x3000;{0} 于 {1:%Y-%m-%d %H:%M} 放行</source>
        <translation>  released by {0} at {1:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>&#x3000;已补打 {0} 次</source>
        <translation>  reprinted {0}×</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>业主书面委托</source>
        <translation>Owner&apos;s written authority</translation>
    </message>
    <message>
        <source>业主到场签字</source>
        <translation>Owner signed in person</translation>
    </message>
    <message>
        <source>业主本人携物</source>
        <extracomment>how the owner agreed, in the longer words of the pass card (the vocabulary&apos;s are the list&apos;s)</extracomment>
        <translation>Carried by the owner</translation>
    </message>
    <message>
        <source>业主确认</source>
        <translation>Owner confirmation</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>携物人</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>放行条 {0}</source>
        <translation>Release pass {0}</translation>
    </message>
    <message>
        <source>放行条 {0}（副本 {1}）</source>
        <translation>Release pass {0} (copy {1})</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>有效时间</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>电话确认业主</source>
        <translation>Owner confirmed by phone</translation>
    </message>
    <message>
        <source>电话确认业主：{0}，{1:%m-%d %H:%M}</source>
        <translation>Owner confirmed by phone: {0}, {1:%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>交接班设置…</source>
        <translation>Shift handover settings…</translation>
    </message>
</context>
</TS>
