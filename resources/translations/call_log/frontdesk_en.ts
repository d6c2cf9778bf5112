<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CallEntryForm</name>
    <message>
        <source>全部项目</source>
        <extracomment>a contact was saved (CallRow) room and phone as typed, for the caller lookup the receptionist picked the outcome herself (else it follows the kind: 报修 → 待跟进) the record the contact is about (kind, id), linked with F6 from the caller panel the occupant whose number F4 filled in (shown as the role may see it; the entry keeps it in full) the numbers she typed into entries saved from this form (not masked back at her)</extracomment>
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
        <source>处理情况(&amp;G)</source>
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
        <source>号码来自业户档案，按权限显示；保存时记录完整号码</source>
        <translation>Number from the occupant register, shown as your role allows; the full number is saved</translation>
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
        <source>已载入最新内容；您刚才的修改可以恢复。</source>
        <translation>The latest version is loaded; your changes can be restored.</translation>
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
</context>
<context>
    <name>CallLog</name>
    <message>
        <source>今日待跟进 {0}</source>
        <translation>Follow-ups today {0}</translation>
    </message>
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
        <source>已转工单 {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <source>已转投诉</source>
        <translation>Complaint</translation>
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
        <source>本次登记关联到 {0} {1}（保存时记录；F6 切换或取消）</source>
        <translation>This contact is linked to {0} {1} (recorded on save; F6 switches or removes it)</translation>
    </message>
    <message>
        <source>已取消关联。</source>
        <translation>Link removed.</translation>
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
        <source>今日到期 {0}</source>
        <translation>Due today {0}</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>已导出 {0} 条到 {1}</source>
        <translation>{0} entries exported to {1}</translation>
    </message>
    <message>
        <source>已逾期 {0}</source>
        <translation>Overdue {0}</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <source>来电人信息</source>
        <extracomment>a recent entry was clicked (entry id) a record that concerns the room was clicked (its index in ``concerns``): link the call to it</extracomment>
        <translation>Caller</translation>
    </message>
    <message>
        <source>填入来电人（F4）</source>
        <translation>Fill caller (F4)</translation>
    </message>
    <message>
        <source>用查到的业主或住户填写房号、来电人和电话（电话按权限显示）</source>
        <translation>Fill in the room, the caller and the phone from the owner or resident found (the phone as your role may see it)</translation>
    </message>
    <message>
        <source>已关联</source>
        <extracomment>the records that concern the looked-up room now (notices in force…), and the linked one</extracomment>
        <translation>Linked</translation>
    </message>
    <message>
        <source>按 F6 把本次来电关联到通知（再按切换或取消）</source>
        <translation>Press F6 to link this call to a notice (again to switch or remove)</translation>
    </message>
    <message>
        <source>该房间的生效通知</source>
        <translation>Notices in force for this room</translation>
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
    <name>Guide</name>
    <message>
        <source>每一通来电、每一位来访：登记、跟进，并可一键转为工单或投诉。</source>
        <translation>Every call and visit: logged, followed up, and turned into a work order or a complaint with one key.</translation>
    </message>
</context>
</TS>
