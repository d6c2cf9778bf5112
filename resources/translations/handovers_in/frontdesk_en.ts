<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>HandoverInTab</name>
    <message>
        <source>{0} {1}/{2}</source>
        <translation>{0} {1}/{2}</translation>
    </message>
    <message>
        <source>当日已约：{0}</source>
        <translation>Booked that day: {0}</translation>
    </message>
    <message>
        <source>显示号码</source>
        <translation>Show number</translation>
    </message>
    <message>
        <source>显示业主的完整号码以便电话提醒（会记录在操作日志中）</source>
        <translation>Show the owner&apos;s full number to ring about the appointment (written to the audit log)</translation>
    </message>
    <message>
        <source>统计…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <source>业主电话</source>
        <translation>Owner&apos;s phone</translation>
    </message>
    <message>
        <source>{0} {1}：{2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <source>交房入住统计_{0}</source>
        <translation>handover_statistics_{0}</translation>
    </message>
    <message>
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>交房统计</source>
        <translation>Handover statistics</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>交房时确认已缴的费用</source>
        <translation>Fees confirmed paid at handover</translation>
    </message>
    <message>
        <source>交房时签署的文件</source>
        <translation>Documents signed at handover</translation>
    </message>
    <message>
        <source>交房核验的证件</source>
        <translation>Papers checked at handover</translation>
    </message>
    <message>
        <source>交房预约：每半天可办理的户数</source>
        <translation>Handover appointments: rooms per half-day</translation>
    </message>
    <message>
        <source>暂缓交房的原因</source>
        <translation>Reasons to defer a handover</translation>
    </message>
    <message>
        <source>移交的钥匙种类</source>
        <translation>Kinds of keys handed over</translation>
    </message>
    <message>
        <source>空置房巡查周期（天）：超过未巡查的空置房列入待巡查</source>
        <translation>Vacant-room check period (days): vacant rooms not checked for longer are due</translation>
    </message>
    <message>
        <source>验房缺陷的部位</source>
        <translation>Room parts for inspection defects</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>与业主关系</source>
        <translation>Relation to owner</translation>
    </message>
    <message>
        <source>业户与表读数</source>
        <translation>Occupants &amp; meters</translation>
    </message>
    <message>
        <source>业户同意登记个人信息</source>
        <translation>Occupants consent to registration</translation>
    </message>
    <message>
        <source>中心留存</source>
        <translation>Kept by centre</translation>
    </message>
    <message>
        <source>交业主（把/张）</source>
        <translation>To owner (pcs)</translation>
    </message>
    <message>
        <source>入住人员</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Move-in date</translation>
    </message>
    <message>
        <source>入住登记</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>取消 {0} 的交房预约？</source>
        <translation>Cancel the handover appointment {0}?</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>复验结果</source>
        <translation>Re-inspection result</translation>
    </message>
    <message>
        <source>复验说明</source>
        <translation>Re-inspection note</translation>
    </message>
    <message>
        <source>多张用逗号分隔</source>
        <translation>Separate several with commas</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>将 {0} 未转的验房缺陷逐条转为维修工单（工程部，来源 交房验房）？</source>
        <translation>Turn each unconverted inspection defect of {0} into a repair order (engineering, source handover inspection)?</translation>
    </message>
    <message>
        <source>巡查日期</source>
        <translation>Check date</translation>
    </message>
    <message>
        <source>巡查结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>已交房</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>已签署文件</source>
        <translation>Documents signed</translation>
    </message>
    <message>
        <source>已缴费用</source>
        <translation>Fees paid</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start handover</translation>
    </message>
    <message>
        <source>开始办理 {0} 的交房手续？</source>
        <translation>Start the handover procedure of {0}?</translation>
    </message>
    <message>
        <source>待办理</source>
        <translation>To handle</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>打印交房验收单</source>
        <translation>Print acceptance form</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>改约</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>明日预约（电话提醒）</source>
        <translation>Tomorrow&apos;s appointments (to ring)</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>暂缓交房</source>
        <translation>Defer handover</translation>
    </message>
    <message>
        <source>暂缓原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>水表读数</source>
        <translation>Water meter</translation>
    </message>
    <message>
        <source>燃气表读数</source>
        <translation>Gas meter</translation>
    </message>
    <message>
        <source>电表读数</source>
        <translation>Electricity meter</translation>
    </message>
    <message>
        <source>确认 {0} 交房完成？房屋状态将改为 已交房。</source>
        <translation>Confirm handover {0} is complete? The room becomes Handed over.</translation>
    </message>
    <message>
        <source>确认交房</source>
        <translation>Complete handover</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>空置房巡查</source>
        <translation>Vacant room check</translation>
    </message>
    <message>
        <source>空置房待巡查</source>
        <translation>Vacant rooms due for a check</translation>
    </message>
    <message>
        <source>空置房（已交房未入住）</source>
        <translation>Vacant (handed over, not moved in)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>编号（门禁卡号）</source>
        <translation>Numbers (access cards)</translation>
    </message>
    <message>
        <source>缺陷复验</source>
        <translation>Re-inspect defects</translation>
    </message>
    <message>
        <source>缺陷转工单</source>
        <translation>Defects to orders</translation>
    </message>
    <message>
        <source>证件与缴费</source>
        <translation>Papers &amp; fees</translation>
    </message>
    <message>
        <source>证件核验</source>
        <translation>Papers checked</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>费用项目</source>
        <translation>Fee</translation>
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
        <source>部位</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>钥匙移交</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>门禁卡号</source>
        <translation>Access card numbers</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>预约交房</source>
        <translation>Book a handover</translation>
    </message>
    <message>
        <source>预约方式</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <source>预约日期</source>
        <translation>Appointment date</translation>
    </message>
    <message>
        <source>验房登记</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>验房缺陷</source>
        <translation>Defects</translation>
    </message>
    <message>
        <source>上午</source>
        <extracomment>fixed choices, marked for the English .ts (the form shows them in the RecordKind context)</extracomment>
        <translation>Morning</translation>
    </message>
    <message>
        <source>下午</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>其他亲属</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>租户</source>
        <translation>Tenant</translation>
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
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>来电预约</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>柜台预约</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>线上预约</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>业主</source>
        <extracomment>the detail&apos;s labels that are not field labels (context RecordKind, like the fields&apos;)</extracomment>
        <translation>Owner</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>表读数</source>
        <translation>Meters</translation>
    </message>
    <message>
        <source>复验</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <source>入住</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <source>空置巡查</source>
        <translation>Vacant check</translation>
    </message>
</context>
<context>
    <name>RoomHandover</name>
    <message>
        <source>交房办理</source>
        <translation>Room handover</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已交房</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>已入住</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>明日预约交房 {0}</source>
        <translation>Handovers tomorrow {0}</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>空置房待巡查 {0}</source>
        <translation>Vacant rooms to check {0}</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>预约未到 {0}</source>
        <translation>Missed appointments {0}</translation>
    </message>
</context>
<context>
    <name>TabGroup</name>
    <message>
        <source>交房入住</source>
        <translation>Handover &amp; move-in</translation>
    </message>
</context>
</TS>
