<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
    <name>Guide</name>
    <message>
        <source>交接班：系统汇总本班未结事项，补充留言后交班，接班人确认。</source>
        <translation>Shift handover: the open items of the shift are gathered, messages added, then handed over and acknowledged by the next shift.</translation>
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
        <source>借出中的钥匙由钥匙借还登记自动列出（▶ 开头）；其他情况可在此补充</source>
        <translation>Keys on loan are listed from the key register (lines starting with ▶); add anything else here</translation>
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
        <source>添加留言(&amp;A)</source>
        <translation>&amp;Add message</translation>
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
        <source>已载入对方保存的内容，您的修改未保存。</source>
        <translation>Their saved version is loaded; your changes were not saved.</translation>
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
        <source>{0}（超时）</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>已交班超过规定时间仍无人确认接班</source>
        <translation>Handed over, but nobody has acknowledged it in time</translation>
    </message>
    <message>
        <source>已被更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>更正{0}</source>
        <translation>Corrects {0}</translation>
    </message>
    <message>
        <source>（草稿）</source>
        <translation>(draft)</translation>
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
        <source>交班宽限</source>
        <translation>Grace period</translation>
    </message>
    <message>
        <source>接班超时提醒</source>
        <translation>Acknowledge within</translation>
    </message>
    <message>
        <source>时间写成 08:00；结束可写 24:00；结束早于开始表示跨夜（如 22:00–06:00）。</source>
        <translation>Write times as 08:00; an end may be 24:00; an end before the start runs past midnight (e.g. 22:00–06:00).</translation>
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
        <source>柜台</source>
        <translation>Counter</translation>
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
    <name>handover</name>
    <message>
        <source>交接班记录 {0}</source>
        <extracomment>the registered kinds, whose words the sheet uses for their sections and states</extracomment>
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
        <source>交接班</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>交接班记录（草稿）</source>
        <translation>Handover (draft)</translation>
    </message>
    <message>
        <source>交接班超时未接班 {0}</source>
        <translation>Handovers not acknowledged {0}</translation>
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
        <source>今日复查</source>
        <translation>Re-inspect today</translation>
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
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>处理中投诉</source>
        <translation>Complaints in progress</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>已发二次通知</source>
        <translation>2nd notice issued</translation>
    </message>
    <message>
        <source>已回访待管家关闭的工单</source>
        <translation>Called back, awaiting a butler&apos;s close</translation>
    </message>
    <message>
        <source>已接班</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>已跟进</source>
        <translation>Followed up</translation>
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
        <source>待交接事项（系统汇总，{0} 项）</source>
        <translation>Open items (compiled, {0})</translation>
    </message>
    <message>
        <source>待回访（到期/逾期）</source>
        <translation>Callbacks due or overdue</translation>
    </message>
    <message>
        <source>待复查</source>
        <translation>To re-inspect</translation>
    </message>
    <message>
        <source>待复查整改通知</source>
        <translation>Rectification notices to re-inspect</translation>
    </message>
    <message>
        <source>待接班</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <source>待跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>待跟进来电来访</source>
        <translation>Calls and visits to follow up</translation>
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
        <source>未关闭工单</source>
        <translation>Open work orders</translation>
    </message>
    <message>
        <source>未整改</source>
        <translation>Not rectified</translation>
    </message>
    <message>
        <source>未整改，待发二次通知</source>
        <translation>Not rectified, 2nd notice due</translation>
    </message>
    <message>
        <source>未确认的紧急警报</source>
        <translation>Unacknowledged emergency alerts</translation>
    </message>
    <message>
        <source>本班作废收据</source>
        <translation>Receipts voided this shift</translation>
    </message>
    <message>
        <source>本班开具放行条</source>
        <translation>Release passes issued this shift</translation>
    </message>
    <message>
        <source>本班收款合计</source>
        <translation>Total taken this shift</translation>
    </message>
    <message>
        <source>本班收款（按收款方式，交接时清点现金）</source>
        <translation>Money taken this shift (by method; count the cash at handover)</translation>
    </message>
    <message>
        <source>本班紧急工单</source>
        <translation>Urgent work orders this shift</translation>
    </message>
    <message>
        <source>本班统计</source>
        <translation>This shift</translation>
    </message>
    <message>
        <source>本班退还押金（从收款中支出）</source>
        <translation>Deposits refunded this shift (paid out of the takings)</translation>
    </message>
    <message>
        <source>本班重大投诉</source>
        <translation>Major complaints this shift</translation>
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
        <source>来电</source>
        <translation>Call</translation>
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
        <source>柜台</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>求助</source>
        <translation>Help</translation>
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
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>线上</source>
        <translation>Online</translation>
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
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>表扬</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>警告：本记录在接班确认后被改动过（内容校验不符），请报告主管。</source>
        <translation>Warning: this handover was altered after it was acknowledged (its checksum does not match). Tell a supervisor.</translation>
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
        <source>逾期未复查</source>
        <translation>Re-inspection overdue</translation>
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
</context>
<context>
    <name>window</name>
    <message>
        <source>交接班设置…</source>
        <translation>Shift handover settings…</translation>
    </message>
</context>
</TS>
