<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Option</name>
    <message>
        <source>包裹大小</source>
        <translation>Parcel sizes</translation>
    </message>
    <message>
        <source>快递公司</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>快递超过几天未取提醒</source>
        <translation>Flag parcels uncollected after this many days</translation>
    </message>
</context>
<context>
    <name>ParcelTab</name>
    <message>
        <source>凭取件码取件</source>
        <translation>Pick up by code</translation>
    </message>
    <message>
        <source>取件码(&amp;K)</source>
        <translation>Pic&amp;k-up code</translation>
    </message>
    <message>
        <source>没有待取的包裹使用取件码“{0}”</source>
        <translation>No waiting parcel has the pick-up code “{0}”</translation>
    </message>
    <message>
        <source>输入取件码后按回车</source>
        <translation>Type the pick-up code and press Enter</translation>
    </message>
</context>
<context>
    <name>Parcels</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>取件码</source>
        <translation>Pick-up code</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>快递公司</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>单号尾号</source>
        <translation>Tracking no. tail</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>到件时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>取件时间</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <source>取件人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>取件码不对，请核对短信中的取件码</source>
        <translation>Wrong pick-up code; check the code in the text message</translation>
    </message>
    <message>
        <source>请填写取件码，或核验收件人身份证后填写身份证号</source>
        <translation>Enter the pick-up code, or check the recipient&apos;s ID card and enter its number</translation>
    </message>
    <message>
        <source>已取</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>待取</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>快递代收</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>快递超期未取 {0}</source>
        <translation>Parcels uncollected {0}</translation>
    </message>
    <message>
        <source>身份证</source>
        <translation>ID card</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>凭取件码取件时填写</source>
        <translation>When picked up by code</translation>
    </message>
    <message>
        <source>单号尾号</source>
        <translation>Tracking no. tail</translation>
    </message>
    <message>
        <source>取件</source>
        <translation>Pick up</translation>
    </message>
    <message>
        <source>取件人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>取件人身份证号</source>
        <translation>Taker&apos;s ID number</translation>
    </message>
    <message>
        <source>取件码</source>
        <translation>Pick-up code</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>如：A-3</source>
        <translation>e.g. A-3</translation>
    </message>
    <message>
        <source>将包裹 {0} 退回快递公司？</source>
        <translation>Send parcel {0} back to the carrier?</translation>
    </message>
    <message>
        <source>已取</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>待取</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>快递公司</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>快递到件登记</source>
        <translation>Log a parcel</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>打印标签</source>
        <translation>Print label</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>超期未取</source>
        <translation>Uncollected</translation>
    </message>
    <message>
        <source>运单号后四位</source>
        <translation>Last four digits of the tracking number</translation>
    </message>
    <message>
        <source>退回快递公司</source>
        <translation>Send back to carrier</translation>
    </message>
</context>
<context>
    <name>TabGroup</name>
    <message>
        <source>登记簿</source>
        <translation>Registers</translation>
    </message>
</context>
</TS>
