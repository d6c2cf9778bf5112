<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Option</name>
    <message>
        <source>访客在访超过几小时提醒</source>
        <translation>Flag visitors still in after this many hours</translation>
    </message>
    <message>
        <source>访客来访事由</source>
        <translation>Visit reasons</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>业主确认</source>
        <translation>Host confirmed</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>今日预约/在访</source>
        <translation>Expected today / in</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>到访</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>到访房号</source>
        <translation>Room visited</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <source>取消预约 {0}？</source>
        <translation>Cancel expected visit {0}?</translation>
    </message>
    <message>
        <source>已离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>开车来访时填写</source>
        <translation>If the visitor came by car</translation>
    </message>
    <message>
        <source>打印访客单</source>
        <translation>Print visitor slip</translation>
    </message>
    <message>
        <source>来访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>登记访客 {0} 离开？</source>
        <translation>Record that visitor {0} left?</translation>
    </message>
    <message>
        <source>确认人（业主/住户）</source>
        <translation>Confirmed by (owner/resident)</translation>
    </message>
    <message>
        <source>离开</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>访客 {0} 已到，登记进入？</source>
        <translation>Visitor {0} has arrived: let in?</translation>
    </message>
    <message>
        <source>访客姓名</source>
        <translation>Visitor&apos;s name</translation>
    </message>
    <message>
        <source>访客登记</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>访客证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>逗留超时</source>
        <translation>Overstaying</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>预约（尚未到访）</source>
        <translation>Expected (not here yet)</translation>
    </message>
</context>
<context>
    <name>TabGroup</name>
    <message>
        <source>登记簿</source>
        <translation>Registers</translation>
    </message>
</context>
<context>
    <name>Visitors</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>访客</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>到访房号</source>
        <translation>Room visited</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>访客证</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>来访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>进入</source>
        <translation>In</translation>
    </message>
    <message>
        <source>离开</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>业主确认</source>
        <translation>Host confirmed</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>在访</source>
        <translation>In</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>访客登记</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>访客逗留超时 {0}</source>
        <translation>Visitors overstaying {0}</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Expected</translation>
    </message>
</context>
</TS>
