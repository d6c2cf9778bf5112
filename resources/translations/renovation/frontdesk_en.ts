<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Option</name>
    <message>
        <source>施工中每隔几天须巡查一次</source>
        <translation>Inspect every N days while works are in progress</translation>
    </message>
    <message>
        <source>装修施工时间（印在装修许可证上）</source>
        <translation>Renovation working hours (printed on the permit)</translation>
    </message>
    <message>
        <source>装修登记时查验的资料</source>
        <translation>Documents checked at registration</translation>
    </message>
    <message>
        <source>装修项目</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>装修验收的检查项目</source>
        <translation>Items checked at acceptance</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>不合格情况</source>
        <translation>What failed</translation>
    </message>
    <message>
        <source>业主电话</source>
        <translation>Owner&apos;s phone</translation>
    </message>
    <message>
        <source>业主（申请人）</source>
        <translation>Owner (applicant)</translation>
    </message>
    <message>
        <source>修改申请</source>
        <translation>Edit application</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>关闭装修登记 {0}？</source>
        <translation>Close renovation {0}?</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>合格项目</source>
        <translation>Items passed</translation>
    </message>
    <message>
        <source>垃圾清运费（元）</source>
        <translation>Debris removal fee (yuan)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>审核通过装修申请 {0}？通过后可打印装修许可证和出入证。</source>
        <translation>Approve renovation application {0}? The permit and worker cards can then be printed.</translation>
    </message>
    <message>
        <source>巡查</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>巡查日期</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>巡查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>巡查逾期</source>
        <translation>Inspection overdue</translation>
    </message>
    <message>
        <source>已查验资料</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>开始施工</source>
        <translation>Start works</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>待验收</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>恢复装修 {0}？</source>
        <translation>Resume renovation {0}?</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>扣除原因</source>
        <translation>Reason for deduction</translation>
    </message>
    <message>
        <source>扣除金额（元）</source>
        <translation>Deduction (yuan)</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>整改期限（天）</source>
        <translation>Days to rectify</translation>
    </message>
    <message>
        <source>整改要求</source>
        <translation>Rectification required</translation>
    </message>
    <message>
        <source>施工中</source>
        <translation>Works in progress</translation>
    </message>
    <message>
        <source>施工人员</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>施工内容</source>
        <translation>Description of works</translation>
    </message>
    <message>
        <source>施工单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>施工负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>暂停原因</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <source>未关闭</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>检查项目（须全部合格）</source>
        <translation>Items checked (all must pass)</translation>
    </message>
    <message>
        <source>涉及结构改动</source>
        <translation>Structural changes</translation>
    </message>
    <message>
        <source>申请验收</source>
        <translation>Request acceptance</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>留空则取房屋登记的业主</source>
        <translation>Leave empty for the room&apos;s registered owner</translation>
    </message>
    <message>
        <source>结果为“违规”时必填：确定后即开具整改通知单并打印</source>
        <translation>Required for a violation: a rectification notice is issued and printed at once</translation>
    </message>
    <message>
        <source>装修 {0} 完工，申请验收？</source>
        <translation>Works of {0} finished: request acceptance?</translation>
    </message>
    <message>
        <source>装修 {0} 开始施工？房屋状态将改为“装修中”。</source>
        <translation>Start works of {0}? The room&apos;s status becomes &quot;Renovating&quot;.</translation>
    </message>
    <message>
        <source>装修押金（元）</source>
        <translation>Renovation deposit (yuan)</translation>
    </message>
    <message>
        <source>装修登记</source>
        <translation>Renovation registration</translation>
    </message>
    <message>
        <source>装修项目</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>计划完工</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>计划开工</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>负责人电话</source>
        <translation>Phone of person in charge</translation>
    </message>
    <message>
        <source>超期未完工</source>
        <translation>Past planned end</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>违反条款</source>
        <translation>Clause breached</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>退回原因</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <source>退还押金</source>
        <translation>Refund deposit</translation>
    </message>
    <message>
        <source>重新提交</source>
        <translation>Resubmit</translation>
    </message>
    <message>
        <source>重新提交装修申请 {0}？</source>
        <translation>Resubmit renovation application {0}?</translation>
    </message>
    <message>
        <source>验收不通过</source>
        <translation>Acceptance failed</translation>
    </message>
    <message>
        <source>验收意见</source>
        <translation>Acceptance remarks</translation>
    </message>
    <message>
        <source>验收通过</source>
        <translation>Accepted</translation>
    </message>
</context>
<context>
    <name>Renovation</name>
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
        <source>施工单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>计划开工</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>计划完工</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>装修押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>计划完工日期不能早于开工日期</source>
        <translation>The planned end cannot be before the planned start</translation>
    </message>
    <message>
        <source>收取了押金或清运费，请填写收据号</source>
        <translation>A deposit or fee was taken: enter the receipt number</translation>
    </message>
    <message>
        <source>这个身份证号已经登记在上面的施工人员中</source>
        <translation>This ID number is already listed among the workers above</translation>
    </message>
    <message>
        <source>扣除金额不能超过所收押金</source>
        <translation>The deduction cannot exceed the deposit taken</translation>
    </message>
    <message>
        <source>有检查项目不合格时不能验收通过，请选“验收不通过”</source>
        <translation>An item failed: the works cannot be accepted; choose &quot;Acceptance failed&quot;</translation>
    </message>
    <message>
        <source>装修申请尚未审核通过，不能打印许可证和出入证</source>
        <translation>The application is not approved yet: no permit or worker cards can be printed</translation>
    </message>
    <message>
        <source>这份装修登记没有登记施工人员</source>
        <translation>This renovation has no workers registered</translation>
    </message>
    <message>
        <source>装修许可证 (Ctrl+P)</source>
        <extracomment>the forms the print button offers: (code for the service, words)</extracomment>
        <translation>Renovation permit (Ctrl+P)</translation>
    </message>
    <message>
        <source>施工人员出入证</source>
        <translation>Worker cards</translation>
    </message>
    <message>
        <source>装修验收单</source>
        <translation>Acceptance form</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>待验收</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>押金已退</source>
        <translation>Deposit refunded</translation>
    </message>
    <message>
        <source>整改通知单 {0}</source>
        <translation>Rectification notice {0}</translation>
    </message>
    <message>
        <source>施工中</source>
        <translation>Works in progress</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>装修巡查逾期 {0}</source>
        <translation>Renovation inspections overdue {0}</translation>
    </message>
    <message>
        <source>装修申请</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>装修管理</source>
        <translation>Renovations</translation>
    </message>
    <message>
        <source>装修超期 {0}</source>
        <translation>Renovations past end {0}</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>验收通过</source>
        <translation>Accepted</translation>
    </message>
</context>
<context>
    <name>TabGroup</name>
    <message>
        <source>装修</source>
        <translation>Renovation</translation>
    </message>
</context>
<context>
    <name>WorkerCardCheckTab</name>
    <message>
        <source>出入证核验</source>
        <translation>Worker card check</translation>
    </message>
    <message>
        <source>扫描施工人员出入证上的二维码，或输入出入证编号后按回车</source>
        <translation>Scan the QR code on the worker&apos;s card, or type the card number and press Enter</translation>
    </message>
    <message>
        <source>核验</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>请扫描施工人员出入证二维码</source>
        <translation>Scan a worker card&apos;s QR code</translation>
    </message>
    <message>
        <source>无法核验</source>
        <translation>Cannot check</translation>
    </message>
    <message>
        <source>✔ 出入证有效，准予进入</source>
        <translation>✔ Card valid: may enter</translation>
    </message>
    <message>
        <source>出入证已过期</source>
        <translation>card expired</translation>
    </message>
    <message>
        <source>装修已暂停</source>
        <translation>renovation suspended</translation>
    </message>
    <message>
        <source>装修已结束</source>
        <translation>renovation ended</translation>
    </message>
    <message>
        <source>装修未审核通过</source>
        <translation>renovation not approved</translation>
    </message>
    <message>
        <source>未到施工日期</source>
        <translation>works not started yet</translation>
    </message>
    <message>
        <source>查无此证</source>
        <translation>no such card</translation>
    </message>
    <message>
        <source>✘ 不准进入：{0}</source>
        <translation>✘ No entry: {0}</translation>
    </message>
    <message>
        <source>出入证编号 {0} 不存在，请核对证件或联系客服中心</source>
        <translation>Card number {0} does not exist: check the card or call the service centre</translation>
    </message>
    <message>
        <source>请核对本人与证件一致；有效期至 {0}</source>
        <translation>Check the person matches the card; valid until {0}</translation>
    </message>
    <message>
        <source>有效期至 {0}，已过期，请到客服中心办理</source>
        <translation>Valid until {0}: expired; renew at the service centre</translation>
    </message>
    <message>
        <source>施工期 {0} 起</source>
        <translation>Works start on {0}</translation>
    </message>
    <message>
        <source>暂停原因：{0}</source>
        <translation>Suspended because: {0}</translation>
    </message>
    <message>
        <source>装修登记 {0} 已不在施工期内</source>
        <translation>Renovation {0} is no longer in its works period</translation>
    </message>
    <message>
        <source>出入证编号</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>施工单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>施工房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>有效期</source>
        <translation>Valid</translation>
    </message>
</context>
</TS>
