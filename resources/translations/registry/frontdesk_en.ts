<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Guide</name>
    <message>
        <source>业户档案：项目、楼栋、房屋和住户，导入花名册，查看房屋历史。</source>
        <translation>Residents: projects, buildings, rooms and occupants; import the roster; see each room&apos;s history.</translation>
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
    <message>
        <source>已载入对方保存的内容，您的修改未保存。</source>
        <translation>Their saved version is loaded; your changes were not saved.</translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
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
        <source>{0} {1}（来自全局搜索；清空查找框回到楼栋列表）</source>
        <translation>{0} {1} (from global search; clear the search box to go back to the building list)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>{0} 已迁出。</source>
        <translation>{0} has moved out.</translation>
    </message>
    <message>
        <source>业户档案-{0}-{1}.xlsx</source>
        <translation>residents-{0}-{1}.xlsx</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>all</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出业户档案</source>
        <translation>Export residents</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>已保存 {0}。</source>
        <translation>{0} saved.</translation>
    </message>
    <message>
        <source>已导出 {0} 行到 {1}</source>
        <translation>{0} lines exported to {1}</translation>
    </message>
    <message>
        <source>已显示 {0} 的完整号码（已记入操作日志）。</source>
        <translation>{0}&apos;s full numbers are shown (written to the audit log).</translation>
    </message>
    <message>
        <source>房屋状态</source>
        <translation>Room status</translation>
    </message>
    <message>
        <source>房屋状态已改为“{0}”。</source>
        <translation>Room status changed to “{0}”.</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>正在导出 …</source>
        <translation>Exporting …</translation>
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
        <source>（电话和身份证号已隐藏部分数字）</source>
        <translation> (phone and ID numbers partly masked)</translation>
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
    <name>Rooms</name>
    <message>
        <source>房屋</source>
        <translation>Rooms</translation>
    </message>
</context>
</TS>
