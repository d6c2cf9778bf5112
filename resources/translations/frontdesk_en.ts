<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AuditAction</name>
    <message>
        <source>新建</source>
        <extracomment>audit trail: what was done</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建首个主管账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更改状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用 / 迁出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <source>员工</source>
        <extracomment>audit trail: on what</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>业户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加载更早的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志只能查看，不能修改或删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已显示 {0} 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Building</name>
    <message>
        <source>{0}栋</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}座</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>项目</source>
        <extracomment>field names, for reports that list problems by field (import)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>楼层</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面积</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房屋状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>首次使用 — 创建主管账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欢迎使用 FrontDesk。这是一个新的数据库，请先创建客服主管的账号；主管登录后可以为前台、管家等同事创建账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>全局搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房号（3-2-1502、3栋2单元1502）、姓名、电话、单号或内容…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来电来访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放行条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交接班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {0} 条，回车打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — FrontDesk 客服前台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>物业服务中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开数据库，请稍候 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>员工账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — FrontDesk 客服前台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全局搜索…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于 FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前用户：{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk 客服前台 {0}
物业服务中心前台登记、工单、投诉、放行条与交接班。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccupantDialog</name>
    <message>
        <source>编辑业户 — {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增业户 — {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机 11 位，或带区号的座机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 位，或旧版 15 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>多个车牌用逗号分开，如 粤B12345, 粤BD12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看完整的电话和身份证号；此操作会记入操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此业户已被迁出或删除，无法重新载入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已载入最新内容（其他人保存的版本）。请核对后再保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccupantKind</name>
    <message>
        <source>业主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>租户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家属</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>重置密码 — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
    <message>
        <source>导入房间和业户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每行一位住户，没有住户的房间也占一行。可识别的列：{0}。Excel 保存的 CSV（UTF-8 或 GBK）和 Excel 工作簿（.xlsx）都可以直接导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或粘贴文件路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中没有“项目”列时，所有房间都归入这个项目；也可以输入新项目的名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取并检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目（文件中没有“项目”列时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一行的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房屋状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有问题的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将导入的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存问题清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取并检查 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取这个文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：{0}（{1}），{2} 行可以导入，{3} 行有问题不会导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入后：新增 {0} 个项目、{1} 个房间、{2} 位住户；更新 {3} 个房间、{4} 位住户；{5} 行与现有档案相同。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不认识的列（不会导入）：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有问题的行（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将导入的行（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入 {0} 行（跳过 {1} 行有问题的）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入 {0} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成：新增 {0} 个项目、{1} 个房间、{2} 位住户；更新 {3} 个房间、{4} 位住户；跳过 {5} 行有问题的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入没有完成，数据库未做任何更改：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-问题清单.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存问题清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题清单已保存到 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>业户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房号（3-2-1502、3栋2单元1502、3#2-1502）、姓名或电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从 Excel（.xlsx）或 CSV 文件导入房间和业户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把所选项目的房间和业户导出为 Excel（.xlsx）或 CSV 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未选择房间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在左侧选择楼栋，或在上方输入房号、姓名、电话查找。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更改状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增业户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>迁出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此人不再住在这里；档案保留在历史记录中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看所选业户完整的电话和身份证号；此操作会记入操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房屋状态：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有房间。主管可以从 Excel / CSV 导入，或在首次启动时载入演示数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {0} 间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到“{0}”。请输入房号（如 3-2-1502），或业主姓名、电话。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找到 {0} 个房间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}{1}单元{2}室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 层</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ㎡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此房间刚被其他人修改过，已载入最新内容；如仍需更改状态，请再点一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房屋状态已改为“{0}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存 {0}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认 {0} 已不再住在 {1}？档案会保留在历史记录中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认迁出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此业户刚被其他人修改过，已载入最新内容，请核对后再操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 已迁出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已显示 {0} 的完整号码（已记入操作日志）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>业户档案-{0}-{1}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出业户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {0} 行到 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（电话和身份证号已隐藏部分数字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}（来自全局搜索；清空查找框回到楼栋列表）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>前台客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客服管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客服主管</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>门岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>维修工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>员工（不登录）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomListModel</name>
    <message>
        <source>房号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>业主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面积（㎡）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomStatus</name>
    <message>
        <source>未交付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已交房</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>装修中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已入住</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有主管可以修改服务中心名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务中心名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>语言只对这台电脑有效，重新启动程序后生效；服务中心名称显示在标题栏、登录窗口和打印的单据上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>员工账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建员工…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不登录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已创建 {0}（{1}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此员工刚被其他人修改过，已载入最新内容，请核对后再操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 已停用，不能再登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} 已启用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已为 {0} 设置新密码。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffFormDialog</name>
    <message>
        <source>新建员工</source>
        <extracomment>roles a supervisor can give, in the order the counter thinks of them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字母或数字，如 qiantai3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个角色不登录本系统（例如维修工），无需登录名和密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>无法打开数据库 {0}：{1}</source>
        <extracomment>the database is checked and the services are built (the fast path opens them late)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据库由更新版本的 FrontDesk 创建（数据库版本 {0}，本程序支持到 {1}）。
为保护数据，本程序没有做任何修改。请升级 FrontDesk 后再打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是 FrontDesk 数据库，程序没有写入任何内容。
文件：{0}
原因：{1}

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复方法：退出程序，把损坏的文件改名保存，再将最近的备份
{0}
复制到原位置并改名为原文件名，然后重新启动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到自动备份（备份目录：{0}）。请联系系统管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库里还没有房间。要先载入一套演示数据试用吗？

包括 3 个项目（住宅小区、写字楼）、约 3,100 个房间、5,400 位住户，以及各部门的员工和演示账号（密码见 README）。

以后正式使用时，请用一个新的数据库，从 Excel / CSV 导入贵公司的业户档案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不用，直接开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在载入演示数据 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有载入演示数据：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最多 {max} 个字（现在 {length} 个字），请删减后再保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含有不可见的控制字符，请删除后再保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能包含表情符号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名只能包含汉字、字母、间隔号和空格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话号码格式不正确（手机 11 位，座机请带区号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号应为 18 位（末位可为 X）或旧版 15 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号校验位不正确，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生日期无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>车牌号“{plate}”格式不正确，例如 粤B12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到房号“{room}”，请核对楼栋-单元-房号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房号“{room}”对应多个房间，请写完整（如 3-2-1502）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码至少 {min} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名只能用 2–30 位字母、数字、点、横线或下划线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名已被使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无权设置此角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取值无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期不能早于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束时间不能早于开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入有效的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含有无法识别的字符（文件可能已损坏，或不是 UTF-8 / GBK 编码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>楼栋“{value}”无法识别（应为数字或字母，如 3 或 A）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单元“{value}”无法识别（应为数字，如 2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房号“{value}”无法识别（如 1502）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房号“{room}”不完整：请写成 楼栋-单元-房号（如 3-2-1502），或分列填写楼栋、单元、房号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房屋状态“{value}”无效，应为 未交付、已交房、装修中 或 已入住</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份“{value}”无效，应为 业主、租户 或 家属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别“{value}”无效，应为 男 或 女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第 {line} 行重复（同一房间同名住户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一行比表头多出内容（可能有多余的逗号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房屋状态“{value}”与第 {line} 行的“{other}”矛盾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此记录已被其他人修改。您的输入仍保留在表单中；请点“重新载入”查看最新内容后再保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您的角色无权执行此操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录不存在或已被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前状态下不能执行此操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名或密码不正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经创建过主管账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能停用自己的账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库中已有楼盘数据，演示数据只能载入空数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可以导入的行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件是空的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取这个文件：它已损坏，或不是 CSV / Excel（.xlsx）文件。请在 Excel 中重新保存后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是旧版 Excel（.xls）文件。请在 Excel 中“另存为”Excel 工作簿（.xlsx）或 CSV 后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到表头：文件前几行中应有“房号”列，以及 {expected} 等列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中没有“项目”列：请在上方选择这些房间所属的项目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件太大（超过 {max_mb} MB）。请分成几个文件导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件超过 {max} 行。请分成几个文件导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入有误（{code}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请修改标出的内容后再保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作失败（{code}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
