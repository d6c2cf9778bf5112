<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BuyersImportDialog</name>
    <message>
        <source>导入交付名单 {0}</source>
        <translation>Import delivery list {0}</translation>
    </message>
    <message>
        <source>开发商提供的交付名单（Excel 工作簿 .xlsx 或 CSV），每行一户。可识别的列：房号（或 楼栋、单元、房号）、买受人、联系电话、身份证号、项目。房号须已在房屋档案中。</source>
        <translation>The developer&apos;s delivery list (Excel workbook .xlsx or CSV), one room per line. Recognised columns: room (or building, unit, room), buyer, phone, ID number, project. The rooms must already be in the registry.</translation>
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
        <source>读取并检查</source>
        <translation>Read and check</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
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
        <translation>Content of the line</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>买受人</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>有问题的行</source>
        <translation>Rejected lines</translation>
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
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择交付名单</source>
        <translation>Choose the delivery list</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>找不到文件：{0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <source>请先选择文件。</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>正在读取并检查 …</source>
        <translation>Reading and checking …</translation>
    </message>
    <message>
        <source>无法读取这个文件：{0}</source>
        <translation>This file cannot be read: {0}</translation>
    </message>
    <message>
        <source>文件：{0}（{1}），{2} 户可以导入，{3} 行有问题不会导入。</source>
        <translation>File: {0} ({1}); {2} rooms can be imported, {3} lines have problems and will not be imported.</translation>
    </message>
    <message>
        <source>有问题的行（{0}）</source>
        <translation>Rejected lines ({0})</translation>
    </message>
    <message>
        <source>将导入的行（{0}）</source>
        <translation>Lines to import ({0})</translation>
    </message>
    <message>
        <source>导入 {0} 户</source>
        <translation>Import {0} rooms</translation>
    </message>
</context>
<context>
    <name>DeliveryBatch</name>
    <message>
        <source>编号</source>
        <extracomment>the developer&apos;s list: (field, header, other headers accepted)</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>批次名称</source>
        <translation>Batch name</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>交付户数</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>已交房</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>已入住</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>房号 {room} 已在本批次名单中</source>
        <translation>Room {room} is already on this batch list</translation>
    </message>
    <message>
        <source>与第 {line} 行是同一房号</source>
        <translation>Same room as line {line}</translation>
    </message>
    <message>
        <source>这个交付批次已结束，不能再导入名单。</source>
        <translation>This delivery batch is closed; no more lists can be imported.</translation>
    </message>
    <message>
        <source>房号 {room} 已在本批次名单中，请重新读取文件。</source>
        <translation>Room {room} is already on this batch list; read the file again.</translation>
    </message>
    <message>
        <source>交付中</source>
        <translation>Delivering</translation>
    </message>
    <message>
        <source>交付批次</source>
        <translation>Delivery batches</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message>
        <source>导入交付名单…</source>
        <translation>Import delivery list…</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>交付中</source>
        <translation>Delivering</translation>
    </message>
    <message>
        <source>交付开始日期</source>
        <translation>Delivery from</translation>
    </message>
    <message>
        <source>修改批次</source>
        <translation>Edit batch</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>如：一期 1-3 栋集中交付</source>
        <translation>e.g. Phase 1, buildings 1-3</translation>
    </message>
    <message>
        <source>批次名称</source>
        <translation>Batch name</translation>
    </message>
    <message>
        <source>新建交付批次</source>
        <translation>New delivery batch</translation>
    </message>
    <message>
        <source>结束交付批次 {0}？结束后不能再导入名单。</source>
        <translation>Close delivery batch {0}? No more lists can be imported afterwards.</translation>
    </message>
    <message>
        <source>结束批次</source>
        <translation>Close batch</translation>
    </message>
    <message>
        <source>重新开放</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>重新开放交付批次 {0}？</source>
        <translation>Reopen delivery batch {0}?</translation>
    </message>
    <message>
        <source>交付户数</source>
        <extracomment>the detail&apos;s labels that are not field labels (context RecordKind, like the fields&apos;)</extracomment>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>已交房</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>已入住</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>未预约</source>
        <translation>Not booked</translation>
    </message>
    <message>
        <source>名单文件</source>
        <translation>List file</translation>
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
