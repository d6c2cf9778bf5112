<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>确认报警 — {0}</source>
        <translation>Acknowledge alert — {0}</translation>
    </message>
    <message>
        <source>{0} {1}
{2}</source>
        <translation>{0} {1}
{2}</translation>
    </message>
    <message>
        <source>报警须由客服主管确认。请主管输入本人的登录名和密码。</source>
        <translation>Alerts are acknowledged by a customer service supervisor. Supervisor: enter your own login and password.</translation>
    </message>
    <message>
        <source>主管登录名</source>
        <translation>Supervisor login</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>处置意见，如：已通知工程部赶往现场</source>
        <translation>e.g. engineers sent to the site</translation>
    </message>
    <message>
        <source>处置意见</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>确认收到</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请输入主管的登录名</source>
        <translation>Enter the supervisor&apos;s login</translation>
    </message>
    <message>
        <source>{0} 没有确认报警的权限，请由客服主管确认。</source>
        <translation>{0} may not acknowledge alerts; a customer service supervisor must do it.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <source>{0}&#x3000;{1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>{0} {1} 报</source>
        <translation>Raised {0} by {1}</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>主管确认…</source>
        <translation>Acknowledge…</translation>
    </message>
</context>
<context>
    <name>AlertWatcher</name>
    <message>
        <source>未确认报警 {0}</source>
        <translation>Unacknowledged alerts {0}</translation>
    </message>
</context>
<context>
    <name>AlertWindow</name>
    <message>
        <source>紧急报警 — 请主管立即处理</source>
        <translation>Emergency alert — supervisor needed now</translation>
    </message>
    <message>
        <source>⚠ 紧急情况，请客服主管立即处理</source>
        <translation>⚠ Emergency: customer service supervisor, act now</translation>
    </message>
    <message>
        <source>共 {0} 条未确认。处理后请点“主管确认”。</source>
        <translation>{0} unacknowledged. Once handled, click “Acknowledge”.</translation>
    </message>
    <message>
        <source>共 {0} 条未确认，已通知客服主管；主管可在本机输入账号确认。</source>
        <translation>{0} unacknowledged; the supervisor has been notified and can acknowledge here with their login.</translation>
    </message>
</context>
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
        <source>注销 / 切换用户</source>
        <translation>Log out / switch user</translation>
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
    <message>
        <source>首次打开数据库</source>
        <translation>First opened the database</translation>
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
    <message>
        <source>程序版本</source>
        <translation>Program version</translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>别人刚刚修改了这条记录</source>
        <extracomment>how tests and scripted runs answer the conflict question instead of the dialog</extracomment>
        <translation>Someone has just changed this record</translation>
    </message>
    <message>
        <source>您打开这条记录后，另一个前台保存了修改，您的修改尚未保存。请对比后选择：保留对方的内容，或在对方内容上重新应用您的修改。</source>
        <translation>Another counter saved changes after you opened this record; your changes have not been saved. Compare, then keep their version or apply your changes again on top of theirs.</translation>
    </message>
    <message>
        <source>保留对方的</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>对方保存的</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <source>我的修改</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>重新应用我的修改</source>
        <translation>Apply mine again</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>程序出错</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>程序遇到了一个意外错误，刚才的操作可能没有完成。已保存的数据不受影响。

可以继续使用；如果再次出现，请保存手头的工作后重新启动程序，并把下面的日志文件发给系统管理员：
{0}</source>
        <translation>The program ran into an unexpected error; the last action may not have finished. Saved data is not affected.

You can carry on. If it happens again, save your work, restart the program and send this log file to the system administrator:
{0}</translation>
    </message>
    <message>
        <source>复制详情</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>继续使用</source>
        <translation>Continue</translation>
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
    <message>
        <source>程序版本</source>
        <translation>Program version</translation>
    </message>
    <message>
        <source>构建时间</source>
        <translation>Built</translation>
    </message>
    <message>
        <source>数据库结构版本</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>计算机</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>第 {0} 行 {1}：</source>
        <extracomment>a table field&apos;s column words (&quot;workers.phone&quot; → &quot;电话&quot;): an error on a cell (&quot;workers.1.phone&quot;) is shown under the table as &quot;第 2 行 电话：…&quot;</extracomment>
        <translation>Row {0}, {1}: </translation>
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
        <extracomment>the line under a hit saying which fields matched the hits for the text in the box are shown (their number)</extracomment>
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
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>匹配：{0}</source>
        <translation>Matched: {0}</translation>
    </message>
    <message>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>共 {0} 条，回车打开</source>
        <translation>{0} found — Enter opens</translation>
    </message>
    <message>
        <source>没有找到“{0}”</source>
        <translation>Nothing found for “{0}”</translation>
    </message>
    <message>
        <source>搜索失败，请稍后再试。</source>
        <translation>The search failed; please try again shortly.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>可以：</source>
        <translation> Actions: </translation>
    </message>
    <message>
        <source>打印快捷键卡片…</source>
        <translation>Print the shortcut card…</translation>
    </message>
    <message>
        <source>（同上）</source>
        <translation>(as above)</translation>
    </message>
</context>
<context>
    <name>KindTab</name>
    <message>
        <source>{0}列表</source>
        <translation>{0} list</translation>
    </message>
    <message>
        <source>{0}（已记入操作日志）

{1}</source>
        <translation>{0} (written to the audit log)

{1}</translation>
    </message>
    <message>
        <source>从模板开始(&amp;T)</source>
        <translation>Start from &amp;template</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>保存修改 (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>修改 {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>已保存 {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>新建 (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source>经过</source>
        <translation>History</translation>
    </message>
    <message>
        <source>编号或内容，空格分隔多个词</source>
        <translation>Number or text; separate words with spaces</translation>
    </message>
    <message>
        <source>记录已更新</source>
        <translation>Record updated</translation>
    </message>
    <message>
        <source>这条记录刚被其他柜台修改过，已重新载入，请查看后再操作。</source>
        <translation>Another counter has just changed this record. It has been reloaded; please check it and try again.</translation>
    </message>
    <message>
        <source>这条记录没有登记号码。</source>
        <translation>This record holds no numbers.</translation>
    </message>
    <message>
        <source>（空白）</source>
        <translation>(blank)</translation>
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
        <source>选项（列表、模板、时限）…</source>
        <translation>Options (lists, templates, time limits)…</translation>
    </message>
    <message>
        <source>{0} — FrontDesk 客服前台</source>
        <extracomment>how many tabs have a key of their own (Alt+1 … Alt+9, Alt+0)</extracomment>
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
        <source>写交接班…</source>
        <translation>Write handover…</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
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
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>关于 FrontDesk</source>
        <translation>About FrontDesk</translation>
    </message>
    <message>
        <source>Alt+{0}</source>
        <translation>Alt+{0}</translation>
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
        <source>构建时间：{0}</source>
        <translation>Built: {0}</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>从源码运行（不是安装包）</source>
        <translation>Running from source (not an installed build)</translation>
    </message>
    <message>
        <source>FrontDesk 客服前台 {0}
{1}
数据库结构版本：{2}
数据库：{3}

物业服务中心前台登记、工单、投诉、放行条与交接班。</source>
        <translation>FrontDesk {0}
{1}
Database schema: {2}
Database: {3}

The front desk of a property service centre: call log, work orders, complaints, release passes and shift handover.</translation>
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
    <name>Option</name>
    <message>
        <source>工单回访满意后由管家关闭（不选：回访满意即关闭工单）</source>
        <extracomment>The values as shipped (JSON). Each is declared with its type in OPTIONS below; a feature may also declare options of its own (Feature.options). the core&apos;s options, declared once with type, default and check the shipped options edited in 管理 → 选项 (the others have screens of their own or none)</extracomment>
        <translation>A butler closes a work order after a satisfied callback (unticked: a satisfied callback closes it)</translation>
    </message>
    <message>
        <source>响应与完成时限（分钟）</source>
        <translation>Response and completion targets (minutes)</translation>
    </message>
    <message>
        <source>服务等级</source>
        <translation>Service grade</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>“{0}”无法保存：{1}</source>
        <translation>“{0}” could not be saved: {1}</translation>
    </message>
    <message>
        <source>“数值”一列只能填整数</source>
        <translation>The Value column takes whole numbers only</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>内容不符合要求</source>
        <translation>The content is not valid</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete selected row</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>格式不正确</source>
        <translation>Invalid format</translation>
    </message>
    <message>
        <source>每行一项</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>Options</translation>
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
    <name>PrintPreviewDialog</name>
    <message>
        <source>打印预览 — {0}</source>
        <extracomment>enough for sharp text on paper without building huge page images</extracomment>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>%v/%m 页</source>
        <translation>%v/%m pages</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>保存为 PDF 文件（Ctrl+S）</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>无法生成打印文件：{0}</source>
        <translation>Could not make the print file: {0}</translation>
    </message>
    <message>
        <source>共 {0} 页</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <source>打印 {0}</source>
        <translation>Print {0}</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>无法连接打印机，请检查打印机是否开启。</source>
        <translation>Cannot reach the printer. Check that it is switched on.</translation>
    </message>
    <message>
        <source>直接打印</source>
        <translation>Print now</translation>
    </message>
    <message>
        <source>选择打印机和纸张并打印；本机记住本表单所用的打印机</source>
        <translation>Choose the printer and paper and print; this PC remembers the printer used for this form</translation>
    </message>
    <message>
        <source>精细 600 dpi</source>
        <translation>Fine 600 dpi</translation>
    </message>
    <message>
        <source>以 600 dpi 打印（适合小字表单，较慢）；本机按表单记住</source>
        <translation>Print at 600 dpi (for forms with small print; slower); remembered per form on this PC</translation>
    </message>
    <message>
        <source>取消打印</source>
        <translation>Cancel printing</translation>
    </message>
    <message>
        <source>首次使用时选择打印机</source>
        <translation>choose a printer the first time</translation>
    </message>
    <message>
        <source>不弹出对话框，打印到本表单上次所用的打印机：{0}（Ctrl+P）</source>
        <translation>Print without a dialog to the printer this form last used: {0} (Ctrl+P)</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>已发送到打印机</source>
        <translation>Sent to the printer</translation>
    </message>
    <message>
        <source>已取消打印</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <source>打印失败：{0}</source>
        <translation>Printing failed: {0}</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>保存失败：{0}</source>
        <translation>Could not save: {0}</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>完好；有损坏或缺件请注明</source>
        <translation>Intact; note any damage or missing parts</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>归还情况</source>
        <translation>Condition on return</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
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
    <name>RoomField</name>
    <message>
        <source>全部项目</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>同一房号在几个项目中都有时，先选项目</source>
        <translation>When the same room number exists in several projects, choose the project first</translation>
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
    <name>SearchField</name>
    <message>
        <source>编号</source>
        <extracomment>the words of a search that are each looked for (the rest of a pasted text is dropped) a phone is looked for by at least its last four digits a full mobile or a landline with its area code: looked up whole (an indexed equality) the context of the field labels below (a generic kind&apos;s fields use their form&apos;s labels)</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>携物人</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>携物人电话</source>
        <translation>Carrier phone</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>故障描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>跟进备注</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>致</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>检查发现</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Occupant</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>来源单号</source>
        <translation>Source number</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>交接事项</source>
        <translation>Handover items</translation>
    </message>
    <message>
        <source>留言</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>交接记录</source>
        <translation>Handover notes</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>接班人</source>
        <translation>Taken over by</translation>
    </message>
</context>
<context>
    <name>ServiceClock</name>
    <message>
        <source>剩余时限</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>{0} 分钟</source>
        <extracomment>level → (background, foreground)</extracomment>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} 小时 {1} 分</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} 天</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <source>超时 {0}</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <source>剩 {0}</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>挂起 · {0}</source>
        <translation>On hold · {0}</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>已载入对方保存的内容，您的修改未保存。</source>
        <extracomment>the saved record (the service&apos;s result) tests and scripted runs answer the conflict question here instead of a dialog</extracomment>
        <translation>Their saved version is loaded; your changes were not saved.</translation>
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
        <source>选择图片…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>不用标志</source>
        <translation>No logo</translation>
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
        <source>中心标志</source>
        <translation>Centre logo</translation>
    </message>
    <message>
        <source>语言只对这台电脑有效，重新启动程序后生效；服务中心名称显示在标题栏、登录窗口和打印的单据上。中心标志（PNG 或 JPG）缩放后保存，打印在每张单据的左上角；不用标志时单据只印中心名称。</source>
        <translation>The language applies to this PC only and takes effect after a restart; the centre&apos;s name shows in the title bar, the login window and on printed forms. The centre logo (PNG or JPG) is scaled, saved and printed at the top left of every form; without a logo the forms show the centre&apos;s name only.</translation>
    </message>
    <message>
        <source>无法预览</source>
        <translation>Cannot preview</translation>
    </message>
    <message>
        <source>（无标志）</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>选择中心标志</source>
        <translation>Choose the centre logo</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>无法读取图片：{0}</source>
        <translation>Cannot read the picture: {0}</translation>
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
        <source>解锁</source>
        <translation>Unlock</translation>
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
        <source>密码错误已锁定（至 {0}）</source>
        <translation>Locked after wrong passwords (until {0})</translation>
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
        <source>已为 {0} 解锁，可以重新登录。</source>
        <translation>{0} is unlocked and can log in again.</translation>
    </message>
    <message>
        <source>已创建 {0}（{1}）。</source>
        <translation>Created {0} ({1}).</translation>
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
        <source>此员工刚被其他人修改过，已载入对方保存的内容，您的更改未保存。</source>
        <translation>Someone else has just changed this staff member; their saved version is loaded and your change was not saved.</translation>
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
        <source>无法打开数据库 {0}：{1}
程序没有写入任何内容。</source>
        <extracomment>the database is checked and the services are built (the fast path opens them late) the note shown when today&apos;s backup could not be made (the start goes on)</extracomment>
        <translation>Cannot open the database {0}: {1}
Nothing was written.</translation>
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
        <source>无法创建数据文件夹：
{0}
原因：{1}

程序没有写入任何内容。请让系统管理员给当前 Windows 用户这个位置的写入权限，或用 --db 参数指定其他位置的数据库，然后重新启动。</source>
        <translation>Cannot create the data folder:
{0}
Reason: {1}

Nothing was written. Ask the system administrator to give the current Windows user write permission there, or name a database elsewhere with --db, then start again.</translation>
    </message>
    <message>
        <source>找不到数据库所在的文件夹：
{0}

程序没有写入任何内容。如果数据库在移动硬盘或网络盘上，请先连接好；如果文件夹被移动或改名，请把它放回原来的位置，然后重新启动。</source>
        <translation>The database&apos;s folder cannot be found:
{0}

Nothing was written. If the database is on a removable or network drive, connect it first; if the folder was moved or renamed, put it back where it was, then start again.</translation>
    </message>
    <message>
        <source>数据库所在的文件夹是只读的（当前用户没有写入权限）：
{0}

数据库文件本身没有问题，程序没有写入任何内容。FrontDesk 需要在这个文件夹里保存数据和日志文件。请让系统管理员给当前 Windows 用户这个文件夹的写入权限，然后重新启动。</source>
        <translation>The database&apos;s folder is read-only (the current user may not write there):
{0}

The database file itself is fine and nothing was written. FrontDesk keeps its data and log files in this folder. Ask the system administrator to give the current Windows user write permission to it, then start again.</translation>
    </message>
    <message>
        <source>数据库文件是只读的，程序无法保存数据：
{0}

文件本身没有问题，程序没有写入任何内容。请在文件的“属性”中取消“只读”，或让系统管理员给当前 Windows 用户写入权限，然后重新启动。</source>
        <translation>The database file is read-only, so nothing could be saved:
{0}

The file itself is fine and nothing was written. Clear &quot;Read-only&quot; in the file&apos;s Properties, or ask the system administrator to give the current Windows user write permission, then start again.</translation>
    </message>
    <message>
        <source>磁盘空间不足：{0} 所在的磁盘已满或几乎已满。

数据库文件没有问题，程序没有写入任何内容。请删除不需要的文件、清空回收站，腾出至少 {1} MB 空间后重新启动。</source>
        <translation>Not enough disk space: the disk holding {0} is full or nearly full.

The database file is fine and nothing was written. Delete files you do not need and empty the Recycle Bin to free at least {1} MB, then start again.</translation>
    </message>
    <message>
        <source>升级数据库前的备份没有成功（{0}），未完成的备份文件已删除。
为保护数据，程序没有升级，也没有修改数据库。
请检查备份文件夹 {1} 能否写入、磁盘是否有空间，然后重新启动。</source>
        <translation>The backup before upgrading the database failed ({0}); the unfinished copy was deleted.
To protect the data, the database was neither upgraded nor changed.
Check that the backup folder {1} can be written and that the disk has room, then start again.</translation>
    </message>
    <message>
        <source>无法读取数据库文件：
{0}
原因：{1}

这不表示文件已损坏，程序没有写入任何内容。请检查文件是否被其他程序占用、所在的磁盘或网络盘是否正常，然后重新启动。</source>
        <translation>Cannot read the database file:
{0}
Reason: {1}

This does not mean the file is damaged, and nothing was written. Check that no other program holds the file and that its disk or network drive works, then start again.</translation>
    </message>
    <message>
        <source>数据库文件是空的（0 字节），可能在写入时被中断或被其他程序清空：
{0}

程序没有把它当作新数据库，也没有写入任何内容。
恢复方法：退出程序，把这个空文件改名保存，再将最近的备份
{1}
复制到原位置并改名为原文件名，然后重新启动。</source>
        <translation>The database file is empty (0 bytes); writing it may have been interrupted, or another program emptied it:
{0}

It was not taken for a new database and nothing was written.
To restore: quit, rename the empty file to keep it, copy the latest backup
{1}
to the original place under the original name, then start again.</translation>
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
        <source>今天的自动备份没有做成：磁盘空间不足。未完成的备份文件已删除，数据库本身没有受影响。
请尽快腾出磁盘空间（备份文件夹：{0}）；下次启动时会再备份。</source>
        <translation>Today&apos;s automatic backup could not be made: the disk is full. The unfinished copy was deleted; the database itself is not affected.
Please free some disk space soon (backup folder: {0}); the next start backs up again.</translation>
    </message>
    <message>
        <source>今天的自动备份没有做成（{0}）。未完成的备份文件已删除，数据库本身没有受影响。
请检查备份文件夹 {1} 能否写入；下次启动时会再备份。</source>
        <translation>Today&apos;s automatic backup could not be made ({0}). The unfinished copy was deleted; the database itself is not affected.
Check that the backup folder {1} can be written; the next start backs up again.</translation>
    </message>
    <message>
        <source>自动备份失败</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>文件开头不是 SQLite 数据库（可能被其他程序覆盖，或不是数据库文件）</source>
        <translation>The file does not start like a SQLite database (it may have been overwritten by another program, or is not a database file)</translation>
    </message>
    <message>
        <source>数据库内部页面已损坏（{0}）</source>
        <translation>Pages inside the database are damaged ({0})</translation>
    </message>
    <message>
        <source>无法读取数据库（{0}）</source>
        <translation>The database cannot be read ({0})</translation>
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
        <source>演示数据包括 3 个项目（两个住宅小区和一座写字楼）、约 3,100 个房间、5,400 位住户，以及各部门的员工和下面这些演示账号。

{0}

正式使用时，请换一个新的数据库，从 Excel / CSV 导入贵公司的业户档案。</source>
        <translation>The demo has 3 projects (two residential estates and an office tower), about 3,100 rooms, 5,400 occupants, and staff in every department with the demo logins below.

{0}

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
        <source>演示账号（密码都是 {0}）：</source>
        <translation>Demo logins (password {0} for all):</translation>
    </message>
    <message>
        <source>&#x3000;{0}：{1}</source>
        <translation>  {0}: {1}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
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
    <name>conflict</name>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>客服部</source>
        <extracomment>values the centre&apos;s configurable lists start with (services/settings.py DEFAULTS) and fixed words the records store as text. Records keep the Chinese; the screen shows them through data_word(), so a value a centre typed itself appears as typed.</extracomment>
        <translation>Customer Service</translation>
    </message>
    <message>
        <source>工程部</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>秩序维护部</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>环境部</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>财务部</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>水</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>电</source>
        <translation>Electrical</translation>
    </message>
    <message>
        <source>门窗</source>
        <translation>Doors &amp; windows</translation>
    </message>
    <message>
        <source>墙地面</source>
        <translation>Walls &amp; floors</translation>
    </message>
    <message>
        <source>管道疏通</source>
        <translation>Blocked drains</translation>
    </message>
    <message>
        <source>电梯</source>
        <translation>Lifts</translation>
    </message>
    <message>
        <source>公共设施</source>
        <translation>Shared facilities</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <source>维修质量</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>环境卫生</source>
        <translation>Cleanliness</translation>
    </message>
    <message>
        <source>安全秩序</source>
        <translation>Safety &amp; order</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>噪音扰民</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>装修</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <source>邻里纠纷</source>
        <translation>Neighbour dispute</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>线上</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>书面</source>
        <translation>In writing</translation>
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
        <source>早班</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>中班</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>晚班</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>搬家</source>
        <translation>Moving out</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
</context>
<context>
    <name>dialog_parts</name>
    <message>
        <source>确定</source>
        <extracomment>a part of a row or column: a widget, a layout, ``None`` for a stretch, or (widget, stretch)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出 {0} 条到 {1}</source>
        <translation>Exported {0} rows to {1}</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <source>其他事项（{0}）</source>
        <translation>Other items ({0})</translation>
    </message>
    <message>
        <source>合计 {0}</source>
        <extracomment>the state words of the kinds whose items the handover lists: each kind&apos;s own vocabulary (the screens word these through the registered features); the notice statuses are the handover&apos;s</extracomment>
        <translation>total {0}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0}：</source>
        <translation>{0}: </translation>
    </message>
    <message>
        <source>次日{0}</source>
        <translation>{0} next day</translation>
    </message>
    <message>
        <source>{0} {1} {2}–{3}</source>
        <translation>{0} {1} {2}–{3}</translation>
    </message>
    <message>
        <source>{0}（已逾期）</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
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
        <source>电话号码格式不正确</source>
        <translation>The phone number is not valid</translation>
    </message>
    <message>
        <source>不是可用的 PNG 或 JPG 图片，请换一张</source>
        <translation>Not a usable PNG or JPG picture; please choose another</translation>
    </message>
    <message>
        <source>图片太大（最大 {max} MB），请换一张较小的图片</source>
        <translation>The picture is too large (at most {max} MB); please choose a smaller one</translation>
    </message>
    <message>
        <source>“{room}”在 {count} 个项目中都有，请先在左边选择项目</source>
        <translation>“{room}” exists in {count} projects: choose the project on the left first</translation>
    </message>
    <message>
        <source>金额应在 0 到 {max} 元之间</source>
        <translation>The amount must be between 0 and {max} yuan</translation>
    </message>
    <message>
        <source>金额最多两位小数（到分）</source>
        <translation>At most two decimal places (fen)</translation>
    </message>
    <message>
        <source>应还时间须晚于现在</source>
        <translation>The due time must be later than now</translation>
    </message>
    <message>
        <source>应在 {low} 到 {high} 之间</source>
        <translation>Must be between {low} and {high}</translation>
    </message>
    <message>
        <source>请从列表中选择</source>
        <translation>Please choose from the list</translation>
    </message>
    <message>
        <source>没有这位在职员工，请输入员工姓名</source>
        <translation>No active member of staff by that name; type a staff name</translation>
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
        <source>最多 {max} 项</source>
        <translation>At most {max} items</translation>
    </message>
    <message>
        <source>时间不能晚于现在</source>
        <translation>The time cannot be in the future</translation>
    </message>
    <message>
        <source>时间早于一年前，请核对年份</source>
        <translation>More than a year ago; please check the year</translation>
    </message>
    <message>
        <source>此记录已转为工单或投诉（或已完成跟进），结果不能在这里更改</source>
        <translation>This entry became a work order or complaint (or was followed up); its outcome cannot be changed here</translation>
    </message>
    <message>
        <source>请填写房号，或勾选“公区”并填写位置</source>
        <translation>Give a room, or tick “Common area” and say where</translation>
    </message>
    <message>
        <source>该维修人员不属于所选部门</source>
        <translation>This technician is not in the chosen department</translation>
    </message>
    <message>
        <source>改派对象与当前相同，请选择其他维修人员</source>
        <translation>That is the current technician; choose someone else</translation>
    </message>
    <message>
        <source>完工时间不能早于开工时间</source>
        <translation>Completion cannot be before the work started</translation>
    </message>
    <message>
        <source>回访时间不能早于完工时间</source>
        <translation>The callback cannot be before completion</translation>
    </message>
    <message>
        <source>第 {row} 行：无偿工单不能收费，单价请填 0</source>
        <translation>Line {row}: a free order cannot charge; enter unit price 0</translation>
    </message>
    <message>
        <source>第 {row} 行：请填写材料或项目名称</source>
        <translation>Line {row}: name the material or work</translation>
    </message>
    <message>
        <source>第 {row} 行：数量或单价不是有效的数字</source>
        <translation>Line {row}: quantity or unit price is not a number</translation>
    </message>
    <message>
        <source>第 {row} 行：数量必须大于 0</source>
        <translation>Line {row}: quantity must be more than 0</translation>
    </message>
    <message>
        <source>第 {row} 行：单价不能为负数</source>
        <translation>Line {row}: unit price cannot be negative</translation>
    </message>
    <message>
        <source>第 {row} 行：内容过长</source>
        <translation>Line {row}: too long</translation>
    </message>
    <message>
        <source>材料及费用最多 {max} 行</source>
        <translation>At most {max} lines of materials and charges</translation>
    </message>
    <message>
        <source>携物人不是业主本人时，须登记身份证号</source>
        <translation>If the carrier is not the owner, their ID number is required</translation>
    </message>
    <message>
        <source>请至少填写一项物品</source>
        <translation>List at least one item</translation>
    </message>
    <message>
        <source>一张放行条最多 {max} 行物品，请合并填写（如：纸箱 20 个）</source>
        <translation>A pass holds at most {max} lines; combine items (e.g. boxes × 20)</translation>
    </message>
    <message>
        <source>数量应为 1–{max} 的整数</source>
        <translation>Quantity must be a whole number from 1 to {max}</translation>
    </message>
    <message>
        <source>只填一个车牌号</source>
        <translation>One plate only</translation>
    </message>
    <message>
        <source>有效时间最长 3 天</source>
        <translation>Valid for 3 days at most</translation>
    </message>
    <message>
        <source>有效时间已过，请改为现在以后的时间</source>
        <translation>That time has passed; choose a time from now on</translation>
    </message>
    <message>
        <source>有效日期最多可提前 {days} 天</source>
        <translation>The date can be at most {days} days ahead</translation>
    </message>
    <message>
        <source>携物人不是业主本人：请选择业主确认方式</source>
        <translation>The carrier is not the owner: choose how the owner confirmed</translation>
    </message>
    <message>
        <source>确认时间不能晚于现在</source>
        <translation>The confirmation time cannot be in the future</translation>
    </message>
    <message>
        <source>确认时间过早，请重新向业主确认</source>
        <translation>That confirmation is too old; confirm with the owner again</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <source>检查日期不能早于 {days} 天前</source>
        <translation>The inspection cannot be more than {days} days ago</translation>
    </message>
    <message>
        <source>请至少选择一条违反的条款</source>
        <translation>Tick at least one clause</translation>
    </message>
    <message>
        <source>条款“{clause}”已不在条款列表中，请重新选择</source>
        <translation>Clause “{clause}” is no longer in the list; choose again</translation>
    </message>
    <message>
        <source>整改期限最长 {days} 天</source>
        <translation>The deadline can be at most {days} days away</translation>
    </message>
    <message>
        <source>再次通知须与原通知同一房号（{room}）</source>
        <translation>A second notice must be for the same room ({room})</translation>
    </message>
    <message>
        <source>签收日期不能早于开具日期</source>
        <translation>Receipt cannot be before the notice was issued</translation>
    </message>
    <message>
        <source>金额格式不正确，例如 350 或 350.50</source>
        <translation>Not a valid amount; e.g. 350 or 350.50</translation>
    </message>
    <message>
        <source>金额过大，请核对</source>
        <translation>That amount is too large; please check it</translation>
    </message>
    <message>
        <source>第 {row} 条留言没有写给谁</source>
        <translation>Message {row} has no recipient</translation>
    </message>
    <message>
        <source>第 {row} 条留言没有内容</source>
        <translation>Message {row} is empty</translation>
    </message>
    <message>
        <source>留言最多 {max} 条</source>
        <translation>At most {max} messages</translation>
    </message>
    <message>
        <source>至少要有一个班次</source>
        <translation>There must be at least one shift</translation>
    </message>
    <message>
        <source>班次最多 {max} 个</source>
        <translation>At most {max} shifts</translation>
    </message>
    <message>
        <source>第 {row} 个班次没有名称</source>
        <translation>Shift {row} has no name</translation>
    </message>
    <message>
        <source>班次名称“{name}”重复</source>
        <translation>The shift name “{name}” is used twice</translation>
    </message>
    <message>
        <source>第 {row} 个班次的时间“{value}”不正确，请写成 08:00 这样（结束可写 24:00）</source>
        <translation>Shift {row}: “{value}” is not a valid time; write it like 08:00 (an end may be 24:00)</translation>
    </message>
    <message>
        <source>班次“{first}”和“{second}”的时间重叠</source>
        <translation>Shifts “{first}” and “{second}” overlap</translation>
    </message>
    <message>
        <source>请输入 {min}–{max} 之间的分钟数</source>
        <translation>Enter minutes from {min} to {max}</translation>
    </message>
    <message>
        <source>电话号码只能有数字、空格、横线和括号（分机写成“转123”）</source>
        <extracomment>why a phone number was refused (the ``reason`` of ``bad_phone``): each says exactly what is wrong</extracomment>
        <translation>A phone number may only have digits, spaces, hyphens and brackets (write an extension as &quot;ext 123&quot;)</translation>
    </message>
    <message>
        <source>分机号最多 {max} 位数字</source>
        <translation>An extension has at most {max} digits</translation>
    </message>
    <message>
        <source>香港、澳门号码应为 +852 / +853 后加 8 位数字（现在 {digits} 位）</source>
        <translation>A Hong Kong or Macau number is +852 / +853 and 8 digits (this has {digits})</translation>
    </message>
    <message>
        <source>只能登记中国大陆、香港（+852）和澳门（+853）的号码</source>
        <translation>Only mainland China, Hong Kong (+852) and Macau (+853) numbers can be recorded</translation>
    </message>
    <message>
        <source>手机号不能带分机</source>
        <translation>A mobile number has no extension</translation>
    </message>
    <message>
        <source>手机号应为 11 位，现在是 {digits} 位</source>
        <translation>A mobile number has 11 digits; this has {digits}</translation>
    </message>
    <message>
        <source>没有以 {prefix} 开头的手机号段，请核对</source>
        <translation>No mobile numbers begin with {prefix}; please check</translation>
    </message>
    <message>
        <source>{prefix} 号码应为 10 位（如 {prefix}-123-4567），现在是 {digits} 位</source>
        <translation>A {prefix} number has 10 digits (e.g. {prefix}-123-4567); this has {digits}</translation>
    </message>
    <message>
        <source>带区号的座机应为 10–12 位（如 0755-81234567），现在是 {digits} 位</source>
        <translation>A landline with area code has 10–12 digits (e.g. 0755-81234567); this has {digits}</translation>
    </message>
    <message>
        <source>区号 {area} 不存在，请核对</source>
        <translation>There is no area code {area}; please check</translation>
    </message>
    <message>
        <source>号码只有 {digits} 位：手机 11 位，本地座机 7–8 位，外地座机加区号</source>
        <translation>Only {digits} digits: a mobile has 11, a local landline 7–8, other landlines add the area code</translation>
    </message>
    <message>
        <source>无法识别这个 {digits} 位的号码：手机 11 位；座机 7–8 位或带区号；或 400、800、95 开头的服务号码</source>
        <translation>This {digits}-digit number is not recognised: a mobile has 11 digits; a landline 7–8 or with area code; or a service number beginning 400, 800 or 95</translation>
    </message>
    <message>
        <source>无法写入文件 {path}：{detail}。请换一个文件夹，或检查磁盘空间后再试。</source>
        <translation>Could not write the file {path}: {detail}. Choose another folder, or check the free disk space, and try again.</translation>
    </message>
    <message>
        <source>此记录已被其他人修改，您的修改尚未保存。请对比后选择保留对方的或重新应用。</source>
        <translation>Someone else has changed this record; your changes are not saved yet. Compare, then keep theirs or apply yours again.</translation>
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
        <source>这个账号连续输错密码次数过多，已暂时锁定到 {until}（{minutes} 分钟）。请到时再试，或请主管在“员工账号”中解锁。</source>
        <translation>Too many wrong passwords for this account: it is locked until {until} ({minutes} minutes). Try again then, or ask a supervisor to unlock it under Staff accounts.</translation>
    </message>
    <message>
        <source>密码错误次数较多，请 {seconds} 秒后再试。</source>
        <translation>Several wrong passwords: please wait {seconds} seconds before trying again.</translation>
    </message>
    <message>
        <source>您的账号已被停用或角色已变更，刚才的操作没有执行。请点“切换用户”重新登录。</source>
        <translation>Your account has been deactivated or its role changed; the last action was not carried out. Please use Switch user to log in again.</translation>
    </message>
    <message>
        <source>已经创建过主管账号。</source>
        <translation>The supervisor account already exists.</translation>
    </message>
    <message>
        <source>数据库文件或其所在文件夹变成了只读，刚才的操作没有保存。请让系统管理员恢复写入权限后再试。</source>
        <translation>The database file or its folder has become read-only; the last action was not saved. Ask the system administrator to restore write permission, then try again.</translation>
    </message>
    <message>
        <source>磁盘空间已满，刚才的操作没有保存。请腾出磁盘空间后再试（填写的内容仍保留）。</source>
        <translation>The disk is full; the last action was not saved. Free some disk space and try again (what you typed is kept).</translation>
    </message>
    <message>
        <source>暂时无法访问数据库（磁盘或网络故障），刚才的操作没有保存。请稍后再试；如果一直这样，请联系系统管理员。</source>
        <translation>The database cannot be reached just now (a disk or network fault); the last action was not saved. Try again shortly; if it persists, contact the system administrator.</translation>
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
        <source>这条来电来访记录已经转过，不能再转为另一条。</source>
        <translation>This entry has already been turned into a record; it cannot be turned into another.</translation>
    </message>
    <message>
        <source>同一时刻的登记过多，请稍后再保存。</source>
        <translation>Too many entries at the same moment; save again shortly.</translation>
    </message>
    <message>
        <source>该报警已由{by}确认。</source>
        <translation>{by} has already acknowledged this alert.</translation>
    </message>
    <message>
        <source>暂时无法从该记录生成工单。</source>
        <translation>A work order cannot be made from this record for now.</translation>
    </message>
    <message>
        <source>该回访已经记录过了。</source>
        <translation>This callback has already been recorded.</translation>
    </message>
    <message>
        <source>这张放行条已放行或已作废，不能作废。</source>
        <translation>This pass has been released or voided already; it cannot be voided.</translation>
    </message>
    <message>
        <source>只有未使用且仍在有效期内的放行条可以补打。</source>
        <translation>Only an unused pass that is still valid can be reprinted.</translation>
    </message>
    <message>
        <source>无法读取放行条签名密钥文件 {path}。请联系系统管理员（见使用说明“放行条签名密钥”）。</source>
        <translation>Cannot read the pass signing key file {path}. Please contact the system administrator (see “Pass signing key” in the manual).</translation>
    </message>
    <message>
        <source>这份整改通知已经复查过。</source>
        <translation>This notice has already been re-inspected.</translation>
    </message>
    <message>
        <source>未到整改期限（{deadline}），暂不能登记“未整改”。</source>
        <translation>The deadline ({deadline}) has not passed; “Not rectified” cannot be recorded yet.</translation>
    </message>
    <message>
        <source>只有复查结果为“未整改”且尚未再次通知的整改通知可以开具再次通知。</source>
        <translation>A second notice can only follow a notice re-inspected as “Not rectified” that has no second notice yet.</translation>
    </message>
    <message>
        <source>交班人不能为自己的交接班确认接班，请由接班同事输入本人的登录名和密码。</source>
        <translation>You cannot acknowledge your own handover; the incoming colleague must enter their own login and password.</translation>
    </message>
    <message>
        <source>这份交接班已经确认接班，不能再修改或删除；如有错漏请写更正。</source>
        <translation>This handover has been acknowledged and cannot be changed or deleted; write a correction for any mistake.</translation>
    </message>
    <message>
        <source>这份交接班已经有人确认接班了。</source>
        <translation>Someone has already acknowledged this handover.</translation>
    </message>
    <message>
        <source>这份交接班还没有交班（仍是草稿），不能确认接班。</source>
        <translation>This handover is still a draft; it cannot be acknowledged yet.</translation>
    </message>
    <message>
        <source>这份交接班已经交班，请先撤回再修改。</source>
        <translation>This handover has been handed over; withdraw it first to edit.</translation>
    </message>
    <message>
        <source>已交过班的记录不能删除；请修改后重新交班。</source>
        <translation>A handover that was handed over cannot be deleted; edit it and hand over again.</translation>
    </message>
    <message>
        <source>这份交接班尚未确认接班，可以直接撤回修改，不需要更正。</source>
        <translation>This handover is not acknowledged yet: withdraw it to edit; no correction needed.</translation>
    </message>
    <message>
        <source>只有交班人本人可以修改这份交接班。</source>
        <translation>Only the colleague who wrote this handover may change it.</translation>
    </message>
    <message>
        <source>更正记录的事项保持原记录的内容，不重新汇总。</source>
        <translation>A correction keeps the items of the handover it corrects; they are not compiled again.</translation>
    </message>
    <message>
        <source>输入有误（{code}）</source>
        <extracomment>a feature&apos;s own sentences (code → (context, source text)), added by its UI (add_messages)</extracomment>
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
    <message>
        <source>{what}：{why}</source>
        <translation>{what}: {why}</translation>
    </message>
</context>
<context>
    <name>service_levels</name>
    <message>
        <source>一级</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <source>二级</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <source>三级</source>
        <translation>Grade 3</translation>
    </message>
</context>
</TS>
