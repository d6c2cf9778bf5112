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
    <name>Guide</name>
    <message>
        <source>投诉按六步闭环处理：受理、判断、调查、方案、审批、实施、回访结案，每步有时限。</source>
        <translation>Complaints through the six-step loop: intake, judgement, investigation, proposal, approval, implementation, callback and closing, each with a time limit.</translation>
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
        <source>打印登记表供签字（Ctrl+P）</source>
        <translation>Print form for signature (Ctrl+P)</translation>
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
        <source>按来电内容推测</source>
        <translation>Guessed from the call</translation>
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
        <source>方案</source>
        <translation>Solution</translation>
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
    <name>complaints</name>
    <message>
        <source>待判断</source>
        <extracomment>the vocabulary&apos;s state words, marked for translation under its context (lupdate reads these)</extracomment>
        <translation>To assess</translation>
    </message>
    <message>
        <source>待调查</source>
        <translation>To investigate</translation>
    </message>
    <message>
        <source>待提方案</source>
        <translation>To propose</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>To approve</translation>
    </message>
    <message>
        <source>待实施</source>
        <translation>To implement</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <source>待总结</source>
        <translation>To summarise</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>不成立</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
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
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
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
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
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
        <source>上门</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
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
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>总结并关闭</source>
        <translation>Summarised and closed</translation>
    </message>
    <message>
        <source>打印登记表</source>
        <translation>Form printed</translation>
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
        <source>投诉超时 {0}</source>
        <translation>Complaints overdue {0}</translation>
    </message>
    <message>
        <source>提交处理方案</source>
        <translation>Solution proposed</translation>
    </message>
    <message>
        <source>无效</source>
        <translation>Not upheld</translation>
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
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>第{0}步&#x3000;{1}</source>
        <translation>Step {0}  {1}</translation>
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
    <message>
        <source>请选择投诉是否成立</source>
        <translation>Choose whether the complaint is valid</translation>
    </message>
    <message>
        <source>请选择投诉人是否接受处理结果</source>
        <translation>Choose whether the complainant accepts the result</translation>
    </message>
    <message>
        <source>请选择要批准的方案</source>
        <translation>Choose the solution to approve</translation>
    </message>
</context>
</TS>
