<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
        <source>重新载入</source>
        <translation>Reload</translation>
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
        <source>此业户已被迁出或删除，无法重新载入。</source>
        <translation>This occupant has moved out or was deleted; nothing to reload.</translation>
    </message>
    <message>
        <source>已载入最新内容（其他人保存的版本）。请核对后再保存。</source>
        <translation>The latest version (saved by someone else) is loaded. Check it, then save.</translation>
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
        <source>此房间刚被其他人修改过，已载入最新内容；如仍需更改状态，请再点一次。</source>
        <translation>Someone else has just changed this room; the latest version is loaded. Click again if the status still needs changing.</translation>
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
        <source>此业户刚被其他人修改过，已载入最新内容，请核对后再操作。</source>
        <translation>Someone else has just changed this occupant; the latest version is loaded. Check it, then try again.</translation>
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
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>（不登录）</source>
        <translation>(no login)</translation>
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
        <source>已创建 {0}（{1}）。</source>
        <translation>Created {0} ({1}).</translation>
    </message>
    <message>
        <source>此员工刚被其他人修改过，已载入最新内容，请核对后再操作。</source>
        <translation>Someone else has just changed this staff member; the latest version is loaded. Check it, then try again.</translation>
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
        <source>无法打开数据库 {0}：{1}</source>
        <extracomment>the database is checked and the services are built (the fast path opens them late)</extracomment>
        <translation>Cannot open the database {0}: {1}</translation>
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
        <source>载入演示数据？</source>
        <translation>Load demo data?</translation>
    </message>
    <message>
        <source>数据库里还没有房间。要先载入一套演示数据试用吗？</source>
        <translation>The database has no rooms yet. Load a demo estate to try things out?</translation>
    </message>
    <message>
        <source>演示数据包括 3 个项目（两个住宅小区和一座写字楼）、约 3,100 个房间、5,400 位住户，以及各部门的员工和演示账号（密码见 README）。

正式使用时，请换一个新的数据库，从 Excel / CSV 导入贵公司的业户档案。</source>
        <translation>The demo has 3 projects (two residential estates and an office tower), about 3,100 rooms, 5,400 occupants, and staff in every department with demo logins (passwords in the README).

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
        <source>电话号码格式不正确（手机 11 位，座机请带区号）</source>
        <translation>Not a valid phone number (mobiles have 11 digits; give landlines with the area code)</translation>
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
        <source>与第 {line} 行重复（同一房间同名住户）</source>
        <translation>Repeats line {line} (same name in the same room)</translation>
    </message>
    <message>
        <source>这一行比表头多出内容（可能有多余的逗号）</source>
        <translation>This line has more cells than the header (an extra comma?)</translation>
    </message>
    <message>
        <source>此记录已被其他人修改。您的输入仍保留在表单中；请点“重新载入”查看最新内容后再保存。</source>
        <translation>Someone else has changed this record. What you typed is still in the form; click “Reload” to see the latest version, then save.</translation>
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
        <source>已经创建过主管账号。</source>
        <translation>The supervisor account already exists.</translation>
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
</context>
</TS>
