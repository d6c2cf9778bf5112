<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>GateCheckTab</name>
    <message>
        <source>门岗核验</source>
        <translation>Gate check</translation>
    </message>
    <message>
        <source>扫描放行条上的二维码，或输入放行条编号后按回车</source>
        <translation>Scan the QR code on the release pass, or type its number and press Enter</translation>
    </message>
    <message>
        <source>核验</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>核验通过后直接放行</source>
        <translation>Release at once when the check passes</translation>
    </message>
    <message>
        <source>确认放行（回车 / Ctrl+Enter）</source>
        <translation>Release (Enter / Ctrl+Enter)</translation>
    </message>
    <message>
        <source>扫描框为空时按回车，或在任何位置按 Ctrl+Enter</source>
        <translation>Press Enter in the empty scan box, or Ctrl+Enter anywhere</translation>
    </message>
    <message>
        <source>今日已放行</source>
        <translation>Released today</translation>
    </message>
    <message>
        <source>请扫描放行条二维码</source>
        <translation>Scan the release pass QR code</translation>
    </message>
    <message>
        <source>请核对物品与清单一致后放行</source>
        <translation>Compare the goods with the list, then release</translation>
    </message>
    <message>
        <source>{0} 于 {1:%H:%M} 放行</source>
        <translation>Released by {0} at {1:%H:%M}</translation>
    </message>
    <message>
        <source>已经使用过：{0} 于 {1:%Y-%m-%d %H:%M} 放行</source>
        <translation>Already used: released by {0} at {1:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>已作废：{0}（{1}，{2:%Y-%m-%d %H:%M}）</source>
        <translation>Void: {0} ({1}, {2:%Y-%m-%d %H:%M})</translation>
    </message>
    <message>
        <source>已过期：有效时间至 {0:%Y-%m-%d %H:%M}</source>
        <translation>Expired: valid until {0:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>未到有效时间：{0:%Y-%m-%d %H:%M} 起有效</source>
        <translation>Not valid yet: valid from {0:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>二维码内容与开具时不符：放行条可能被涂改或伪造</source>
        <translation>The QR code does not match what was issued: the pass may be altered or forged</translation>
    </message>
    <message>
        <source>签名无法验证：不是本中心开具的放行条（或本机签名密钥与开具电脑不一致）</source>
        <translation>Signature not valid: not issued by this centre (or this PC&apos;s signing key differs from the issuing PC&apos;s)</translation>
    </message>
    <message>
        <source>查无此放行条：编号 {0} 不存在</source>
        <translation>No such pass: number {0} does not exist</translation>
    </message>
    <message>
        <source>查无此放行条</source>
        <translation>No such pass</translation>
    </message>
    <message>
        <source>无法识别：请重新扫描，或输入放行条上的编号（FX 开头）</source>
        <translation>Not recognised: scan again, or type the number on the pass (starts with FX)</translation>
    </message>
    <message>
        <source>✔ 核验通过，可以放行</source>
        <translation>✔ Check passed — may go out</translation>
    </message>
    <message>
        <source>✔ 已放行</source>
        <translation>✔ Released</translation>
    </message>
    <message>
        <source>已使用</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>未到时间</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>内容被改动</source>
        <translation>Altered</translation>
    </message>
    <message>
        <source>无法验证</source>
        <translation>Cannot verify</translation>
    </message>
    <message>
        <source>查无此单</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>无法识别</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>✘ 不能放行：{0}</source>
        <translation>✘ Do not release: {0}</translation>
    </message>
    <message>
        <source>手工输入编号：请核对纸质放行条上的编号、房号和物品与下方一致</source>
        <translation>Number typed by hand: check that the number, room and items on the paper pass match those below</translation>
    </message>
    <message>
        <source>此单补打过 {0} 次（副本与原件同号，只能放行一次）</source>
        <translation>Reprinted {0} times (copies share the original&apos;s number; it releases once only)</translation>
    </message>
    <message>
        <source>✘ 无法核验</source>
        <translation>✘ Cannot check</translation>
    </message>
    <message>
        <source>今日开具放行条 {0} 张</source>
        <translation>Passes issued today {0}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>大件物品放行条：核实业主后开具带二维码的放行条；门岗扫码核验。</source>
        <translation>Release passes: issued with a QR code after confirming the owner; checked by scanning at the gate.</translation>
    </message>
</context>
<context>
    <name>ItemLinesEditor</name>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>备注（规格、颜色等）</source>
        <translation>Notes (size, colour …)</translation>
    </message>
    <message>
        <source>如：双人床、冰箱、纸箱</source>
        <translation>e.g. double bed, fridge, boxes</translation>
    </message>
    <message>
        <source>删除此行（Ctrl+D）</source>
        <translation>Delete this line (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>MaskedIdEdit</name>
    <message>
        <source>18 位身份证号，末位可为 X</source>
        <translation>18-character ID number; the last may be X</translation>
    </message>
</context>
<context>
    <name>ReleasePassModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>携物人</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>有效时间</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>开具</source>
        <translation>Issued</translation>
    </message>
</context>
<context>
    <name>ReleasePassTab</name>
    <message>
        <source>请选择搬出原因</source>
        <translation>Choose the reason for moving out</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>电话确认业主</source>
        <translation>Owner confirmed by phone</translation>
    </message>
    <message>
        <source>业主到场签字</source>
        <translation>Owner signed in person</translation>
    </message>
    <message>
        <source>业主书面委托</source>
        <translation>Owner&apos;s written authority</translation>
    </message>
    <message>
        <source>放行条</source>
        <translation>Release passes</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>房号、编号或携物人</source>
        <translation>Room, number or carrier</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>补打（副本）</source>
        <translation>Reprint (copy)</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>复制到新单</source>
        <translation>Copy to new</translation>
    </message>
    <message>
        <source>作废重开时使用：房号、携物人、物品等带入左侧表单，电话和身份证号需重新填写</source>
        <translation>To reissue a voided pass: room, carrier, items etc. go into the form on the left; phone and ID number must be typed again</translation>
    </message>
    <message>
        <source>放行条记录</source>
        <translation>Release passes</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;业主：{2}</source>
        <translation>{0}  {1}  Owner: {2}</translation>
    </message>
    <message>
        <source>{0} 最近的放行条</source>
        <translation>{0}: recent passes</translation>
    </message>
    <message>
        <source>{0} 没有放行条记录</source>
        <translation>No passes for {0}</translation>
    </message>
    <message>
        <source>留空则用档案中的业主电话</source>
        <translation>Leave empty to use the owner&apos;s phone on file</translation>
    </message>
    <message>
        <source>业主本人可不填</source>
        <translation>Not needed for the owner</translation>
    </message>
    <message>
        <source>18 位身份证号，末位可为 X</source>
        <translation>18-character ID number; the last may be X</translation>
    </message>
    <message>
        <source>业主本人携物，无需确认</source>
        <translation>The owner carries the items; no confirmation needed</translation>
    </message>
    <message>
        <source>已开具 {0}（{1}，{2}）。请在打印窗口打印两联，交携物人门岗联。</source>
        <translation>Issued {0} ({1}, {2}). Print both copies in the print window; give the gate copy to the carrier.</translation>
    </message>
    <message>
        <source>共 {0} 张：已开具 {1}，已放行 {2}，已作废 {3}，已过期 {4}</source>
        <translation>{0} in all: {1} issued, {2} released, {3} void, {4} expired</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>作废放行条</source>
        <translation>Void release pass</translation>
    </message>
    <message>
        <source>作废 {0}（{1} {2}）。作废后门岗扫码将被拒绝。
作废原因：</source>
        <translation>Void {0} ({1} {2})? The gate will refuse it once void.
Reason:</translation>
    </message>
    <message>
        <source>请填写作废原因。</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>补打次数</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <source>已带入 {0} 的内容：请重新填写电话和身份证号，核对后开具。</source>
        <translation>Copied from {0}: type the phone and ID number again, check, then issue.</translation>
    </message>
    <message>
        <source>已导出 {0} 张到 {1}</source>
        <translation>{0} passes exported to {1}</translation>
    </message>
    <message>
        <source>导出放行条</source>
        <translation>Export release passes</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>3-2-1502 / 3栋2单元1502 / 3#2-1502</source>
        <translation>3-2-1502 / 3栋2单元1502 / 3#2-1502</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>业主本人携物(&amp;B)</source>
        <translation>Carried &amp;by the owner</translation>
    </message>
    <message>
        <source>业主确认</source>
        <translation>Owner confirmation</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>回车：下一行&#x3000;Alt+A：加一行&#x3000;Ctrl+D：删除本行</source>
        <translation>Enter: next line   Alt+A: add a line   Ctrl+D: delete the line</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>如 粤B12345（可空）</source>
        <translation>e.g. 粤B12345 (optional)</translation>
    </message>
    <message>
        <source>开具大件物品放行条</source>
        <translation>Issue a large-item release pass</translation>
    </message>
    <message>
        <source>开具并打印（Ctrl+Enter）</source>
        <translation>Issue and print (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>按房号自动带出</source>
        <translation>Filled in from the room</translation>
    </message>
    <message>
        <source>接听人、号码等</source>
        <translation>Who answered, which number …</translation>
    </message>
    <message>
        <source>携物人</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>有效时间</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>清空（Esc）</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>确认人</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>第 {0} 行 {1}：{2}</source>
        <translation>Line {0} {1}: {2}</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>说明（选“其他”时必填）</source>
        <translation>Details (required for “Other”)</translation>
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
        <source>选择一张放行条查看详情</source>
        <translation>Choose a pass to see it</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ReleasePasses</name>
    <message>
        <source>业主书面委托</source>
        <translation>Owner&apos;s written authority</translation>
    </message>
    <message>
        <source>业主到场签字确认</source>
        <translation>Owner signed in person</translation>
    </message>
    <message>
        <source>业主本人携物</source>
        <translation>Carried by the owner</translation>
    </message>
    <message>
        <source>业主签字</source>
        <translation>Owner&apos;s signature</translation>
    </message>
    <message>
        <source>书面委托</source>
        <translation>Written authority</translation>
    </message>
    <message>
        <source>今日放行条 {0} 张</source>
        <translation>Passes today {0}</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>已开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已放行</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>放行条</source>
        <translation>Release passes</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Owner in person</translation>
    </message>
    <message>
        <source>电话确认</source>
        <translation>Confirmed by phone</translation>
    </message>
    <message>
        <source>电话确认业主</source>
        <translation>Owner confirmed by phone</translation>
    </message>
</context>
<context>
    <name>passes</name>
    <message>
        <source>业主本人携物</source>
        <extracomment>how the owner agreed, in the longer words of the pass card (the vocabulary&apos;s are the list&apos;s)</extracomment>
        <translation>Carried by the owner</translation>
    </message>
    <message>
        <source>业主到场签字</source>
        <translation>Owner signed in person</translation>
    </message>
    <message>
        <source>电话确认业主</source>
        <translation>Owner confirmed by phone</translation>
    </message>
    <message>
        <source>业主书面委托</source>
        <translation>Owner&apos;s written authority</translation>
    </message>
    <message>
        <source>&#x3000;{0} 于 {1:%Y-%m-%d %H:%M} 作废：{2}</source>
        <translation>  voided by {0} at {1:%Y-%m-%d %H:%M}: {2}</translation>
    </message>
    <message>
        <source>&#x3000;{0} 于 {1:%Y-%m-%d %H:%M} 放行</source>
        <translation>  released by {0} at {1:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>&#x3000;已补打 {0} 次</source>
        <translation>  reprinted {0}×</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>业主确认</source>
        <translation>Owner confirmation</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>携物人</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>放行条 {0}</source>
        <translation>Release pass {0}</translation>
    </message>
    <message>
        <source>放行条 {0}（副本 {1}）</source>
        <translation>Release pass {0} (copy {1})</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>有效时间</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>电话确认业主：{0}，{1:%m-%d %H:%M}</source>
        <translation>Owner confirmed by phone: {0}, {1:%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
</context>
</TS>
