<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Counter client for a social insurance service hall</source>
        <translation>社保经办大厅窗口客户端</translation>
    </message>
    <message>
        <source>The local database file.</source>
        <translation>本地数据库文件。</translation>
    </message>
    <message>
        <source>Look up this ID number or name at start (e.g. from the queue system).</source>
        <translation>启动时查询此身份证号或姓名（如由排队系统传入）。</translation>
    </message>
    <message>
        <source>Tongban</source>
        <translation>通办台</translation>
    </message>
    <message>
        <source>The policy parameters could not be loaded: %1</source>
        <translation>无法载入政策参数：%1</translation>
    </message>
    <message>
        <source>The clerk&apos;s name printed as 经办人 (else the one of the settings).</source>
        <translation>打印为“经办人”的姓名（未给出时用设置中的姓名）。</translation>
    </message>
    <message>
        <source>The central server of the clerks&apos; accounts: a PostgreSQL (libpq) connection string without user and password (else the one of the settings).</source>
        <translation>经办人账户的中心服务器：PostgreSQL（libpq）连接串，不含用户名和密码（否则用设置中的）。</translation>
    </message>
</context>
<context>
    <name>tongban::accounts::AccessPolicy</name>
    <message>
        <source>the role %1 has no right to %2</source>
        <translation>%1无权%2</translation>
    </message>
    <message>
        <source>take in matters</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <source>look up insured persons</source>
        <translation>查询参保人</translation>
    </message>
    <message>
        <source>see pension calculations</source>
        <translation>查看养老金测算</translation>
    </message>
    <message>
        <source>print papers</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>save papers as PDF</source>
        <translation>将文书保存为PDF</translation>
    </message>
    <message>
        <source>export CSV files</source>
        <translation>导出CSV文件</translation>
    </message>
    <message>
        <source>compare with another person</source>
        <translation>与他人对比</translation>
    </message>
    <message>
        <source>see the full ID number</source>
        <translation>查看完整身份证号码</translation>
    </message>
    <message>
        <source>manage clerk accounts</source>
        <translation>管理经办人员账号</translation>
    </message>
    <message>
        <source>decide matters in the back office</source>
        <translation>在后台审核事项</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>export the sweep CSV of every employer</source>
        <translation>导出全部单位的筛查CSV</translation>
    </message>
    <message>
        <source>set the offline limits and import hand-carried files</source>
        <translation>设置离线限额并导入人工携带文件</translation>
    </message>
</context>
<context>
    <name>tongban::accounts::OfflineSignIn</name>
    <message>
        <source>the offline sign-in of %1 is locked after %2 wrong passwords: sign in online at the hall to unlock it</source>
        <translation>%1 的离线登录已因%2次密码错误被锁定：请在大厅联网登录以解锁</translation>
    </message>
    <message>
        <source>the offline sign-in of %1 expired on %2 (%3 days after the last online sign-in): sign in online</source>
        <translation>%1 的离线登录已于 %2 过期（上次联网登录后%3天）：请联网登录</translation>
    </message>
    <message>
        <source>wrong password; after %1 wrong passwords the offline sign-in is locked until the next online sign-in</source>
        <translation>密码错误；已连续%1次输错，离线登录已锁定，须下次联网登录后才能解锁</translation>
    </message>
    <message>
        <source>wrong password for %1 (%2 attempts left before the offline sign-in is locked)</source>
        <translation>%1 的密码错误（再输错%2次离线登录将被锁定）</translation>
    </message>
</context>
<context>
    <name>tongban::accounts::OfflineVerifier</name>
    <message>
        <source>the password is empty</source>
        <translation>密码为空</translation>
    </message>
    <message>
        <source>the offline password verifier could not be computed: %1</source>
        <translation>无法计算离线密码校验值：%1</translation>
    </message>
</context>
<context>
    <name>tongban::accounts::RoleTable</name>
    <message>
        <source>the role table is missing from the program</source>
        <translation>程序中缺少角色表</translation>
    </message>
    <message>
        <source>the role table is not a JSON object: %1</source>
        <translation>角色表不是JSON对象：%1</translation>
    </message>
    <message>
        <source>the role table must name its source</source>
        <translation>角色表须注明依据</translation>
    </message>
    <message>
        <source>must be an array of roles</source>
        <translation>须为角色数组</translation>
    </message>
    <message>
        <source>must be an object with id, name_zh, name_en, may and source</source>
        <translation>须为包含 id、name_zh、name_en、may 和 source 的对象</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: allowed are window-clerk, expert and supervisor</source>
        <translation>未知角色“%1”：允许的有 window-clerk、expert 和 supervisor</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is listed twice</source>
        <translation>角色“%1”重复列出</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>须为非空文本</translation>
    </message>
    <message>
        <source>must be an array of permission ids</source>
        <translation>须为权限标识数组</translation>
    </message>
    <message>
        <source>unknown permission &quot;%1&quot;: allowed are %2</source>
        <translation>未知权限“%1”：允许的有 %2</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is missing</source>
        <translation>缺少角色“%1”</translation>
    </message>
</context>
<context>
    <name>tongban::audit::AuditChainCheck</name>
    <message>
        <source>cannot read the audit log</source>
        <translation>无法读取审计日志</translation>
    </message>
    <message>
        <source>record %1 is missing: the log goes from %2 to %3</source>
        <translation>第%1条记录缺失：日志从第%2条直接跳到第%3条</translation>
    </message>
    <message>
        <source>record %1 does not follow record %2: a record before it was removed, replaced or moved</source>
        <translation>第%1条记录与第%2条记录衔接不上：其前的记录被删除、替换或移动过</translation>
    </message>
    <message>
        <source>record %1 was written by another device (%2)</source>
        <translation>第%1条记录由另一台设备（%2）写入</translation>
    </message>
    <message>
        <source>record %1 was altered: its content does not match its hash</source>
        <translation>第%1条记录被篡改：内容与其哈希值不符</translation>
    </message>
</context>
<context>
    <name>tongban::audit::AuditLog</name>
    <message>
        <source>cannot read the device of the audit log</source>
        <translation>无法读取审计日志的设备标识</translation>
    </message>
    <message>
        <source>the file has no device row: its schema is too old for the audit log</source>
        <translation>该文件没有设备记录：其数据结构版本过旧，无法记录审计日志</translation>
    </message>
    <message>
        <source>unknown audit action &quot;%1&quot;</source>
        <translation>未知的审计操作“%1”</translation>
    </message>
    <message>
        <source>the outcome must be ok or refused, not &quot;%1&quot;</source>
        <translation>结果须为 ok 或 refused，而不是“%1”</translation>
    </message>
    <message>
        <source>an audit record must be written inside the action&apos;s write transaction</source>
        <translation>审计记录须在该操作的写事务中写入</translation>
    </message>
    <message>
        <source>cannot read the audit log</source>
        <translation>无法读取审计日志</translation>
    </message>
    <message>
        <source>cannot write the audit record</source>
        <translation>无法写入审计记录</translation>
    </message>
</context>
<context>
    <name>tongban::audit::AuditQuery</name>
    <message>
        <source>unknown audit action &quot;%1&quot;</source>
        <translation>未知的审计操作“%1”</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>截止日期早于起始日期</translation>
    </message>
    <message>
        <source>a page holds 1 to 1000 records</source>
        <translation>每页须为1至1000条记录</translation>
    </message>
    <message>
        <source>cannot read the audit log</source>
        <translation>无法读取审计日志</translation>
    </message>
</context>
<context>
    <name>tongban::casework::CaseLedgerRepository</name>
    <message>
        <source>describe the problem the window could not settle</source>
        <translation>请描述窗口无法当场解决的问题</translation>
    </message>
    <message>
        <source>the clerk who opens the case is required</source>
        <translation>须填写登记台账的经办人</translation>
    </message>
    <message>
        <source>the promised date %1 is before today (%2): promise a date from today on</source>
        <translation>承诺日期 %1 早于今天（%2）：承诺日期须在今天或以后</translation>
    </message>
    <message>
        <source>cannot read the visit</source>
        <translation>无法读取来访记录</translation>
    </message>
    <message>
        <source>no visit %1 is stored: a case is opened from a visit</source>
        <translation>未保存来访 %1：疑难问题须从来访登记</translation>
    </message>
    <message>
        <source>cannot prepare opening the case</source>
        <translation>无法准备登记疑难问题</translation>
    </message>
    <message>
        <source>cannot open the case</source>
        <translation>无法登记疑难问题</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>备注为空</translation>
    </message>
    <message>
        <source>name the expert in charge of the case</source>
        <translation>请填写负责该问题的专家</translation>
    </message>
    <message>
        <source>cannot assign the case</source>
        <translation>无法指派疑难问题</translation>
    </message>
    <message>
        <source>the promised date must be a date from today (%1) on</source>
        <translation>承诺日期须在今天（%1）或以后</translation>
    </message>
    <message>
        <source>cannot set the promised date</source>
        <translation>无法设置承诺日期</translation>
    </message>
    <message>
        <source>write the answer given to the visitor (at least 4 characters): a case is closed only when solved</source>
        <translation>请填写答复来访人的内容（至少 4 个字）：问题解决后方可销号</translation>
    </message>
    <message>
        <source>cannot close the case</source>
        <translation>无法销号</translation>
    </message>
    <message>
        <source>say why the case is reopened</source>
        <translation>请说明重新打开的原因</translation>
    </message>
    <message>
        <source>cannot reopen the case</source>
        <translation>无法重新打开疑难问题</translation>
    </message>
    <message>
        <source>the clerk is required</source>
        <translation>须填写经办人</translation>
    </message>
    <message>
        <source>the case is closed: reopen it first</source>
        <translation>该问题已销号：请先重新打开</translation>
    </message>
    <message>
        <source>the case is open: only a closed case can be reopened</source>
        <translation>该问题尚未销号：只有已销号的问题才能重新打开</translation>
    </message>
    <message>
        <source>cannot prepare recording the case&apos;s history</source>
        <translation>无法准备记录办理经过</translation>
    </message>
    <message>
        <source>cannot record the case&apos;s history</source>
        <translation>无法记录办理经过</translation>
    </message>
    <message>
        <source>cannot prepare reading the case</source>
        <translation>无法准备读取疑难问题</translation>
    </message>
    <message>
        <source>cannot read the case</source>
        <translation>无法读取疑难问题</translation>
    </message>
    <message>
        <source>no difficult case %1 is stored</source>
        <translation>未保存疑难问题 %1</translation>
    </message>
    <message>
        <source>cannot prepare reading the case&apos;s history</source>
        <translation>无法准备读取办理经过</translation>
    </message>
    <message>
        <source>cannot read the case&apos;s history</source>
        <translation>无法读取办理经过</translation>
    </message>
    <message>
        <source>cannot prepare reading the open cases</source>
        <translation>无法准备读取未销号的问题</translation>
    </message>
    <message>
        <source>cannot read the open cases</source>
        <translation>无法读取未销号的问题</translation>
    </message>
</context>
<context>
    <name>tongban::casework::DayReportCsv</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Window or department</source>
        <translation>窗口或部门</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Visits with ticket time</source>
        <translation>有取号时间的来访</translation>
    </message>
    <message>
        <source>Average wait (s)</source>
        <translation>平均等候（秒）</translation>
    </message>
    <message>
        <source>Longest wait (s)</source>
        <translation>最长等候（秒）</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>tongban::casework::DayReportQuery</name>
    <message>
        <source>the day of the report is not a valid date (YYYY-MM-DD)</source>
        <translation>统计日期不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>cannot prepare reading the day&apos;s work</source>
        <translation>无法准备读取当日工作量</translation>
    </message>
    <message>
        <source>cannot read the day&apos;s work</source>
        <translation>无法读取当日工作量</translation>
    </message>
    <message>
        <source>%1 (window %2)</source>
        <translation>%1（%2号窗口）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>tongban::casework::RatingRepository</name>
    <message>
        <source>the rating %1 is not one of the five levels: 5 very satisfied, 4 satisfied, 3 basically satisfied, 2 dissatisfied, 1 very dissatisfied</source>
        <translation>评价 %1 不在五个等级之内：5 非常满意，4 满意，3 基本满意，2 不满意，1 非常不满意</translation>
    </message>
    <message>
        <source>the channel &quot;%1&quot; is not known: allowed are %2</source>
        <translation>未知的评价渠道“%1”：允许 %2</translation>
    </message>
    <message>
        <source>cannot read the matter</source>
        <translation>无法读取事项</translation>
    </message>
    <message>
        <source>no matter %1 is stored</source>
        <translation>没有保存事项 %1</translation>
    </message>
    <message>
        <source>the matter has been rated already: one rating per matter</source>
        <translation>该事项已评价：每个事项只评价一次</translation>
    </message>
    <message>
        <source>cannot prepare storing the rating</source>
        <translation>无法准备保存评价</translation>
    </message>
    <message>
        <source>cannot store the rating</source>
        <translation>无法保存评价</translation>
    </message>
    <message>
        <source>cannot prepare opening the follow-up</source>
        <translation>无法准备登记差评整改</translation>
    </message>
    <message>
        <source>cannot open the follow-up of the poor rating</source>
        <translation>无法登记差评的整改回访</translation>
    </message>
    <message>
        <source>write what was put right and told to the visitor (at least 4 characters)</source>
        <translation>请填写整改情况及向来访人反馈的内容（至少 4 个字）</translation>
    </message>
    <message>
        <source>the clerk who closes the follow-up is required</source>
        <translation>须填写办结整改回访的经办人</translation>
    </message>
    <message>
        <source>the follow-up was closed already</source>
        <translation>该整改回访已办结</translation>
    </message>
    <message>
        <source>cannot close the follow-up</source>
        <translation>无法办结整改回访</translation>
    </message>
    <message>
        <source>cannot prepare reading the rating</source>
        <translation>无法准备读取评价</translation>
    </message>
    <message>
        <source>cannot read the rating</source>
        <translation>无法读取评价</translation>
    </message>
    <message>
        <source>cannot prepare reading the follow-ups</source>
        <translation>无法准备读取整改回访</translation>
    </message>
    <message>
        <source>cannot read the follow-ups</source>
        <translation>无法读取整改回访</translation>
    </message>
    <message>
        <source>cannot prepare reading the follow-up</source>
        <translation>无法准备读取整改回访</translation>
    </message>
    <message>
        <source>cannot read the follow-up</source>
        <translation>无法读取整改回访</translation>
    </message>
    <message>
        <source>no follow-up %1 is stored</source>
        <translation>未保存整改回访 %1</translation>
    </message>
</context>
<context>
    <name>tongban::casework::VisitSearchQuery</name>
    <message>
        <source>the page size %1 is not allowed: 1 to 500 hits a page</source>
        <translation>每页 %1 条不允许：每页 1 至 500 条</translation>
    </message>
    <message>
        <source>the ID number has %1 characters: search by the whole 18-character number</source>
        <translation>身份证号有 %1 位：请按完整的 18 位号码查询</translation>
    </message>
    <message>
        <source>the first day %1 is after the last day %2</source>
        <translation>起始日期 %1 晚于截止日期 %2</translation>
    </message>
    <message>
        <source>the department &quot;%1&quot; is not in the matter catalog: known are %2</source>
        <translation>事项目录中没有部门“%1”：已有 %2</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not known: allowed are %2</source>
        <translation>未知的状态“%1”：允许 %2</translation>
    </message>
    <message>
        <source>the cursor is not one this search gave: start again from the first page</source>
        <translation>翻页标记不是本次查询给出的：请从第一页重新查询</translation>
    </message>
    <message>
        <source>cannot prepare the search</source>
        <translation>无法准备查询</translation>
    </message>
    <message>
        <source>cannot search the visits</source>
        <translation>无法查询来访记录</translation>
    </message>
</context>
<context>
    <name>tongban::central::CentralAccounts</name>
    <message>
        <source>a password has at least 8 characters, with at least one letter and one digit</source>
        <translation>密码至少 8 个字符，且至少含一个字母和一个数字</translation>
    </message>
    <message>
        <source>an office&apos;s code is the six digits of its county or district (GB/T 2260), e.g. 110105</source>
        <translation>经办机构代码为其所在区县的六位行政区划代码（GB/T 2260），例如 110105</translation>
    </message>
    <message>
        <source>an office&apos;s name is required, e.g. 朝阳区社保中心</source>
        <translation>须填写经办机构名称，例如 朝阳区社保中心</translation>
    </message>
    <message>
        <source>an office of code %1 exists already</source>
        <translation>代码为 %1 的经办机构已存在</translation>
    </message>
    <message>
        <source>adding the office</source>
        <translation>添加经办机构</translation>
    </message>
    <message>
        <source>only the administrator adds offices</source>
        <translation>只有管理员可以添加经办机构</translation>
    </message>
    <message>
        <source>a login is 2 to 63 characters: a lower-case letter first, then lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;</source>
        <translation>登录名为 2 至 63 个字符：以小写字母开头，其后为小写字母、数字、&quot;.&quot;、&quot;_&quot; 或 &quot;-&quot;</translation>
    </message>
    <message>
        <source>the clerk&apos;s name as printed on papers is required, e.g. 王芳</source>
        <translation>须填写打印在单据上的经办人姓名，例如 王芳</translation>
    </message>
    <message>
        <source>adding the account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>disabling the account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>resetting the password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>the offline grace period is 1 to 30 days</source>
        <translation>离线宽限期为 1 至 30 天</translation>
    </message>
    <message>
        <source>setting the offline grace period</source>
        <translation>设置离线宽限期</translation>
    </message>
    <message>
        <source>listing the accounts</source>
        <translation>列出账户</translation>
    </message>
    <message>
        <source>reading the offices</source>
        <translation>读取经办机构</translation>
    </message>
</context>
<context>
    <name>tongban::central::CentralConnectionInfo</name>
    <message>
        <source>a connection string of the central server is required, e.g. &quot;host=10.1.2.3 dbname=tongban user=admin sslmode=verify-full sslrootcert=ca.crt&quot;</source>
        <translation>须给出中心服务器的连接串，例如 &quot;host=10.1.2.3 dbname=tongban user=admin sslmode=verify-full sslrootcert=ca.crt&quot;</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the connection string cannot be read: %1 (libpq&apos;s form: key=value … or postgresql://user@host:port/database?key=value)</source>
        <translation>无法读取连接串：%1（libpq 的格式：key=value … 或 postgresql://user@host:port/database?key=value）</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; contains &quot;;&quot;, which cannot be passed on to the server&apos;s driver: rename the file or folder</source>
        <translation>&quot;%1&quot; 的取值含有 &quot;;&quot;，无法传给数据库驱动：请给文件或文件夹改名</translation>
    </message>
</context>
<context>
    <name>tongban::central::CentralSession</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL，软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>the central server refused the login &quot;%1&quot;: wrong login or password</source>
        <translation>中心服务器拒绝登录 &quot;%1&quot;：登录名或密码错误</translation>
    </message>
    <message>
        <source>the central server asks for the password of &quot;%1&quot;: give it in the connection string, in PGPASSWORD or in ~/.pgpass</source>
        <translation>中心服务器要求 &quot;%1&quot; 的密码：请在连接串、PGPASSWORD 或 ~/.pgpass 中给出</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is disabled: it may not sign in; ask a supervisor</source>
        <translation>账号 &quot;%1&quot; 已停用，不能登录；如需恢复请联系主管</translation>
    </message>
    <message>
        <source>the central server does not accept the login &quot;%1&quot; from this computer (its pg_hba.conf): ask the administrator</source>
        <translation>中心服务器不接受本机以 &quot;%1&quot; 登录（其 pg_hba.conf）：请联系管理员</translation>
    </message>
    <message>
        <source>the central server&apos;s certificate is not trusted (%1): check sslrootcert (the certificate authority&apos;s file) and that the host name is the one in the server&apos;s certificate</source>
        <translation>中心服务器的证书不受信任（%1）：请检查 sslrootcert（证书颁发机构的文件），以及主机名是否与服务器证书中的一致</translation>
    </message>
    <message>
        <source>the connection asks for TLS (sslmode) but the central server %1 does not offer it</source>
        <translation>连接要求 TLS（sslmode），但中心服务器 %1 不提供</translation>
    </message>
    <message>
        <source>there is no database &quot;%1&quot; on the central server %2</source>
        <translation>中心服务器 %2 上没有数据库 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the central server %1 cannot be reached (%2); nothing was changed: try again when the network and the server are back</source>
        <translation>无法连接中心服务器 %1（%2）；未做任何改动：请在网络和服务器恢复后重试</translation>
    </message>
    <message>
        <source>there is no office of this code on the central server: add it first (office add)</source>
        <translation>中心服务器上没有此代码的经办机构：请先添加（office add）</translation>
    </message>
    <message>
        <source>this login exists already on the central server: choose another</source>
        <translation>中心服务器上已有此登录名：请另选一个</translation>
    </message>
    <message>
        <source>there is no account of this login on the central server</source>
        <translation>中心服务器上没有此登录名的账号</translation>
    </message>
    <message>
        <source>unknown role: window-clerk, expert or supervisor</source>
        <translation>未知角色：可选 window-clerk、expert 或 supervisor</translation>
    </message>
    <message>
        <source>a login is 2 to 63 characters: a lower-case letter first, then lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;</source>
        <translation>登录名为 2 至 63 个字符：以小写字母开头，其后为小写字母、数字、&quot;.&quot;、&quot;_&quot; 或 &quot;-&quot;</translation>
    </message>
    <message>
        <source>the offline grace period is 1 to 30 days</source>
        <translation>离线宽限期为 1 至 30 天</translation>
    </message>
    <message>
        <source>the server takes a SCRAM-SHA-256 verifier, never a password</source>
        <translation>服务器只接受 SCRAM-SHA-256 校验值，绝不接受密码本身</translation>
    </message>
    <message>
        <source>audit records are kept at least 6 months (MLPS 2.0 level 3, Cybersecurity Law art. 21)</source>
        <translation>审计记录至少保存 6 个月（等保 2.0 三级，《网络安全法》第二十一条）</translation>
    </message>
    <message>
        <source>a supervisor manages the accounts of their own office only</source>
        <translation>主管只能管理本经办机构的账号</translation>
    </message>
    <message>
        <source>only the administrator adds or changes a supervisor&apos;s account</source>
        <translation>只有管理员可以添加或修改主管账号</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; has no right to this (%2): %3</source>
        <translation>角色 &quot;%1&quot; 无权执行此操作（%2）：%3</translation>
    </message>
    <message>
        <source>the central server has no Tongban schema, or an older one (%1): run tongban-cli server-init as the administrator</source>
        <translation>中心服务器上没有通办台的数据库结构，或版本较旧（%1）：请由管理员运行 tongban-cli server-init</translation>
    </message>
    <message>
        <source>the connection to the central server %1 was lost while %2 (%3); nothing was changed: try again</source>
        <translation>在%2时与中心服务器 %1 的连接中断（%3）；未做任何改动：请重试</translation>
    </message>
    <message>
        <source>the central server refused %1: %2</source>
        <translation>中心服务器拒绝了%1：%2</translation>
    </message>
    <message>
        <source>the connection to the central server is not a PostgreSQL connection</source>
        <translation>与中心服务器的连接不是 PostgreSQL 连接</translation>
    </message>
    <message>
        <source>the password&apos;s SCRAM verifier could not be computed: %1</source>
        <translation>无法计算密码的 SCRAM 校验值：%1</translation>
    </message>
</context>
<context>
    <name>tongban::central::OnlineSignIn</name>
    <message>
        <source>the login is required</source>
        <translation>须填写登录名</translation>
    </message>
    <message>
        <source>the password is required</source>
        <translation>须填写密码</translation>
    </message>
    <message>
        <source>reading who is signed in</source>
        <translation>读取登录人信息</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no clerk&apos;s account of this central server</source>
        <translation>&quot;%1&quot; 不是本中心服务器的经办人账号</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is disabled: it may not sign in</source>
        <translation>账号 &quot;%1&quot; 已停用，不能登录</translation>
    </message>
    <message>
        <source>the central server gives &quot;%1&quot; an unknown role &quot;%2&quot;</source>
        <translation>中心服务器给 &quot;%1&quot; 的角色 &quot;%2&quot; 无法识别</translation>
    </message>
</context>
<context>
    <name>tongban::central::ServerMigrations</name>
    <message>
        <source>reading the schema&apos;s version</source>
        <translation>读取数据库结构版本</translation>
    </message>
    <message>
        <source>this program knows steps 0 to %1 of the server&apos;s schema</source>
        <translation>本程序只知道服务器数据库结构的第 0 至 %1 步</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>waiting for another server-init</source>
        <translation>等待另一个 server-init 完成</translation>
    </message>
    <message>
        <source>the central server&apos;s schema is at step %1, newer than this program knows (%2): it was upgraded by a newer Tongban; upgrade this program</source>
        <translation>中心服务器的数据库结构已到第 %1 步，比本程序所知的（%2）更新：它已由更新版本的通办台升级；请升级本程序</translation>
    </message>
    <message>
        <source>applying step %1 (%2) of the server&apos;s schema</source>
        <translation>执行服务器数据库结构第 %1 步（%2）</translation>
    </message>
    <message>
        <source>step %1 (%2) of the server&apos;s schema needs the owner&apos;s rights (CREATEROLE, CREATE on the database): %3</source>
        <translation>服务器数据库结构第 %1 步（%2）需要属主的权限（CREATEROLE、数据库的 CREATE 权限）：%3</translation>
    </message>
    <message>
        <source>recording step %1 of the server&apos;s schema</source>
        <translation>记录服务器数据库结构第 %1 步</translation>
    </message>
    <message>
        <source>committing step %1 of the server&apos;s schema</source>
        <translation>提交服务器数据库结构第 %1 步</translation>
    </message>
</context>
<context>
    <name>tongban::central::SyncServer</name>
    <message>
        <source>the central server takes a newer version of this program: upgrade Tongban, then sync again (nothing of this computer was lost)</source>
        <translation>中心服务器要求更新版本的本程序：请先升级通办，再同步（本机数据没有丢失）</translation>
    </message>
    <message>
        <source>this computer&apos;s data file is a copy of another computer&apos;s (the same device with another installation): the server refuses to sync it; ask the administrator</source>
        <translation>本机的数据文件是另一台电脑的副本（同一设备编号、不同安装）：服务器拒绝同步，请联系管理员</translation>
    </message>
    <message>
        <source>this computer is not enrolled for the signed-in clerk&apos;s office: sign in as a clerk of the office that enrolled it, or enrol it again</source>
        <translation>本机未在当前登录经办人的经办机构登记：请以登记本机的经办机构的经办人登录，或重新登记本机</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>the central server&apos;s answer to %1 is not JSON: %2</source>
        <translation>中心服务器对%1的应答不是 JSON：%2</translation>
    </message>
    <message>
        <source>a device id is a UUID</source>
        <translation>设备编号应为 UUID</translation>
    </message>
    <message>
        <source>an install nonce has 8 to 200 characters</source>
        <translation>安装随机码应为 8 至 200 个字符</translation>
    </message>
    <message>
        <source>enrolling this computer</source>
        <translation>登记本机</translation>
    </message>
    <message>
        <source>the central server&apos;s answer to the enrolment lacks %1</source>
        <translation>中心服务器对登记的应答缺少 %1</translation>
    </message>
    <message>
        <source>sending this computer&apos;s changes</source>
        <translation>上传本机的变更</translation>
    </message>
    <message>
        <source>the central server answered %1 results for %2 changes</source>
        <translation>中心服务器对 %2 项变更返回了 %1 个结果</translation>
    </message>
    <message>
        <source>the central server&apos;s result %1 lacks %2</source>
        <translation>中心服务器的第 %1 个结果缺少 %2</translation>
    </message>
    <message>
        <source>the central server&apos;s result %1 is for another change</source>
        <translation>中心服务器的第 %1 个结果对应的是另一项变更</translation>
    </message>
    <message>
        <source>a page holds 1 to 10000 changes</source>
        <translation>每页可含 1 至 10000 项变更</translation>
    </message>
    <message>
        <source>fetching the office&apos;s changes</source>
        <translation>下载本机构的变更</translation>
    </message>
    <message>
        <source>the central server&apos;s page of changes lacks %1</source>
        <translation>中心服务器返回的变更页缺少 %1</translation>
    </message>
    <message>
        <source>counting the office&apos;s records</source>
        <translation>统计本机构的记录数</translation>
    </message>
    <message>
        <source>%1 is not an entity the server holds</source>
        <translation>%1 不是服务器保存的记录类别</translation>
    </message>
    <message>
        <source>a record&apos;s id is required</source>
        <translation>记录编号必填</translation>
    </message>
    <message>
        <source>loading the office&apos;s records</source>
        <translation>导入本机构的记录</translation>
    </message>
    <message>
        <source>a record belongs to another office: %1</source>
        <translation>有记录属于其他经办机构：%1</translation>
    </message>
    <message>
        <source>reading the device&apos;s hand-carry key</source>
        <translation>读取设备的携带文件密钥</translation>
    </message>
    <message>
        <source>the central server&apos;s answer lacks the device&apos;s key</source>
        <translation>中心服务器的答复缺少设备的密钥</translation>
    </message>
    <message>
        <source>reading the parameter editions</source>
        <translation>读取政策参数版本</translation>
    </message>
    <message>
        <source>publishing edition %1 of %2</source>
        <translation>发布 %2 的 %1 版</translation>
    </message>
    <message>
        <source>edition %1 of %2 is not later than the newest published one (%3): give the file a later edition date</source>
        <translation>%2 的 %1 版不晚于已发布的最新版本（%3）：请为文件设定更晚的版本日期</translation>
    </message>
    <message>
        <source>%1 is not a parameter file: national.json or regions/&lt;six-digit code&gt;.json</source>
        <translation>%1 不是政策参数文件：须为 national.json 或 regions/&lt;六位代码&gt;.json</translation>
    </message>
</context>
<context>
    <name>tongban::cli::AuditCommand</name>
    <message>
        <source>audit verify --db FILE | audit list --db FILE [--person ID] [--since YYYY-MM-DD]</source>
        <translation>audit verify --db 文件 | audit list --db 文件 [--person 身份证号] [--since YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is required, e.g. 2026-12-01</source>
        <translation>须为 YYYY-MM-DD 格式的日期，如 2026-12-01</translation>
    </message>
</context>
<context>
    <name>tongban::cli::CarryCommand</name>
    <message>
        <source>usage: tongban-cli carry export|import …; see docs/cli.md</source>
        <translation>用法：tongban-cli carry export|import …；见 docs/cli.md</translation>
    </message>
    <message>
        <source>the file to write is required; usage: tongban-cli %1</source>
        <translation>需要写入的文件；用法：tongban-cli %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>tongban::cli::CaseworkCommand</name>
    <message>
        <source>the page size must be a whole number from 1 to 500</source>
        <translation>每页条数须为 1 至 500 的整数</translation>
    </message>
    <message>
        <source>the day is required: %1 YYYY-MM-DD</source>
        <translation>须指定日期：%1 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: YYYY-MM-DD</source>
        <translation>“%1”不是日期：YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a reason is asked only with --unmasked</source>
        <translation>仅在使用 --unmasked 时才需填写理由</translation>
    </message>
</context>
<context>
    <name>tongban::cli::CentralCommand</name>
    <message>
        <source>usage: tongban-cli %1</source>
        <translation>用法：tongban-cli %1</translation>
    </message>
    <message>
        <source>usage: tongban-cli user add|disable|reset-password|set-grace …; see docs/cli.md</source>
        <translation>用法：tongban-cli user add|disable|reset-password|set-grace …；见 docs/cli.md</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: window-clerk, expert or supervisor</source>
        <translation>未知角色 &quot;%1&quot;：可选 window-clerk、expert 或 supervisor</translation>
    </message>
    <message>
        <source>a whole number of days, 1 to 30, is required</source>
        <translation>须为 1 至 30 的整数天数</translation>
    </message>
    <message>
        <source>the central server&apos;s connection string is required; usage: tongban-cli %1</source>
        <translation>须给出中心服务器的连接串；用法：tongban-cli %1</translation>
    </message>
    <message>
        <source>%1 is required; usage: tongban-cli %2</source>
        <translation>须给出 %1；用法：tongban-cli %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>tongban::cli::CliContext</name>
    <message>
        <source>the database file is required (--db FILE)</source>
        <translation>须给出数据库文件（--db 文件）</translation>
    </message>
    <message>
        <source>no database file at %1</source>
        <translation>%1 处没有数据库文件</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>须给出取值</translation>
    </message>
    <message>
        <source>--user needs --password-file FILE (the password on its first line)</source>
        <translation>--user 须配合 --password-file 文件（密码写在第一行）</translation>
    </message>
    <message>
        <source>--password-file needs --user LOGIN</source>
        <translation>--password-file 须配合 --user 登录名</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the first line of %1 is empty: it holds the password</source>
        <translation>%1 的第一行是空的：密码应写在第一行</translation>
    </message>
</context>
<context>
    <name>tongban::cli::CliOptions</name>
    <message>
        <source>unknown option; usage: %1</source>
        <translation>未知选项；用法：%1</translation>
    </message>
    <message>
        <source>a value is required; usage: %1</source>
        <translation>须给出取值；用法：%1</translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot; is required, e.g. &quot;2031-05&quot;</source>
        <translation>须为年月 &quot;YYYY-MM&quot;，例如 &quot;2031-05&quot;</translation>
    </message>
    <message>
        <source>an amount in CNY with at most two decimals is required, e.g. 8000 or 7310.50</source>
        <translation>须为金额（元），最多两位小数，例如 8000 或 7310.50</translation>
    </message>
    <message>
        <source>the database file is required (--db FILE)</source>
        <translation>须给出数据库文件（--db 文件）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the case is not JSON: %1 at offset %2</source>
        <translation>案例不是有效的 JSON：%1（位置 %2）</translation>
    </message>
    <message>
        <source>the case must be a JSON object {…}</source>
        <translation>案例须为 JSON 对象 {…}</translation>
    </message>
    <message>
        <source>usage: tongban-cli %1 --case FILE (- for standard input)</source>
        <translation>用法：tongban-cli %1 --case 文件（- 表示标准输入）</translation>
    </message>
</context>
<context>
    <name>tongban::cli::CompareCommand</name>
    <message>
        <source>compare either two case files or stored persons; usage: %1</source>
        <translation>对比对象须为两个案例文件，或数据库中的参保人，二者选一；用法：%1</translation>
    </message>
    <message>
        <source>give one citizen ID number (two scenarios) or two (two persons)</source>
        <translation>请给出一个身份证号（对比同一人的两种情形）或两个（对比两人）</translation>
    </message>
    <message>
        <source>with one person, describe a scenario: --b-retirement YYYY-MM or --b-keep-paying CNY</source>
        <translation>只有一人时须说明对比情形：--b-retirement YYYY-MM 或 --b-keep-paying 金额（元）</translation>
    </message>
    <message>
        <source>both --case-a FILE and --case-b FILE are required</source>
        <translation>须同时给出 --case-a 文件和 --case-b 文件</translation>
    </message>
    <message>
        <source>must be employee or flexible</source>
        <translation>须为 employee 或 flexible</translation>
    </message>
    <message>
        <source>a basis goes with a comparison of two stored persons (--db FILE --id NUMBER --id NUMBER): it records that the second person&apos;s data was shown</source>
        <translation>依据只用于对比数据库中的两名参保人（--db 文件 --id 号码 --id 号码）：它记录向他人展示了第二人的信息</translation>
    </message>
    <message>
        <source>--approved-by goes with --basis approval</source>
        <translation>--approved-by 须与 --basis approval 一起使用</translation>
    </message>
    <message>
        <source>--consent-by goes with --basis consent</source>
        <translation>--consent-by 须与 --basis consent 一起使用</translation>
    </message>
</context>
<context>
    <name>tongban::cli::DemoCommand</name>
    <message>
        <source>unknown option; allowed: %1</source>
        <translation>未知选项；允许的选项：%1</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>须给出取值</translation>
    </message>
    <message>
        <source>a whole number from 2 to 100000 is required</source>
        <translation>须为 2 到 100000 之间的整数</translation>
    </message>
    <message>
        <source>a whole number from 0 to 18446744073709551615 is required</source>
        <translation>须为 0 到 18446744073709551615 之间的整数</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1 is required</source>
        <translation>须为 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>either --out FILE or --server CONNINFO, not both</source>
        <translation>--out FILE 与 --server CONNINFO 只能二选一</translation>
    </message>
    <message>
        <source>the file to write is required: demo-db --out FILE [--persons N] [--employers M] [--seed S] (or --server CONNINFO to fill the central store)</source>
        <translation>需要写入的文件：demo-db --out FILE [--persons N] [--employers M] [--seed S]（或用 --server CONNINFO 填充中心库）</translation>
    </message>
</context>
<context>
    <name>tongban::cli::IdCheckCommand</name>
    <message>
        <source>usage: tongban-cli id-check NUMBER (one citizen ID number, 18 or 15 characters)</source>
        <translation>用法：tongban-cli id-check 号码（一个公民身份号码，18 位或 15 位）</translation>
    </message>
</context>
<context>
    <name>tongban::cli::IntakeCommand</name>
    <message>
        <source>the case file is required: --case FILE (&quot;-&quot;: standard input)</source>
        <translation>须指定案件文件：--case 文件（“-”表示标准输入）</translation>
    </message>
    <message>
        <source>tongban-cli matters takes no arguments</source>
        <translation>tongban-cli matters 不接受参数</translation>
    </message>
</context>
<context>
    <name>tongban::cli::LookupCommand</name>
    <message>
        <source>a value is required</source>
        <translation>须给出取值</translation>
    </message>
    <message>
        <source>the database file is required: lookup --db FILE (--id NUMBER | --name TEXT)</source>
        <translation>须给出数据库文件：lookup --db 文件 (--id 号码 | --name 姓名)</translation>
    </message>
    <message>
        <source>give either --id NUMBER or --name TEXT</source>
        <translation>请给出 --id 号码或 --name 姓名之一</translation>
    </message>
    <message>
        <source>a name or part of one is required</source>
        <translation>须给出姓名或其一部分</translation>
    </message>
    <message>
        <source>no insured person with citizen ID number %1</source>
        <translation>没有身份证号为 %1 的参保人</translation>
    </message>
    <message>
        <source>no insured person with a name containing &quot;%1&quot;</source>
        <translation>没有姓名包含“%1”的参保人</translation>
    </message>
    <message>
        <source>unknown option; allowed: --db FILE, --id NUMBER, --name TEXT, --unmasked --reason TEXT, --user LOGIN --password-file FILE</source>
        <translation>未知选项；允许：--db 文件、--id 号码、--name 姓名、--unmasked --reason 理由、--user 登录名 --password-file 文件</translation>
    </message>
    <message>
        <source>a reason is asked only with --unmasked</source>
        <translation>仅在使用 --unmasked 时才需填写理由</translation>
    </message>
</context>
<context>
    <name>tongban::cli::ProjectionCommand</name>
    <message>
        <source>the monthly base to keep paying is required; usage: %1</source>
        <translation>须给出续缴的月缴费基数；用法：%1</translation>
    </message>
    <message>
        <source>must be employee or flexible</source>
        <translation>须为 employee 或 flexible</translation>
    </message>
    <message>
        <source>a decimal fraction is required, e.g. 0.0262 for 2.62 %</source>
        <translation>须为小数，例如 0.0262 表示 2.62%</translation>
    </message>
</context>
<context>
    <name>tongban::cli::RetirementCommand</name>
    <message>
        <source>unknown option; allowed: %1</source>
        <translation>未知选项；允许的选项：%1</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>须给出取值</translation>
    </message>
    <message>
        <source>a birth month &quot;YYYY-MM&quot; is required</source>
        <translation>须给出出生年月 &quot;YYYY-MM&quot;</translation>
    </message>
    <message>
        <source>must be one of: male, female-55, female-50</source>
        <translation>须为以下之一：male、female-55、female-50</translation>
    </message>
    <message>
        <source>a whole number of months, 0 or more, is required</source>
        <translation>须为不小于 0 的整数月数</translation>
    </message>
    <message>
        <source>a whole number of months between 0 and 1000 is required</source>
        <translation>须为 0 到 1000 之间的整数月数</translation>
    </message>
    <message>
        <source>a birth year between 1900 and 2100 is required</source>
        <translation>出生年份须在 1900 至 2100 之间</translation>
    </message>
</context>
<context>
    <name>tongban::cli::StoreCommand</name>
    <message>
        <source>the backup to restore is required: restore --db FILE --from BACKUP</source>
        <translation>须指定要恢复的备份：restore --db FILE --from BACKUP</translation>
    </message>
    <message>
        <source>the database file is required: %1</source>
        <translation>须指定数据库文件：%1</translation>
    </message>
    <message>
        <source>no database file at %1</source>
        <translation>%1 处没有数据库文件</translation>
    </message>
</context>
<context>
    <name>tongban::cli::SweepCommand</name>
    <message>
        <source>the application date is required as YYYY-MM-DD, e.g. --as-of 2022-06-15</source>
        <translation>须给出申请日期，格式 YYYY-MM-DD，例如 --as-of 2022-06-15</translation>
    </message>
</context>
<context>
    <name>tongban::cli::SyncCommand</name>
    <message>
        <source>%1 is required; usage: tongban-cli %2</source>
        <translation>需要 %1；用法：tongban-cli %2</translation>
    </message>
    <message>
        <source>a whole number from 1 to 100000 is allowed, not &quot;%1&quot;</source>
        <translation>只允许 1 至 100000 的整数，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>tongban::cli::SyncLimitsCommand</name>
    <message>
        <source>--days and --records are set together; usage: tongban-cli %1</source>
        <translation>--days 与 --records 须一起设置；用法：tongban-cli %1</translation>
    </message>
    <message>
        <source>a whole number of days is required</source>
        <translation>天数须为整数</translation>
    </message>
    <message>
        <source>a whole number of records is required</source>
        <translation>记录数须为整数</translation>
    </message>
</context>
<context>
    <name>tongban::cli::UnemploymentCommand</name>
    <message>
        <source>the stop needs &quot;date&quot; (YYYY-MM-DD) and &quot;ground&quot;</source>
        <translation>停发须给出 &quot;date&quot;（YYYY-MM-DD）和 &quot;ground&quot;</translation>
    </message>
    <message>
        <source>a claim that is not eligible has nothing to stop</source>
        <translation>不符合条件的申领无可停发</translation>
    </message>
    <message>
        <source>must be a whole number of months, 0 or more</source>
        <translation>须为不小于 0 的整数月数</translation>
    </message>
    <message>
        <source>required: the six-digit GB/T 2260 region code as text</source>
        <translation>必填：六位行政区划代码（GB/T 2260），以文本给出</translation>
    </message>
    <message>
        <source>required: the claim date YYYY-MM-DD</source>
        <translation>必填：申领日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>required: a job-loss reason key such as &quot;contract-expired&quot;</source>
        <translation>必填：就业中断原因的键，例如 &quot;contract-expired&quot;</translation>
    </message>
    <message>
        <source>required: true or false (registered as unemployed and seeking work)</source>
        <translation>必填：true 或 false（是否已办理失业登记并有求职要求）</translation>
    </message>
    <message>
        <source>must be an amount in CNY with at most two decimals</source>
        <translation>须为金额（元），最多两位小数</translation>
    </message>
    <message>
        <source>the statutory retirement month is written YYYY-MM</source>
        <translation>法定退休年月须写作 YYYY-MM</translation>
    </message>
</context>
<context>
    <name>tongban::cli::WorkflowCommand</name>
    <message>
        <source>the matter is required: --matter UUID (the id the intake printed)</source>
        <translation>须给出事项：--matter UUID（受理时输出的事项 id）</translation>
    </message>
    <message>
        <source>the new status is required: --to one of %1</source>
        <translation>须给出新状态：--to 取 %1 之一</translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot;; known: %2</source>
        <translation>未知部门“%1”；已知：%2</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;; known: %2</source>
        <translation>未知渠道“%1”；已知：%2</translation>
    </message>
    <message>
        <source>the batch file is required: --file FILE (&quot;-&quot;: standard input)</source>
        <translation>须给出批量文件：--file FILE（“-”表示标准输入）</translation>
    </message>
</context>
<context>
    <name>tongban::deferral::DeferralEvaluator</name>
    <message>
        <source>size not given: %1 required</source>
        <translation>未给出规模：须为%1</translation>
    </message>
    <message>
        <source>size %1 is %2</source>
        <translation>规模为%1，属于%2</translation>
    </message>
    <message>
        <source>size %1 is not %2</source>
        <translation>规模为%1，不属于%2</translation>
    </message>
    <message>
        <source>in a hard-hit area</source>
        <translation>位于受疫情影响严重地区</translation>
    </message>
    <message>
        <source>not in a hard-hit area</source>
        <translation>不在受疫情影响严重地区</translation>
    </message>
    <message>
        <source>temporary operating difficulty attested</source>
        <translation>已确认生产经营出现暂时困难</translation>
    </message>
    <message>
        <source>no temporary operating difficulty attested</source>
        <translation>未确认生产经营出现暂时困难</translation>
    </message>
    <message>
        <source>the policy was not yet in force on %1: applications from %2 (%3)</source>
        <translation>%1 政策尚未施行：自 %2 起受理申请（%3）</translation>
    </message>
    <message>
        <source>the deferral period is over: applications closed on %1; deferred premiums are to be paid back by %2 (%3)</source>
        <translation>缓缴申请期已结束：已于 %1 截止受理；缓缴的费款最迟须于 %2 补缴完毕（%3）</translation>
    </message>
    <message>
        <source>no industry given: %1 covers %2 (%3)</source>
        <translation>未给出行业：%1 包括 %2（%3）</translation>
    </message>
    <message>
        <source>industry %1 is one of %2 (%3)</source>
        <translation>行业 %1 属于%2（%3）</translation>
    </message>
    <message>
        <source>industry %1 is not one of %2 (%3); of major group %4 only %5 is: give the 4-digit class</source>
        <translation>行业 %1 不属于%2（%3）；大类 %4 中只有 %5 属于：请给出四位小类代码</translation>
    </message>
    <message>
        <source>industry %1 is not one of %2 (%3)</source>
        <translation>行业 %1 不属于%2（%3）</translation>
    </message>
    <message>
        <source>the date of the application is required: YYYY-MM-DD</source>
        <translation>须给出申请日期：YYYY-MM-DD</translation>
    </message>
    <message>
        <source>no premium month left to defer: the window ended %1</source>
        <translation>已无可缓缴的费款所属期：缓缴期已于 %1 结束</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>application on %1 is within the application period %2 to %3</source>
        <translation>申请日期 %1 在申请期 %2 至 %3 之内</translation>
    </message>
    <message>
        <source>premium months from the application month %1 to %2 may be deferred (%3)</source>
        <translation>自申请当月 %1 至 %2 的费款所属期可以缓缴（%3）</translation>
    </message>
    <message>
        <source>premium months %1 to %2 may be deferred; a shorter span may be chosen (%3)</source>
        <translation>费款所属期 %1 至 %2 可以缓缴，也可选择较短的期间（%3）</translation>
    </message>
    <message>
        <source>deferred premiums are to be paid back by %1 (%2)</source>
        <translation>缓缴的费款最迟须于 %1 补缴完毕（%2）</translation>
    </message>
    <message>
        <source>no late-payment surcharge during deferral and pay-back (%1)</source>
        <translation>缓缴期间和补缴期间免收滞纳金（%1）</translation>
    </message>
    <message>
        <source>no rule of the %1 covers %2 premiums of a %3</source>
        <translation>%1中没有适用于%3缴纳%2费的规则</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the names of rules</comment>
        <translation>；</translation>
    </message>
    <message>
        <source> / </source>
        <comment>between insurances</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Premiums may be deferred under %1.</source>
        <translation>可以缓缴，依据：%1。</translation>
    </message>
    <message>
        <source>The application period ended on %1: no premium may be deferred any more; premiums deferred earlier are to be paid back by %2 (%3).</source>
        <translation>申请期已于%1结束，不能再申请缓缴；此前缓缴的费款须于%2前补缴完毕（%3）。</translation>
    </message>
    <message>
        <source>The application period had not begun on %1: the policy was not yet in force; applications from %2 (%3).</source>
        <translation>截至%1申请期尚未开始，政策尚未施行；自%2起受理申请（%3）。</translation>
    </message>
    <message>
        <source>No rule of the %1 covers a %2: no premium may be deferred.</source>
        <translation>%1中没有适用于%2的规则，不能缓缴。</translation>
    </message>
    <message>
        <source>No premium may be deferred: no rule of the %1 applies to this payer on %2.</source>
        <translation>不能缓缴：%2申请时，该缴费人不符合%1的任何一项规则。</translation>
    </message>
    <message>
        <source>No premium may be deferred: %1.</source>
        <translation>不能缓缴：%1。</translation>
    </message>
</context>
<context>
    <name>tongban::deferral::DeferralJson</name>
    <message>
        <source>the date of the application is required: &quot;YYYY-MM-DD&quot;</source>
        <translation>须给出申请日期：&quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>the payer is required: an object with kind, uscc, industry, size, hard_hit_area, temporary_difficulty</source>
        <translation>须给出缴费主体：含 kind、uscc、industry、size、hard_hit_area、temporary_difficulty 的对象</translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation>须为文本</translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>unknown field; allowed: %1</source>
        <translation>未知字段；允许的字段：%1</translation>
    </message>
</context>
<context>
    <name>tongban::deferral::DeferralNotice</name>
    <message>
        <source>Notice of temporary social insurance premium deferral</source>
        <translation>阶段性缓缴社会保险费通知</translation>
    </message>
    <message>
        <source>%1 — application date %2</source>
        <translation>%1 — 申请日期 %2</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴费主体</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry (GB/T 4754-2017)</source>
        <translation>行业（GB/T 4754-2017）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Hard-hit area</source>
        <translation>受疫情影响严重地区</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Temporary operating difficulty attested</source>
        <translation>已确认生产经营出现暂时困难</translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation>缓缴</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Premium months</source>
        <translation>费款所属期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Share deferred</source>
        <translation>缓缴部分</translation>
    </message>
    <message>
        <source>Pay back by</source>
        <translation>补缴截止日期</translation>
    </message>
    <message>
        <source>Late-payment surcharge</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>免收</translation>
    </message>
    <message>
        <source>not waived</source>
        <translation>不免收</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Name of the employer</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Hard-hit areas and operating difficulty follow the local criteria; the clerk attested them.</source>
        <translation>受疫情影响严重地区和生产经营暂时困难按当地认定标准执行，已由经办人员核实。</translation>
    </message>
    <message>
        <source>Rules edition %1.</source>
        <translation>规则版本 %1。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结论：%1</translation>
    </message>
</context>
<context>
    <name>tongban::deferral::DeferralRules</name>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1：%3 处%2</translation>
    </message>
    <message>
        <source>a source key listed in &quot;sources&quot; is required</source>
        <translation>须为 &quot;sources&quot; 中列出的来源键</translation>
    </message>
    <message>
        <source>a confidence HIGH, MEDIUM or LOW is required</source>
        <translation>须给出可信度 HIGH、MEDIUM 或 LOW</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is required</source>
        <translation>须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a month YYYY-MM is required</source>
        <translation>须为年月 YYYY-MM</translation>
    </message>
    <message>
        <source>cannot read the deferral rules %1: %2</source>
        <translation>无法读取缓缴规则 %1：%2</translation>
    </message>
    <message>
        <source>the deferral rules %1 are not a JSON object: %2</source>
        <translation>缓缴规则 %1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>%1: a source needs its document</source>
        <translation>%1：每个来源须注明文件</translation>
    </message>
    <message>
        <source>the list of insurances is required</source>
        <translation>须给出险种列表</translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>a group needs an id and codes</source>
        <translation>每个行业组须有 id 和代码</translation>
    </message>
    <message>
        <source>at least one rule is required</source>
        <translation>至少须有一条规则</translation>
    </message>
    <message>
        <source>a rule needs an id and payer kinds</source>
        <translation>每条规则须有 id 和缴费主体类型</translation>
    </message>
    <message>
        <source>&quot;employer&quot; or &quot;all&quot; is required</source>
        <translation>须为 &quot;employer&quot; 或 &quot;all&quot;</translation>
    </message>
    <message>
        <source>an id of industry_groups is required</source>
        <translation>须为 industry_groups 中的 id</translation>
    </message>
    <message>
        <source>at least one insurance window is required</source>
        <translation>至少须有一个险种的缓缴期</translation>
    </message>
    <message>
        <source>one of %1 is required</source>
        <translation>须为以下之一：%1</translation>
    </message>
    <message>
        <source>either a first month &quot;from&quot; or &quot;from_application&quot;: true is required</source>
        <translation>须给出起始月份 &quot;from&quot;，或 &quot;from_application&quot;: true</translation>
    </message>
    <message>
        <source>a last month &quot;to&quot; or &quot;max_months&quot; &gt; 0 is required</source>
        <translation>须给出截止月份 &quot;to&quot;，或 &quot;max_months&quot; &gt; 0</translation>
    </message>
</context>
<context>
    <name>tongban::deferral::DeferralText</name>
    <message>
        <source>pension insurance</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>unemployment insurance</source>
        <translation>失业保险</translation>
    </message>
    <message>
        <source>work-injury insurance</source>
        <translation>工伤保险</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>individual business insured as a unit</source>
        <translation>以单位方式参保的个体工商户</translation>
    </message>
    <message>
        <source>individual business insured personally</source>
        <translation>以个人身份参保的个体工商户</translation>
    </message>
    <message>
        <source>flexibly employed person</source>
        <translation>灵活就业人员</translation>
    </message>
    <message>
        <source>public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>employer share</source>
        <translation>单位缴费部分</translation>
    </message>
    <message>
        <source>whole premium</source>
        <translation>全部保险费</translation>
    </message>
    <message>
        <source>micro</source>
        <comment>company size</comment>
        <translation>微型</translation>
    </message>
    <message>
        <source>small</source>
        <comment>company size</comment>
        <translation>小型</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>company size</comment>
        <translation>中型</translation>
    </message>
    <message>
        <source>large</source>
        <comment>company size</comment>
        <translation>大型</translation>
    </message>
</context>
<context>
    <name>tongban::deferral::PayerValidation</name>
    <message>
        <source>the payer kind is missing: one of %1</source>
        <translation>缺少缴费主体类型，可选：%1</translation>
    </message>
    <message>
        <source>%1 is not a payer kind: one of %2</source>
        <translation>%1 不是缴费主体类型，可选：%2</translation>
    </message>
    <message>
        <source>the unified social credit code is required for a payer of kind %1: 18 characters (GB 32100-2015)</source>
        <translation>缴费主体类型为%1时须给出统一社会信用代码：18 位（GB 32100-2015）</translation>
    </message>
    <message>
        <source>%1 is not a valid unified social credit code: %2</source>
        <translation>%1 不是有效的统一社会信用代码：%2</translation>
    </message>
    <message>
        <source>the size class is required for a payer of kind %1: one of %2</source>
        <translation>缴费主体类型为%1时须给出规模，可选：%2</translation>
    </message>
    <message>
        <source>%1 is not a size class: one of %2</source>
        <translation>%1 不是规模类型，可选：%2</translation>
    </message>
</context>
<context>
    <name>tongban::demo::DemoDeferredIndexes</name>
    <message>
        <source>cannot read the indexes of the contribution records</source>
        <translation>无法读取缴费记录的索引</translation>
    </message>
    <message>
        <source>cannot drop the indexes of the contribution records</source>
        <translation>无法删除缴费记录的索引</translation>
    </message>
    <message>
        <source>cannot build the indexes of the contribution records</source>
        <translation>无法重建缴费记录的索引</translation>
    </message>
</context>
<context>
    <name>tongban::demo::DemoGenerator</name>
    <message>
        <source>the contribution rate &quot;%1&quot; is not in the parameters</source>
        <translation>参数中没有缴费比例“%1”</translation>
    </message>
    <message>
        <source>the number of persons must be between 2 and %1 (the two colleagues of the fixed cast are always included)</source>
        <translation>人数须在 2 到 %1 之间（固定的两位同事总会包含在内）</translation>
    </message>
    <message>
        <source>no policy parameters were given</source>
        <translation>未提供政策参数</translation>
    </message>
    <message>
        <source>no output file was given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>%1 already exists; a demo database is only written to a new file</source>
        <translation>%1 已存在；演示数据库只写入新文件</translation>
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation>目录 %1 不存在</translation>
    </message>
    <message>
        <source>cannot move the new database to %1: %2</source>
        <translation>无法将新数据库移到 %1：%2</translation>
    </message>
    <message>
        <source>the contribution base bound &quot;%1&quot; is not in the parameters</source>
        <translation>参数中没有缴费基数上下限“%1”</translation>
    </message>
    <message>
        <source>the number of employers must be between 1 and %1</source>
        <translation>参保单位数须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>the number of employers must be between 0 and %1</source>
        <translation>参保单位数须在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>cannot finish the file</source>
        <translation>无法完成数据库文件</translation>
    </message>
</context>
<context>
    <name>tongban::employer::IndustryCatalog</name>
    <message>
        <source>the industry classification table is missing: %1</source>
        <translation>缺少国民经济行业分类表：%1</translation>
    </message>
    <message>
        <source>the industry classification table is not valid JSON: %1</source>
        <translation>国民经济行业分类表不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>%1: the table names no source document</source>
        <translation>%1：该表未注明来源文件</translation>
    </message>
    <message>
        <source>the industry is missing: give %1</source>
        <translation>缺少行业：请给出%1</translation>
    </message>
    <message>
        <source>%1 is not an industry code: give %2</source>
        <translation>%1 不是行业代码：请给出%2</translation>
    </message>
    <message>
        <source>%1: major group %2 does not exist in GB/T 4754-2017; give %3</source>
        <translation>%1：GB/T 4754-2017 中没有大类 %2；请给出%3</translation>
    </message>
    <message>
        <source>%1: major group %2 belongs to section %3, not %4</source>
        <translation>%1：大类 %2 属于门类 %3，不属于门类 %4</translation>
    </message>
    <message>
        <source>a GB/T 4754-2017 code: a 2-digit major group 01–97 (e.g. 62), a 3-digit group (e.g. 729) or a 4-digit class (e.g. 7291), optionally after its section letter A–T (C13, C1311)</source>
        <translation>GB/T 4754-2017 代码：两位大类代码 01–97（例如 62）、三位中类代码（例如 729）或四位小类代码（例如 7291），前面可加门类字母 A–T（C13、C1311）</translation>
    </message>
    <message>
        <source>%1: %2 has no %3</source>
        <translation>%1：%2 下没有 %3</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>该表</translation>
    </message>
    <message>
        <source>a section needs a new letter A–T and a name</source>
        <translation>每个门类须有不重复的字母 A–T 和名称</translation>
    </message>
    <message>
        <source>a row of %1 needs a new %2-digit code and a name</source>
        <translation>%1 的每一行须有不重复的 %2 位代码和名称</translation>
    </message>
    <message>
        <source>a row of %1 needs a new %2-digit code starting with %3 and a name</source>
        <translation>%1 的每一行须有以 %3 开头、不重复的 %2 位代码和名称</translation>
    </message>
    <message>
        <source>%1: %2 (found &quot;%3&quot;)</source>
        <translation>%1：%2（实为“%3”）</translation>
    </message>
    <message>
        <source>%1: %2 rows of %3 where the table declares %4</source>
        <translation>%1：%3 有 %2 行，而该表声明为 %4 行</translation>
    </message>
    <message>
        <source>%1: %2 is not a group (中类) of GB/T 4754-2017; the groups of major group %3 are %4</source>
        <translation>%1：%2 不是 GB/T 4754-2017 的中类；大类 %3 的中类为 %4</translation>
    </message>
    <message>
        <source>%1: %2 is not a class (小类) of GB/T 4754-2017: major group %3 has no group %4; its groups are %5</source>
        <translation>%1：%2 不是 GB/T 4754-2017 的小类：大类 %3 下没有中类 %4；其中类为 %5</translation>
    </message>
    <message>
        <source>%1: %2 is not a class (小类) of GB/T 4754-2017; the classes of group %3 are %4</source>
        <translation>%1：%2 不是 GB/T 4754-2017 的小类；中类 %3 的小类为 %4</translation>
    </message>
</context>
<context>
    <name>tongban::history::ContributionHistory</name>
    <message>
        <source>two %1 records for %2</source>
        <translation>%2 有两条 %1 缴费记录</translation>
    </message>
    <message>
        <source>average wage %1 (%2)</source>
        <translation>%1 社会平均工资（%2）</translation>
    </message>
    <message>
        <source>crediting rate %1 (not yet published: no interest credited)</source>
        <translation>%1 年记账利率（尚未公布，未计息）</translation>
    </message>
    <message>
        <source>the average wage for %1 contributions is missing, so the contribution index cannot be computed</source>
        <translation>缺少 %1 年缴费对应的社会平均工资，无法计算缴费指数</translation>
    </message>
    <message>
        <source>the average wage for %1 contributions is missing, so the average contribution index cannot be computed</source>
        <translation>缺少 %1 年缴费对应的社会平均工资，无法计算平均缴费指数</translation>
    </message>
    <message>
        <source>assumed: the latest published average wage (%1) held</source>
        <translation>假定：沿用最近公布的社会平均工资（%1 年）</translation>
    </message>
    <message>
        <source>the region counts deemed months at a deemed contribution index table that is not in the shipped data; the average index needs the person&apos;s deemed index</source>
        <translation>本地区视同缴费月数按视同缴费指数表计算，该表未收录；计算平均缴费指数须录入本人的视同缴费指数</translation>
    </message>
    <message>
        <source>Contributions of %1 divide by the latest published average wage, %2 CNY of %3 (not yet published for %4).</source>
        <translation>%1 年的缴费按最近公布的 %3 年社会平均工资 %2 元计算缴费指数（%4 年的尚未公布）。</translation>
    </message>
    <message>
        <source>Crediting rates of %1 assumed at %2 (not yet published).</source>
        <translation>%1 年的记账利率假定为 %2（尚未公布）。</translation>
    </message>
    <message>
        <source>the pension rules of region %1 (not in the data yet: no average wages, no deemed index)</source>
        <translation>地区 %1 的养老金计发规则（数据中尚未收录：无社平工资，无视同缴费指数）</translation>
    </message>
</context>
<context>
    <name>tongban::identity::CitizenId</name>
    <message numerus="yes">
        <source>a citizen ID number has 18 characters (or 15 digits in the old form); this one has %n</source>
        <translation>
            <numerusform>身份证号应为 18 位（旧式 15 位）；此号码为 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>the last character must be a digit or X, not &quot;%1&quot;</source>
        <translation>最后一位须为数字或 X，不能是“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not a digit</source>
        <translation>第 %2 位的“%1”不是数字</translation>
    </message>
    <message>
        <source>the address code %1 cannot start with 0</source>
        <translation>地址码 %1 不能以 0 开头</translation>
    </message>
    <message>
        <source>the birth date %1-%2-%3 does not exist</source>
        <translation>出生日期 %1-%2-%3 不存在</translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the birth date %1 is before 1880</source>
        <translation>出生日期 %1 早于 1880 年</translation>
    </message>
    <message>
        <source>wrong check character: expected %1, got %2</source>
        <translation>校验码错误：应为 %1，实为 %2</translation>
    </message>
</context>
<context>
    <name>tongban::identity::Uscc</name>
    <message numerus="yes">
        <source>a unified social credit code has 18 characters; this one has %n</source>
        <translation>
            <numerusform>统一社会信用代码应为 18 位；此代码为 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not allowed in a unified social credit code (digits and capital letters except I, O, S, V, Z)</source>
        <translation>第 %2 位的“%1”不能用于统一社会信用代码（只用数字和除 I、O、S、V、Z 外的大写字母）</translation>
    </message>
    <message>
        <source>wrong check character: expected %1, got %2</source>
        <translation>校验码错误：应为 %1，实为 %2</translation>
    </message>
</context>
<context>
    <name>tongban::intake::FieldValidator</name>
    <message>
        <source>a text is expected</source>
        <translation>应填写文字</translation>
    </message>
    <message>
        <source>at least %1 characters are needed (%2 given)</source>
        <translation>至少需要 %1 个字符（现为 %2 个）</translation>
    </message>
    <message>
        <source>at most %1 characters are allowed (%2 given)</source>
        <translation>最多允许 %1 个字符（现为 %2 个）</translation>
    </message>
    <message>
        <source>the text does not have the expected form</source>
        <translation>内容格式不符合要求</translation>
    </message>
    <message>
        <source>the text does not have the expected form: %1</source>
        <translation>内容格式不符合要求：%1</translation>
    </message>
    <message>
        <source>a citizen ID number of 18 characters is expected</source>
        <translation>应填写 18 位公民身份号码</translation>
    </message>
    <message>
        <source>a unified social credit code of 18 characters is expected</source>
        <translation>应填写 18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>a mobile number (11 digits starting 13–19) or a landline with its area code (e.g. 010-12345678) is expected</source>
        <translation>应填写手机号码（11 位，以 13–19 开头）或带区号的固定电话（如 010-12345678）</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is expected, e.g. 2026-12-02</source>
        <translation>应填写日期，格式为 YYYY-MM-DD，如 2026-12-02</translation>
    </message>
    <message>
        <source>the date may not be after today (%1)</source>
        <translation>日期不得晚于今天（%1）</translation>
    </message>
    <message>
        <source>the date may not be before today (%1)</source>
        <translation>日期不得早于今天（%1）</translation>
    </message>
    <message>
        <source>a month YYYY-MM is expected, e.g. 2027-01</source>
        <translation>应填写年月，格式为 YYYY-MM，如 2027-01</translation>
    </message>
    <message>
        <source>the month may not be after this month (%1)</source>
        <translation>年月不得晚于本月（%1）</translation>
    </message>
    <message>
        <source>the month may not be before this month (%1)</source>
        <translation>年月不得早于本月（%1）</translation>
    </message>
    <message>
        <source>a range of months {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;} is expected</source>
        <translation>应填写起止年月 {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;}</translation>
    </message>
    <message>
        <source>the first month (%1) is after the last (%2)</source>
        <translation>起始年月（%1）晚于截止年月（%2）</translation>
    </message>
    <message>
        <source>the months may not reach beyond this month (%1)</source>
        <translation>截止年月不得晚于本月（%1）</translation>
    </message>
    <message>
        <source>at least one period {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;, &quot;employer&quot;: &quot;…&quot;} is expected</source>
        <translation>应至少填写一段经历 {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;, &quot;employer&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>a period is {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;, &quot;employer&quot;: &quot;…&quot;} with the employer named</source>
        <translation>每段经历应为 {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;, &quot;employer&quot;: &quot;…&quot;}，并写明单位</translation>
    </message>
    <message>
        <source>the first month is after the last</source>
        <translation>起始年月晚于截止年月</translation>
    </message>
    <message>
        <source>the period overlaps an earlier one: each month may be claimed once</source>
        <translation>本段与前面的经历重叠：每个月只能申报一次</translation>
    </message>
    <message>
        <source>an amount in yuan with at most two decimals is expected, e.g. &quot;1234.56&quot;</source>
        <translation>应填写以元为单位、最多两位小数的金额，如“1234.56”</translation>
    </message>
    <message>
        <source>the amount may not be below %1 yuan</source>
        <translation>金额不得低于 %1 元</translation>
    </message>
    <message>
        <source>the amount may not be above %1 yuan</source>
        <translation>金额不得高于 %1 元</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>应填写整数</translation>
    </message>
    <message>
        <source>the number may not be below %1</source>
        <translation>数值不得小于 %1</translation>
    </message>
    <message>
        <source>the number may not be above %1</source>
        <translation>数值不得大于 %1</translation>
    </message>
    <message>
        <source>one of these is expected: %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>应选择“是”或“否”</translation>
    </message>
    <message>
        <source>a bank account number of 12 to 30 digits is expected (%1 characters given)</source>
        <translation>银行账号应为 12 至 30 位数字（现为 %1 位）</translation>
    </message>
    <message>
        <source>a six-digit region code (GB/T 2260) is expected, e.g. 110105</source>
        <translation>应填写 6 位行政区划代码（GB/T 2260），如 110105</translation>
    </message>
</context>
<context>
    <name>tongban::intake::IntakeCaseCodec</name>
    <message>
        <source>unknown key &quot;%1&quot;; allowed here: %2</source>
        <translation>未知的键“%1”；此处允许：%2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>须为字符串</translation>
    </message>
    <message>
        <source>the applicant is required: {&quot;id_number&quot;, &quot;name&quot;, &quot;phone&quot;}</source>
        <translation>须填写申请人：{&quot;id_number&quot;, &quot;name&quot;, &quot;phone&quot;}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>the matters are required: an array of {&quot;matter&quot;, &quot;fields&quot;, &quot;documents&quot;}</source>
        <translation>须填写事项：由 {&quot;matter&quot;, &quot;fields&quot;, &quot;documents&quot;} 组成的数组</translation>
    </message>
    <message>
        <source>a matter is an object {&quot;matter&quot;, &quot;fields&quot;, &quot;documents&quot;}</source>
        <translation>每个事项应为对象 {&quot;matter&quot;, &quot;fields&quot;, &quot;documents&quot;}</translation>
    </message>
    <message>
        <source>must be an object {&quot;id_number&quot;, &quot;name&quot;, &quot;relation&quot;}</source>
        <translation>须为对象 {&quot;id_number&quot;, &quot;name&quot;, &quot;relation&quot;}</translation>
    </message>
    <message>
        <source>must be an object: field id → value</source>
        <translation>须为对象：字段编号 → 值</translation>
    </message>
    <message>
        <source>must be an array of document ids</source>
        <translation>须为材料编号的数组</translation>
    </message>
    <message>
        <source>a document id is a string</source>
        <translation>材料编号须为字符串</translation>
    </message>
    <message>
        <source>the ticket time must be a date and time in ISO 8601, e.g. &quot;2026-12-02T09:40:00+08:00&quot;</source>
        <translation>取号时间须为 ISO 8601 格式的日期时间，例如“2026-12-02T09:40:00+08:00”</translation>
    </message>
    <message>
        <source>a window category is one capital letter A to Z (its automatic numbers: A001, B001, …)</source>
        <translation>窗口类别是一个大写字母 A 至 Z（其自动号码为 A001、B001……）</translation>
    </message>
</context>
<context>
    <name>tongban::intake::IntakeNotices</name>
    <message>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>entrusted person</source>
        <translation>受托人</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可以办理</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <source>cannot proceed</source>
        <translation>无法办理</translation>
    </message>
    <message>
        <source>done at the counter</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>%1 working days promised</source>
        <translation>承诺 %1 个工作日</translation>
    </message>
    <message>
        <source>no promised limit published</source>
        <translation>未公布承诺时限</translation>
    </message>
    <message>
        <source>, %1 by law</source>
        <translation>，法定 %1 个工作日</translation>
    </message>
    <message>
        <source>%1: %2 %3 (confidence %4); time limits: %5</source>
        <translation>%1：%2 %3（可信度 %4）；时限依据：%5</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Queue number %1, received %2 by %3</source>
        <translation>排队号 %1，%2 由 %3 受理</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt %1</source>
        <translation>受理回执 %1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>代办对象</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Due by law by</source>
        <translation>法定办结日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>to be set once the holiday arrangement is published (%1)</source>
        <translation>待节假日安排公布后确定（%1）</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Pre-review</source>
        <translation>预审</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The time limits are working days counted from the day all documents are complete; a missing document is listed on the one-time notice. Keep this receipt and bring it when you ask about the matters or collect the results.</source>
        <translation>办理时限按工作日计算，自材料齐全之日起算；缺少的材料已列在一次性告知书上。请妥善保管本回执，查询办理进度或领取结果时请携带。</translation>
    </message>
    <message>
        <source>Visit %1; matter catalog edition %2</source>
        <translation>来访 %1；事项目录版本 %2</translation>
    </message>
    <message>
        <source>One-time notice of the documents to supply</source>
        <translation>一次性告知书（需补充的材料）</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>致 %1</translation>
    </message>
    <message>
        <source>For %1, queue number %2</source>
        <translation>致 %1，排队号 %2</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Documents still to supply</source>
        <translation>尚需补充的材料</translation>
    </message>
    <message>
        <source>Nothing is missing: every document the matters need has been brought.</source>
        <translation>材料齐全：所办事项需要的材料均已提交。</translation>
    </message>
    <message>
        <source>%1 — needed for: %2</source>
        <translation>%1 —— 用于：%2</translation>
    </message>
    <message>
        <source>Matters and time limits</source>
        <translation>办理事项及时限</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>This notice lists everything still needed, once; nothing else will be asked for these matters. The time limits count working days from the day the documents are complete.</source>
        <translation>本告知书一次性列明尚需补充的全部材料，上述事项不再要求其他材料。办理时限按工作日计算，自材料齐全之日起算。</translation>
    </message>
    <message>
        <source>Matter catalog edition %1</source>
        <translation>事项目录版本 %1</translation>
    </message>
</context>
<context>
    <name>tongban::intake::IntakeRepository</name>
    <message>
        <source>cannot prepare storing the intake</source>
        <translation>无法准备保存受理记录</translation>
    </message>
    <message>
        <source>cannot store the intake of %1</source>
        <translation>无法保存排队号 %1 的受理记录</translation>
    </message>
    <message>
        <source>cannot prepare storing the matters</source>
        <translation>无法准备保存受理事项</translation>
    </message>
    <message>
        <source>cannot store the matter %1</source>
        <translation>无法保存事项 %1</translation>
    </message>
    <message>
        <source>cannot prepare reading the intake</source>
        <translation>无法准备读取受理记录</translation>
    </message>
    <message>
        <source>cannot read the intake</source>
        <translation>无法读取受理记录</translation>
    </message>
    <message>
        <source>no intake is stored for the visit %1</source>
        <translation>来访 %1 没有保存受理记录</translation>
    </message>
    <message>
        <source>cannot prepare reading the matters</source>
        <translation>无法准备读取受理事项</translation>
    </message>
    <message>
        <source>cannot read the matters</source>
        <translation>无法读取受理事项</translation>
    </message>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation>须填写经办人姓名</translation>
    </message>
    <message>
        <source>a draft id is a UUID in lower case</source>
        <translation>草稿编号须为小写的 UUID</translation>
    </message>
    <message>
        <source>cannot prepare saving the draft</source>
        <translation>无法准备保存草稿</translation>
    </message>
    <message>
        <source>cannot save the draft</source>
        <translation>无法保存草稿</translation>
    </message>
    <message>
        <source>cannot prepare reading the draft</source>
        <translation>无法准备读取草稿</translation>
    </message>
    <message>
        <source>cannot read the draft</source>
        <translation>无法读取草稿</translation>
    </message>
    <message>
        <source>cannot prepare discarding the draft</source>
        <translation>无法准备删除草稿</translation>
    </message>
    <message>
        <source>cannot discard the draft</source>
        <translation>无法删除草稿</translation>
    </message>
    <message>
        <source>the ticket time %1 is after the call (%2): check the time on the ticket</source>
        <translation>取号时间 %1 晚于叫号时间（%2）：请核对号票上的时间</translation>
    </message>
</context>
<context>
    <name>tongban::intake::IntakeValidator</name>
    <message>
        <source>the citizen ID number is required (18 characters)</source>
        <translation>须填写公民身份号码（18 位）</translation>
    </message>
    <message>
        <source>the applicant&apos;s name is required</source>
        <translation>须填写申请人姓名</translation>
    </message>
    <message>
        <source>a mobile number (11 digits starting 13–19) or a landline with its area code (e.g. 010-12345678) is expected</source>
        <translation>应填写手机号码（11 位，以 13–19 开头）或带区号的固定电话（如 010-12345678）</translation>
    </message>
    <message>
        <source>add at least one matter</source>
        <translation>请至少添加一个事项</translation>
    </message>
    <message>
        <source>the matter is required: an id of the catalog (tongban-cli matters lists them)</source>
        <translation>须填写事项：事项目录中的编号（tongban-cli matters 可列出）</translation>
    </message>
    <message>
        <source>unknown matter &quot;%1&quot;: tongban-cli matters lists the catalog</source>
        <translation>未知事项“%1”：tongban-cli matters 可列出事项目录</translation>
    </message>
    <message>
        <source>an employer&apos;s matter has no agent: the applicant is the employer&apos;s handler</source>
        <translation>单位事项没有代办人：申请人即单位经办人</translation>
    </message>
    <message>
        <source>the person acted for is the applicant: leave agent_for out</source>
        <translation>被代办人就是申请人本人：请不要填写 agent_for</translation>
    </message>
    <message>
        <source>the name of the person acted for is required</source>
        <translation>须填写被代办人姓名</translation>
    </message>
    <message>
        <source>the relation is one of: spouse, parent, child, sibling, other-relative, entrusted (受托人)</source>
        <translation>与被代办人的关系应为以下之一：spouse（配偶）、parent（父母）、child（子女）、sibling（兄弟姐妹）、other-relative（其他亲属）、entrusted（受托人）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in this intake for the same person or employer: one matter once per subject</source>
        <translation>“%1”已在本次受理中为同一人或同一单位添加：同一对象的同一事项只能办理一次</translation>
    </message>
    <message>
        <source>the matter &quot;%1&quot; does not ask for this field</source>
        <translation>事项“%1”不需要此项</translation>
    </message>
    <message>
        <source>%1 is required for this matter</source>
        <translation>办理此事项须填写%1</translation>
    </message>
    <message>
        <source>the matter &quot;%1&quot; does not ask for %2</source>
        <translation>事项“%1”不需要%2</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot;</source>
        <translation>未知材料“%1”</translation>
    </message>
    <message>
        <source>the document is listed twice</source>
        <translation>该材料重复列出</translation>
    </message>
</context>
<context>
    <name>tongban::intake::MatterCatalogLoader</name>
    <message>
        <source>unknown key &quot;%1&quot;; allowed here: %2</source>
        <translation>未知的键“%1”；此处允许：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required</source>
        <translation>须填写“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>“%1”须为字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>“%1”不能为空</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON（位置 %1）：%2</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>文件内容须为 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;edition&quot; is required, a date YYYY-MM-DD</source>
        <translation>须填写“edition”，格式为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>“%1”须为数组</translation>
    </message>
    <message>
        <source>&quot;validation&quot; must be an object</source>
        <translation>“validation”须为对象</translation>
    </message>
    <message>
        <source>unknown validation key &quot;%1&quot; for a field of type %2; allowed: %3</source>
        <translation>类型为 %2 的字段没有校验键“%1”；允许：%3</translation>
    </message>
    <message>
        <source>a length is a whole number of characters, 0 or more</source>
        <translation>长度须为不小于 0 的整数（字符数）</translation>
    </message>
    <message>
        <source>&quot;pattern&quot; must be a valid regular expression</source>
        <translation>“pattern”须为有效的正则表达式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>“%1”须为 true 或 false</translation>
    </message>
    <message>
        <source>a money limit is a string of yuan with at most two decimals, e.g. &quot;1234.56&quot;</source>
        <translation>金额限值须为以元为单位、最多两位小数的字符串，如“1234.56”</translation>
    </message>
    <message>
        <source>an integer limit is a whole number</source>
        <translation>整数限值须为整数</translation>
    </message>
    <message>
        <source>a condition is &quot;agent&quot; or an object {&quot;field&quot;, &quot;set&quot;|&quot;equals&quot;|&quot;in&quot;}</source>
        <translation>条件应为“agent”或对象 {&quot;field&quot;, &quot;set&quot;|&quot;equals&quot;|&quot;in&quot;}</translation>
    </message>
    <message>
        <source>the condition names the field &quot;%1&quot;, which the matter does not ask for</source>
        <translation>条件引用的字段“%1”不在该事项的字段中</translation>
    </message>
    <message>
        <source>a condition on a field has exactly one of &quot;set&quot;, &quot;equals&quot; or &quot;in&quot;</source>
        <translation>字段条件须且只能含“set”“equals”“in”之一</translation>
    </message>
    <message>
        <source>&quot;set&quot; must be true or false</source>
        <translation>“set”须为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;in&quot; must be an array of values</source>
        <translation>“in”须为取值数组</translation>
    </message>
    <message>
        <source>the department &quot;%1&quot; is listed twice</source>
        <translation>部门“%1”重复列出</translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot;; allowed: %2</source>
        <translation>未知的字段类型“%1”；允许：%2</translation>
    </message>
    <message>
        <source>a choice field needs at least one option</source>
        <translation>选择型字段至少需要一个选项</translation>
    </message>
    <message>
        <source>only a choice field has options</source>
        <translation>只有选择型字段才有选项</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is defined twice</source>
        <translation>字段“%1”重复定义</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot; is defined twice</source>
        <translation>材料“%1”重复定义</translation>
    </message>
    <message>
        <source>a matter is a JSON object</source>
        <translation>事项须为 JSON 对象</translation>
    </message>
    <message>
        <source>the matter &quot;%1&quot; is defined twice</source>
        <translation>事项“%1”重复定义</translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot; (departments.json lists the departments)</source>
        <translation>未知部门“%1”（部门列在 departments.json 中）</translation>
    </message>
    <message>
        <source>&quot;pinyin&quot; is the lower-case initials of the name, e.g. &quot;txsq&quot;</source>
        <translation>“pinyin”须为名称拼音首字母的小写，如“txsq”</translation>
    </message>
    <message>
        <source>a search key is a string</source>
        <translation>检索词须为字符串</translation>
    </message>
    <message>
        <source>&quot;subject&quot; is &quot;person&quot; or &quot;employer&quot;</source>
        <translation>“subject”须为“person”或“employer”</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (fields.json defines the fields)</source>
        <translation>未知字段“%1”（字段定义在 fields.json 中）</translation>
    </message>
    <message>
        <source>the matter asks for the field &quot;%1&quot; twice</source>
        <translation>事项重复要求字段“%1”</translation>
    </message>
    <message>
        <source>&quot;required&quot; must be true or false</source>
        <translation>“required”须为 true 或 false</translation>
    </message>
    <message>
        <source>a matter about an employer asks for a required field of type uscc (the employer&apos;s code)</source>
        <translation>单位事项须有一个必填的 uscc 类型字段（单位的统一社会信用代码）</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot; (documents.json defines the documents)</source>
        <translation>未知材料“%1”（材料定义在 documents.json 中）</translation>
    </message>
    <message>
        <source>&quot;time_limit&quot; is required: {&quot;statutory_days&quot;, &quot;promised_days&quot;, &quot;immediate&quot;, &quot;source&quot;}</source>
        <translation>须填写“time_limit”：{&quot;statutory_days&quot;, &quot;promised_days&quot;, &quot;immediate&quot;, &quot;source&quot;}</translation>
    </message>
    <message>
        <source>a time limit is a whole number of working days, 0 or more, or null</source>
        <translation>时限须为不小于 0 的整数（工作日），或 null</translation>
    </message>
    <message>
        <source>the promised limit (%1 working days) is above the statutory one (%2)</source>
        <translation>承诺时限（%1 个工作日）超过法定时限（%2 个工作日）</translation>
    </message>
    <message>
        <source>&quot;offline&quot; must be true or false</source>
        <translation>“offline”须为 true 或 false</translation>
    </message>
    <message>
        <source>unknown pre-review engine &quot;%1&quot;; known: %2</source>
        <translation>未知的预审引擎“%1”；现有：%2</translation>
    </message>
    <message>
        <source>&quot;source&quot; is required: {&quot;document&quot;, &quot;title&quot;, &quot;url&quot;, &quot;confidence&quot;}</source>
        <translation>须填写“source”：{&quot;document&quot;, &quot;title&quot;, &quot;url&quot;, &quot;confidence&quot;}</translation>
    </message>
    <message>
        <source>a source names its document or its title</source>
        <translation>来源须写明文号或标题</translation>
    </message>
    <message>
        <source>&quot;confidence&quot; is high, medium or low</source>
        <translation>“confidence”须为 high、medium 或 low</translation>
    </message>
    <message>
        <source>&quot;workflow&quot; must be an object: {&quot;steps&quot;: [...], &quot;forward_to&quot;: department}</source>
        <translation>“workflow”须为对象：{&quot;steps&quot;: [...], &quot;forward_to&quot;: 部门}</translation>
    </message>
    <message>
        <source>&quot;steps&quot; is required: an array of %1 (empty for an immediate matter)</source>
        <translation>须给出“steps”：由 %1 组成的数组（即办事项为空数组）</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;; allowed: %2</source>
        <translation>未知环节“%1”；允许：%2</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is listed twice</source>
        <translation>环节“%1”重复列出</translation>
    </message>
    <message>
        <source>&quot;forward&quot; comes after &quot;pre-review&quot;: the steps are [&quot;pre-review&quot;, &quot;forward&quot;]</source>
        <translation>“forward”须在“pre-review”之后：环节应为 [&quot;pre-review&quot;, &quot;forward&quot;]</translation>
    </message>
    <message>
        <source>&quot;forward_to&quot; needs the step &quot;forward&quot;</source>
        <translation>“forward_to”须有“forward”环节</translation>
    </message>
</context>
<context>
    <name>tongban::intake::WorkingDayCalendar</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>not a valid JSON object: %1</source>
        <translation>不是有效的 JSON 对象：%1</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be the year the file is named after</source>
        <translation>“year”须与文件名中的年份一致</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD in %1 is required</source>
        <translation>须填写 %1 年内的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD not before &quot;from&quot; is required</source>
        <translation>须填写不早于“from”的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 is not a Saturday or Sunday: only a weekend day can be made a working day</source>
        <translation>%1 不是周六或周日：只有周末才能调为工作日</translation>
    </message>
    <message>
        <source>no holiday arrangement for %1 in resources/calendar</source>
        <translation>resources/calendar 中没有 %1 年的节假日安排</translation>
    </message>
    <message>
        <source>a number of working days is 0 or more</source>
        <translation>工作日数不能小于 0</translation>
    </message>
</context>
<context>
    <name>tongban::notice::Notice</name>
    <message>
        <source>the visitor&apos;s copy carries the agency&apos;s name: set it under Settings → Agency before printing</source>
        <translation>给办事人的告知联须载明经办机构名称：请先在“设置 → 经办机构”中填写后再打印</translation>
    </message>
</context>
<context>
    <name>tongban::pension::AccountProjection</name>
    <message>
        <source>the contribution base to keep paying must be a positive amount in CNY per month</source>
        <translation>续缴的缴费基数须为正数（元/月）</translation>
    </message>
    <message>
        <source>the assumed crediting rate must be between 0 and 0.2 (20 %)</source>
        <translation>假定的记账利率须在 0 到 0.2 之间（20%）</translation>
    </message>
    <message>
        <source>The pension starts in the statutory retirement month %1 (age %2 years %3 months).</source>
        <translation>养老金按法定退休年月 %1 起发（%2 岁 %3 个月）。</translation>
    </message>
    <message>
        <source>a projection needs a pension start after the current month %1; %2 has already begun</source>
        <translation>测算的起发年月须晚于当前月份 %1；%2 已经到来</translation>
    </message>
    <message>
        <source>contributions are recorded up to %1, so the pension cannot start in %2</source>
        <translation>缴费已记录至 %1，养老金不能在 %2 起发</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3 months) contributions continue on a base of %4 CNY a month as %5; %6 CNY is credited to the individual account over that time (before interest).</source>
        <translation>%1 至 %2（%3 个月）以%5身份按每月 %4 元的缴费基数继续缴费；其间记入个人账户 %6 元（未计利息）。</translation>
    </message>
    <message>
        <source>an employee</source>
        <translation>单位职工</translation>
    </message>
    <message>
        <source>a flexibly employed person</source>
        <translation>灵活就业人员</translation>
    </message>
    <message>
        <source>Nothing is left to project: contributions are recorded up to the month before the pension starts.</source>
        <translation>无需测算：缴费已记录至起发前一个月。</translation>
    </message>
    <message>
        <source>Years whose crediting rate is not yet published earn %1, as entered.</source>
        <translation>记账利率尚未公布的年度按录入的 %1 计息。</translation>
    </message>
    <message>
        <source>Calculation base %1 CNY, the latest published figure (for pensions from %2); the base for %3 is not yet published.</source>
        <translation>计发基数按最近公布的 %1 元（适用于 %2 起发）；%3 的计发基数尚未公布。</translation>
    </message>
    <message>
        <source>the base must lie between %1 and %2 CNY a month: %3 %–%4 % of the latest average wage of %5, %6 CNY (%7)</source>
        <translation>缴费基数须在每月 %1 元至 %2 元之间：即 %5 最近公布的社会平均工资 %6 元的 %3%–%4%（%7）</translation>
    </message>
    <message>
        <source>Nothing is recorded from %1 to %2: those months count as not paid.</source>
        <translation>%1 至 %2 没有缴费记录：这些月份按未缴费计。</translation>
    </message>
</context>
<context>
    <name>tongban::pension::CaseFromRecords</name>
    <message>
        <source>unknown field; allowed: %1</source>
        <translation>未知字段；允许的字段：%1</translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot; is required, e.g. &quot;2026-01&quot;</source>
        <translation>须为年月 &quot;YYYY-MM&quot;，例如 &quot;2026-01&quot;</translation>
    </message>
    <message>
        <source>a positive amount in CNY (a JSON number, at most 1,000,000,000, two decimals) is required</source>
        <translation>须为正的金额（元）（JSON 数字，最多 1,000,000,000，两位小数）</translation>
    </message>
    <message>
        <source>a positive number of months below 1000 with at most 6 decimals is required</source>
        <translation>须为小于 1000 的正月数，最多 6 位小数</translation>
    </message>
    <message>
        <source>a text value is required</source>
        <translation>须为文本</translation>
    </message>
    <message>
        <source>true or false is required</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>the month of the calculation is required</source>
        <translation>须给出核算月份</translation>
    </message>
    <message>
        <source>an object {&quot;base&quot;, &quot;kind&quot;} is required</source>
        <translation>须为对象 {&quot;base&quot;, &quot;kind&quot;}</translation>
    </message>
    <message>
        <source>the base to keep paying is required</source>
        <translation>须给出续缴的缴费基数</translation>
    </message>
    <message>
        <source>&quot;employee&quot; or &quot;flexible&quot; is required</source>
        <translation>须为 &quot;employee&quot; 或 &quot;flexible&quot;</translation>
    </message>
</context>
<context>
    <name>tongban::pension::HistoryCaseBuilder</name>
    <message>
        <source>Pension starts in the statutory retirement month %1 (age %2 years %3 months).</source>
        <translation>按法定退休年月 %1 起发（%2 岁 %3 个月）。</translation>
    </message>
    <message>
        <source>the retirement month must come after the birth month</source>
        <translation>退休年月须晚于出生年月</translation>
    </message>
    <message>
        <source>The individual account is as of %1; contributions after that are not projected.</source>
        <translation>个人账户截至 %1；此后的缴费未做预测。</translation>
    </message>
    <message>
        <source>Missing figure: %1.</source>
        <translation>缺少数据：%1。</translation>
    </message>
    <message>
        <source>Average contribution index %1 over %2 actual and %3 deemed months (deemed months at index %4), rounded half-up to 4 decimals as printed on calculation sheets.</source>
        <translation>平均缴费指数 %1：实际缴费 %2 个月、视同缴费 %3 个月（视同期指数按 %4），按核定表惯例四舍五入到 4 位小数。</translation>
    </message>
    <message>
        <source>deemed service</source>
        <translation>视同缴费</translation>
    </message>
    <message>
        <source>%1 %2…%3</source>
        <translation>%1 %2…%3</translation>
    </message>
    <message>
        <source>the index must be between 0 and 3</source>
        <translation>指数须在 0 到 3 之间</translation>
    </message>
    <message>
        <source>The %1 deemed months are service up to %2, before the individual account of %3 began (%4).</source>
        <translation>视同缴费的 %1 个月是 %2 以前、%3 建立个人账户之前的工龄（%4）。</translation>
    </message>
    <message>
        <source>Average contribution index %1 over the %2 actual months only (%3 counts no deemed months in it, %4), rounded half-up to 4 decimals as printed on calculation sheets.</source>
        <translation>平均缴费指数 %1，仅按 %2 个月实际缴费计算（%3 的平均指数不计视同缴费月数，%4），按核定表四舍五入到 4 位小数。</translation>
    </message>
    <message>
        <source>The %1 months paid up to %2, before the individual account of %3 began, count in the transitional pension with the deemed months (%4).</source>
        <translation>%1 个月系 %2 及以前、%3 建立个人账户前的实际缴费，与视同缴费月数一并计入过渡性养老金（%4）。</translation>
    </message>
    <message>
        <source>%1 counts deemed service at an index that is not in the shipped data (%2: %3); enter the index for the %4 deemed months</source>
        <translation>%1 的视同缴费指数未收录（%2：%3）；请录入 %4 个视同缴费月的指数</translation>
    </message>
</context>
<context>
    <name>tongban::pension::LineExplanation</name>
    <message>
        <source>The years counted for the pension: months paid plus the years of work before contributions began that count as paid (deemed), divided by 12.</source>
        <translation>计算养老金的年限：实际缴费月数加上开始缴费前视同缴费的工作年限，除以12。</translation>
    </message>
    <message>
        <source>The average monthly wage the region publishes for pensions starting that year; the same figure for everyone who retires then.</source>
        <translation>本地区公布的、当年起领养老金所用的月平均工资；同年退休的人都用同一个数。</translation>
    </message>
    <message>
        <source>The number of months the individual account is divided by; fixed by the age at retirement.</source>
        <translation>个人账户储存额要除以的月数，由退休时的年龄决定。</translation>
    </message>
    <message>
        <source>The figure the contribution index is multiplied by in the basic pension, where the region uses one apart from the calculation base.</source>
        <translation>本地区在基础养老金中与缴费指数相乘的另一个基数（不同于计发基数时）。</translation>
    </message>
    <message>
        <source>Your own average wage over your working years in today&apos;s terms: the calculation base times your average contribution index (how your contribution base compared with the average wage, year by year).</source>
        <translation>按现在的水平折算的您本人历年平均工资：计发基数乘以您的平均缴费指数（逐年看您的缴费基数是社会平均工资的多少倍）。</translation>
    </message>
    <message>
        <source>The part paid from the pooled fund: the average of the calculation base and your indexed wage, 1% of it for each year counted.</source>
        <translation>由统筹基金支付的部分：计发基数与您的指数化工资的平均数，每计算一年发1%。</translation>
    </message>
    <message>
        <source>The part paid from your own individual account: the balance divided by the payout months.</source>
        <translation>由您本人个人账户支付的部分：账户储存额除以计发月数。</translation>
    </message>
    <message>
        <source>An extra part for the years of work before the individual account existed, which put nothing into it.</source>
        <translation>为建立个人账户之前的工作年限另发的部分，那些年份没有存入个人账户。</translation>
    </message>
    <message>
        <source>The percentage the region pays per year of the transitional part.</source>
        <translation>过渡性养老金每一年按多少百分比计发（过渡系数）。</translation>
    </message>
    <message>
        <source>The contribution index the transitional part counts those years at.</source>
        <translation>过渡性养老金计算这些年份时所用的缴费指数。</translation>
    </message>
    <message>
        <source>The transitional part from the region&apos;s notional account of the years before the individual account.</source>
        <translation>按本地区建立个人账户前年份的虚账记录计算的过渡性养老金。</translation>
    </message>
    <message>
        <source>An amount the region pays on top of the pension.</source>
        <translation>本地区在养老金之外另行加发的金额。</translation>
    </message>
    <message>
        <source>What is paid each month: the parts above added up.</source>
        <translation>每月实际领取的金额：以上各部分相加。</translation>
    </message>
    <message>
        <source>A part of the transitional pension, for work before the individual account existed: the calculation base × the part&apos;s index × its years × the transition coefficient.</source>
        <translation>过渡性养老金的一部分，用于建立个人账户之前的工作年限：计发基数 × 该部分的指数 × 年限 × 过渡系数。</translation>
    </message>
    <message>
        <source>A part of the transitional pension, for %1: the calculation base × that index × those years × the transition coefficient.</source>
        <translation>过渡性养老金的一部分，计算的是%1：计发基数 × 该指数 × 这些年限 × 过渡系数。</translation>
    </message>
    <message>
        <source>the years of work before the individual account existed, at the index the region sets for them</source>
        <translation>建立个人账户之前的工作年限，按本地区为这些年份规定的指数</translation>
    </message>
    <message>
        <source>the months actually paid from %1 to %2, before the individual account existed, at your own average contribution index over those months</source>
        <translation>%1至%2期间（建立个人账户之前）实际缴费的月份，按您在这段时间的平均缴费指数</translation>
    </message>
</context>
<context>
    <name>tongban::pension::PensionCalculator</name>
    <message>
        <source>the payout-month table (国发〔2005〕38号) covers ages 40 to 70; retiring at %1 years %2 months needs the divisor entered by hand</source>
        <translation>计发月数表（国发〔2005〕38号）只列 40 至 70 岁；%1 岁 %2 个月退休须手工录入计发月数</translation>
    </message>
    <message>
        <source>age %1 years → %2 (annex of 国发〔2005〕38号)</source>
        <translation>%1 岁 → %2（国发〔2005〕38号附件）</translation>
    </message>
    <message>
        <source>; %1 months over the whole age are not counted for retirements before %2</source>
        <translation>；%2 以前退休，整岁以外的 %1 个月不计</translation>
    </message>
    <message>
        <source>no payout months for age %1 to interpolate towards</source>
        <translation>缺少 %1 岁的计发月数，无法插值</translation>
    </message>
    <message>
        <source>age %1 years %2 months: %3 − (%3 − %4) × %2/12 = %5 → %6 (half-up to 0.1)</source>
        <translation>%1 岁 %2 个月：%3 − (%3 − %4) × %2/12 = %5 → %6（四舍五入到 0.1）</translation>
    </message>
    <message>
        <source>months actually paid must be between 0 and 840</source>
        <translation>实际缴费月数须在 0 到 840 之间</translation>
    </message>
    <message>
        <source>deemed months must be between 0 and 840</source>
        <translation>视同缴费月数须在 0 到 840 之间</translation>
    </message>
    <message>
        <source>a pension needs at least one month of contribution (actual or deemed)</source>
        <translation>至少须有一个月缴费（实际或视同）</translation>
    </message>
    <message>
        <source>the average contribution index must be between 0 and 3 (bases are capped at 300 % of the average wage)</source>
        <translation>平均缴费指数须在 0 到 3 之间（缴费基数上限为社平工资的 300%）</translation>
    </message>
    <message>
        <source>the account balance cannot be negative</source>
        <translation>个人账户储存额不能为负</translation>
    </message>
    <message>
        <source>the calculation base must be a positive amount in CNY per month</source>
        <translation>计发基数须为正数（元/月）</translation>
    </message>
    <message>
        <source>the base of the indexed half must be a positive amount</source>
        <translation>指数化部分的基数须为正数</translation>
    </message>
    <message>
        <source>the indexed wage cannot be negative</source>
        <translation>指数化月平均缴费工资不能为负</translation>
    </message>
    <message>
        <source>the retirement month must come after the birth month</source>
        <translation>退休年月须晚于出生年月</translation>
    </message>
    <message>
        <source>case override</source>
        <translation>本案指定</translation>
    </message>
    <message>
        <source>the retirement-age group (male, female-55, female-50) is required with the birth month</source>
        <translation>给出出生年月时须给出退休年龄类别（male、female-55、female-50）</translation>
    </message>
    <message>
        <source>the retirement month is required, or the birth month and group to derive it</source>
        <translation>须给出退休年月，或给出出生年月和类别以推算</translation>
    </message>
    <message>
        <source>(actual %1 + deemed %2) months ÷ 12 = %3</source>
        <translation>（实际 %1 + 视同 %2）个月 ÷ 12 = %3</translation>
    </message>
    <message>
        <source>Contribution period (years)</source>
        <translation>缴费年限（年）</translation>
    </message>
    <message>
        <source>%1 contribution months are below the minimum of %2 months for a monthly pension in %3; the person may keep contributing or pay the missing months in one sum</source>
        <translation>缴费 %1 个月，低于 %3 年按月领取养老金所需的最低 %2 个月；可延长缴费或一次性缴费补足</translation>
    </message>
    <message>
        <source>entered for this case</source>
        <translation>本案录入</translation>
    </message>
    <message>
        <source>Calculation base (CNY/month)</source>
        <translation>计发基数（元/月）</translation>
    </message>
    <message>
        <source>%1, pension starting %2</source>
        <translation>%1，%2 起发</translation>
    </message>
    <message>
        <source>Payout months</source>
        <translation>计发月数</translation>
    </message>
    <message>
        <source>the birth month is required to find the payout months, or give payout_months</source>
        <translation>须给出出生年月以确定计发月数，或直接给出 payout_months</translation>
    </message>
    <message>
        <source>Indexed average monthly contribution wage</source>
        <translation>指数化月平均缴费工资</translation>
    </message>
    <message>
        <source>as printed on the sheet</source>
        <translation>按核定表所列</translation>
    </message>
    <message>
        <source>%1 × average index %2 = %3</source>
        <translation>%1 × 平均缴费指数 %2 = %3</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>基础养老金</translation>
    </message>
    <message>
        <source>(%1 + %2) ÷ 2 × %3 years × 1% = %4</source>
        <translation>(%1 + %2) ÷ 2 × %3 年 × 1% = %4</translation>
    </message>
    <message>
        <source>Individual account pension</source>
        <translation>个人账户养老金</translation>
    </message>
    <message>
        <source>%1 ÷ %2 months = %3</source>
        <translation>%1 ÷ %2 个月 = %3</translation>
    </message>
    <message>
        <source>the transitional coefficient must be between 0 and 0.05 (5 % a year)</source>
        <translation>过渡系数须在 0 到 0.05 之间（每年 5%）</translation>
    </message>
    <message>
        <source>deemed service</source>
        <translation>视同缴费</translation>
    </message>
    <message>
        <source>months must be between 0 and 840</source>
        <translation>月数须在 0 到 840 之间</translation>
    </message>
    <message>
        <source>the index must be between 0 and 3</source>
        <translation>指数须在 0 到 3 之间</translation>
    </message>
    <message>
        <source>the base must be a positive amount</source>
        <translation>基数须为正数</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>第 %1 部分</translation>
    </message>
    <message>
        <source>Transitional pension: %1</source>
        <translation>过渡性养老金：%1</translation>
    </message>
    <message>
        <source>%1 × index %2 × %3 years (%4 months) × %5 = %6</source>
        <translation>%1 × 指数 %2 × %3 年（%4 个月）× %5 = %6</translation>
    </message>
    <message>
        <source>%1 has no notional-account (虚账实记) rule; leave this field out</source>
        <translation>%1 没有虚账实记规则，请去掉该字段</translation>
    </message>
    <message>
        <source>the notional account cannot be negative</source>
        <translation>虚账实记额不能为负</translation>
    </message>
    <message>
        <source>Transitional pension: notional account</source>
        <translation>过渡性养老金：虚账实记</translation>
    </message>
    <message>
        <source>%1 ÷ %2 = %3</source>
        <translation>%1 ÷ %2 = %3</translation>
    </message>
    <message>
        <source>Transitional pension</source>
        <translation>过渡性养老金</translation>
    </message>
    <message>
        <source>sum of the parts above</source>
        <translation>以上各部分之和</translation>
    </message>
    <message>
        <source>the part above</source>
        <translation>即上一项</translation>
    </message>
    <message>
        <source>every add-on needs its name as printed on the sheet</source>
        <translation>每项加发须写明核定表上的名称</translation>
    </message>
    <message>
        <source>%1 + %2 + %3</source>
        <translation>%1 + %2 + %3</translation>
    </message>
    <message>
        <source>Monthly basic pension</source>
        <translation>月基本养老金</translation>
    </message>
    <message>
        <source>entered for this case: %1</source>
        <translation>本案录入：%1</translation>
    </message>
    <message>
        <source>%1 was entered for this case in place of the region&apos;s disputed figure (%2); record why in notes.%3</source>
        <translation>%1为本案录入，取代了本地区有争议的数据（%2）；请在 notes.%3 中注明原因</translation>
    </message>
    <message>
        <source>The rounding of contribution years</source>
        <translation>缴费年限的舍入方式</translation>
    </message>
    <message>
        <source>The calculation base</source>
        <translation>计发基数</translation>
    </message>
    <message>
        <source>The payout months</source>
        <translation>计发月数</translation>
    </message>
    <message>
        <source>Base of the indexed half (CNY/month)</source>
        <translation>指数化部分的基数（元/月）</translation>
    </message>
    <message>
        <source>the second base of %1, not in the shipped data</source>
        <translation>%1 的另一基数，未收录</translation>
    </message>
    <message>
        <source>%1 also pays %2, whose formula is not in the shipped data (%3); enter it from the sheet as a supplement labelled &quot;%2&quot;</source>
        <translation>%1 另发%2，其计算办法未收录（%3）；请按核定表将其录为加发项目，名称为“%2”</translation>
    </message>
    <message>
        <source>The transitional coefficient</source>
        <translation>过渡系数</translation>
    </message>
    <message>
        <source>Transitional coefficient</source>
        <translation>过渡系数</translation>
    </message>
    <message>
        <source>actual contribution %1 months is more than %2 months → %3</source>
        <translation>实际缴费 %1 个月，多于 %2 个月 → %3</translation>
    </message>
    <message>
        <source>actual contribution %1 months is not more than %2 months → %3</source>
        <translation>实际缴费 %1 个月，不超过 %2 个月 → %3</translation>
    </message>
    <message>
        <source>give the index of each part in transitional.parts, or leave the parts out and give deemed_index</source>
        <translation>请在 transitional.parts 中给出各部分的指数，或去掉各部分并给出 deemed_index</translation>
    </message>
    <message>
        <source>the transitional rule of %1 in the shipped data applies to pensions from %2; for a pension starting %3 enter transitional.parts from the sheet</source>
        <translation>已收录的 %1 过渡性养老金规则适用于 %2 起发的养老金；%3 起发的，请按核定表录入 transitional.parts</translation>
    </message>
    <message>
        <source>The index of deemed service</source>
        <translation>视同缴费指数</translation>
    </message>
    <message>
        <source>%1 weights all periods before 1998-07 into one index on one base; a part cannot have its own base</source>
        <translation>%1 将 1998-07 以前各时段加权为一个指数、按同一基数计算；各部分不能单设基数</translation>
    </message>
    <message>
        <source>%1 months × %2</source>
        <translation>%1 个月 × %2</translation>
    </message>
    <message>
        <source>Transitional pension: average index before 1998-07</source>
        <translation>过渡性养老金：1998-07 以前的平均指数</translation>
    </message>
    <message>
        <source>(%1) ÷ %2 months = %3</source>
        <translation>(%1) ÷ %2 个月 = %3</translation>
    </message>
    <message>
        <source>deemed and actual service before 1998-07</source>
        <translation>1998-07 以前的视同缴费和实际缴费</translation>
    </message>
    <message>
        <source>the transitional pension cannot be negative</source>
        <translation>过渡性养老金不能为负</translation>
    </message>
    <message>
        <source>give either the approved amount or what it is computed from (parts, coefficient, notional account, deemed index), not both</source>
        <translation>核定金额与其计算依据（各部分、过渡系数、虚账实记额、视同缴费指数）只能给出一种</translation>
    </message>
    <message>
        <source>as approved, entered for this case (the region&apos;s method is not in the data)</source>
        <translation>按核定数，本案录入（本地区计算办法未收录）</translation>
    </message>
    <message>
        <source>The transitional pension was entered without a note: say where the amount comes from (e.g. the approval sheet of the old and new methods).</source>
        <translation>过渡性养老金已录入但没有说明：请注明金额来源（如新老办法对比核定表）。</translation>
    </message>
    <message>
        <source>payout months must be between 1 and 300</source>
        <translation>计发月数须在 1 至 300 之间</translation>
    </message>
    <message>
        <source>the calculation base is at most 1,000,000 CNY per month</source>
        <translation>计发基数每月最多 1,000,000 元</translation>
    </message>
    <message>
        <source> → %1 (%2)</source>
        <translation> → %1（%2）</translation>
    </message>
    <message>
        <source>A pension starting %1 is outside the months allowed for this person: from %2 (flexible early retirement, never below the original age) to %3 (flexible late retirement); the statutory month is %4</source>
        <translation>%1 起发超出此人可选的起发月份范围：最早 %2（弹性提前退休，且不低于原法定退休年龄），最晚 %3（弹性延迟退休）；法定退休年月为 %4</translation>
    </message>
    <message>
        <source>an add-on is an amount paid on top: it cannot be negative</source>
        <translation>加发项目是额外发放的金额，不能为负数</translation>
    </message>
    <message>
        <source>%1 also pays a transitional part for %2 (%3…%4 at that period&apos;s own index), which needs the contribution history; from a case file give it in transitional.parts, or it is not counted</source>
        <translation>%1 另有 %2 时段的过渡性养老金（%3…%4，按该时段本身的缴费指数），需要缴费明细才能计算；通过案例文件计算时请在 transitional.parts 中给出，否则不计入</translation>
    </message>
    <message>
        <source>No pension rule set of %1 is in the data: computed with the national formula (国发〔2005〕38号) on the figures of this case. The region&apos;s own defaults were not available: its published calculation base, rounding conventions, payout months for ages with months, transitional pension, add-ons and provisional bases.</source>
        <translation>数据中没有%1的养老金计发规则：按全国统一公式（国发〔2005〕38号）和本案所录数字计算。该地区自己的缺省数字均未采用：公布的计发基数、舍入办法、不满整岁的计发月数、过渡性养老金、加发项目和预发基数。</translation>
    </message>
    <message>
        <source>The rounding of contribution years was not given: exact months ÷ 12 (the national formula); give rounding.years where the approval notice rounds.</source>
        <translation>未给出缴费年限的舍入办法：按全国公式取月数 ÷ 12 的精确值；核定通知舍入的，请填 rounding.years。</translation>
    </message>
    <message>
        <source>The rounding of amounts was not given: each component half-up to the fen; give rounding.amounts where the approval notice rounds otherwise.</source>
        <translation>未给出金额的舍入办法：各项四舍五入到分；核定通知另有舍入的，请填 rounding.amounts。</translation>
    </message>
    <message>
        <source>The rounding of the total was not given: the sum of the rounded components; give rounding.total where the approval notice rounds it.</source>
        <translation>未给出合计的舍入办法：取各项舍入后之和；核定通知对合计舍入的，请填 rounding.total。</translation>
    </message>
    <message>
        <source>The indexed wage was not given: the base × the average index, half-up to the fen; give indexed_wage as printed where the approval notice differs.</source>
        <translation>未给出指数化月平均缴费工资：取基数 × 平均缴费指数，四舍五入到分；与核定通知不同的，请按通知填 indexed_wage。</translation>
    </message>
    <message>
        <source>Regional add-ons (one-child payments, subsidies, …) are not in the data: give them as supplements where the approval notice prints them.</source>
        <translation>数据中没有该地区的加发项目（独生子女补贴、各类补贴等）：核定通知列有的，请作为加发项目录入。</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>须为以下之一：%1</translation>
    </message>
    <message>
        <source>no pension rule set of %1 is in the data, so no calculation base (计发基数) is published in it; enter calculation_base for a pension starting %2 from the approval notice</source>
        <translation>数据中没有%1的养老金计发规则，也就没有其公布的计发基数；请按核定通知填写 %2 起发的 calculation_base</translation>
    </message>
    <message>
        <source>%1…%2</source>
        <translation>%1…%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>%1: provisional (预发), no base is published for %2 yet; the latest published base (%3) is used</source>
        <translation>%1：预发，%2 的计发基数尚未公布，暂按最近公布的基数（%3）计算</translation>
    </message>
    <message>
        <source>Provisional (预发): no calculation base of %1 is published for a pension starting %2; the latest published one, %3 CNY (%4), is used. The pension is recomputed when the base is published (多退少补).</source>
        <translation>预发：%1 尚未公布 %2 起发养老金的计发基数，暂按最近公布的 %3 元（%4）计算。基数公布后重新核定（多退少补）。</translation>
    </message>
    <message>
        <source>no pension rule set of %1 is in the data, so its payout months for an age with months (%2 years %3 months) are not known; enter payout_months from the approval notice</source>
        <translation>数据中没有%1的养老金计发规则，不满整岁（%2 岁 %3 个月）的计发月数未知；请按核定通知填写 payout_months</translation>
    </message>
    <message>
        <source>The basic pension of %1 may multiply the index by a second base (%2); none was given, so the calculation base is used for both halves. Enter indexed_wage_base where the approval notice prints a second base.</source>
        <translation>%1的基础养老金可能以第二个基数（%2）乘指数；本案未给出，两半均按计发基数计算。核定通知列有第二个基数的，请填 indexed_wage_base。</translation>
    </message>
    <message>
        <source> (the average index over actual contribution only, deemed years left out)</source>
        <translation>（平均缴费指数仅按实际缴费年限计算，不含视同缴费年限）</translation>
    </message>
    <message>
        <source>an add-on entered as printed has a label and an amount only; a rate or months belong to a claimed rule</source>
        <translation>按核定表录入的加发项目只有名称和金额；比例或月数属于按规则计算的项目</translation>
    </message>
    <message>
        <source>%1 has no add-on with a formula in the data; enter the amount as printed with a label</source>
        <translation>%1在数据中没有带计算办法的加发项目；请按核定表录入名称和金额</translation>
    </message>
    <message>
        <source>%1 has no add-on &quot;%2&quot;; its add-ons with a formula: %3</source>
        <translation>%1没有加发项目“%2”；其带计算办法的加发项目有：%3</translation>
    </message>
    <message>
        <source>the rate of %1 is fixed in the data (%2); it cannot be replaced for one case</source>
        <translation>%1的比例在数据中是固定的（%2），不能按个案更改</translation>
    </message>
    <message>
        <source>%1 has no rate to replace</source>
        <translation>%1没有可更改的比例</translation>
    </message>
    <message>
        <source>a rate is a fraction between 0 and 1 (0.001 = 0.1 %)</source>
        <translation>比例须为 0 到 1 之间的小数（0.001 = 0.1%）</translation>
    </message>
    <message>
        <source>%1 depends on the months worked in the region; give them (e.g. from the approval notice)</source>
        <translation>%1按在当地的工作月数计算；请填写（如按核定通知）</translation>
    </message>
    <message>
        <source>%1 does not depend on months worked</source>
        <translation>%1与工作月数无关</translation>
    </message>
    <message>
        <source>%1 × (%2)</source>
        <translation>%1 × (%2)</translation>
    </message>
    <message>
        <source>the figure %1 is a share of is not in the data for a pension starting %2; enter the amount as printed with a label</source>
        <translation>%1所依据的数字在数据中没有 %2 起发适用的；请按核定表录入名称和金额</translation>
    </message>
    <message>
        <source>%1 × %2 (the figure for pensions from %3)</source>
        <translation>%1 × %2（%3 起发适用的数字）</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 years</source>
        <translation>%1 × %2 × %3 年</translation>
    </message>
    <message>
        <source>%1 + average index %2 × %3 years × %4</source>
        <translation>%1 + 平均缴费指数 %2 × %3 年 × %4</translation>
    </message>
    <message>
        <source>a fixed %1 a month</source>
        <translation>每月固定 %1</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 months worked in the region: the tier from %4 months)</source>
        <translation>%1 × %2（在当地工作 %3 个月：满 %4 个月档）</translation>
    </message>
    <message>
        <source>%1 months worked in the region: below the first tier (%2 months), none</source>
        <translation>在当地工作 %1 个月：不足最低档（%2 个月），无</translation>
    </message>
    <message>
        <source>paid to: %1</source>
        <translation>发放对象：%1</translation>
    </message>
    <message>
        <source>The rate of %1 was replaced for this case without a note; record why in the supplement&apos;s note</source>
        <translation>本案更改了%1的比例但未注明原因；请在该加发项目的 note 中写明</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>no pension rule set of %1 is in the data, so the index of its transitional pension is not known; enter %2 for the %3 months (or give transitional.parts, or the approved amount)</source>
        <translation>数据中没有%1的养老金计发规则，过渡性养老金的指数未知；请为这 %3 个月填写 %2（或给出 transitional.parts，或核定的金额）</translation>
    </message>
    <message>
        <source>(1 + average index %1) ÷ 2 = %2</source>
        <translation>(1 + 平均缴费指数 %1) ÷ 2 = %2</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>指数 %1</translation>
    </message>
    <message>
        <source>%1, below the floor %2 → %2</source>
        <translation>%1，低于下限 %2 → %2</translation>
    </message>
    <message>
        <source>%1, not below the floor %2</source>
        <translation>%1，不低于下限 %2</translation>
    </message>
    <message>
        <source>give the months of each part in transitional.parts, or leave the parts out and give pre_account_months</source>
        <translation>请在 transitional.parts 中给出各部分的月数，或不给 parts 而填写 pre_account_months</translation>
    </message>
    <message>
        <source>the transitional pension of %1 counts deemed service only (its data has no rule counting the months paid before the individual account started); where the approval notice counts them, give transitional.parts</source>
        <translation>%1的过渡性养老金只计视同缴费（其数据中没有把建账前实际缴费月数计入的规则）；核定通知计入的，请给出 transitional.parts</translation>
    </message>
    <message>
        <source>%1 counts the months actually paid before the individual account started (up to %2) in the transitional pension; the case does not give transitional.pre_account_months, so none are counted</source>
        <translation>%1的过渡性养老金计入建立个人账户前（%2 及以前）的实际缴费月数；本案未给出 transitional.pre_account_months，未计入</translation>
    </message>
    <message>
        <source>no pension rule set of %1 is in the data, so its transitional pension is not known; give transitional.parts with the coefficient, the deemed_index and coefficient of the %2 months, the approved amount, or &quot;parts&quot;: [] where none is paid</source>
        <translation>数据中没有%1的养老金计发规则，过渡性养老金未知；请给出带过渡系数的 transitional.parts、这 %2 个月的 deemed_index 和过渡系数、核定的金额，或在不发时给出 &quot;parts&quot;: []</translation>
    </message>
    <message>
        <source>service before the individual account (deemed %1 + paid %2 months)</source>
        <translation>建账前缴费年限（视同 %1 + 实际缴费 %2 个月）</translation>
    </message>
    <message>
        <source>Transitional pension: index</source>
        <translation>过渡性养老金：指数</translation>
    </message>
    <message>
        <source>no pension rule set of %1 is in the data, so its transitional coefficient (过渡系数) is not known; enter transitional.coefficient from the approval notice</source>
        <translation>数据中没有%1的养老金计发规则，过渡系数未知；请按核定通知填写 transitional.coefficient</translation>
    </message>
    <message>
        <source>%1 takes the index of the transitional pension from the approval notice; it is not in the shipped data (%2: %3). Enter %4 for the %5 deemed months</source>
        <translation>%1 过渡性养老金所用指数以核定通知为准，系统未收录（%2：%3）。请为 %5 个视同缴费月录入 %4</translation>
    </message>
    <message>
        <source>%1 months paid and %2 months deemed are more than the %3 months from the 16th birthday (%4) to the start of the pension (%5): check actual_months and deemed_months</source>
        <translation>实际缴费 %1 个月加视同缴费 %2 个月，超过了从年满 16 周岁（%4）到起发（%5）的 %3 个月：请核对 actual_months 和 deemed_months</translation>
    </message>
</context>
<context>
    <name>tongban::pension::PensionCaseJson</name>
    <message>
        <source>unknown field; allowed: %1</source>
        <translation>未知字段；允许的字段：%1</translation>
    </message>
    <message>
        <source>a text value is required</source>
        <translation>须为文本</translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot; is required, e.g. &quot;2025-12&quot;</source>
        <translation>须为年月 &quot;YYYY-MM&quot;，例如 &quot;2025-12&quot;</translation>
    </message>
    <message>
        <source>an amount in CNY is required (a JSON number)</source>
        <translation>须为人民币金额（JSON 数字）</translation>
    </message>
    <message>
        <source>an amount in CNY has at most two decimals (fen)</source>
        <translation>人民币金额最多两位小数（到分）</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>须为数字</translation>
    </message>
    <message>
        <source>a whole number of months is required</source>
        <translation>须为整数月数</translation>
    </message>
    <message>
        <source>required: the GB/T 2260 code of the pooling region, e.g. &quot;110000&quot;</source>
        <translation>必填：统筹地区的行政区划代码（GB/T 2260），例如 &quot;110000&quot;</translation>
    </message>
    <message>
        <source>must be one of: male, female-55, female-50</source>
        <translation>须为以下之一：male、female-55、female-50</translation>
    </message>
    <message>
        <source>required: the average contribution index, e.g. 1.0</source>
        <translation>必填：平均缴费指数，例如 1.0</translation>
    </message>
    <message>
        <source>required: the months actually paid</source>
        <translation>必填：实际缴费月数</translation>
    </message>
    <message>
        <source>required: the individual account balance at retirement, in CNY</source>
        <translation>必填：退休时个人账户储存额（元）</translation>
    </message>
    <message>
        <source>required: the months of this period</source>
        <translation>必填：该时段的月数</translation>
    </message>
    <message>
        <source>required: the index applied to this period</source>
        <translation>必填：该时段适用的指数</translation>
    </message>
    <message>
        <source>required: the amount in CNY</source>
        <translation>必填：金额（元）</translation>
    </message>
    <message>
        <source>an array of parts is required (empty: no transitional pension)</source>
        <translation>须为各部分组成的数组（空数组表示无过渡性养老金）</translation>
    </message>
    <message>
        <source>an object of notes keyed by the field they explain is required</source>
        <translation>须为说明对象，以所说明的字段名为键</translation>
    </message>
    <message>
        <source>a note is a non-empty text</source>
        <translation>说明须为非空文本</translation>
    </message>
    <message>
        <source>the amount is out of range (at most 1,000,000,000 CNY)</source>
        <translation>金额超出范围（最多 1,000,000,000 元）</translation>
    </message>
    <message>
        <source>a decimal number with at most 6 decimals is required</source>
        <translation>须为最多 6 位小数的数字</translation>
    </message>
    <message>
        <source>the number is out of range</source>
        <translation>数值超出范围</translation>
    </message>
    <message>
        <source>an object is required: {&quot;parts&quot;: [...], ...}</source>
        <translation>须为对象：{&quot;parts&quot;: [...], ...}</translation>
    </message>
    <message>
        <source>an object is required: {&quot;years&quot;: ..., &quot;amounts&quot;: ..., &quot;total&quot;: ...}</source>
        <translation>须为对象：{&quot;years&quot;: ..., &quot;amounts&quot;: ..., &quot;total&quot;: ...}</translation>
    </message>
    <message>
        <source>an array of {&quot;label&quot;, &quot;amount&quot;} or {&quot;rule&quot;} is required</source>
        <translation>须为 {&quot;label&quot;, &quot;amount&quot;} 或 {&quot;rule&quot;} 组成的数组</translation>
    </message>
    <message>
        <source>the id of one of the region&apos;s add-ons is required</source>
        <translation>须给出该地区某个加发项目的编号</translation>
    </message>
    <message>
        <source>an add-on claimed by its rule is computed: give either &quot;rule&quot; or &quot;label&quot; and &quot;amount&quot;</source>
        <translation>按规则领取的加发项目由系统计算：给出 &quot;rule&quot;，或给出 &quot;label&quot; 和 &quot;amount&quot;，二者择一</translation>
    </message>
    <message>
        <source>only an add-on claimed by its &quot;rule&quot; has a rate or months</source>
        <translation>只有按 &quot;rule&quot; 领取的加发项目才有比例或月数</translation>
    </message>
</context>
<context>
    <name>tongban::pension::PensionComparer</name>
    <message>
        <source>nothing paid</source>
        <translation>未缴费</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>单位职工</translation>
    </message>
    <message>
        <source>flexibly employed</source>
        <translation>灵活就业</translation>
    </message>
    <message>
        <source>Pension starts</source>
        <translation>起发年月</translation>
    </message>
    <message>
        <source>Calculation base (CNY/month)</source>
        <translation>计发基数（元/月）</translation>
    </message>
    <message>
        <source>Contribution years</source>
        <translation>缴费年限</translation>
    </message>
    <message>
        <source>Months paid / deemed</source>
        <translation>实际 / 视同缴费月数</translation>
    </message>
    <message>
        <source>Average contribution index</source>
        <translation>平均缴费指数</translation>
    </message>
    <message>
        <source>Individual account balance (CNY)</source>
        <translation>个人账户储存额（元）</translation>
    </message>
    <message>
        <source>Payout months</source>
        <translation>计发月数</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>基础养老金</translation>
    </message>
    <message>
        <source>Individual account pension</source>
        <translation>个人账户养老金</translation>
    </message>
    <message>
        <source>Transitional pension</source>
        <translation>过渡性养老金</translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation>加发项目</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>月养老金</translation>
    </message>
    <message>
        <source>Calculation base</source>
        <translation>计发基数</translation>
    </message>
    <message>
        <source>%1 against %2 CNY a month (the average wage of the year before each retirement)</source>
        <translation>%1 对 %2 元/月（各自退休上一年度的社平工资）</translation>
    </message>
    <message>
        <source>%1 against %2 years (%3 against %4 months paid, %5 against %6 deemed)</source>
        <translation>%1 对 %2 年（实际缴费 %3 对 %4 个月，视同缴费 %5 对 %6 个月）</translation>
    </message>
    <message>
        <source>%1, %2 months, index %3, %4 CNY credited to the account</source>
        <translation>%1，%2 个月，指数 %3，记入个人账户 %4 元</translation>
    </message>
    <message>
        <source>%1: %2; %3: %4</source>
        <translation>%1：%2；%3：%4</translation>
    </message>
    <message>
        <source>Deemed service</source>
        <translation>视同缴费</translation>
    </message>
    <message>
        <source>%1 against %2 deemed months, counted at index %3 against %4 in the average index</source>
        <translation>视同缴费 %1 对 %2 个月，计入平均缴费指数时按指数 %3 对 %4</translation>
    </message>
    <message>
        <source>Account before the records</source>
        <translation>明细记录以前的个人账户</translation>
    </message>
    <message>
        <source>balance carried over from the old ledger, worth %1 against %2 CNY at retirement</source>
        <translation>原台账结转余额，到退休时为 %1 对 %2 元</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <source>Individual account balance</source>
        <translation>个人账户储存额</translation>
    </message>
    <message>
        <source>%1 against %2 CNY at retirement</source>
        <translation>退休时 %1 对 %2 元</translation>
    </message>
    <message>
        <source>the account is divided by %1 against %2 months (age at retirement)</source>
        <translation>个人账户储存额除以 %1 对 %2 个月（按退休年龄）</translation>
    </message>
    <message>
        <source>%1 against %2 CNY (service before the individual accounts: %3 against %4 deemed months)</source>
        <translation>%1 对 %2 元（建立个人账户以前的工龄：视同缴费 %3 对 %4 个月）</translation>
    </message>
    <message>
        <source>%1 against %2 CNY of regional add-ons</source>
        <translation>地方加发 %1 对 %2 元</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>尾数舍入</translation>
    </message>
    <message>
        <source>the sheets round each amount (and the index, the years and the account interest); the parts above are each rounded to the fen</source>
        <translation>核定表对各项金额（以及指数、年限和账户利息）分别舍入；以上各部分均舍入到分</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
</context>
<context>
    <name>tongban::pension::PensionRounding</name>
    <message>
        <source>half-up to 2 decimals</source>
        <translation>四舍五入到 2 位小数</translation>
    </message>
    <message>
        <source>half-up to 4 decimals</source>
        <translation>四舍五入到 4 位小数</translation>
    </message>
    <message>
        <source>cut to 2 decimals</source>
        <translation>截取到 2 位小数</translation>
    </message>
    <message>
        <source>up to 0.1 year</source>
        <translation>向上取到 0.1 年</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确值</translation>
    </message>
    <message>
        <source>up to the half year</source>
        <translation>向上取到半年</translation>
    </message>
    <message>
        <source>up to 0.01 year</source>
        <translation>向上取到 0.01 年</translation>
    </message>
    <message>
        <source>half-up to 0.1</source>
        <translation>四舍五入到 0.1</translation>
    </message>
    <message>
        <source>up to 0.1</source>
        <translation>向上取到 0.1</translation>
    </message>
    <message>
        <source>cut to the fen, then up to 0.1</source>
        <translation>先舍去分以下，再向上取到 0.1</translation>
    </message>
    <message>
        <source>half-up to the fen</source>
        <translation>四舍五入到分</translation>
    </message>
    <message>
        <source>rounded up to 0.1</source>
        <translation>向上取到 0.1</translation>
    </message>
    <message>
        <source>half-up to the whole yuan</source>
        <translation>四舍五入到元</translation>
    </message>
    <message>
        <source>sum of the rounded components</source>
        <translation>各项舍入后之和</translation>
    </message>
</context>
<context>
    <name>tongban::pension::ScenarioSide</name>
    <message>
        <source>%1, paying %2 a month until %3</source>
        <translation>%1，每月按 %2 元续缴，%3 起发</translation>
    </message>
    <message>
        <source>%1, pension from %2</source>
        <translation>%1，%2 起发</translation>
    </message>
</context>
<context>
    <name>tongban::policy::ParameterEditions</name>
    <message>
        <source>&quot;%1&quot; is not a parameter file: national.json or regions/&lt;six-digit code&gt;.json</source>
        <translation>“%1”不是政策参数文件：须为 national.json 或 regions/&lt;六位代码&gt;.json</translation>
    </message>
    <message>
        <source>the edition of %1 must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1 的版本须为日期 YYYY-MM-DD，而不是“%2”</translation>
    </message>
    <message>
        <source>edition %1 of %2 from the central store</source>
        <translation>中心库下发的 %2 第 %1 版</translation>
    </message>
</context>
<context>
    <name>tongban::policy::ParameterLoader</name>
    <message>
        <source>every figure must name its source</source>
        <translation>每个数据都须注明来源</translation>
    </message>
    <message>
        <source>unknown source key &quot;%1&quot;</source>
        <translation>未知来源键“%1”</translation>
    </message>
    <message>
        <source>confidence must be HIGH, MEDIUM or LOW</source>
        <translation>可信度须为 HIGH、MEDIUM 或 LOW</translation>
    </message>
    <message>
        <source>a decimal number is required</source>
        <translation>须为十进制数</translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot; is required</source>
        <translation>须为年月 &quot;YYYY-MM&quot;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>须为以下之一：%1</translation>
    </message>
    <message>
        <source>cannot read the parameter file: %1</source>
        <translation>无法读取参数文件：%1</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at offset %2</source>
        <translation>不是 JSON 对象：%1（位置 %2）</translation>
    </message>
    <message>
        <source>the region code must match the file name</source>
        <translation>地区代码须与文件名一致</translation>
    </message>
    <message>
        <source>no regional parameters found</source>
        <translation>未找到地区参数</translation>
    </message>
    <message>
        <source>ages are whole years</source>
        <translation>年龄须为整岁</translation>
    </message>
    <message>
        <source>ages, step and maximum delay must be positive whole months</source>
        <translation>年龄、步长和最长延迟须为正整数月</translation>
    </message>
    <message>
        <source>minimum contribution months are malformed</source>
        <translation>最低缴费月数格式有误</translation>
    </message>
    <message>
        <source>the payout-month table is empty</source>
        <translation>计发月数表为空</translation>
    </message>
    <message>
        <source>a province-level GB/T 2260 code (six digits ending in 0000) is required</source>
        <translation>须为省级行政区划代码（六位，以 0000 结尾）</translation>
    </message>
    <message>
        <source>a calendar year is required</source>
        <translation>须为公历年份</translation>
    </message>
    <message>
        <source>0, 1 or 2 years is required</source>
        <translation>须为 0、1 或 2 年</translation>
    </message>
    <message>
        <source>the edition must be a date YYYY-MM-DD</source>
        <translation>版本须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the add-on&apos;s name as printed on sheets is required</source>
        <translation>须给出加发项目在核定表上的名称</translation>
    </message>
    <message>
        <source>a whole number of months is required</source>
        <translation>须为整数月数</translation>
    </message>
    <message>
        <source>&quot;indexed-wage-base&quot; needs pension.indexed_wage_base &quot;entered&quot;</source>
        <translation>&quot;indexed-wage-base&quot; 要求 pension.indexed_wage_base 为 &quot;entered&quot;</translation>
    </message>
    <message>
        <source>the bound is required: a fraction of the average wage with its source</source>
        <translation>须给出上下限：社平工资的比例及其来源</translation>
    </message>
    <message>
        <source>the floor must be below the ceiling</source>
        <translation>下限须低于上限</translation>
    </message>
    <message>
        <source>a text is required</source>
        <translation>须为文本</translation>
    </message>
    <message>
        <source>a list of figures with their months is required</source>
        <translation>须为带起止月份的数字列表</translation>
    </message>
    <message>
        <source>the last month comes before the first</source>
        <translation>截止月份早于起始月份</translation>
    </message>
    <message>
        <source>an id of lower-case letters, digits and hyphens is required</source>
        <translation>编号须由小写字母、数字和连字符组成</translation>
    </message>
    <message>
        <source>a fraction from 0 to 1 is required</source>
        <translation>须为 0 到 1 之间的比例</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>金额不能为负</translation>
    </message>
    <message>
        <source>must list some of: %1</source>
        <translation>须列出以下的若干项：%1</translation>
    </message>
    <message>
        <source>the published figures the share is taken of are required</source>
        <translation>须给出比例所依据的公布数字</translation>
    </message>
    <message>
        <source>whole months, ascending, are required</source>
        <translation>须为递增的整月数</translation>
    </message>
    <message>
        <source>at least one tier is required</source>
        <translation>至少须有一档</translation>
    </message>
    <message>
        <source>must be one of: share-of-components, share-of-base, indexed-wage-rate-years, fixed-plus-index-years, fixed, indexed-wage-tiers</source>
        <translation>须为以下之一：share-of-components、share-of-base、indexed-wage-rate-years、fixed-plus-index-years、fixed、indexed-wage-tiers</translation>
    </message>
    <message>
        <source>the Chinese name is required</source>
        <translation>须给出中文名称</translation>
    </message>
    <message>
        <source>a whole number of months from 1 to 24 is required</source>
        <translation>须为 1 到 24 的整月数</translation>
    </message>
    <message>
        <source>an object of cities by GB/T 2260 code is required</source>
        <translation>须为按 GB/T 2260 代码列出的城市对象</translation>
    </message>
    <message>
        <source>a GB/T 2260 code of a city of this province is required</source>
        <translation>须为本省城市的 GB/T 2260 代码</translation>
    </message>
    <message>
        <source>the city&apos;s Chinese name is required</source>
        <translation>须给出城市的中文名称</translation>
    </message>
    <message>
        <source>a decimal index, &quot;average&quot;, &quot;half-one-plus-average&quot; or &quot;entered&quot; is required</source>
        <translation>须为十进制指数、&quot;average&quot;、&quot;half-one-plus-average&quot; 或 &quot;entered&quot;</translation>
    </message>
    <message>
        <source>an index from 0 to 3 is required</source>
        <translation>须为 0 到 3 之间的指数</translation>
    </message>
    <message>
        <source>&quot;included&quot; is required</source>
        <translation>须为 &quot;included&quot;</translation>
    </message>
    <message>
        <source>the last month before the account started is required (here or as pension.deemed_until)</source>
        <translation>须给出建立个人账户前的最后一个月（在此处或 pension.deemed_until）</translation>
    </message>
    <message>
        <source>a list of add-ons with their formula is required</source>
        <translation>须为带计算办法的加发项目列表</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>编号“%1”重复</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>文件缺失</translation>
    </message>
</context>
<context>
    <name>tongban::policy::ParameterSet</name>
    <message>
        <source>&quot;%1&quot; is not a region code: six digits (GB/T 2260), e.g. 110000 for Beijing</source>
        <translation>“%1”不是行政区划代码：须为六位数字（GB/T 2260），例如北京 110000</translation>
    </message>
    <message>
        <source>no pension rules are shipped for region %1; available: %2</source>
        <translation>未提供地区 %1 的养老金规则；现有：%2</translation>
    </message>
</context>
<context>
    <name>tongban::policy::RegionParameters</name>
    <message>
        <source>no published calculation base (计发基数) of %1 covers a pension starting %2; enter the figure from the approval notice</source>
        <translation>%1 没有适用于 %2 起发的已公布计发基数；请按核定通知录入</translation>
    </message>
    <message>
        <source>the average wage of %1 for %2 (the denominator of %3 contributions) is not in the shipped data</source>
        <translation>数据中没有 %1 %2 年的社会平均工资（%3 年缴费指数的分母）</translation>
    </message>
    <message>
        <source>the shipped data has no calculation base (计发基数) of %1 for any month (none is published in its sources); enter %3 for a pension starting %2 from the approval notice</source>
        <translation>已收录的数据中没有 %1 任何月份的计发基数（其来源均未公布）；%2 起发的，请按核定通知录入 %3</translation>
    </message>
    <message>
        <source>no published calculation base (计发基数) of %1 covers a pension starting %3 (%1 publishes its own: the base of %2 is not used there); enter the figure from the approval notice</source>
        <translation>%1 没有覆盖 %3 起发养老金的已公布计发基数（%1 单独公布基数，不适用%2的基数）；请按核定通知填写</translation>
    </message>
</context>
<context>
    <name>tongban::prereview::BackPaymentPreReview</name>
    <message>
        <source>No months were entered: enter the months to pay back.</source>
        <translation>未填写补缴月份：请填写要补缴的月份。</translation>
    </message>
    <message>
        <source>the months to pay back are {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;} with from not after to</source>
        <translation>补缴月份须为 {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;}，起始月不晚于截止月</translation>
    </message>
    <message>
        <source>at most 1200 months can be asked at once</source>
        <translation>一次最多可申请 1200 个月</translation>
    </message>
    <message>
        <source>The person is not in this window&apos;s records: the months %1…%2 could not be checked against the contribution history. Check them in the agency&apos;s system.</source>
        <translation>本窗口的记录中没有此人：%1至%2各月无法与缴费记录核对，请在经办系统中核实。</translation>
    </message>
    <message numerus="yes">
        <source>Already paid, refused: %1 (%n month(s)); a month is paid once.</source>
        <translation>
            <numerusform>已缴费，不予补缴：%1（%n个月）；同一月份只能缴费一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside, not yet due: %1 (%n month(s)) after the current month %2.</source>
        <translation>
            <numerusform>不在补缴范围内，尚未到期：%1（%n个月）在本月%2之后。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside: %1 (%n month(s)) before the person turned 16 in %2; nobody may be employed below 16 (劳动法 第十五条).</source>
        <translation>
            <numerusform>不在补缴范围内：%1（%n个月）在本人年满16周岁（%2）之前；禁止招用未满16周岁的未成年人（劳动法 第十五条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside: %1 (%n month(s)) before the recorded start of work %2.</source>
        <translation>
            <numerusform>不在补缴范围内：%1（%n个月）在记录的参加工作时间%2之前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outside: %1 (%n month(s)) before the individual account of the region began in %2 (%3): service then counts as deemed contribution (视同缴费) through service-years recognition, not by paying.</source>
        <translation>
            <numerusform>不在补缴范围内：%1（%n个月）在本地区建立个人账户（%2起，%3）之前：该期间的工作经历通过工龄认定计为视同缴费，不以补缴方式处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the months %1…%2 may be paid back.</source>
        <translation>%1至%2各月均不可补缴。</translation>
    </message>
    <message numerus="yes">
        <source>Missing, may be paid back: %1 (%n month(s)). An employer&apos;s unpaid months are collected with the late fee (社会保险法 第六十三条、第八十六条); how far back and on what proof past months may be paid is a regional rule: apply the province&apos;s back-payment rules.</source>
        <translation>
            <numerusform>缺缴，可申请补缴：%1（%n个月）。单位欠缴的月份依法责令补足并加收滞纳金（社会保险法 第六十三条、第八十六条）；可补缴多久以前的月份、需提供哪些证明，由各地规定，请按本省补缴政策办理。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lie before the first recorded month %2: the employment then must be proven (labour contract, wage records, personnel file).</source>
        <translation>%1在首个缴费记录月份%2之前：须证明当时的劳动关系（劳动合同、工资发放记录、人事档案）。</translation>
    </message>
    <message>
        <source>The person has no recorded month: the employment of %1 must be proven (labour contract, wage records, personnel file).</source>
        <translation>此人没有任何缴费记录：须证明%1期间的劳动关系（劳动合同、工资发放记录、人事档案）。</translation>
    </message>
</context>
<context>
    <name>tongban::prereview::DeferralPreReview</name>
    <message>
        <source>Pension insurance</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>Unemployment insurance</source>
        <translation>失业保险</translation>
    </message>
    <message>
        <source>Work-injury insurance</source>
        <translation>工伤保险</translation>
    </message>
    <message>
        <source>No unified social credit code was entered: the employer could not be checked.</source>
        <translation>未填写统一社会信用代码：无法核对单位。</translation>
    </message>
    <message>
        <source>The employer %1 is not in this window&apos;s records: its kind, industry and size are unknown, so the deferral rules could not be applied. Check it in the agency&apos;s system.</source>
        <translation>本窗口的记录中没有单位%1：其类型、行业和规模不明，无法适用缓缴政策，请在经办系统中核实。</translation>
    </message>
    <message>
        <source>The stored data of %1 does not pass the check (%2: %3); correct the employer&apos;s record first.</source>
        <translation>%1的存储资料未通过校验（%2：%3）；请先更正单位信息。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1: premium months %2 to %3 may be deferred (%4 share), to be paid back by %5%6.</source>
        <translation>%1：%2至%3的费款可缓缴（%4），须于%5前补缴%6。</translation>
    </message>
    <message>
        <source>every</source>
        <translation>单位和个人缴费</translation>
    </message>
    <message>
        <source>the employer&apos;s</source>
        <translation>单位缴费部分</translation>
    </message>
    <message>
        <source>, without late fees</source>
        <translation>，免收滞纳金</translation>
    </message>
</context>
<context>
    <name>tongban::prereview::EligibilityVerificationPreReview</name>
    <message>
        <source>at the counter</source>
        <translation>窗口认证</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>上门认证</translation>
    </message>
    <message>
        <source>at an outreach point</source>
        <translation>服务点认证</translation>
    </message>
    <message>
        <source>the verification method is one of &quot;counter&quot;, &quot;home&quot; or &quot;outreach&quot;; got &quot;%1&quot;</source>
        <translation>认证方式须为 &quot;counter&quot;、&quot;home&quot; 或 &quot;outreach&quot; 之一；收到的是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The person is not in this window&apos;s records: whether they draw a benefit could not be checked here.</source>
        <translation>本窗口的记录中没有此人：无法在此核实其是否领取待遇。</translation>
    </message>
    <message>
        <source>Draws unemployment benefit: the claim from %1 pays until %2.</source>
        <translation>正在领取失业保险金：%1起的申领发放至%2。</translation>
    </message>
    <message>
        <source>Not drawing a benefit: pension contributions are still paid (last recorded month %1), so there is nothing to verify.</source>
        <translation>未领取待遇：仍在缴纳养老保险费（最后缴费月份%1），无需认证。</translation>
    </message>
    <message>
        <source>Below the earliest pension age (from %1): verification applies only to a benefit not in this window&apos;s records (early retirement for a special post or illness, a work-injury benefit); check it.</source>
        <translation>未到最早退休年龄（%1起）：仅当领取本窗口记录以外的待遇（特殊工种或病退提前退休、工伤保险待遇）时才需认证，请核实。</translation>
    </message>
    <message>
        <source>Of pension age (statutory retirement %1) and no longer paying contributions: taken as drawing a pension.</source>
        <translation>已达退休年龄（法定退休时间%1）且已停止缴费：视为正在领取养老金。</translation>
    </message>
    <message>
        <source>Verified %1 on %2; the next verification is due by %3 (once every 12 months, 人社厅发〔2018〕107号).</source>
        <translation>已于%2完成%1；下次认证应于%3前完成（每12个月认证一次，人社厅发〔2018〕107号）。</translation>
    </message>
</context>
<context>
    <name>tongban::prereview::RetirementPreReview</name>
    <message>
        <source>%1 years</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <translation>%1岁%2个月</translation>
    </message>
    <message>
        <source>the policy parameters are not loaded</source>
        <translation>政策参数未加载</translation>
    </message>
    <message>
        <source>The person is not in this window&apos;s records: the retirement month, the contribution period and the pension could not be checked here. Check them in the agency&apos;s system.</source>
        <translation>本窗口的记录中没有此人：无法在此核对退休时间、缴费年限和养老金，请在经办系统中核实。</translation>
    </message>
    <message>
        <source>The stored person has no birth date: the retirement month could not be checked.</source>
        <translation>存储的人员信息没有出生日期：无法核对退休时间。</translation>
    </message>
    <message>
        <source>The retirement month could not be computed: %1</source>
        <translation>无法计算退休时间：%1</translation>
    </message>
    <message>
        <source>Statutory retirement: %1 at the age of %2 (original age %3, %4 months later under the 2025 reform); flexible retirement possible from %5 to %6 (人社部发〔2024〕94号).</source>
        <translation>法定退休时间：%1，退休年龄%2（原退休年龄%3，按2025年起的渐进式延迟退休推迟%4个月）；可弹性退休的时间为%5至%6（人社部发〔2024〕94号）。</translation>
    </message>
    <message>
        <source>No retirement month was entered: the statutory month %1 is assumed.</source>
        <translation>未填写申请退休年月：按法定退休时间%1核对。</translation>
    </message>
    <message>
        <source>The requested month %1 is before the earliest flexible retirement %2: retirement may come at most %3 months before the statutory month and never below the original age of %4 (人社部发〔2024〕94号).</source>
        <translation>申请的%1早于最早弹性退休时间%2：弹性提前退休最多比法定退休时间提前%3个月，且不得低于原退休年龄%4（人社部发〔2024〕94号）。</translation>
    </message>
    <message>
        <source>The requested month %1 is after the latest flexible retirement %2: retirement may be put off at most %3 months past the statutory month (人社部发〔2024〕94号).</source>
        <translation>申请的%1晚于最晚弹性退休时间%2：弹性延迟退休最多比法定退休时间推迟%3个月（人社部发〔2024〕94号）。</translation>
    </message>
    <message>
        <source>Contribution period by %1: %2 months recorded and %3 months deemed, %4 in all; the minimum for retiring in %5 is %6 months.</source>
        <translation>截至%1的缴费年限：记录的实际缴费%2个月，视同缴费%3个月，合计%4个月；%5年退休的最低缴费年限为%6个月。</translation>
    </message>
    <message>
        <source>Flexible early retirement (%1 months early) needs the minimum contribution period already met; %2 months are missing (人社部发〔2024〕94号).</source>
        <translation>弹性提前退休（提前%1个月）须已达到最低缴费年限；尚差%2个月（人社部发〔2024〕94号）。</translation>
    </message>
    <message>
        <source>Flexible early retirement, %1 months before the statutory month: the minimum is met; the person tells the employer in writing at least 3 months before (人社部发〔2024〕94号).</source>
        <translation>弹性提前退休，比法定退休时间提前%1个月：已达到最低缴费年限；本人应至少提前3个月书面告知所在单位（人社部发〔2024〕94号）。</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) missing: the person may keep paying after the statutory age, or pay the missing months in one sum, until the minimum is reached (人社部令第13号 第二条).</source>
        <translation>
            <numerusform>尚差%n个月：可在达到法定退休年龄后延长缴费，或一次性缴纳所差月份，至达到最低缴费年限（人社部令第13号 第二条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paying every month from now until %1 would be enough (%2 months to go).</source>
        <translation>从现在起至%1每月连续缴费即可补足（还有%2个月）。</translation>
    </message>
    <message>
        <source>The minimum is met.</source>
        <translation>已达到最低缴费年限。</translation>
    </message>
    <message>
        <source>Flexible late retirement, %1 months after the statutory month: it needs the employer&apos;s agreement in writing at least one month before (人社部发〔2024〕94号).</source>
        <translation>弹性延迟退休，比法定退休时间推迟%1个月：须至少提前一个月与所在单位书面协商一致（人社部发〔2024〕94号）。</translation>
    </message>
    <message>
        <source>No pension estimate from the records: %1</source>
        <translation>无法根据缴费记录估算养老金：%1</translation>
    </message>
    <message>
        <source>Estimated monthly pension from the records: %1 yuan (basic pension %2, individual account %3, transitional %4), on the calculation base of %5 yuan (%6 rules, 国发〔2005〕38号). An estimate only: the account as of %7 without the months still to be paid; the pension is set when the application is approved.</source>
        <translation>根据缴费记录估算的月养老金：%1元（基础养老金%2元，个人账户养老金%3元，过渡性养老金%4元），计发基数%5元（%6规则，国发〔2005〕38号）。仅为估算：个人账户按截至%7的储存额计算，未含此后尚待缴纳的月份；养老金以审核批准时核定的为准。</translation>
    </message>
    <message numerus="yes">
        <source>Figures not yet published were taken as the latest published ones (%n assumption(s)).</source>
        <translation>
            <numerusform>尚未公布的数据按最近公布的数据估算（%n项假设）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongban::prereview::ServiceYearsPreReview</name>
    <message>
        <source>No periods were entered: enter each period of service with its employer.</source>
        <translation>未填写工作期间：请逐段填写工作期间及所在单位。</translation>
    </message>
    <message>
        <source>a period is {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;, &quot;employer&quot;: &quot;…&quot;} with from not after to</source>
        <translation>工作期间须为 {&quot;from&quot;: &quot;YYYY-MM&quot;, &quot;to&quot;: &quot;YYYY-MM&quot;, &quot;employer&quot;: &quot;…&quot;}，起始月不晚于截止月</translation>
    </message>
    <message>
        <source>at most 1200 months can be claimed at once</source>
        <translation>一次最多可申请认定 1200 个月</translation>
    </message>
    <message>
        <source>Documents this needs: the personnel file (人事档案) with the recruitment (招工) and confirmation (转正定级) records of each period, and the employer&apos;s (or its successor&apos;s) proof of the service; what the file must show is set by the province.</source>
        <translation>所需材料：本人人事档案（含各期间的招工录用及转正定级记录），以及原单位（或其上级主管、承继单位）出具的工作经历证明；档案须体现的内容以本省规定为准。</translation>
    </message>
    <message>
        <source>The person is not in this window&apos;s records: the periods could not be checked against the contribution history. Check them in the agency&apos;s system.</source>
        <translation>本窗口的记录中没有此人：无法将所报期间与缴费记录核对，请在经办系统中核实。</translation>
    </message>
    <message numerus="yes">
        <source>The month the individual account of the region began is not in the data: whether %1 may be deemed service could not be checked (%n month(s)).</source>
        <translation>
            <numerusform>数据中没有本地区建立个人账户的时间：无法核对%1是否可计为视同缴费（%n个月）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claimed twice: %1 (%n month(s)) lie in more than one period.</source>
        <translation>
            <numerusform>重复申报：%1（%n个月）出现在多个期间中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already recorded as contributions: %1 (%n month(s)); nothing to recognise.</source>
        <translation>
            <numerusform>已有缴费记录：%1（%n个月），无需认定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already recognised as deemed service: %1 (%n month(s)) lie within the %2 months stored from the start of work %3.</source>
        <translation>
            <numerusform>已认定为视同缴费：%1（%n个月）在已存储的自参加工作时间%3起的%2个月视同缴费年限内。</numerusform>
        </translation>
    </message>
    <message>
        <source>The person already has %1 months of deemed service stored, without the months they cover: make sure the claim does not repeat them.</source>
        <translation>此人已存储%1个月视同缴费年限，但未记录对应的月份：请确认本次申报不重复。</translation>
    </message>
    <message numerus="yes">
        <source>Not deemable: %1 (%n month(s)) after the individual account began in %2 and not recorded: a gap then is paid back (back-payment), not recognised.</source>
        <translation>
            <numerusform>不可认定为视同缴费：%1（%n个月）在%2建立个人账户之后且无缴费记录：该期间应办理补缴，而非工龄认定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not deemable: %1 (%n month(s)) before the person turned 16 (劳动法 第十五条).</source>
        <translation>
            <numerusform>不可认定为视同缴费：%1（%n个月）在本人年满16周岁之前（劳动法 第十五条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not deemable: %1 (%n month(s)) after the current month.</source>
        <translation>
            <numerusform>不可认定为视同缴费：%1（%n个月）在本月之后。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the months claimed may be deemed service.</source>
        <translation>所报月份均不可认定为视同缴费。</translation>
    </message>
    <message numerus="yes">
        <source>May be deemed service (视同缴费年限): %1 (%n month(s)), before the individual account of the region began in %2 (%3; 国发〔1997〕26号).</source>
        <translation>
            <numerusform>可认定为视同缴费年限：%1（%n个月），在本地区%2建立个人账户之前（%3；国发〔1997〕26号）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongban::prereview::UnemploymentClaimPreReview</name>
    <message>
        <source>The person is not in this window&apos;s records: the months paid and earlier claims could not be checked. Check the claim in the agency&apos;s system.</source>
        <translation>本窗口的记录中没有此人：无法核对缴费月数和以往申领，请在经办系统中核实。</translation>
    </message>
    <message>
        <source>An open claim from %1 still pays until %2: stop it first (a new claim cannot overlap it).</source>
        <translation>%1起的申领仍发放至%2：请先办理停发（新申领不得与之重叠）。</translation>
    </message>
    <message>
        <source>The reason the job ended was not entered: eligibility could not be decided.</source>
        <translation>未填写离职原因：无法判断是否符合领取条件。</translation>
    </message>
    <message>
        <source>The claim could not be assessed: %1</source>
        <translation>无法审核本次申领：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The months paid (%1) are read from the employee months of the pension records; confirm them against the unemployment insurance record.</source>
        <translation>缴费月数（%1）取自养老保险记录中的在职缴费月份；请与失业保险缴费记录核对。</translation>
    </message>
    <message>
        <source>Benefit from %1 to %2, %3 yuan a month (%4).</source>
        <translation>领取期间%1至%2，每月%3元（%4）。</translation>
    </message>
</context>
<context>
    <name>tongban::prereview::UnemploymentStopPreReview</name>
    <message>
        <source>The person is not in this window&apos;s records: the open claim could not be found. Check it in the agency&apos;s system.</source>
        <translation>本窗口的记录中没有此人：无法查到正在领取的申领，请在经办系统中核实。</translation>
    </message>
    <message>
        <source>The person has no unemployment benefit claim on file: nothing to stop.</source>
        <translation>此人没有失业保险金申领记录：无需停发。</translation>
    </message>
    <message>
        <source>The person has no open claim: every claim on file is already stopped.</source>
        <translation>此人没有正在领取的申领：所有申领均已停发。</translation>
    </message>
    <message>
        <source>Open claim found: from %1, %2 months (%3 to %4).</source>
        <translation>找到正在领取的申领：%1起，共%2个月（%3至%4）。</translation>
    </message>
    <message>
        <source>The reason for the stop was not entered (one of: %1).</source>
        <translation>未填写停发原因（可选：%1）。</translation>
    </message>
    <message>
        <source>The stop date %1 is after today: a stop is recorded once its reason has arisen.</source>
        <translation>停发日期%1晚于今天：停发须在停发事由发生后办理。</translation>
    </message>
    <message>
        <source>The stop cannot be recorded: %1</source>
        <translation>无法办理停发：%1</translation>
    </message>
    <message>
        <source>Reason: %1 on %2. Paid no longer from %3: %4 months received, %5 left.</source>
        <translation>停发事由：%1（%2）。自%3起停发：已领取%4个月，剩余%5个月。</translation>
    </message>
    <message>
        <source>The %1 months left are kept for a later claim (失业保险条例 第十七条).</source>
        <translation>剩余的%1个月保留，可在今后申领时合并计算（失业保险条例 第十七条）。</translation>
    </message>
    <message>
        <source>The %1 months left are not kept for a later claim on this reason.</source>
        <translation>因此事由停发，剩余的%1个月不予保留。</translation>
    </message>
</context>
<context>
    <name>tongban::retirement::RetirementRule</name>
    <message>
        <source>a birth month &quot;YYYY-MM&quot; is required</source>
        <translation>须给出出生年月 &quot;YYYY-MM&quot;</translation>
    </message>
    <message>
        <source>no retirement-age parameters for group %1</source>
        <translation>没有类别 %1 的退休年龄参数</translation>
    </message>
    <message>
        <source>months of early retirement cannot be negative</source>
        <translation>提前退休月数不能为负</translation>
    </message>
    <message>
        <source>months of late retirement cannot be negative</source>
        <translation>延迟退休月数不能为负</translation>
    </message>
    <message>
        <source>choose early or late retirement, not both</source>
        <translation>提前或延迟只能选一种</translation>
    </message>
    <message>
        <source>flexible late retirement is at most %1 months after the statutory month %2 (人社部发〔2024〕94号)</source>
        <translation>弹性延迟退休最多晚于法定退休年月 %2 %1 个月（人社部发〔2024〕94号）</translation>
    </message>
    <message>
        <source>flexible early retirement is at most %1 months here: never more than %2 months before the statutory month and never below the original age of %3 (earliest %4; 人社部发〔2024〕94号)</source>
        <translation>本人弹性提前退休最多 %1 个月：不超过法定退休年月前 %2 个月，且不低于原法定退休年龄 %3 岁（最早 %4；人社部发〔2024〕94号）</translation>
    </message>
    <message>
        <source>flexible early retirement requires the minimum contribution period: give the months paid</source>
        <translation>弹性提前退休须满足最低缴费年限：请给出已缴月数</translation>
    </message>
    <message>
        <source>flexible early retirement requires the minimum contribution period of %1 months in %2; %3 months are paid, %4 missing</source>
        <translation>弹性提前退休须满足 %2 年的最低缴费 %1 个月；已缴 %3 个月，尚缺 %4 个月</translation>
    </message>
</context>
<context>
    <name>tongban::screening::RetirementScreening</name>
    <message>
        <source>the first month of the window is not a month: YYYY-MM</source>
        <translation>筛查期间的起始月份无效：须为 YYYY-MM</translation>
    </message>
    <message>
        <source>the last month of the window is not a month: YYYY-MM</source>
        <translation>筛查期间的截止月份无效：须为 YYYY-MM</translation>
    </message>
    <message>
        <source>the window ends (%1) before it starts (%2)</source>
        <translation>筛查期间的截止月份（%1）早于起始月份（%2）</translation>
    </message>
    <message>
        <source>cannot start reading the insured persons</source>
        <translation>无法开始读取参保人员</translation>
    </message>
    <message>
        <source>cannot count the insured persons</source>
        <translation>无法统计参保人数</translation>
    </message>
    <message>
        <source>cannot prepare reading the insured persons</source>
        <translation>无法准备读取参保人员</translation>
    </message>
    <message>
        <source>cannot prepare counting contribution months</source>
        <translation>无法准备统计缴费月数</translation>
    </message>
    <message>
        <source>cannot read the insured persons</source>
        <translation>无法读取参保人员</translation>
    </message>
    <message>
        <source>the retirement group of %1 is not known</source>
        <translation>%1 的退休人员类别无法识别</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot count the contribution months of %1</source>
        <translation>无法统计 %1 的缴费月数</translation>
    </message>
</context>
<context>
    <name>tongban::services::AccountService</name>
    <message>
        <source>%1 has never signed in online on this computer: sign in online once before signing in offline</source>
        <translation>%1 从未在本机联网登录过：须先联网登录一次，才能离线登录</translation>
    </message>
</context>
<context>
    <name>tongban::services::AuditService</name>
    <message>
        <source>say why the full ID number is needed, in at least %1 characters (e.g. 本人申请核对)</source>
        <translation>请说明查看完整身份证号码的理由，至少%1个字（如：本人申请核对）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no output; allowed: print, pdf, export</source>
        <translation>“%1”不是输出操作；允许：print、pdf、export</translation>
    </message>
</context>
<context>
    <name>tongban::services::CaseLedgerService</name>
    <message>
        <source>the department &quot;%1&quot; is not in the matter catalog: known are %2</source>
        <translation>事项目录中没有部门“%1”：已有 %2</translation>
    </message>
</context>
<context>
    <name>tongban::services::CentralDemoLoader</name>
    <message>
        <source>Social insurance office %1 (demo)</source>
        <translation>%1社保经办机构（演示）</translation>
    </message>
    <message>
        <source>no temporary directory for the demo data: %1</source>
        <translation>演示数据没有可用的临时目录：%1</translation>
    </message>
    <message>
        <source>cannot count the demo records: %1</source>
        <translation>无法统计演示数据的缴费记录：%1</translation>
    </message>
    <message>
        <source>the central server&apos;s schema is at step %1, and this program loads contribution histories in the form of step %2: bring the server up to date first (tongban-cli server-init)</source>
        <translation>中心服务器的数据结构处于第 %1 步，而本程序按第 %2 步的格式载入缴费记录：请先升级服务器（tongban-cli server-init）</translation>
    </message>
</context>
<context>
    <name>tongban::services::ClaimService</name>
    <message>
        <source>the date the ground arose, %1, is after today (%2): a stop is recorded once its ground has arisen; enter that day, today at the latest</source>
        <translation>停发原因发生日期 %1 晚于今天（%2）：停发须在原因发生后登记；请填写该日期，最晚为今天</translation>
    </message>
</context>
<context>
    <name>tongban::services::ComparisonService</name>
    <message>
        <source>This is the person on screen; enter someone else, or compare a scenario.</source>
        <translation>这就是当前显示的参保人；请输入其他人，或改为对比另一种情形。</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tongban::services::DayReportService</name>
    <message>
        <source>cannot write the file %1: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>tongban::services::EffectiveParameters</name>
    <message>
        <source>the parameter editions received from the central store do not load with this program&apos;s data (%1): computing with the figures this program ships</source>
        <translation>从中心库收到的政策参数版本无法与本程序的数据一同载入（%1）：改用本程序自带的参数计算</translation>
    </message>
    <message>
        <source>the parameter editions of this file cannot be read (%1): computing with the figures this program ships</source>
        <translation>无法读取本文件中的政策参数版本（%1）：改用本程序自带的参数计算</translation>
    </message>
</context>
<context>
    <name>tongban::services::IntakeService</name>
    <message>
        <source>the pre-review &quot;%1&quot; that the matter %2 names is not available in this program</source>
        <translation>事项“%2”所需的预审“%1”在本程序中不可用</translation>
    </message>
</context>
<context>
    <name>tongban::services::MatterWorkflowService</name>
    <message>
        <source>a batch comes from one of %1</source>
        <translation>批量数据的来源须为 %1 之一</translation>
    </message>
    <message>
        <source>the batch holds no case: nothing to import</source>
        <translation>批量文件中没有任何案件：无可导入</translation>
    </message>
    <message>
        <source>the matter is %1: a return notice is printed for a returned matter</source>
        <translation>该事项状态为“%1”：退件告知书只为已退件的事项打印</translation>
    </message>
    <message>
        <source>the matter is %1: a completion notice is printed for a matter that is done</source>
        <translation>该事项状态为“%1”：办结通知书只为已办结的事项打印</translation>
    </message>
</context>
<context>
    <name>tongban::services::OfflineCredentials</name>
    <message>
        <source>cannot read the offline sign-in of %1</source>
        <translation>无法读取 %1 的离线登录信息</translation>
    </message>
    <message>
        <source>the offline sign-in of %1 has an unknown role &quot;%2&quot;</source>
        <translation>%1 的离线登录信息中角色“%2”未知</translation>
    </message>
    <message>
        <source>cannot keep the offline sign-in of %1</source>
        <translation>无法保存 %1 的离线登录信息</translation>
    </message>
</context>
<context>
    <name>tongban::services::ParameterPublisher</name>
    <message>
        <source>%1 declares no edition: a published file names its edition date (&quot;edition&quot;: &quot;YYYY-MM-DD&quot;)</source>
        <translation>%1 未注明版本：发布的文件须注明版本日期（&quot;edition&quot;: &quot;YYYY-MM-DD&quot;）</translation>
    </message>
</context>
<context>
    <name>tongban::services::RatingService</name>
    <message>
        <source>the follow-up of a poor rating must be due at least 1 working day later, not %1</source>
        <translation>差评整改回访期限至少为 1 个工作日，不能为 %1</translation>
    </message>
</context>
<context>
    <name>tongban::services::SignInService</name>
    <message>
        <source>Type your login (the account name your supervisor gave you).</source>
        <translation>请输入登录名（主管为您开设的账户名）。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The central server cannot be reached (%1), and signing in offline was refused: %2</source>
        <translation>无法连接中心服务器（%1），离线登录也被拒绝：%2</translation>
    </message>
    <message>
        <source>The offline sign-ins of this computer could not be read: %1</source>
        <translation>无法读取本机的离线登录信息：%1</translation>
    </message>
</context>
<context>
    <name>tongban::services::StoredPerson</name>
    <message>
        <source>no insured person with citizen ID number %1</source>
        <translation>没有身份证号为 %1 的参保人</translation>
    </message>
    <message>
        <source>a citizen ID number or a name is required</source>
        <translation>须填写身份证号码或姓名</translation>
    </message>
    <message>
        <source>no insured person with a name containing &quot;%1&quot;</source>
        <translation>没有姓名包含“%1”的参保人</translation>
    </message>
    <message numerus="yes">
        <source>%n persons match this name; enter the ID number instead.</source>
        <translation>
            <numerusform>有 %n 人与此姓名相符，请改为输入身份证号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongban::services::SyncAttention</name>
    <message>
        <source>visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>visitor of an intake</source>
        <translation>受理的申请人</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>status change of a matter</source>
        <translation>事项状态变更</translation>
    </message>
    <message>
        <source>event of a visit</source>
        <translation>来访事件</translation>
    </message>
    <message>
        <source>unemployment claim</source>
        <translation>失业保险金申领</translation>
    </message>
    <message>
        <source>difficult case</source>
        <translation>疑难件</translation>
    </message>
    <message>
        <source>note on a difficult case</source>
        <translation>疑难件备注</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>follow-up of a rating</source>
        <translation>评价回访</translation>
    </message>
    <message>
        <source>disclosure of personal data</source>
        <translation>个人信息披露</translation>
    </message>
    <message>
        <source>audit record</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>insured person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>contribution history</source>
        <translation>缴费记录</translation>
    </message>
</context>
<context>
    <name>tongban::services::SyncRound</name>
    <message>
        <source>this file belongs to office %1, and the signed-in clerk works for office %2 (%3): sync it with a clerk of office %1, or start a new file for office %2</source>
        <translation>本文件属于经办机构 %1，而已登录的经办员属于经办机构 %2（%3）：请由经办机构 %1 的经办员同步，或为经办机构 %2 新建文件</translation>
    </message>
    <message>
        <source>the server asked twice in one round for a full re-sync; try again later</source>
        <translation>服务器在一轮同步中两次要求全量重新同步；请稍后再试</translation>
    </message>
    <message>
        <source>%1: %2 on the server, %3 here</source>
        <translation>%1：服务器 %2 条，本机 %3 条</translation>
    </message>
    <message>
        <source>the first download does not hold what the server holds (%1); sync again, and if it stays so, call the back office</source>
        <translation>首次下载的数据与服务器不一致（%1）；请再次同步，若仍如此请联系后台</translation>
    </message>
    <message>
        <source>the parameter edition %1 of %2 arrived damaged (its bytes do not match the server&apos;s digest): sync again</source>
        <translation>%2 的 %1 版传输中损坏（内容与服务器的摘要不符）：请重新同步</translation>
    </message>
    <message>
        <source>the central store&apos;s parameter editions were not taken, since they do not load with this program&apos;s data (%1): the figures in use stay as they were; tell the administrator</source>
        <translation>中心库的政策参数版本未被采用，因其无法与本程序的数据一同载入（%1）：仍使用原有参数；请告知管理员</translation>
    </message>
    <message>
        <source>the local file&apos;s pull cursor moved while changes were stored; sync again</source>
        <translation>保存变更期间本地文件的下载游标已改变；请重新同步</translation>
    </message>
</context>
<context>
    <name>tongban::services::SyncService</name>
    <message>
        <source>no central server is set, or nobody is signed in online: sign in with the server&apos;s address</source>
        <translation>未设置中心服务器，或无人在线登录：请填写服务器地址后登录</translation>
    </message>
    <message>
        <source>a hand-carried file goes to the server: sign in online first</source>
        <translation>人工携带的文件要提交到服务器：请先在线登录</translation>
    </message>
    <message>
        <source>New policy parameter editions were received (%1): Tongban computes with them from its next start.</source>
        <translation>已收到新的政策参数版本（%1）：通办台下次启动时起按新版本计算。</translation>
    </message>
</context>
<context>
    <name>tongban::services::VisitRecorder</name>
    <message>
        <source>The visit could not be opened: %1</source>
        <translation>无法开始本次办理：%1</translation>
    </message>
    <message>
        <source>The visit&apos;s calculations could not be read: %1</source>
        <translation>无法读取本次办理的核算：%1</translation>
    </message>
    <message>
        <source>The calculation could not be recorded: %1</source>
        <translation>无法记录核算：%1</translation>
    </message>
    <message>
        <source>The visit could not be ended: %1</source>
        <translation>无法结束办理：%1</translation>
    </message>
    <message>
        <source>The calculation could not be recorded: no insured person is shown.</source>
        <translation>无法记录核算：当前未显示参保人。</translation>
    </message>
    <message>
        <source>The stored calculation could not be read: %1</source>
        <translation>无法读取已存核算：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 could not be added to the visit: %2</source>
        <translation>无法将%1加入本次办理：%2</translation>
    </message>
</context>
<context>
    <name>tongban::session::DisclosureBasis</name>
    <message>
        <source>Enter who consented: the person whose data is shown, or who signed for them.</source>
        <translation>请填写同意人：被展示信息的本人，或代其签字的人。</translation>
    </message>
    <message>
        <source>Choose how consent was given: in writing or in person.</source>
        <translation>请选择同意方式：书面同意或当面同意。</translation>
    </message>
    <message>
        <source>Enter the name of the supervisor who approved showing the data.</source>
        <translation>请填写批准展示该信息的主管姓名。</translation>
    </message>
    <message>
        <source>Enter why the supervisor approved showing the data without consent.</source>
        <translation>请填写主管在未经本人同意的情况下批准展示的理由。</translation>
    </message>
    <message>
        <source>A reason goes with a supervisor&apos;s approval, not with consent.</source>
        <translation>理由只用于主管批准，不用于本人同意。</translation>
    </message>
    <message>
        <source>Consent is given &quot;written&quot; or &quot;in-person&quot;, not &quot;%1&quot;.</source>
        <translation>同意方式须为 &quot;written&quot;（书面）或 &quot;in-person&quot;（当面），不能是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>How consent was given goes with consent, not with an approval.</source>
        <translation>同意方式只用于本人同意，不用于主管批准。</translation>
    </message>
    <message>
        <source>Choose the basis: the person&apos;s consent or a supervisor&apos;s approval.</source>
        <translation>请选择依据：本人同意或主管批准。</translation>
    </message>
    <message>
        <source>The basis is &quot;consent&quot; or &quot;approval&quot;, not &quot;%1&quot;.</source>
        <translation>依据须为 &quot;consent&quot;（本人同意）或 &quot;approval&quot;（主管批准），不能是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>approved by a supervisor</source>
        <translation>主管批准</translation>
    </message>
    <message>
        <source>consent of the person (%1)</source>
        <translation>本人同意（%1）</translation>
    </message>
</context>
<context>
    <name>tongban::session::DisclosureRepository</name>
    <message>
        <source>the stored disclosure %1 is damaged (%2)</source>
        <translation>已存的信息展示记录 %1 已损坏（%2）</translation>
    </message>
    <message>
        <source>cannot prepare the query of %1</source>
        <translation>无法准备 %1 的查询</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation>须给出经办人姓名</translation>
    </message>
    <message>
        <source>unknown purpose of a disclosure: &quot;%1&quot;</source>
        <translation>未知的信息展示用途：“%1”</translation>
    </message>
    <message>
        <source>a person&apos;s own data shown to themselves is no disclosure to someone else</source>
        <translation>向本人展示其本人信息，不属于向他人提供信息</translation>
    </message>
    <message>
        <source>no insured person with the id %1 is stored</source>
        <translation>没有编号为 %1 的参保人</translation>
    </message>
    <message>
        <source>no visit with the id %1 is stored</source>
        <translation>没有编号为 %1 的办理记录</translation>
    </message>
    <message>
        <source>cannot prepare the disclosure statement</source>
        <translation>无法准备信息展示记录的写入语句</translation>
    </message>
    <message>
        <source>cannot store the disclosure</source>
        <translation>无法保存信息展示记录</translation>
    </message>
    <message>
        <source>cannot prepare the disclosure query</source>
        <translation>无法准备信息展示记录的查询</translation>
    </message>
    <message>
        <source>cannot read the disclosure</source>
        <translation>无法读取信息展示记录</translation>
    </message>
    <message>
        <source>no disclosure with the id %1 is stored</source>
        <translation>没有编号为 %1 的信息展示记录</translation>
    </message>
    <message>
        <source>cannot read the disclosures</source>
        <translation>无法读取信息展示记录</translation>
    </message>
</context>
<context>
    <name>tongban::session::SnapshotRecomputer</name>
    <message>
        <source>only pension calculations can be recomputed, not &quot;%1&quot;</source>
        <translation>只能重算养老金核算，不能重算“%1”</translation>
    </message>
    <message>
        <source>Calculation base</source>
        <translation>计发基数</translation>
    </message>
    <message>
        <source>Payout months</source>
        <translation>计发月数</translation>
    </message>
    <message>
        <source>Contribution years</source>
        <translation>缴费年限</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>基础养老金</translation>
    </message>
    <message>
        <source>Individual account pension</source>
        <translation>个人账户养老金</translation>
    </message>
    <message>
        <source>Transitional pension</source>
        <translation>过渡性养老金</translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation>加发项目</translation>
    </message>
    <message>
        <source>Monthly basic pension</source>
        <translation>月基本养老金</translation>
    </message>
    <message>
        <source>the calculation was not built from contribution records; it can only be recomputed from its stored inputs</source>
        <translation>该核算不是根据缴费记录生成的，只能按已存输入重算</translation>
    </message>
    <message>
        <source>the records given are not those of the person the calculation was made for</source>
        <translation>所给缴费记录不属于该核算对应的参保人</translation>
    </message>
    <message>
        <source>Individual account balance</source>
        <translation>个人账户储存额</translation>
    </message>
    <message>
        <source>Average contribution index</source>
        <translation>平均缴费指数</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>已缴月数</translation>
    </message>
    <message>
        <source>Deemed months</source>
        <translation>视同缴费月数</translation>
    </message>
</context>
<context>
    <name>tongban::session::SnapshotRepository</name>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation>须给出经办人姓名</translation>
    </message>
    <message>
        <source>the versions of the parameter files used are required, so that a recomputation can tell what changed</source>
        <translation>须给出所用参数文件的版本，以便重算时识别变化</translation>
    </message>
    <message>
        <source>cannot prepare the visit query</source>
        <translation>无法准备办理记录查询</translation>
    </message>
    <message>
        <source>cannot read the visit</source>
        <translation>无法读取办理记录</translation>
    </message>
    <message>
        <source>no visit with the id %1 is stored</source>
        <translation>没有编号为 %1 的办理记录</translation>
    </message>
    <message>
        <source>the visit %1 is closed: a calculation is kept in the visit it was shown in</source>
        <translation>办理 %1 已结束：核算只能记入展示该核算时的那次办理</translation>
    </message>
    <message>
        <source>cannot prepare the calculation query</source>
        <translation>无法准备核算记录查询</translation>
    </message>
    <message>
        <source>cannot read the calculation</source>
        <translation>无法读取核算记录</translation>
    </message>
    <message>
        <source>no stored calculation with the id %1</source>
        <translation>没有编号为 %1 的已存核算</translation>
    </message>
    <message>
        <source>the stored calculation %1 is damaged (%2)</source>
        <translation>已存核算 %1 已损坏（%2）</translation>
    </message>
    <message>
        <source>cannot prepare the list of calculations</source>
        <translation>无法准备核算列表</translation>
    </message>
    <message>
        <source>cannot read the list of calculations</source>
        <translation>无法读取核算列表</translation>
    </message>
    <message>
        <source>the visit %1 does not serve the person %2: add them to the visit first</source>
        <translation>办理 %1 不包括参保人 %2：请先将其加入本次办理</translation>
    </message>
    <message>
        <source>cannot prepare the query of the visit&apos;s calculations</source>
        <translation>无法准备本次办理核算的查询</translation>
    </message>
    <message>
        <source>cannot read the visit&apos;s calculations</source>
        <translation>无法读取本次办理的核算</translation>
    </message>
</context>
<context>
    <name>tongban::session::StoredResult</name>
    <message>
        <source>an amount in CNY with at most two decimals is required</source>
        <translation>须为金额（元），最多两位小数</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>须为数字</translation>
    </message>
    <message>
        <source>a text value is required</source>
        <translation>须为文本</translation>
    </message>
    <message>
        <source>a list of breakdown lines is required</source>
        <translation>须为核算明细行的列表</translation>
    </message>
    <message>
        <source>a breakdown line with a key and a value is required</source>
        <translation>每行核算明细须有键和值</translation>
    </message>
</context>
<context>
    <name>tongban::session::VisitEventLog</name>
    <message>
        <source>an event needs a kind</source>
        <translation>事件须有类型</translation>
    </message>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation>须给出经办人姓名</translation>
    </message>
    <message>
        <source>cannot prepare the event statement</source>
        <translation>无法准备事件语句</translation>
    </message>
    <message>
        <source>cannot store the event %1 of the visit %2</source>
        <translation>无法保存办理 %2 的事件 %1</translation>
    </message>
    <message>
        <source>cannot prepare the back-office visit</source>
        <translation>无法准备后台办理记录</translation>
    </message>
    <message>
        <source>cannot store the back-office visit</source>
        <translation>无法保存后台办理记录</translation>
    </message>
</context>
<context>
    <name>tongban::session::VisitSessionRepository</name>
    <message>
        <source>cannot prepare the queue number query</source>
        <translation>无法准备排队号查询</translation>
    </message>
    <message>
        <source>cannot count today&apos;s queue numbers</source>
        <translation>无法统计今日排队号</translation>
    </message>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation>须给出经办人姓名</translation>
    </message>
    <message>
        <source>a queue number has 1 to 16 letters, digits or &quot;-&quot;, e.g. A017</source>
        <translation>排队号由 1 到 16 位字母、数字或“-”组成，例如 A017</translation>
    </message>
    <message>
        <source>a visit id is a UUID in lower case</source>
        <translation>办理编号须为小写 UUID</translation>
    </message>
    <message>
        <source>cannot prepare the person query</source>
        <translation>无法准备参保人查询</translation>
    </message>
    <message>
        <source>cannot read the insured person</source>
        <translation>无法读取参保人</translation>
    </message>
    <message>
        <source>no insured person with the id %1 is stored</source>
        <translation>没有编号为 %1 的参保人</translation>
    </message>
    <message>
        <source>cannot prepare closing the previous visit</source>
        <translation>无法准备结束上一次办理</translation>
    </message>
    <message>
        <source>cannot close the previous visit</source>
        <translation>无法结束上一次办理</translation>
    </message>
    <message>
        <source>cannot prepare the visit statement</source>
        <translation>无法准备办理记录语句</translation>
    </message>
    <message>
        <source>cannot store the visit %1</source>
        <translation>无法保存办理记录 %1</translation>
    </message>
    <message>
        <source>cannot prepare the visit query</source>
        <translation>无法准备办理记录查询</translation>
    </message>
    <message>
        <source>cannot read the open visit</source>
        <translation>无法读取进行中的办理</translation>
    </message>
    <message>
        <source>cannot read the visit</source>
        <translation>无法读取办理记录</translation>
    </message>
    <message>
        <source>no visit with the id %1 is stored</source>
        <translation>没有编号为 %1 的办理记录</translation>
    </message>
    <message>
        <source>cannot prepare closing the visit</source>
        <translation>无法准备结束办理</translation>
    </message>
    <message>
        <source>cannot close the visit</source>
        <translation>无法结束办理</translation>
    </message>
    <message>
        <source>cannot prepare the query of the visit&apos;s persons</source>
        <translation>无法准备本次办理参保人的查询</translation>
    </message>
    <message>
        <source>cannot read the visit&apos;s persons</source>
        <translation>无法读取本次办理的参保人</translation>
    </message>
    <message>
        <source>the visit %1 is closed: a person is added to the visit open at the counter</source>
        <translation>办理 %1 已结束：只能将参保人加入窗口正在进行的办理</translation>
    </message>
    <message>
        <source>a window category is one capital letter A to Z (its automatic numbers: A001, B001, …)</source>
        <translation>窗口类别为一个大写字母 A 至 Z（自动排队号如 A001、B001…）</translation>
    </message>
</context>
<context>
    <name>tongban::sheet::CalculationSheet</name>
    <message>
        <source>the sheet needs the name of the clerk who makes it</source>
        <translation>核算表须注明制表经办人姓名</translation>
    </message>
    <message>
        <source>the sheet needs a valid date and time</source>
        <translation>核算表须有有效的日期和时间</translation>
    </message>
    <message>
        <source>the sheet needs the versions of the parameter files the calculation used</source>
        <translation>核算表须注明计算所用参数文件的版本</translation>
    </message>
    <message>
        <source>the result has no breakdown to print</source>
        <translation>结果中没有可打印的核算明细</translation>
    </message>
    <message>
        <source>Pension calculation sheet</source>
        <translation>养老金核算表</translation>
    </message>
    <message>
        <source>%1: %2 (source: %3)</source>
        <translation>%1：%2（来源：%3）</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Monthly basic pension</source>
        <translation>月基本养老金</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low, to verify</source>
        <translation>低，待核实</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Men, 60</source>
        <translation>男，60 岁</translation>
    </message>
    <message>
        <source>Women, 55</source>
        <translation>女，55 岁</translation>
    </message>
    <message>
        <source>Women, 50</source>
        <translation>女，50 岁</translation>
    </message>
    <message>
        <source>%1 months (%2 years %3 months)</source>
        <translation>%1 个月（%2 年 %3 个月）</translation>
    </message>
    <message>
        <source>¥ %1</source>
        <translation>¥ %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Retirement group</source>
        <translation>退休类别</translation>
    </message>
    <message>
        <source>Pooling region</source>
        <translation>统筹地区</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Age when the pension starts</source>
        <translation>起发时年龄</translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <translation>%1 岁 %2 个月</translation>
    </message>
    <message>
        <source>Pension starts</source>
        <translation>起发年月</translation>
    </message>
    <message>
        <source>%1 (statutory retirement month)</source>
        <translation>%1（法定退休年月）</translation>
    </message>
    <message>
        <source>Calculation base (CNY/month)</source>
        <translation>计发基数（元/月）</translation>
    </message>
    <message>
        <source>%1 (entered for this case)</source>
        <translation>%1（本案录入）</translation>
    </message>
    <message>
        <source>%1 (the region&apos;s published figure)</source>
        <translation>%1（本地区公布数）</translation>
    </message>
    <message>
        <source>Average contribution index</source>
        <translation>平均缴费指数</translation>
    </message>
    <message>
        <source>Base of the indexed wage (CNY/month)</source>
        <translation>指数化月平均缴费工资的基数（元/月）</translation>
    </message>
    <message>
        <source>Indexed average monthly contribution wage</source>
        <translation>指数化月平均缴费工资</translation>
    </message>
    <message>
        <source>Contribution months paid</source>
        <translation>实际缴费月数</translation>
    </message>
    <message>
        <source>Deemed contribution months</source>
        <translation>视同缴费月数</translation>
    </message>
    <message>
        <source>Individual account balance</source>
        <translation>个人账户储存额</translation>
    </message>
    <message>
        <source>Payout months (entered for this case)</source>
        <translation>计发月数（本案录入）</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>第 %1 部分</translation>
    </message>
    <message>
        <source>%1, index %2</source>
        <translation>%1，指数 %2</translation>
    </message>
    <message>
        <source>%1, base %2</source>
        <translation>%1，基数 %2</translation>
    </message>
    <message>
        <source>Transitional period: %1</source>
        <translation>过渡性养老金时段：%1</translation>
    </message>
    <message>
        <source>Transition coefficient (entered)</source>
        <translation>过渡系数（录入）</translation>
    </message>
    <message>
        <source>Notional account amount</source>
        <translation>虚账实记额</translation>
    </message>
    <message>
        <source>Rounding of years (entered)</source>
        <translation>年限舍入方式（录入）</translation>
    </message>
    <message>
        <source>Rounding of amounts (entered)</source>
        <translation>金额舍入方式（录入）</translation>
    </message>
    <message>
        <source>Rounding of the total (entered)</source>
        <translation>合计舍入方式（录入）</translation>
    </message>
    <message>
        <source>Add-on: %1</source>
        <translation>加发：%1</translation>
    </message>
    <message>
        <source>%1 (provisional: the latest published figure, until the base of %2 is published)</source>
        <translation>%1（预发：最近公布的数字，待 %2 的基数公布）</translation>
    </message>
    <message>
        <source>Months paid before the individual account</source>
        <translation>建立个人账户前的实际缴费月数</translation>
    </message>
    <message>
        <source>Index of the transitional part (entered)</source>
        <translation>过渡性养老金部分的指数（录入）</translation>
    </message>
    <message>
        <source>claimed (%1)</source>
        <translation>按规则领取（%1）</translation>
    </message>
    <message>
        <source>, rate %1 (entered)</source>
        <translation>，比例 %1（录入）</translation>
    </message>
    <message>
        <source>, %1 worked in the region</source>
        <translation>，在当地工作 %1</translation>
    </message>
    <message>
        <source>provisional (预发): changes when the calculation base of %1 is published</source>
        <translation>预发：%1 的计发基数公布后会变化</translation>
    </message>
    <message>
        <source>Provisional (预发): the calculation base of %1 is not yet published; this sheet uses the latest published one (%2) and is recomputed when it is.</source>
        <translation>预发：%1 的计发基数尚未公布；本表按最近公布的基数（%2）计算，公布后重新核定。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the visitor&apos;s copy carries the agency&apos;s name: set it under Settings → Agency before printing</source>
        <translation>给办事人的告知联须载明经办机构名称：请先在“设置 → 经办机构”中填写后再打印</translation>
    </message>
</context>
<context>
    <name>tongban::sheet::ComparisonSheet</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the sheet needs the name of the clerk who makes it</source>
        <translation>核算表须注明制表经办人姓名</translation>
    </message>
    <message>
        <source>the sheet needs a valid date and time</source>
        <translation>核算表须有有效的日期和时间</translation>
    </message>
    <message>
        <source>the sheet needs the versions of the parameter files the calculations used</source>
        <translation>对比表须注明各项计算所用参数文件的版本</translation>
    </message>
    <message>
        <source>the comparison has no figures to print</source>
        <translation>该对比没有可打印的数据</translation>
    </message>
    <message>
        <source>Pension comparison sheet</source>
        <translation>养老金对比表</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>对比人</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>对比对象</translation>
    </message>
    <message>
        <source>%1: %2; %3: %4</source>
        <translation>%1：%2；%3：%4</translation>
    </message>
    <message>
        <source>Difference a month</source>
        <translation>每月差额</translation>
    </message>
    <message>
        <source>%1 %2 − %3 %4 = %5</source>
        <translation>%1 %2 − %3 %4 = %5</translation>
    </message>
    <message>
        <source>%1 gets less a month than %2 by</source>
        <translation>%1每月比%2少</translation>
    </message>
    <message>
        <source>%1 gets more a month than %2 by</source>
        <translation>%1每月比%2多</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tongban::storage::ContributionIndex</name>
    <message>
        <source>cannot read the indexes of the file</source>
        <translation>无法读取文件的索引</translation>
    </message>
    <message>
        <source>cannot read the contribution records</source>
        <translation>无法读取缴费记录</translation>
    </message>
    <message>
        <source>cannot set the index %1 aside</source>
        <translation>无法暂时移除索引 %1</translation>
    </message>
    <message>
        <source>no schema step defines the index %1</source>
        <translation>没有任何数据结构升级步骤定义索引 %1</translation>
    </message>
    <message>
        <source>cannot build the index %1</source>
        <translation>无法建立索引 %1</translation>
    </message>
</context>
<context>
    <name>tongban::storage::EmployerRepository</name>
    <message>
        <source>cannot prepare the employer statement</source>
        <translation>无法准备参保单位语句</translation>
    </message>
    <message>
        <source>cannot store the employer %1 (%2)</source>
        <translation>无法保存参保单位 %1（%2）</translation>
    </message>
    <message>
        <source>cannot prepare loading an employer</source>
        <translation>无法准备读取参保单位</translation>
    </message>
    <message>
        <source>cannot load the employer %1</source>
        <translation>无法读取参保单位 %1</translation>
    </message>
    <message>
        <source>cannot prepare the employer search</source>
        <translation>无法准备参保单位查询</translation>
    </message>
    <message>
        <source>cannot search employers</source>
        <translation>无法查询参保单位</translation>
    </message>
    <message>
        <source>cannot prepare the employer query</source>
        <translation>无法准备参保单位查询</translation>
    </message>
    <message>
        <source>cannot read the employers</source>
        <translation>无法读取参保单位</translation>
    </message>
    <message>
        <source>cannot count the employers</source>
        <translation>无法统计参保单位数</translation>
    </message>
    <message>
        <source>cannot prepare the contribution query</source>
        <translation>无法准备缴费记录查询</translation>
    </message>
    <message>
        <source>cannot sum the contributions of the employer %1</source>
        <translation>无法汇总单位 %1 的缴费</translation>
    </message>
</context>
<context>
    <name>tongban::storage::LocalStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no database file was given</source>
        <translation>未指定数据库文件</translation>
    </message>
    <message>
        <source>the database file %1 does not exist</source>
        <translation>数据库文件 %1 不存在</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>cannot open the database %1</source>
        <translation>无法打开数据库 %1</translation>
    </message>
    <message>
        <source>cannot use %1 as a database</source>
        <translation>无法将 %1 用作数据库</translation>
    </message>
    <message>
        <source>the database %1 cannot use write-ahead logging (journal mode %2)</source>
        <translation>数据库 %1 无法使用预写日志（日志模式 %2）</translation>
    </message>
    <message>
        <source>cannot set up the database %1 (%2)</source>
        <translation>无法设置数据库 %1（%2）</translation>
    </message>
    <message>
        <source>cannot write the log into the database %1</source>
        <translation>无法写入数据库 %1 的日志</translation>
    </message>
    <message>
        <source>cannot write the log into the database %1: another connection is using it</source>
        <translation>无法写入数据库 %1：另一个连接正在使用</translation>
    </message>
    <message>
        <source>the database %1 is at schema %2, not %3: it must be opened for writing first</source>
        <translation>数据库 %1 的结构版本为 %2，而非 %3：须先以写入方式打开</translation>
    </message>
    <message>
        <source>cannot write the log into the database</source>
        <translation>无法将日志写入数据库</translation>
    </message>
    <message>
        <source>%1 is a database of another program (it holds tables, but no Tongban schema): Tongban does not change it; give the path of a Tongban database</source>
        <translation>%1 是其他程序的数据库（含有数据表，但不是通办台的结构）：通办台不会改动它；请给出通办台数据库的路径</translation>
    </message>
    <message>
        <source>%1 is empty, not a Tongban database: give the path of a Tongban database</source>
        <translation>%1 是空文件，不是通办台数据库：请给出通办台数据库的路径</translation>
    </message>
</context>
<context>
    <name>tongban::storage::Migrations</name>
    <message>
        <source>cannot read the schema version</source>
        <translation>无法读取数据库结构版本</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer version of Tongban (schema %2; this program knows schema %3 at most): update the program before opening it</source>
        <translation>数据库 %1 由较新版本的通办台写入（结构版本 %2，本程序最高支持 %3）：请先升级程序</translation>
    </message>
    <message>
        <source>cannot migrate the database from schema %1 to schema %2</source>
        <translation>无法将数据库结构从版本 %1 升级到 %2</translation>
    </message>
    <message>
        <source>schema upgrade step %1 failed</source>
        <translation>数据库结构升级第 %1 步失败</translation>
    </message>
    <message>
        <source>cannot prepare the schema upgrade</source>
        <translation>无法准备数据库结构升级</translation>
    </message>
    <message>
        <source>schema upgrade step %1 failed: a row of %2 refers to a missing row</source>
        <translation>数据库结构升级第 %1 步失败：%2 中有一行引用了不存在的行</translation>
    </message>
</context>
<context>
    <name>tongban::storage::PersonRepository</name>
    <message>
        <source>the citizen ID number must be stored in its 18-character form %1</source>
        <translation>身份证号须以 18 位形式 %1 保存</translation>
    </message>
    <message>
        <source>cannot prepare the insured person statement</source>
        <translation>无法准备参保人语句</translation>
    </message>
    <message>
        <source>cannot store the insured person %1 (%2)</source>
        <translation>无法保存参保人 %1（%2）</translation>
    </message>
    <message>
        <source>cannot prepare the contribution record statement</source>
        <translation>无法准备缴费记录语句</translation>
    </message>
    <message>
        <source>cannot store the contribution record of %1 for %2</source>
        <translation>无法保存 %1 的 %2 缴费记录</translation>
    </message>
    <message>
        <source>cannot prepare the search by citizen ID number</source>
        <translation>无法准备按身份证号查询</translation>
    </message>
    <message>
        <source>cannot search by citizen ID number</source>
        <translation>无法按身份证号查询</translation>
    </message>
    <message>
        <source>cannot prepare the search by name</source>
        <translation>无法准备按姓名查询</translation>
    </message>
    <message>
        <source>cannot search by name</source>
        <translation>无法按姓名查询</translation>
    </message>
    <message>
        <source>cannot prepare loading an insured person</source>
        <translation>无法准备读取参保人</translation>
    </message>
    <message>
        <source>cannot load the insured person %1</source>
        <translation>无法读取参保人 %1</translation>
    </message>
    <message>
        <source>no insured person with id %1</source>
        <translation>没有编号为 %1 的参保人</translation>
    </message>
    <message>
        <source>cannot prepare loading contribution records</source>
        <translation>无法准备读取缴费记录</translation>
    </message>
    <message>
        <source>cannot load the contribution records of %1</source>
        <translation>无法读取 %1 的缴费记录</translation>
    </message>
    <message>
        <source>cannot count the insured persons</source>
        <translation>无法统计参保人数</translation>
    </message>
    <message>
        <source>cannot prepare the key query</source>
        <translation>无法准备主键查询</translation>
    </message>
    <message>
        <source>cannot read the key of %1</source>
        <translation>无法读取 %1 的主键</translation>
    </message>
    <message>
        <source>cannot store contribution records of %1: no such insured person is stored</source>
        <translation>无法保存 %1 的缴费记录：库中没有该参保人</translation>
    </message>
    <message>
        <source>cannot store the contribution record of %1 for %2: no employer %3 is stored</source>
        <translation>无法保存 %1 在 %2 的缴费记录：库中没有单位 %3</translation>
    </message>
    <message>
        <source>cannot store the contribution record of %1 for %2: the month and a six-digit region are required</source>
        <translation>无法保存 %1 在 %2 的缴费记录：须有缴费年月和六位地区代码</translation>
    </message>
</context>
<context>
    <name>tongban::storage::PreparedStatement</name>
    <message>
        <source>the connection is not an open SQLite database</source>
        <translation>该连接不是已打开的 SQLite 数据库</translation>
    </message>
</context>
<context>
    <name>tongban::storage::StoreService</name>
    <message>
        <source>cannot check the database</source>
        <translation>无法检查数据库</translation>
    </message>
    <message>
        <source>the database file %1 does not exist</source>
        <translation>数据库文件 %1 不存在</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1，另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). Nothing more is read from it or written to it. A supervisor can put the latest backup in its place (menu Database → Backups and checks, or tongban-cli restore --db FILE --from BACKUP); the damaged file is kept beside it.</source>
        <translation>数据库文件 %1 已损坏（%2）。程序不再读写该文件。主管可用最近的备份替换它（菜单“数据库 → 备份与检查”，或 tongban-cli restore --db FILE --from BACKUP）；损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>the database %1 is not open yet</source>
        <translation>数据库 %1 尚未打开</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>cannot prepare the backup</source>
        <translation>无法准备备份</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>无法写入备份 %1</translation>
    </message>
    <message>
        <source>the backup %1 does not exist</source>
        <translation>备份 %1 不存在</translation>
    </message>
    <message>
        <source>the backup %1 cannot be read: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
    <message>
        <source>the backup %1 is damaged too (%2): choose another one</source>
        <translation>备份 %1 也已损坏（%2）：请选择其他备份</translation>
    </message>
    <message>
        <source>the file %1 is not a backup of a Tongban database this program can read</source>
        <translation>文件 %1 不是本程序可读取的通办台数据库备份</translation>
    </message>
    <message>
        <source>cannot copy the backup %1 next to %2</source>
        <translation>无法将备份 %1 复制到 %2 旁边</translation>
    </message>
    <message>
        <source>cannot move %1 aside</source>
        <translation>无法移开 %1</translation>
    </message>
    <message>
        <source>cannot put the backup in place of %1</source>
        <translation>无法用备份替换 %1</translation>
    </message>
    <message>
        <source>cannot read the maintenance log</source>
        <translation>无法读取维护记录</translation>
    </message>
    <message>
        <source>stopped: the program is closing</source>
        <translation>已停止：程序正在关闭</translation>
    </message>
</context>
<context>
    <name>tongban::storage::WriteTransaction</name>
    <message>
        <source>a write transaction is already active</source>
        <translation>已有写事务在进行</translation>
    </message>
    <message>
        <source>cannot start a write transaction</source>
        <translation>无法开始写事务</translation>
    </message>
    <message>
        <source>no write transaction to commit</source>
        <translation>没有可提交的写事务</translation>
    </message>
    <message>
        <source>cannot commit the transaction</source>
        <translation>无法提交事务</translation>
    </message>
</context>
<context>
    <name>tongban::sweep::DeferralSweep</name>
    <message>
        <source>no deferral rules were loaded</source>
        <translation>未载入缓缴规则</translation>
    </message>
    <message>
        <source>cannot start reading the employers</source>
        <translation>无法开始读取参保单位</translation>
    </message>
</context>
<context>
    <name>tongban::sweep::SweepCsv</name>
    <message>
        <source>Employer</source>
        <translation>参保单位</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Hard-hit area</source>
        <translation>受疫情影响严重地区</translation>
    </message>
    <message>
        <source>Pension: deferrable premium months</source>
        <translation>养老保险：可缓缴的费款所属期</translation>
    </message>
    <message>
        <source>Pension: months with records</source>
        <translation>养老保险：有缴费记录的月份</translation>
    </message>
    <message>
        <source>Pension: deferrable employer share (CNY)</source>
        <translation>养老保险：可缓缴的单位缴费部分（元）</translation>
    </message>
    <message>
        <source>Unemployment: deferrable premium months</source>
        <translation>失业保险：可缓缴的费款所属期</translation>
    </message>
    <message>
        <source>Unemployment: deferrable amount (CNY)</source>
        <translation>失业保险：可缓缴金额（元）</translation>
    </message>
    <message>
        <source>Work injury: deferrable premium months</source>
        <translation>工伤保险：可缓缴的费款所属期</translation>
    </message>
    <message>
        <source>Work injury: deferrable amount (CNY)</source>
        <translation>工伤保险：可缓缴金额（元）</translation>
    </message>
    <message>
        <source>Pay back by</source>
        <translation>补缴截止日期</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <source>Employer id</source>
        <translation>参保单位编号</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not in the records</source>
        <translation>记录中无</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>INCOMPLETE: the 免申即享 deferral sweep as of %1 was cancelled at %2 after %3 of %4 employers; this list holds only the eligible employers among those screened.</source>
        <translation>未完成：截至%1的缓缴免申即享筛查已于%2取消，%4家单位中只筛查了%3家；本清单只列出已筛查单位中符合条件的单位。</translation>
    </message>
    <message>
        <source>Complete: the 免申即享 deferral sweep as of %1 screened all %2 employers, finished at %3.</source>
        <translation>已完成：截至%1的缓缴免申即享筛查已筛查全部%2家单位，于%3完成。</translation>
    </message>
    <message>
        <source>deferral-sweep-%1-incomplete-%2-of-%3.csv</source>
        <translation>缓缴免申即享筛查-%1-未完成-已筛查%2家共%3家.csv</translation>
    </message>
    <message>
        <source>deferral-sweep-%1.csv</source>
        <translation>缓缴免申即享筛查-%1.csv</translation>
    </message>
</context>
<context>
    <name>tongban::sweep::SweepParameters</name>
    <message>
        <source>the date the rules are applied on is required: YYYY-MM-DD</source>
        <translation>须给出规则适用日期：YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code: six digits (GB/T 2260), e.g. 310000 for a province, 310100 for a city, 310115 for a district</source>
        <translation>“%1”不是行政区划代码：须为六位数字（GB/T 2260），例如省级 310000、市级 310100、区县级 310115</translation>
    </message>
    <message>
        <source>Rules applied as on %1.</source>
        <translation>按 %1 适用的规则筛查。</translation>
    </message>
    <message>
        <source>Every employer is taken as having attested a temporary operating difficulty: employers listed under a rule that requires it are eligible only once they attest it.</source>
        <translation>视同每个参保单位均已确认生产经营出现暂时困难：适用规则要求此条件的单位，须经确认后才符合条件。</translation>
    </message>
    <message>
        <source>No attestation of temporary operating difficulty is on file: only the rule without that condition (units in the five hardship industries, 人社厅发〔2022〕16号) makes an employer eligible; the 17 industries and the hard-hit-area rules of 人社部发〔2022〕31号 require it.</source>
        <translation>没有生产经营出现暂时困难的确认记录：只有不设此条件的规则（5 个特困行业的单位，人社厅发〔2022〕16号）能使参保单位符合条件；人社部发〔2022〕31号中 17 个行业和受疫情影响严重地区的规则均要求此条件。</translation>
    </message>
    <message>
        <source>No region is declared hard hit.</source>
        <translation>未认定任何受疫情影响严重地区。</translation>
    </message>
    <message>
        <source>Regions declared hard hit: %1.</source>
        <translation>已认定的受疫情影响严重地区：%1。</translation>
    </message>
    <message>
        <source>Deferrable pension amounts are the employer shares of the stored contribution records in the deferrable premium months; unemployment and work-injury premiums are not in the records.</source>
        <translation>养老保险可缓缴金额为可缓缴费款所属期内已存缴费记录的单位缴费部分；失业保险费和工伤保险费不在记录中。</translation>
    </message>
</context>
<context>
    <name>tongban::sweep::SweepRecorder</name>
    <message>
        <source>the clerk&apos;s name is required</source>
        <translation>须给出经办人姓名</translation>
    </message>
</context>
<context>
    <name>tongban::sync::ConflictRepository</name>
    <message>
        <source>the conflict %1 is already resolved</source>
        <translation>冲突 %1 已处理</translation>
    </message>
    <message>
        <source>a conflict of %1 cannot be resolved here</source>
        <translation>%1 的冲突无法在此处理</translation>
    </message>
    <message>
        <source>cannot replace the queued changes of %1 %2</source>
        <translation>无法替换 %1 %2 的待上传修改</translation>
    </message>
    <message>
        <source>cannot store the version of %1 %2</source>
        <translation>无法保存 %1 %2 的版本</translation>
    </message>
    <message>
        <source>cannot mark the conflict %1 resolved</source>
        <translation>无法将冲突 %1 标记为已处理</translation>
    </message>
    <message>
        <source>cannot read the sync conflicts</source>
        <translation>无法读取同步冲突</translation>
    </message>
    <message>
        <source>cannot read the sync conflict %1</source>
        <translation>无法读取同步冲突 %1</translation>
    </message>
    <message>
        <source>there is no sync conflict %1</source>
        <translation>没有同步冲突 %1</translation>
    </message>
    <message>
        <source>the clerk who resolves the conflict is missing</source>
        <translation>缺少处理冲突的经办员</translation>
    </message>
    <message>
        <source>cannot queue %1 %2 again</source>
        <translation>无法将 %1 %2 重新排队</translation>
    </message>
    <message>
        <source>cannot queue the delete of %1 %2</source>
        <translation>无法将 %1 %2 的删除排队</translation>
    </message>
    <message>
        <source>cannot read the refused operations</source>
        <translation>无法读取被拒绝的操作</translation>
    </message>
    <message>
        <source>the clerk who dismisses the refusal is missing</source>
        <translation>缺少确认拒绝的经办员</translation>
    </message>
    <message>
        <source>cannot dismiss the refusal</source>
        <translation>无法确认该拒绝</translation>
    </message>
    <message>
        <source>no open refusal %1</source>
        <translation>没有未处理的拒绝 %1</translation>
    </message>
</context>
<context>
    <name>tongban::sync::DownRecords</name>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>tongban::sync::HandCarry</name>
    <message>
        <source>this is not a hand-carry file of Tongban that can be trusted: %1</source>
        <translation>这不是可信的通办台人工携带文件：%1</translation>
    </message>
    <message>
        <source>it is not JSON (%1), or it was cut short</source>
        <translation>它不是 JSON（%1），或已被截断</translation>
    </message>
    <message>
        <source>the format is &quot;%1&quot;</source>
        <translation>格式为“%1”</translation>
    </message>
    <message>
        <source>version %1 is not read by this program (it reads %2)</source>
        <translation>本程序不能读取版本 %1（只能读取 %2）</translation>
    </message>
    <message>
        <source>its body is missing or damaged</source>
        <translation>文件内容缺失或已损坏</translation>
    </message>
    <message>
        <source>reading the sync state failed: %1</source>
        <translation>读取同步状态失败：%1</translation>
    </message>
    <message>
        <source>this computer has never synced with the server, so the hall could not check its file: sync it once at the hall first</source>
        <translation>本机从未与服务器同步，大厅无法核验其文件：请先在大厅同步一次</translation>
    </message>
    <message>
        <source>it names no device</source>
        <translation>文件未注明设备</translation>
    </message>
    <message>
        <source>it was changed after it was exported, or it comes from another device</source>
        <translation>文件导出后被改动过，或来自另一台设备</translation>
    </message>
    <message>
        <source>operation %1 of the file is malformed: %2</source>
        <translation>文件中第 %1 项操作格式不正确：%2</translation>
    </message>
</context>
<context>
    <name>tongban::sync::HistoryPayload</name>
    <message>
        <source>contribution_history: %1 is not a whole number</source>
        <translation>缴费记录：%1 不是整数</translation>
    </message>
    <message>
        <source>contribution_history: %1 is neither an employer&apos;s id nor null</source>
        <translation>缴费记录：%1 既不是用人单位编号，也不是空值</translation>
    </message>
    <message>
        <source>contribution_history: unknown key %1</source>
        <translation>缴费记录：未知的键 %1</translation>
    </message>
    <message>
        <source>contribution_history: &quot;records&quot; is not a list</source>
        <translation>缴费记录：“records”不是列表</translation>
    </message>
    <message>
        <source>contribution_history: the column %1 is missing</source>
        <translation>缴费记录：缺少列 %1</translation>
    </message>
    <message>
        <source>contribution_history: %1 is not a list</source>
        <translation>缴费记录：%1 不是列表</translation>
    </message>
    <message>
        <source>contribution_history: %1 has %2 values and month %3: the columns must be of one length</source>
        <translation>缴费记录：%1 有 %2 个值，month 有 %3 个：各列的长度必须相同</translation>
    </message>
</context>
<context>
    <name>tongban::sync::OfflineLimits</name>
    <message>
        <source>reading the offline limits failed: %1</source>
        <translation>读取离线限额失败：%1</translation>
    </message>
    <message>
        <source>reading the outbox failed: %1</source>
        <translation>读取待上传队列失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>This computer holds %n record(s) not yet sent to the server, the oldest from %1 day(s) ago: past the office&apos;s limit (%2 days, %3 records). New intakes are refused until it is synced — connect to the server and sync, or export the outbox for hand carrying to the hall.</source>
        <translation>
            <numerusform>本机有 %n 条记录尚未上传到服务器，最早的是 %1 天前的：已超过本机构的限额（%2 天、%3 条）。同步之前不再受理新的申请——请连接服务器同步，或导出待上传队列由人带到大厅。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer holds %n record(s) not yet sent to the server, the oldest from %1 day(s) ago; the office&apos;s limit is %2 days or %3 records, after which new intakes are refused. Sync soon.</source>
        <translation>
            <numerusform>本机有 %n 条记录尚未上传到服务器，最早的是 %1 天前的；本机构的限额为 %2 天或 %3 条，超过后将不再受理新的申请。请尽快同步。</numerusform>
        </translation>
    </message>
    <message>
        <source>the days a file may stay unsynced are 1 to 90, not %1</source>
        <translation>未同步的天数限额为 1 至 90，而不是 %1</translation>
    </message>
    <message>
        <source>the records a file may hold unsynced are 10 to 100000, not %1</source>
        <translation>未同步的记录限额为 10 至 100000，而不是 %1</translation>
    </message>
    <message>
        <source>saving the offline limits failed: %1</source>
        <translation>保存离线限额失败：%1</translation>
    </message>
    <message>
        <source>saving the offline limits failed: the file has no sync state</source>
        <translation>保存离线限额失败：文件没有同步状态</translation>
    </message>
</context>
<context>
    <name>tongban::sync::Outbox</name>
    <message>
        <source>cannot remove op %1 from the outbox</source>
        <translation>无法从待上传队列删除操作 %1</translation>
    </message>
    <message>
        <source>cannot store the version of %1 %2</source>
        <translation>无法保存 %1 %2 的版本</translation>
    </message>
    <message>
        <source>cannot mark audit record %1 synced</source>
        <translation>无法将审计记录 %1 标记为已同步</translation>
    </message>
    <message>
        <source>cannot keep the rejection of op %1</source>
        <translation>无法保存操作 %1 被拒绝的记录</translation>
    </message>
    <message>
        <source>at least one op must be asked for</source>
        <translation>至少要请求一项操作</translation>
    </message>
    <message>
        <source>cannot read the outbox</source>
        <translation>无法读取待上传队列</translation>
    </message>
    <message>
        <source>outbox op %1: the payload is not a JSON object</source>
        <translation>待上传操作 %1：内容不是 JSON 对象</translation>
    </message>
    <message>
        <source>the server answered op %1, which was not pushed</source>
        <translation>服务器答复了未上传的操作 %1</translation>
    </message>
    <message>
        <source>the server did not answer op %1</source>
        <translation>服务器没有答复操作 %1</translation>
    </message>
    <message>
        <source>cannot store the time of the push</source>
        <translation>无法保存上传时间</translation>
    </message>
    <message>
        <source>cannot read the sync status</source>
        <translation>无法读取同步状态</translation>
    </message>
    <message>
        <source>cannot record the failed push of op %1</source>
        <translation>无法记录操作 %1 的上传失败</translation>
    </message>
    <message>
        <source>cannot queue %1 again</source>
        <translation>无法将 %1 重新排队</translation>
    </message>
    <message>
        <source>cannot read the columns of %1</source>
        <translation>无法读取 %1 的列</translation>
    </message>
    <message>
        <source>cannot read the acknowledged audit records</source>
        <translation>无法读取服务器已确认的审计记录</translation>
    </message>
    <message>
        <source>cannot queue audit record %1 again</source>
        <translation>无法将审计记录 %1 重新排入待上传队列</translation>
    </message>
</context>
<context>
    <name>tongban::sync::PageApplier</name>
    <message>
        <source>cannot read the outbox</source>
        <translation>无法读取待上传队列</translation>
    </message>
    <message>
        <source>contribution_history of %1: the insured person is not in the local store</source>
        <translation>%1 的缴费记录：本地库中没有该参保人</translation>
    </message>
    <message>
        <source>contribution_history: the employer %1 is not in the local store</source>
        <translation>缴费记录：本地库中没有用人单位 %1</translation>
    </message>
    <message>
        <source>unknown entity %1</source>
        <translation>未知的记录类型 %1</translation>
    </message>
    <message>
        <source>%1 is pushed only, never pulled</source>
        <translation>%1 只上传，不下载</translation>
    </message>
    <message>
        <source>%1: empty record id</source>
        <translation>%1：记录编号为空</translation>
    </message>
    <message>
        <source>cannot apply the pulled page</source>
        <translation>无法应用下载的数据页</translation>
    </message>
    <message>
        <source>a page that asks for a full re-sync carries no changes</source>
        <translation>要求全量重新同步的数据页不带任何变更</translation>
    </message>
    <message>
        <source>cannot check the references of the pulled page</source>
        <translation>无法核对下载数据页的引用</translation>
    </message>
    <message>
        <source>the pulled page leaves a row of %1 (row %2) referring to a missing row of %3</source>
        <translation>下载的数据页使 %1 的一行（第 %2 行）引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>cannot store the pull cursor</source>
        <translation>无法保存下载游标</translation>
    </message>
    <message>
        <source>cannot apply the pulled page: %1</source>
        <translation>无法应用下载的数据页：%1</translation>
    </message>
    <message>
        <source>cannot store the version of %1 %2: %3</source>
        <translation>无法保存 %1 %2 的版本：%3</translation>
    </message>
    <message>
        <source>cannot read the insured person %1: %2</source>
        <translation>无法读取参保人 %1：%2</translation>
    </message>
    <message>
        <source>cannot replace the contributions of %1: %2</source>
        <translation>无法替换 %1 的缴费记录：%2</translation>
    </message>
    <message>
        <source>cannot read the employer %1: %2</source>
        <translation>无法读取用人单位 %1：%2</translation>
    </message>
    <message>
        <source>cannot store %1 of contribution_history %2: %3</source>
        <translation>无法保存缴费记录 %2 的 %1：%3</translation>
    </message>
    <message>
        <source>cannot check the references of the pulled page: %1</source>
        <translation>无法核对下载数据页的引用：%1</translation>
    </message>
    <message>
        <source>the pulled page leaves a reference to a missing row</source>
        <translation>下载的数据页引用了不存在的行</translation>
    </message>
    <message>
        <source>cannot read the pull cursor</source>
        <translation>无法读取下载游标</translation>
    </message>
</context>
<context>
    <name>tongban::sync::ParameterEditionStore</name>
    <message>
        <source>cannot read the parameter editions</source>
        <translation>无法读取政策参数版本</translation>
    </message>
    <message>
        <source>the parameter edition %1 of %2 in this file is damaged (its bytes do not match its digest): sync again to receive it once more</source>
        <translation>本文件中 %2 的 %1 版已损坏（内容与摘要不符）：请重新同步以再次接收</translation>
    </message>
    <message>
        <source>cannot store the parameter edition %1 of %2</source>
        <translation>无法保存 %2 的 %1 版政策参数</translation>
    </message>
    <message>
        <source>cannot open %1 to read its parameter editions</source>
        <translation>无法打开 %1 以读取其政策参数版本</translation>
    </message>
</context>
<context>
    <name>tongban::sync::RecordWriter</name>
    <message>
        <source>cannot read the columns of %1</source>
        <translation>无法读取 %1 的列</translation>
    </message>
    <message>
        <source>the local store has no table %1</source>
        <translation>本地库中没有表 %1</translation>
    </message>
    <message>
        <source>%1 is never written from the server</source>
        <translation>%1 从不由服务器写入</translation>
    </message>
    <message>
        <source>the payload&apos;s %1 (%2) is not the record id %3</source>
        <translation>内容中的 %1（%2）不是记录编号 %3</translation>
    </message>
    <message>
        <source>%1 has no column %2 that a payload may carry</source>
        <translation>%1 没有内容可携带的列 %2</translation>
    </message>
    <message>
        <source>cannot read the visit&apos;s person</source>
        <translation>无法读取来访的参保人</translation>
    </message>
    <message>
        <source>cannot store %1 %2</source>
        <translation>无法保存 %1 %2</translation>
    </message>
    <message>
        <source>cannot delete %1 %2</source>
        <translation>无法删除 %1 %2</translation>
    </message>
    <message>
        <source>cannot read %1 %2</source>
        <translation>无法读取 %1 %2</translation>
    </message>
    <message>
        <source>cannot switch the outbox triggers</source>
        <translation>无法切换待上传队列的触发器</translation>
    </message>
    <message>
        <source>cannot store the conflict of %1 %2</source>
        <translation>无法保存 %1 %2 的冲突</translation>
    </message>
    <message>
        <source>cannot read the device id</source>
        <translation>无法读取设备编号</translation>
    </message>
    <message>
        <source>the local store has no device id</source>
        <translation>本地库没有设备编号</translation>
    </message>
</context>
<context>
    <name>tongban::sync::SyncCounts</name>
    <message>
        <source>cannot count the synced records</source>
        <translation>无法统计已同步的记录</translation>
    </message>
</context>
<context>
    <name>tongban::sync::SyncProtocol</name>
    <message>
        <source>the server&apos;s answer lacks this value, or it is of the wrong type</source>
        <translation>服务器的应答缺少此项，或其类型不对</translation>
    </message>
</context>
<context>
    <name>tongban::sync::SyncStateRepository</name>
    <message>
        <source>cannot store the sync state</source>
        <translation>无法保存同步状态</translation>
    </message>
    <message>
        <source>cannot read the sync state</source>
        <translation>无法读取同步状态</translation>
    </message>
    <message>
        <source>cannot read the sync state: the row is missing</source>
        <translation>无法读取同步状态：缺少该行</translation>
    </message>
    <message>
        <source>an office code has six digits: %1</source>
        <translation>经办机构代码为六位数字：%1</translation>
    </message>
    <message>
        <source>the cap of offline days is at least 1</source>
        <translation>离线天数限额至少为 1</translation>
    </message>
    <message>
        <source>the cap of offline records is at least 1</source>
        <translation>离线记录限额至少为 1</translation>
    </message>
</context>
<context>
    <name>tongban::ui::AccountsText</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · online</source>
        <translation>%1 · 在线</translation>
    </message>
    <message>
        <source>%1 · offline, valid until %2</source>
        <translation>%1 · 离线，有效期至 %2</translation>
    </message>
    <message>
        <source>%1 · offline</source>
        <translation>%1 · 离线</translation>
    </message>
    <message>
        <source>No accounts: window clerk&apos;s rights · clerk not set</source>
        <translation>未启用账户：窗口经办员权限 · 未设经办人</translation>
    </message>
    <message>
        <source>No accounts: window clerk&apos;s rights · clerk %1</source>
        <translation>未启用账户：窗口经办员权限 · 经办人 %1</translation>
    </message>
    <message>
        <source>The central server cannot be reached: %1</source>
        <translation>无法连接中心服务器：%1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>登录名：%1</translation>
    </message>
    <message>
        <source>Offline sign-in locked: %1</source>
        <translation>离线登录已锁定：%1</translation>
    </message>
    <message>
        <source>Offline sign-in expired: %1</source>
        <translation>离线登录已过期：%1</translation>
    </message>
    <message>
        <source>Central server (Settings): %1</source>
        <translation>中心服务器（设置）：%1</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Offline grace days</source>
        <translation>离线宽限天数</translation>
    </message>
</context>
<context>
    <name>tongban::ui::AuditView</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD; &quot;any&quot; (the earliest date) leaves it open.</source>
        <translation>日期按 YYYY-MM-DD 输入；“不限”（最早的日期）表示不设限。</translation>
    </message>
    <message>
        <source>Look-up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Person opened</source>
        <translation>打开人员档案</translation>
    </message>
    <message>
        <source>Full ID number shown</source>
        <translation>显示完整证件号码</translation>
    </message>
    <message>
        <source>Comparison with another person</source>
        <translation>与他人对比</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>越权被拒</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>账号变更</translation>
    </message>
    <message>
        <source>person&apos;s file</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <source>pension calculation sheet</source>
        <translation>养老金核算表</translation>
    </message>
    <message>
        <source>pension comparison</source>
        <translation>养老金对比</translation>
    </message>
    <message>
        <source>intake receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>one-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>return notice</source>
        <translation>退件告知书</translation>
    </message>
    <message>
        <source>completion notice</source>
        <translation>办结通知书</translation>
    </message>
    <message>
        <source>deferral notice</source>
        <translation>缓缴告知书</translation>
    </message>
    <message>
        <source>unemployment benefit award notice</source>
        <translation>失业保险金核定通知书</translation>
    </message>
    <message>
        <source>unemployment benefit stop notice</source>
        <translation>失业保险金停发通知书</translation>
    </message>
    <message>
        <source>day&apos;s work CSV</source>
        <translation>当日工作量 CSV</translation>
    </message>
    <message>
        <source>eligible employers CSV</source>
        <translation>免申即享名单 CSV</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>back-office decision</source>
        <translation>后台决定</translation>
    </message>
    <message>
        <source>full ID number</source>
        <translation>完整证件号码</translation>
    </message>
    <message>
        <source>comparison with another person</source>
        <translation>与他人对比</translation>
    </message>
    <message>
        <source>clerk accounts</source>
        <translation>经办人账号</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>look-up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>pension</source>
        <translation>养老金核算</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>saving as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>whose data: all 18 characters</source>
        <translation>谁的数据：完整 18 位</translation>
    </message>
    <message>
        <source>the clerk&apos;s login</source>
        <translation>经办人登录名</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Search (Enter)</source>
        <translation>查询（回车）</translation>
    </message>
    <message>
        <source>&amp;Person (ID number):</source>
        <translation>人员证件号码(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation>经办人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>日期从(&amp;F)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Whose (ID number)</source>
        <translation>涉及人员（证件号码）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>Add the next, older records under the list.</source>
        <translation>在列表下方接着列出更早的记录。</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>校验链条(&amp;C)</translation>
    </message>
    <message>
        <source>Walk the whole log: each record holds the fingerprint of the one before, so a record removed, altered or moved is found.</source>
        <translation>逐条校验整个日志：每条记录都含有上一条的指纹，删除、篡改或挪动的记录都会被发现。</translation>
    </message>
    <message>
        <source>&amp;Records, newest first:</source>
        <translation>记录（最新在前）(&amp;R)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Person (ID number)</source>
        <translation>人员证件号码</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed; more are older.</source>
        <translation>
            <numerusform>已列出 %n 条记录；还有更早的。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed: all that match.</source>
        <translation>
            <numerusform>已列出 %n 条记录：全部符合条件的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>链条无法校验：%1</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s), none removed, altered or moved.</source>
        <translation>
            <numerusform>链条完整：共 %n 条记录，无删除、篡改或挪动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at record No. %1: %2. Report it to the security officer.</source>
        <translation>链条在第 %1 条记录处断开：%2。请报告安全管理员。</translation>
    </message>
    <message>
        <source>pension comparison sheet</source>
        <translation>养老金对比表</translation>
    </message>
    <message>
        <source>listed among the matches of a name</source>
        <translation>列于姓名查询结果</translation>
    </message>
</context>
<context>
    <name>tongban::ui::BackOfficePage</name>
    <message>
        <source>entry %1 (%2)</source>
        <translation>第 %1 条（%2）</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Queue no.</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Enter opens the matter.</source>
        <translation>按 Enter 打开事项。</translation>
    </message>
    <message>
        <source>Matters &amp;waiting, by due date:</source>
        <translation>待办事项，按到期日排列(&amp;W)：</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>Import batch file…</source>
        <translation>导入批量文件…</translation>
    </message>
    <message>
        <source>Import the cases of an outreach point or an online channel (a JSON batch file): every entry is checked first and nothing is imported when one is wrong.</source>
        <translation>导入外展点或网上渠道收取的案件（JSON 批量文件）：先逐条检查，任一条有误则全部不导入。</translation>
    </message>
    <message>
        <source>The matter catalog could not be loaded: %1</source>
        <translation>无法载入事项目录：%1</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>无法读取待办队列：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 代 %2</translation>
    </message>
    <message>
        <source>No matter is waiting.</source>
        <translation>没有待办事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) waiting</source>
        <translation>
            <numerusform>待办 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>已逾期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n due within 2 working days</source>
        <translation>
            <numerusform>2 个工作日内到期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Import a batch of cases</source>
        <translation>导入批量案件</translation>
    </message>
    <message>
        <source>Batch files (*.json);;All files (*)</source>
        <translation>批量文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>正在读取 %1 …</translation>
    </message>
    <message>
        <source>Nothing was imported. %1%2</source>
        <translation>未导入任何案件。%1%2</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n case(s) …</source>
        <translation>
            <numerusform>正在导入 %n 件案件 …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s)</source>
        <translation>
            <numerusform>已导入 %n 件案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n matter(s) from the channel %1.</source>
        <translation>
            <numerusform>，共 %n 个事项，渠道：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongban::ui::BreakdownModel</name>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>%1 (confidence: %2)</source>
        <translation>%1（可信度：%2）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>tongban::ui::CaseworkText</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>未定日期</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Date promised</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>Closed with the answer</source>
        <translation>销号答复</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>open</source>
        <translation>办理中</translation>
    </message>
</context>
<context>
    <name>tongban::ui::ClaimForm</name>
    <message>
        <source>Six-digit region code (GB/T 2260) of the office paying the benefit.</source>
        <translation>发放失业保险金的经办机构所在地区的六位行政区划代码（GB/T 2260）。</translation>
    </message>
    <message>
        <source>Registered as unemployed and seeking work</source>
        <translation>已办理失业登记并有求职要求</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>only when the region&apos;s standard is not in the data, CNY per month</source>
        <translation>仅在本地区标准未收录时填写，元/月</translation>
    </message>
    <message>
        <source>where the figure comes from (required with a standard)</source>
        <translation>数据来源（录入标准时必填）</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>申领日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Job ended by</source>
        <translation>就业中断原因</translation>
    </message>
    <message>
        <source>Months paid since the last claim</source>
        <translation>上次领取后累计缴费月数</translation>
    </message>
    <message>
        <source>Months carried over</source>
        <translation>合并计算的剩余领取期限</translation>
    </message>
    <message>
        <source>Monthly standard (entered)</source>
        <translation>月发放标准（录入）</translation>
    </message>
    <message>
        <source>Note on the standard</source>
        <translation>标准说明</translation>
    </message>
    <message>
        <source>Pre-filled from the employee months of the pension records; confirm it against the unemployment insurance record.</source>
        <translation>已按养老保险记录中的职工缴费月数预填；请与失业保险缴费记录核对。</translation>
    </message>
    <message>
        <source>Reading the earlier claims …</source>
        <translation>正在读取以前的申领 …</translation>
    </message>
    <message>
        <source>Enter the months carried over from an earlier claim.</source>
        <translation>请录入以前申领剩余的领取期限。</translation>
    </message>
    <message>
        <source>Pre-filled from the employee months of the pension records after the last claim (%1); confirm it against the unemployment insurance record.</source>
        <translation>已按上次申领（%1）之后养老保险记录中的职工缴费月数预填；请与失业保险缴费记录核对。</translation>
    </message>
    <message>
        <source>Months left of the last stopped claim, kept for this one.</source>
        <translation>上次已停发申领的剩余领取期限，保留至本次合并计算。</translation>
    </message>
    <message>
        <source>No months left from an earlier claim.</source>
        <translation>以前的申领没有剩余领取期限。</translation>
    </message>
    <message>
        <source>The monthly standard must be an amount in CNY with at most two decimals.</source>
        <translation>月发放标准须为金额（元），最多两位小数。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::ClaimsPanel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>申领日期</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Paid from – until</source>
        <translation>发放起止</translation>
    </message>
    <message>
        <source>Monthly (CNY)</source>
        <translation>月发放额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>Months left</source>
        <translation>剩余领取期限</translation>
    </message>
    <message>
        <source>Stop payment</source>
        <translation>办理停发</translation>
    </message>
    <message>
        <source>Stop notice PDF…</source>
        <translation>停发通知 PDF…</translation>
    </message>
    <message>
        <source>Ground arose on</source>
        <translation>停发原因发生日期</translation>
    </message>
    <message>
        <source>The claims could not be read: %1</source>
        <translation>无法读取申领记录：%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not in the data</source>
        <translation>未收录</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停发</translation>
    </message>
    <message>
        <source>open</source>
        <translation>发放中</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1（保留）</translation>
    </message>
    <message>
        <source>%1 (lapsed)</source>
        <translation>%1（不保留）</translation>
    </message>
    <message>
        <source>No earlier claim.</source>
        <translation>没有以前的申领。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::ComparisonView</name>
    <message>
        <source>Look up an insured person, then compare their pension with a colleague&apos;s, or with another start month or contributions paid on until retirement.</source>
        <translation>查询参保人后，可将其养老金与同事对比，或与另一起发年月、继续缴费至退休的情形对比。</translation>
    </message>
    <message>
        <source>another insured person</source>
        <translation>另一位参保人</translation>
    </message>
    <message>
        <source>the same person, another scenario</source>
        <translation>同一人的另一种情形</translation>
    </message>
    <message>
        <source>ID number or name of the other person</source>
        <translation>另一人的身份证号或姓名</translation>
    </message>
    <message>
        <source>statutory</source>
        <translation>按法定</translation>
    </message>
    <message>
        <source>The month the pension starts (YYYY-MM); empty: the statutory month</source>
        <translation>起发年月（YYYY-MM）；留空则按法定退休年月</translation>
    </message>
    <message>
        <source>not paying on</source>
        <translation>不再缴费</translation>
    </message>
    <message>
        <source>A monthly contribution base (CNY) paid from now until the pension starts; empty: nothing more is paid</source>
        <translation>从现在到起发前按月缴费的缴费基数（元）；留空则不再缴费</translation>
    </message>
    <message>
        <source>Pension starts:</source>
        <translation>起发年月：</translation>
    </message>
    <message>
        <source>Keep paying on a base of:</source>
        <translation>继续缴费，缴费基数：</translation>
    </message>
    <message>
        <source>CNY a month, as</source>
        <translation>元/月，身份：</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>已取消对比。</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>对比对象</translation>
    </message>
    <message>
        <source>Why they differ — each cause with its part of the difference; the parts add up to it</source>
        <translation>差额原因：逐项列出各原因所占的差额，各项之和等于总差额</translation>
    </message>
    <message>
        <source>Enter the ID number or the name of the person to compare with.</source>
        <translation>请输入对比对象的身份证号或姓名。</translation>
    </message>
    <message>
        <source>The start month is written YYYY-MM, e.g. 2027-03.</source>
        <translation>起发年月请按 YYYY-MM 输入，例如 2027-03。</translation>
    </message>
    <message>
        <source>The base to keep paying is an amount in CNY a month, e.g. 8000 or 7310.50.</source>
        <translation>续缴基数为每月金额（元），例如 8000 或 7310.50。</translation>
    </message>
    <message>
        <source>Describe the scenario: another start month, a base to keep paying, or both.</source>
        <translation>请说明对比情形：另一起发年月、续缴基数，或两者都填。</translation>
    </message>
    <message>
        <source>%1 and %2 receive the same: %3 CNY a month.</source>
        <translation>%1 与 %2 领取的相同：每月 %3 元。</translation>
    </message>
    <message>
        <source>%1: %2 CNY a month, %3 CNY less than %4 (%5 CNY).</source>
        <translation>%1：每月 %2 元，比 %4（%5 元）少 %3 元。</translation>
    </message>
    <message>
        <source>%1: %2 CNY a month, %3 CNY more than %4 (%5 CNY).</source>
        <translation>%1：每月 %2 元，比 %4（%5 元）多 %3 元。</translation>
    </message>
    <message>
        <source>Mostly %1: %2 CNY of it.</source>
        <translation>主要原因：%1，占 %2 元。</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>差异内容</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>基础养老金</translation>
    </message>
    <message>
        <source>Account pension</source>
        <translation>个人账户养老金</translation>
    </message>
    <message>
        <source>Transitional and other</source>
        <translation>过渡性及其他</translation>
    </message>
    <message>
        <source>Part of the difference</source>
        <translation>所占差额</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>= the difference of the monthly pensions</source>
        <translation>= 月养老金之差</translation>
    </message>
    <message>
        <source>Assumed for %1</source>
        <translation>%1 的说明</translation>
    </message>
    <message>
        <source>Pension comparison %1 %2.pdf</source>
        <translation>养老金对比表 %1 %2.pdf</translation>
    </message>
    <message>
        <source>No comparison is shown.</source>
        <translation>当前未显示对比。</translation>
    </message>
    <message>
        <source>%1 (ID number %2)</source>
        <translation>%1（身份证号 %2）</translation>
    </message>
    <message>
        <source>The comparison was not opened: a colleague&apos;s data is shown only on a recorded basis.</source>
        <translation>未打开对比：须先记录依据，才能展示同事的信息。</translation>
    </message>
    <message>
        <source>The comparison was not opened: the basis could not be recorded (%1).</source>
        <translation>未打开对比：无法保存依据（%1）。</translation>
    </message>
    <message>
        <source>Compared with: %1, ID number %2. Basis recorded: %3.</source>
        <translation>对比对象：%1，身份证号 %2。已记录依据：%3。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::ContributionIndexChart</name>
    <message>
        <source>Contribution index by year</source>
        <translation>历年缴费指数</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Flexible years</source>
        <translation>灵活就业年度</translation>
    </message>
    <message>
        <source>1.0 = average wage</source>
        <translation>1.0 = 社平工资</translation>
    </message>
    <message>
        <source>%1 floor</source>
        <translation>%1 下限</translation>
    </message>
</context>
<context>
    <name>tongban::ui::CounterPage</name>
    <message>
        <source>Contribution history</source>
        <translation>缴费历史</translation>
    </message>
    <message>
        <source>Pension breakdown</source>
        <translation>养老金核算</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation>失业保险金</translation>
    </message>
    <message>
        <source>The unemployment insurance rules could not be loaded: %1</source>
        <translation>无法载入失业保险规则：%1</translation>
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation>已取消查询。</translation>
    </message>
    <message>
        <source>No insured person found.</source>
        <translation>未找到参保人。</translation>
    </message>
    <message>
        <source>Not a valid ID number: %1</source>
        <translation>身份证号无效：%1</translation>
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>%1 was not shown; %2 stays on screen.</source>
        <translation>未显示%1；仍显示%2。</translation>
    </message>
    <message>
        <source>%1 was not shown.</source>
        <translation>未显示%1。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::DateEdit</name>
    <message>
        <source>%1 is out of range: enter a date from %2 to %3.</source>
        <translation>%1 超出范围：请输入 %2 至 %3 之间的日期。</translation>
    </message>
    <message>
        <source>Not a date: type it as YYYY-MM-DD, e.g. 2022-06-15.</source>
        <translation>不是有效日期：请按 YYYY-MM-DD 输入，例如 2022-06-15。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::DayWorkPage</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Average wait (min:s)</source>
        <translation>平均等候（分:秒）</translation>
    </message>
    <message>
        <source>Longest wait (min:s)</source>
        <translation>最长等候（分:秒）</translation>
    </message>
    <message>
        <source>Matters by department</source>
        <translation>按部门统计事项</translation>
    </message>
    <message>
        <source>Matters by window</source>
        <translation>按窗口统计事项</translation>
    </message>
    <message>
        <source>Ratings by level</source>
        <translation>评价按等级</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>图表(&amp;H)：</translation>
    </message>
    <message>
        <source>The day&apos;s work cannot be shown: %1</source>
        <translation>无法显示当日工作量：%1</translation>
    </message>
    <message>
        <source>Reading the figures of %1 …</source>
        <translation>正在读取 %1 的数据…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Nothing was received, done, returned or rated on %1.</source>
        <translation>%1 没有受理、办结、退件或评价。</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>day&apos;s work %1.csv</source>
        <translation>当日工作量 %1.csv</translation>
    </message>
    <message>
        <source>Export the day&apos;s work</source>
        <translation>导出当日工作量</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>There are no figures to export.</source>
        <translation>没有可导出的数据。</translation>
    </message>
    <message>
        <source>The day&apos;s work was written to %1.</source>
        <translation>当日工作量已写入 %1。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::DeferralView</name>
    <message>
        <source>Stored employer</source>
        <translation>已登记的参保单位</translation>
    </message>
    <message>
        <source>Unified social credit code or part of the name</source>
        <translation>统一社会信用代码或单位名称的一部分</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴费主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>18 characters, GB 32100-2015</source>
        <translation>18 位，GB 32100-2015</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry (GB/T 4754-2017)</source>
        <translation>行业（GB/T 4754-2017）</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>In an area hard hit by the epidemic (local criteria)</source>
        <translation>位于受疫情影响严重地区（按当地认定标准）</translation>
    </message>
    <message>
        <source>Temporary operating difficulty attested</source>
        <translation>已确认生产经营出现暂时困难</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Check eligibility</source>
        <translation>核查资格</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation>缓缴</translation>
    </message>
    <message>
        <source>Premium months</source>
        <translation>费款所属期</translation>
    </message>
    <message>
        <source>Share deferred</source>
        <translation>缓缴部分</translation>
    </message>
    <message>
        <source>Pay back by</source>
        <translation>补缴截止日期</translation>
    </message>
    <message>
        <source>Late-payment surcharge</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Save notice as PDF…</source>
        <translation>将通知保存为 PDF…</translation>
    </message>
    <message>
        <source>Print notice…</source>
        <translation>打印通知…</translation>
    </message>
    <message>
        <source>no stored employer matches</source>
        <translation>没有相符的已登记参保单位</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>免收</translation>
    </message>
    <message>
        <source>not waived</source>
        <translation>不免收</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>check the eligibility first</source>
        <translation>请先核查资格</translation>
    </message>
    <message>
        <source>Deferral notice %1.pdf</source>
        <translation>缓缴通知 %1.pdf</translation>
    </message>
    <message>
        <source>Save deferral notice as PDF</source>
        <translation>将缓缴通知保存为 PDF</translation>
    </message>
    <message>
        <source>Name of the payer</source>
        <translation>缴费主体名称</translation>
    </message>
</context>
<context>
    <name>tongban::ui::DisclosureDialog</name>
    <message>
        <source>Basis for showing a colleague&apos;s data</source>
        <translation>展示同事信息的依据</translation>
    </message>
    <message>
        <source>The comparison shows the pension of %1 to the visitor: another person&apos;s data. The Personal Information Protection Law (Art. 13) requires a basis for it. Record it before the comparison opens.</source>
        <translation>对比将向来访人展示%1的养老金，这是他人的个人信息。依照《个人信息保护法》第十三条，须有处理依据。请在打开对比前记录依据。</translation>
    </message>
    <message>
        <source>Consent of the colleague</source>
        <translation>本人同意（同事本人）</translation>
    </message>
    <message>
        <source>the colleague, or who signed for them</source>
        <translation>同事本人，或代其签字的人</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Who consented:</source>
        <translation>同意人：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Approved by a supervisor</source>
        <translation>主管批准</translation>
    </message>
    <message>
        <source>the supervisor&apos;s name</source>
        <translation>主管姓名</translation>
    </message>
    <message>
        <source>why the data may be shown without consent</source>
        <translation>未经本人同意而可以展示的理由</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Record and compare</source>
        <translation>记录并对比</translation>
    </message>
    <message>
        <source>Choose the basis: the colleague&apos;s consent or a supervisor&apos;s approval.</source>
        <translation>请选择依据：同事本人同意或主管批准。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::DisplayText</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Men, 60</source>
        <translation>男，60 岁</translation>
    </message>
    <message>
        <source>Women, 55</source>
        <translation>女，55 岁</translation>
    </message>
    <message>
        <source>Women, 50</source>
        <translation>女，50 岁</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>灵活就业</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 months (%2 years)</source>
        <translation>%1 个月（%2 年）</translation>
    </message>
    <message>
        <source>%1 months (%2 years %3 months)</source>
        <translation>%1 个月（%2 年 %3 个月）</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <translation>%1 岁 %2 个月</translation>
    </message>
</context>
<context>
    <name>tongban::ui::DocumentChecklist</name>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Needed for</source>
        <translation>所需事项</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The documents of the matters added are listed here.</source>
        <translation>添加事项后，这里列出各事项所需材料。</translation>
    </message>
    <message numerus="yes">
        <source>All %n document(s) brought.</source>
        <translation>
            <numerusform>%n 份材料已齐全。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 documents missing: tick what the applicant brought (Space).</source>
        <translation>%2 份材料中缺 %1 份：勾选申请人已带的材料（空格键）。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::FieldEditor</name>
    <message>
        <source>YYYY-MM</source>
        <translation>年-月，如 2027-03</translation>
    </message>
    <message>
        <source>six digits</source>
        <translation>六位代码</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>from YYYY-MM</source>
        <translation>起 年-月</translation>
    </message>
    <message>
        <source>to YYYY-MM</source>
        <translation>止 年-月</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始年月</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止年月</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation>增加一段</translation>
    </message>
    <message>
        <source>Adds a row for one more period of work (Enter in a period&apos;s employer does the same).</source>
        <translation>再增加一段工作经历（在单位栏按回车也可增加）。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>单位名称</translation>
    </message>
</context>
<context>
    <name>tongban::ui::HistoryView</name>
    <message>
        <source>Look up an insured person: their contributions appear here year by year.</source>
        <translation>查询参保人后，这里按年列出缴费情况。</translation>
    </message>
    <message>
        <source>Shaded: flexible employment</source>
        <translation>阴影行：灵活就业</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Account up to %1 · %2 paid · %3 without a record</source>
        <translation>个人账户截至 %1 · 已缴 %2 · 无记录 %3</translation>
    </message>
    <message>
        <source>Not in the shipped data, so left out of the figures above: %1.</source>
        <translation>以下数据未收录，上表未计入：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Monthly records of %1 (%2)</source>
        <translation>%1 年逐月记录（%2）</translation>
    </message>
    <message>
        <source>All monthly records (%1)</source>
        <translation>全部逐月记录（%1）</translation>
    </message>
</context>
<context>
    <name>tongban::ui::IntakePage</name>
    <message>
        <source>ready</source>
        <translation>可以办理</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <source>cannot proceed</source>
        <translation>无法办理</translation>
    </message>
    <message>
        <source>&amp;Add a matter:</source>
        <translation>添加事项(&amp;A)：</translation>
    </message>
    <message>
        <source>No matter yet: type the pinyin initials of what the visitor came for (txsq: 退休申请) and press Enter.</source>
        <translation>尚未添加事项：输入办事人所办事项的拼音首字母（如 txsq：退休申请），按回车添加。</translation>
    </message>
    <message>
        <source>The matter catalog could not be loaded: %1</source>
        <translation>事项目录无法加载：%1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>本次办理</translation>
    </message>
    <message>
        <source>empty: next of the day</source>
        <translation>留空自动取号</translation>
    </message>
    <message>
        <source>The number on the visitor&apos;s queue ticket (typed or scanned, e.g. A023). Left empty, the next number of the day is issued when the intake is stored.</source>
        <translation>办事人排队小票上的号码（手输或扫码，如 A023）。留空时，受理保存时自动取当天下一个号。</translation>
    </message>
    <message>
        <source>scan the ID card or type</source>
        <translation>刷身份证或手输</translation>
    </message>
    <message>
        <source>&amp;Queue no.:</source>
        <translation>排队号(&amp;Q)：</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;ID number:</source>
        <translation>申请人身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Documents of all matters</source>
        <translation>全部事项的申请材料</translation>
    </message>
    <message>
        <source>Brought (&amp;documents):</source>
        <translation>已带材料(&amp;D)：</translation>
    </message>
    <message>
        <source>One-time notice…</source>
        <translation>一次性告知书…</translation>
    </message>
    <message>
        <source>Preview and print the one-time notice (一次性告知书) of the documents still missing.</source>
        <translation>预览并打印尚缺材料的一次性告知书。</translation>
    </message>
    <message>
        <source>Notice PDF…</source>
        <translation>告知书 PDF…</translation>
    </message>
    <message>
        <source>Save the one-time notice as a PDF file.</source>
        <translation>将一次性告知书保存为 PDF 文件。</translation>
    </message>
    <message>
        <source>Take in (Ctrl+Enter)</source>
        <translation>受理 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Store the intake: each matter is received, pre-reviewed and given its due date; then the receipt.</source>
        <translation>保存受理：各事项登记受理、预审并计算办结日期，然后出具受理回执。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>打印受理回执…</translation>
    </message>
    <message>
        <source>Receipt PDF…</source>
        <translation>回执 PDF…</translation>
    </message>
    <message>
        <source>One-time notice: preview</source>
        <translation>一次性告知书：打印预览</translation>
    </message>
    <message>
        <source>Save the one-time notice as PDF</source>
        <translation>将一次性告知书保存为 PDF</translation>
    </message>
    <message>
        <source>One-time notice %1.pdf</source>
        <translation>一次性告知书 %1.pdf</translation>
    </message>
    <message>
        <source>Receipt: preview</source>
        <translation>受理回执：打印预览</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>将受理回执保存为 PDF</translation>
    </message>
    <message>
        <source>Receipt %1 %2.pdf</source>
        <translation>受理回执 %1 %2.pdf</translation>
    </message>
    <message>
        <source>The last draft could not be read: %1</source>
        <translation>上次的草稿无法读取：%1</translation>
    </message>
    <message>
        <source>no name yet</source>
        <translation>尚未填写姓名</translation>
    </message>
    <message>
        <source>Unfinished intake</source>
        <translation>未提交的受理</translation>
    </message>
    <message>
        <source>Continue the intake that was not taken in?</source>
        <translation>继续上次未提交的受理？</translation>
    </message>
    <message>
        <source>Saved at %1: %2; %3.</source>
        <translation>保存于 %1：%2；%3。</translation>
    </message>
    <message>
        <source>no matter yet</source>
        <translation>尚未添加事项</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>The intake saved at %1 is back as it was.</source>
        <translation>已恢复 %1 保存的受理内容。</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>草稿无法保存：%1</translation>
    </message>
    <message>
        <source>Type the ID number here (18 characters); the name goes in its own field.</source>
        <translation>此处填写身份证号（18 位）；姓名请填在姓名栏。</translation>
    </message>
    <message>
        <source>Looking up %1 …</source>
        <translation>正在查询 %1 …</translation>
    </message>
    <message>
        <source>Insured person on file: %1.</source>
        <translation>已查到参保人：%1。</translation>
    </message>
    <message>
        <source>The look-up failed: %1. Type the name and phone.</source>
        <translation>查询失败：%1。请填写姓名和电话。</translation>
    </message>
    <message>
        <source>Not on file: type the applicant&apos;s name and phone.</source>
        <translation>库中没有此人：请填写申请人姓名和电话。</translation>
    </message>
    <message numerus="yes">
        <source>Not taken in: %n thing(s) to correct, each said under its field.</source>
        <translation>
            <numerusform>未受理：有 %n 处需要更正，见各栏下方的提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking the intake in …</source>
        <translation>正在受理 …</translation>
    </message>
    <message>
        <source>Not taken in: correct what is said under the field.</source>
        <translation>未受理：请按栏目下方的提示更正。</translation>
    </message>
    <message>
        <source>Not taken in: %1</source>
        <translation>未受理：%1</translation>
    </message>
    <message numerus="yes">
        <source>Queue number %1 · %2 · %n matter(s) received</source>
        <translation>
            <numerusform>排队号 %1 · %2 · 已受理 %n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1, done at the counter</source>
        <translation>%1 受理，即办</translation>
    </message>
    <message>
        <source>Received %1, due %2</source>
        <translation>%1 受理，承诺 %2 前办结</translation>
    </message>
    <message>
        <source>Received %1, due by law %2</source>
        <translation>%1 受理，法定 %2 前办结</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>%1 受理</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>尚缺：%1</translation>
    </message>
    <message>
        <source>Pre-review:</source>
        <translation>预审：</translation>
    </message>
    <message>
        <source>Taken in: queue number %1. Print the receipt for the visitor (Enter).</source>
        <translation>已受理：排队号 %1。请为办事人打印受理回执（回车）。</translation>
    </message>
    <message>
        <source>Take an intake in first: the receipt is made from what was stored.</source>
        <translation>请先受理：回执按已保存的受理内容出具。</translation>
    </message>
    <message>
        <source>For %1 · %2</source>
        <translation>代 %1 办理 · %2</translation>
    </message>
</context>
<context>
    <name>tongban::ui::LedgerPage</name>
    <message>
        <source>The ledger cannot be used: %1</source>
        <translation>台账无法使用：%1</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>涉及部门</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>what was put right and told to the visitor</source>
        <translation>整改情况及对来访人的答复</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>整改结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <source>New case of this visit</source>
        <translation>本次来访新立疑难问题</translation>
    </message>
    <message>
        <source>the problem the window cannot settle, in the visitor&apos;s words</source>
        <translation>窗口无法当场解决的问题，按来访人所述填写</translation>
    </message>
    <message>
        <source>P&amp;roblem:</source>
        <translation>问题(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>涉及部门(&amp;D)：</translation>
    </message>
    <message>
        <source>may be assigned later</source>
        <translation>可稍后指派</translation>
    </message>
    <message>
        <source>E&amp;xpert in charge:</source>
        <translation>责任专家(&amp;X)：</translation>
    </message>
    <message>
        <source>Pro&amp;mised by:</source>
        <translation>承诺答复日期(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Open the case (Ctrl+Enter)</source>
        <translation>立案(&amp;O)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>疑难问题</translation>
    </message>
    <message>
        <source>Select a case in the list, or open one.</source>
        <translation>请在列表中选择一个问题，或新立一个。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>the answer given to the visitor</source>
        <translation>给来访人的答复</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>答复(&amp;A)：</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>why the case is taken up again</source>
        <translation>重新办理的原因</translation>
    </message>
    <message>
        <source>Reop&amp;en because:</source>
        <translation>重新办理原因(&amp;E)：</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>No visit at the counter: look the visitor up (Ctrl+1) or take their intake (Ctrl+2), then open the case here.</source>
        <translation>窗口当前没有来访：请先查询来访人（Ctrl+1）或受理其申请（Ctrl+2），再在此立案。</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>排队号 %1</translation>
    </message>
    <message>
        <source>Visit at the counter: %1</source>
        <translation>当前来访：%1</translation>
    </message>
    <message>
        <source>(no person looked up)</source>
        <translation>（未查询人员）</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>The open cases could not be read: %1</source>
        <translation>无法读取未销号问题：%1</translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation>无法读取差评回访：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Open cases by promised date: %1, of which %2 overdue</source>
        <translation>未销号问题（按承诺日期）：%1 件，其中逾期 %2 件</translation>
    </message>
    <message>
        <source>Open cases by promised date: %1</source>
        <translation>未销号问题（按承诺日期）：%1 件</translation>
    </message>
    <message>
        <source>Follow-ups of poor ratings by due date: %1, of which %2 overdue</source>
        <translation>差评整改回访（按期限）：%1 件，其中逾期 %2 件</translation>
    </message>
    <message>
        <source>Follow-ups of poor ratings by due date: %1</source>
        <translation>差评整改回访（按期限）：%1 件</translation>
    </message>
    <message>
        <source>No. %1 · opened %2 by %3 · %4</source>
        <translation>排队号 %1 · %2 由 %3 立案 · %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Departments: %1 · Expert: %2</source>
        <translation>涉及部门：%1 · 责任专家：%2</translation>
    </message>
    <message>
        <source>Promised by %1 (%2)</source>
        <translation>承诺 %1 前答复（%2）</translation>
    </message>
    <message>
        <source>No date promised</source>
        <translation>未承诺答复日期</translation>
    </message>
    <message>
        <source>Closed %1 with the answer: %2</source>
        <translation>%1 销号，答复：%2</translation>
    </message>
</context>
<context>
    <name>tongban::ui::LookupBar</name>
    <message>
        <source>ID number or name:</source>
        <translation>身份证号或姓名：</translation>
    </message>
    <message>
        <source>Scan or type an ID number, or type a name, then press Enter</source>
        <translation>扫描或输入身份证号，或输入姓名，按回车</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
</context>
<context>
    <name>tongban::ui::MainWindow</name>
    <message>
        <source>Tongban · Social insurance counter</source>
        <translation>通办台 · 社保经办窗口</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>正在打开 %1 …</translation>
    </message>
    <message>
        <source>Database %1 could not be opened</source>
        <translation>无法打开数据库 %1</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>Database: %1 (%2 insured persons)</source>
        <translation>数据库：%1（参保人 %2 名）</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次办理</translation>
    </message>
    <message>
        <source>Calculation recorded in this visit at %1.</source>
        <translation>核算已于 %1 记入本次办理。</translation>
    </message>
    <message>
        <source>Insured persons</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Premium deferral</source>
        <translation>阶段性缓缴</translation>
    </message>
    <message>
        <source>Eligible without application</source>
        <translation>免申即享</translation>
    </message>
    <message>
        <source>The deferral rules could not be loaded: %1</source>
        <translation>无法载入缓缴规则：%1</translation>
    </message>
    <message>
        <source>Backups and checks…</source>
        <translation>备份与检查…</translation>
    </message>
    <message>
        <source>Database %1 is damaged: see Database → Backups and checks</source>
        <translation>数据库 %1 已损坏：请见“数据库 → 备份与检查”</translation>
    </message>
    <message>
        <source>Agency, clerk and region…</source>
        <translation>经办机构、经办人和地区…</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>另一位参保人</translation>
    </message>
    <message>
        <source>%1 is not among the persons of this visit (%2).</source>
        <translation>%1不在本次办理的参保人（%2）之中。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Add %1 to this visit (for example a family member at the same counter), or end this visit and start a new one? Cancel keeps the person on screen.</source>
        <translation>将%1加入本次办理（例如同来窗口的家属），还是结束本次办理并开始新的办理？选择“取消”则仍显示当前参保人。</translation>
    </message>
    <message>
        <source>Add to this visit</source>
        <translation>加入本次办理</translation>
    </message>
    <message>
        <source>Start a new visit</source>
        <translation>开始新的办理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The same calculation is already kept in this visit (recorded at %1).</source>
        <translation>本次办理已保存相同的核算（记录于 %1）。</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>综合受理</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>后台审核</translation>
    </message>
    <message>
        <source>Difficult cases</source>
        <translation>疑难问题台账</translation>
    </message>
    <message>
        <source>Day&apos;s work</source>
        <translation>当日工作量</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>来访人(&amp;V)</translation>
    </message>
    <message>
        <source>Rating of the service…</source>
        <translation>服务评价（好差评）…</translation>
    </message>
    <message>
        <source>Taken in. F9: the visitor rates the service on their screen.</source>
        <translation>已受理。按 F9 请来访人在评价屏上评价服务。</translation>
    </message>
    <message>
        <source>Rated: %1.</source>
        <translation>评价：%1。</translation>
    </message>
    <message>
        <source>The rating was not stored: %1</source>
        <translation>评价未能保存：%1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Rated: %1. A follow-up is open in Difficult cases (Ctrl+7).</source>
        <translation>评价：%1。已在疑难问题台账（Ctrl+7）中生成差评回访。</translation>
    </message>
    <message>
        <source>Sign out / switch clerk</source>
        <translation>注销 / 切换经办人</translation>
    </message>
    <message>
        <source>Accounts of the office…</source>
        <translation>本机构账户…</translation>
    </message>
    <message>
        <source>Central server (Settings): %1</source>
        <translation>中心服务器（设置）：%1</translation>
    </message>
    <message>
        <source>Signed in offline, valid until %1: the central server cannot be reached (%2).</source>
        <translation>已离线登录，有效期至 %1：无法连接中心服务器（%2）。</translation>
    </message>
    <message>
        <source>Signed out. The next clerk signs in.</source>
        <translation>已注销。请下一位经办人登录。</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>The accounts are kept on the central server: sign in online to manage them.</source>
        <translation>账户保存在中心服务器上：请在线登录后管理。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>tongban::ui::MatchList</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>%1 or more persons match “%2”: type more of the name, or pick one (double-click or Enter).</source>
        <translation>至少 %1 人与“%2”相符：请多输入几个字，或选择一人（双击或回车）。</translation>
    </message>
    <message>
        <source>%1 persons match “%2”: pick one (double-click or Enter).</source>
        <translation>%1 人与“%2”相符：请选择一人（双击或回车）。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::MatterDetailView</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 至 %2 %3</translation>
    </message>
    <message>
        <source>Choose a matter in the queue (Enter) or find it in the search.</source>
        <translation>在待办队列中选中事项按 Enter，或在“查询”中查找事项。</translation>
    </message>
    <message>
        <source>The matter catalog could not be loaded: the back office cannot work.</source>
        <translation>无法载入事项目录：后台审核无法使用。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Contents, documents and pre-review:</source>
        <translation>填报内容、材料和预审(&amp;C)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>办理记录(&amp;H)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>what the applicant must bring or correct</source>
        <translation>申请人需补交或更正的内容</translation>
    </message>
    <message numerus="yes">
        <source>Required for a return, at least %n character(s): a reason the applicant can act on, e.g. &quot;bring the original household register&quot;. Optional for the other changes.</source>
        <translation>
            <numerusform>退件时必填，至少 %n 个字：写明申请人可据以补正的原因，例如“请补交户口簿原件”。其他操作可不填。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Tick the documents the applicant brings now (Space); those handed in before are kept.</source>
        <translation>勾选申请人本次补交的材料（空格键）；此前已交的材料保留。</translation>
    </message>
    <message>
        <source>&amp;Brought now:</source>
        <translation>本次补交(&amp;B)：</translation>
    </message>
    <message>
        <source>Notice…</source>
        <translation>告知书…</translation>
    </message>
    <message>
        <source>Notice PDF…</source>
        <translation>告知书 PDF…</translation>
    </message>
    <message>
        <source>Co&amp;py:</source>
        <translation>联次(&amp;P)：</translation>
    </message>
    <message>
        <source>Return notice %1 %2.pdf</source>
        <translation>退件告知书 %1 %2.pdf</translation>
    </message>
    <message>
        <source>Completion notice %1 %2.pdf</source>
        <translation>办结通知书 %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>将告知书保存为 PDF</translation>
    </message>
    <message>
        <source>The matter could not be read: %1</source>
        <translation>无法读取事项：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Queue number %1 · applicant %2 (%3)</source>
        <translation>排队号 %1 · 申请人 %2（%3）</translation>
    </message>
    <message>
        <source>On behalf of %1 (%2), relation: %3</source>
        <translation>代 %1（%2）办理，关系：%3</translation>
    </message>
    <message>
        <source>no promised due date</source>
        <translation>无承诺期限</translation>
    </message>
    <message>
        <source>Received %1 (%2) by %3 · due %4</source>
        <translation>%1 受理（%2），经办人 %3 · 到期日 %4</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;Returned: %2&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;已退件：%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>填报内容</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>brought</source>
        <translation>已交</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>尚缺</translation>
    </message>
    <message>
        <source>the matter asks for no document</source>
        <translation>本事项无需材料</translation>
    </message>
    <message>
        <source>Pre-review</source>
        <translation>预审</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>no pre-review engine for this matter</source>
        <translation>本事项无自动预审</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No further change: the matter is done.</source>
        <translation>事项已办结，无后续操作。</translation>
    </message>
    <message>
        <source>Completion notice…</source>
        <translation>办结通知书…</translation>
    </message>
    <message>
        <source>Return notice…</source>
        <translation>退件告知书…</translation>
    </message>
    <message>
        <source>Preview and print the completion notice (办结通知书).</source>
        <translation>预览并打印办结通知书。</translation>
    </message>
    <message>
        <source>Preview and print the return notice (退件告知书): the reason and what to bring.</source>
        <translation>预览并打印退件告知书：退件原因和需补交的材料。</translation>
    </message>
    <message>
        <source>Completion notice PDF…</source>
        <translation>办结通知书 PDF…</translation>
    </message>
    <message>
        <source>Return notice PDF…</source>
        <translation>退件告知书 PDF…</translation>
    </message>
    <message numerus="yes">
        <source>A return needs its reason: what the applicant must bring or correct (at least %n character(s)).</source>
        <translation>
            <numerusform>退件须写明原因：申请人需补交或更正什么（至少 %n 个字）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Say what the applicant must bring or correct: at least %n character(s), %1 typed.</source>
        <translation>
            <numerusform>请写明申请人需补交或更正什么：至少 %n 个字，已输入 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>正在保存 …</translation>
    </message>
    <message>
        <source>%1 → %2 at %3.</source>
        <translation>%3 %1 → %2。</translation>
    </message>
    <message>
        <source>Open a matter first.</source>
        <translation>请先打开一个事项。</translation>
    </message>
    <message>
        <source>Only a returned matter has a return notice and a done one a completion notice.</source>
        <translation>只有已退件的事项有退件告知书，已办结的事项有办结通知书。</translation>
    </message>
    <message>
        <source>%1: preview</source>
        <translation>%1：预览</translation>
    </message>
    <message>
        <source>taken in (%1)</source>
        <translation>受理（%1）</translation>
    </message>
    <message>
        <source>The next step is a back-office decision: a supervisor makes it.</source>
        <translation>下一步属于后台决定，由主管办理。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::MatterPicker</name>
    <message>
        <source>Pinyin initials or part of the name, e.g. txsq, then Enter</source>
        <translation>拼音首字母或事项名称，如 txsq，回车添加</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>No matter found for “%1”.</source>
        <translation>没有找到“%1”对应的事项。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::MatterSection</name>
    <message>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父母（为父母办理）</translation>
    </message>
    <message>
        <source>child</source>
        <translation>子女（为子女办理）</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>entrusted person</source>
        <translation>受托办理（非亲属）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this matter from the intake.</source>
        <translation>从本次受理中移除此事项。</translation>
    </message>
    <message>
        <source>On behalf of another person (the applicant acts as agent)</source>
        <translation>代他人办理（申请人为代办人）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Who the person acted for is to the applicant.</source>
        <translation>被代办人与申请人的关系。</translation>
    </message>
    <message>
        <source>ID number of the person acted for:</source>
        <translation>被代办人身份证号：</translation>
    </message>
    <message>
        <source>Their name:</source>
        <translation>被代办人姓名：</translation>
    </message>
    <message>
        <source>They are the applicant&apos;s:</source>
        <translation>代办关系：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>done at the counter</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <source>promised %n working day(s)</source>
        <translation>
            <numerusform>承诺 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>no promised limit published</source>
        <translation>未公布承诺时限</translation>
    </message>
    <message numerus="yes">
        <source>statutory %n working day(s)</source>
        <translation>
            <numerusform>法定 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>statutory %n day(s)</source>
        <translation>
            <numerusform>法定 %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>tongban::ui::NoticeDocument</name>
    <message>
        <source>visitor&apos;s copy</source>
        <translation>给办事人</translation>
    </message>
    <message>
        <source>staff copy</source>
        <translation>经办留存</translation>
    </message>
    <message>
        <source>(staff copy)</source>
        <translation>（经办留存联）</translation>
    </message>
    <message>
        <source>%1 (staff copy)</source>
        <translation>%1（经办留存联）</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>办理依据</translation>
    </message>
    <message>
        <source>(agency not set)</source>
        <translation>（未设置经办机构）</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>经办机构：%1</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>year %1, month %2, day %3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>For the file (staff copy only): sources, confidence and data editions</source>
        <translation>存档核对信息（仅经办留存联）：数据来源、可信度和数据版本</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>温馨提示</translation>
    </message>
</context>
<context>
    <name>tongban::ui::PagedDocument</name>
    <message>
        <source>The page is too small for the document.</source>
        <translation>页面太小，无法容纳该文档。</translation>
    </message>
    <message>
        <source>Printing could not start on this printer or file.</source>
        <translation>无法在该打印机或文件上开始打印。</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>无法开始新的一页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation>无法完成页面输出。</translation>
    </message>
    <message>
        <source>choose a file name for the PDF</source>
        <translation>请为 PDF 选择文件名</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tongban::ui::PaperCopyBox</name>
    <message>
        <source>The visitor&apos;s copy speaks to the visitor: Chinese only, documents by number and title, the agency and its seal. The staff copy adds the sources, their confidence and the data editions for the file.</source>
        <translation>给办事人的一联只写中文，依据写明文号和标题，并有经办机构名称和盖章处；经办留存联另附数据来源、可信度和数据版本，供存档核对。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::ParameterNotice</name>
    <message>
        <source>New policy parameters: used from the next start</source>
        <translation>新的政策参数：重新启动后用于核算</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Received from the central store:
%1
Until Tongban starts again, it computes with the figures it started with.</source>
        <translation>从中心库收到：
%1
通办台重新启动前，仍按启动时的参数核算。</translation>
    </message>
    <message>
        <source>Restart Tongban</source>
        <translation>重启通办台</translation>
    </message>
    <message>
        <source>Restart Tongban now to compute with the new policy parameters?</source>
        <translation>现在重启通办台，按新的政策参数核算？</translation>
    </message>
    <message>
        <source>The window closes and opens again on the same file. A calculation on screen has to be asked for again; visits, matters and an intake being filled in are kept.</source>
        <translation>窗口关闭后在同一数据文件上重新打开。屏幕上的核算需重新查询；来访、事项和正在填写的受理单都会保留。</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>tongban::ui::PdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>正在写入 %1 …</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF 未保存：%1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>tongban::ui::PensionForm</name>
    <message>
        <source>Pension starts (YYYY-MM):</source>
        <translation>起发年月（YYYY-MM）：</translation>
    </message>
    <message>
        <source>Calculation base (optional):</source>
        <translation>计发基数（可选）：</translation>
    </message>
    <message>
        <source>published figure</source>
        <translation>按公布数</translation>
    </message>
    <message>
        <source>Leave empty to use the region&apos;s published calculation base. Enter one (CNY per month) when none is published for that month.</source>
        <translation>留空则用本地区公布的计发基数；该月尚无公布数时，请录入（元/月）。</translation>
    </message>
    <message>
        <source>Payout months (optional):</source>
        <translation>计发月数（可选）：</translation>
    </message>
    <message>
        <source>by age</source>
        <translation>按年龄</translation>
    </message>
    <message>
        <source>Leave empty for the region&apos;s rule (the annex of 国发〔2005〕38号, months interpolated). Enter the divisor only where the approving office uses another one, and say why in the note.</source>
        <translation>留空则按本地区规则（国发〔2005〕38号附件，按月插值）。仅当核定机构使用其他计发月数时才录入，并在备注中说明原因。</translation>
    </message>
    <message>
        <source>Keep paying until then (optional):</source>
        <translation>继续缴费至起发（可选）：</translation>
    </message>
    <message>
        <source>CNY a month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>A contribution base paid every month from now until the pension starts, the way the last month was paid. The figures not yet published are assumed and listed under the breakdown.</source>
        <translation>从现在起至起发前每月按此缴费基数继续缴费，缴费身份同最后一个月。尚未公布的数据按假定计算，并在计算过程下方逐条列出。</translation>
    </message>
    <message>
        <source>Note on entered figures:</source>
        <translation>录入数据备注：</translation>
    </message>
    <message>
        <source>why a figure is entered (printed on the sheet)</source>
        <translation>录入数据的原因（打印在核算表上）</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Enter the month as YYYY-MM, e.g. 2024-03.</source>
        <translation>请按 YYYY-MM 输入年月，例如 2024-03。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan with at most two decimals, e.g. 11,049.00.</source>
        <translation>请输入金额（元），最多两位小数，例如 11,049.00。</translation>
    </message>
    <message>
        <source>Enter the payout months as a number with at most one decimal, e.g. 139 or 138.4.</source>
        <translation>计发月数须为最多一位小数的数字，例如 139 或 138.4。</translation>
    </message>
    <message>
        <source>Enter the base to keep paying in yuan a month, e.g. 8000 or 7310.50.</source>
        <translation>继续缴费的基数须为每月金额（元），例如 8000 或 7310.50。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::PensionResultPanel</name>
    <message>
        <source>Monthly basic pension</source>
        <translation>月基本养老金</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 · pension from %2</source>
        <translation>%1 · %2 起发</translation>
    </message>
    <message>
        <source> · age %1</source>
        <translation> · 退休年龄 %1</translation>
    </message>
    <message>
        <source>¥ %1</source>
        <translation>¥ %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>No result for this month. See the message above.</source>
        <translation>该月无结果，见上方提示。</translation>
    </message>
    <message>
        <source>Select a step to read what it means in plain words.</source>
        <translation>选中一个步骤，即可看到它的通俗解释。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tongban::ui::PensionView</name>
    <message>
        <source>Look up an insured person: the pension at the statutory retirement month is worked out here, step by step.</source>
        <translation>查询参保人后，这里逐项算出按法定退休年月起发的养老金。</translation>
    </message>
    <message>
        <source>no pension result is shown</source>
        <translation>当前未显示养老金核算结果</translation>
    </message>
    <message>
        <source>Pension calculation sheet %1 %2.pdf</source>
        <translation>养老金核算表 %1 %2.pdf</translation>
    </message>
</context>
<context>
    <name>tongban::ui::PersonPanel</name>
    <message>
        <source>Scan or type the visitor&apos;s ID number, or type a name, in the field above and press Enter.</source>
        <translation>请在上方扫描或输入来访人的身份证号，或输入姓名，按回车。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Retirement group</source>
        <translation>退休类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Statutory retirement</source>
        <translation>法定退休</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>已缴月数</translation>
    </message>
    <message>
        <source>Deemed months</source>
        <translation>视同缴费月数</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>个人账户储存额</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>¥ %1 (to %2)</source>
        <translation>¥ %1（截至 %2）</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show the full ID number (after saying why; the reason is kept in the audit log)</source>
        <translation>显示完整证件号码（须说明事由，事由记入审计日志）</translation>
    </message>
    <message>
        <source>Why the full ID number?</source>
        <translation>为何需要完整号码？</translation>
    </message>
    <message>
        <source>e.g. 本人申请核对 (kept in the audit log)</source>
        <translation>如：本人申请核对（记入审计日志）</translation>
    </message>
    <message>
        <source>Show in full</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tongban::ui::PrintPreviewDialog</name>
    <message>
        <source>Print… (%1)</source>
        <translation>打印…（%1）</translation>
    </message>
    <message>
        <source>Choose the printer and print (%1 or Enter).</source>
        <translation>选择打印机并打印（%1 或回车）。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::RatingView</name>
    <message>
        <source>Please rate our service</source>
        <translation>请评价我们的服务</translation>
    </message>
    <message>
        <source>How satisfied are you with the service for this matter?</source>
        <translation>您对本事项的办理服务是否满意？</translation>
    </message>
    <message>
        <source>Touch a button or press its number on the keypad (5 very satisfied … 1 very dissatisfied). Esc: close</source>
        <translation>请点击按钮，或在评价器上按对应数字键（5 非常满意 … 1 非常不满意）。Esc：关闭</translation>
    </message>
    <message>
        <source>Rating of the service</source>
        <translation>政务服务“好差评”</translation>
    </message>
    <message>
        <source>Rating of the service · No. %1</source>
        <translation>政务服务“好差评” · 排队号 %1</translation>
    </message>
    <message>
        <source>%1 (matter %2 of %3)</source>
        <translation>%1（第 %2 项，共 %3 项）</translation>
    </message>
    <message>
        <source>Ratings cannot be stored: %1</source>
        <translation>评价无法保存：%1</translation>
    </message>
    <message>
        <source>Your rating could not be stored. Please tell the clerk. (%1)</source>
        <translation>您的评价未能保存，请告知工作人员。（%1）</translation>
    </message>
    <message>
        <source>We are sorry. The hall will look into it and contact you by %1.</source>
        <translation>非常抱歉。我们将核实整改，并在 %1 前与您联系。</translation>
    </message>
    <message>
        <source>We are sorry. The hall will look into it and contact you.</source>
        <translation>非常抱歉。我们将核实整改，并与您联系。</translation>
    </message>
    <message>
        <source>Thank you: %1.</source>
        <translation>谢谢您的评价：%1。</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>感谢您的评价！</translation>
    </message>
</context>
<context>
    <name>tongban::ui::RecomputeDialog</name>
    <message>
        <source>(no such step)</source>
        <translation>（无此步骤）</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Stored calculation recomputed</source>
        <translation>已存核算的重算结果</translation>
    </message>
    <message>
        <source>Parameter file</source>
        <translation>参数文件</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>当时</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成项目</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Steps that changed</source>
        <translation>有变化的步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Parameter files</source>
        <translation>参数文件</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组成项目</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>The stored case cannot be computed with today&apos;s parameters: %1</source>
        <translation>已存案例无法按现行参数计算：%1</translation>
    </message>
    <message>
        <source>No change: the parameters and the result are the same as when it was calculated.</source>
        <translation>没有变化：参数和结果与当时计算时相同。</translation>
    </message>
    <message>
        <source>The parameter files %1 have changed since, but the result is the same.</source>
        <translation>参数文件 %1 此后有变化，但结果相同。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The result differs: ¥ %1 then, ¥ %2 now (%3).</source>
        <translation>结果不同：当时 ¥ %1，现在 ¥ %2（%3）。</translation>
    </message>
    <message>
        <source>Changed parameter files: %1.</source>
        <translation>有变化的参数文件：%1。</translation>
    </message>
    <message>
        <source>Figures from the contribution records</source>
        <translation>取自缴费记录的数据</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Recomputed from the contribution records as stored now, with the choices made then (account as of the calculation month %1).</source>
        <translation>按现存缴费记录重算，沿用当时的选择（个人账户截至核算月份 %1）。</translation>
    </message>
    <message>
        <source>Recomputed from the stored inputs: the contribution records could not be read (%1).</source>
        <translation>按已存输入重算：无法读取缴费记录（%1）。</translation>
    </message>
    <message>
        <source>Recomputed from the stored inputs (figures derived from the records then are kept).</source>
        <translation>按已存输入重算（沿用当时根据缴费记录得出的数据）。</translation>
    </message>
    <message>
        <source>The figures from the contribution records have changed since, but the result is the same.</source>
        <translation>缴费记录中的数据此后有变化，但结果相同。</translation>
    </message>
    <message>
        <source>No change: still computed on a provisional calculation base (预发), the month&apos;s base is not published yet.</source>
        <translation>无变化：仍按预发的计发基数计算，当月基数尚未公布。</translation>
    </message>
    <message>
        <source>It was computed on a provisional calculation base (预发); the base is published now.</source>
        <translation>当时按预发的计发基数计算；该基数现已公布。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::RecordTableModel</name>
    <message>
        <source>Paid in region %1</source>
        <translation>缴费地 %1</translation>
    </message>
    <message>
        <source>(self-paid)</source>
        <translation>（个人缴费）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <source>Employer share</source>
        <translation>单位缴纳</translation>
    </message>
    <message>
        <source>Personal share</source>
        <translation>个人缴纳</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>参保单位</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SearchPage</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD; &quot;any&quot; (the earliest date) leaves it open.</source>
        <translation>日期按 YYYY-MM-DD 输入；“不限”（最早日期）表示不设限。</translation>
    </message>
    <message>
        <source>e.g. A023</source>
        <translation>如 A023</translation>
    </message>
    <message>
        <source>all 18 characters</source>
        <translation>完整 18 位</translation>
    </message>
    <message>
        <source>the name or its beginning</source>
        <translation>姓名或其开头</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>who took it in</source>
        <translation>受理经办人</translation>
    </message>
    <message>
        <source>Search (Enter)</source>
        <translation>查询 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Queue no.:</source>
        <translation>排队号(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation>经办人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Received &amp;from:</source>
        <translation>受理日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日</translation>
    </message>
    <message>
        <source>Queue no.</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Enter opens the matter in the back office.</source>
        <translation>按 Enter 在后台审核中打开事项。</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>下一页(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Matches, newest first:</source>
        <translation>查询结果，最新的在前(&amp;M)：</translation>
    </message>
    <message>
        <source>The matter catalog could not be loaded: %1</source>
        <translation>无法载入事项目录：%1</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>受理日期起</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 代 %2</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n match(es)</source>
        <translation>
            <numerusform>第 %1 页：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source> (the last page)</source>
        <translation>（最后一页）</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SessionPanel</name>
    <message>
        <source>Queue number:</source>
        <translation>排队号：</translation>
    </message>
    <message>
        <source>Visitor:</source>
        <translation>来访人：</translation>
    </message>
    <message>
        <source>Clerk:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Opened at:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Pension from</source>
        <translation>起发年月</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Queue no.</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Show the selected calculation as it was shown then.</source>
        <translation>按当时的样子显示所选核算。</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重算</translation>
    </message>
    <message>
        <source>Compute the selected calculation again with today&apos;s parameters and compare.</source>
        <translation>按现行参数重新计算所选核算并对比。</translation>
    </message>
    <message>
        <source>End visit</source>
        <translation>结束办理</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The number on the next visitor&apos;s queue ticket; leave empty to number visits A001, A002, … by day.</source>
        <translation>下一位来访人排队票上的号码；留空则按日自动编号 A001、A002、…</translation>
    </message>
    <message>
        <source>Next queue number:</source>
        <translation>下一排队号：</translation>
    </message>
    <message>
        <source>Calculations in this visit</source>
        <translation>本次办理的核算</translation>
    </message>
    <message>
        <source>Earlier calculations of this person</source>
        <translation>此人以往的核算</translation>
    </message>
    <message>
        <source>No visit open</source>
        <translation>无进行中的办理</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>e.g. 某某区社会保险事业管理中心</source>
        <translation>例如：某某区社会保险事业管理中心</translation>
    </message>
    <message>
        <source>Printed on every visitor&apos;s copy with the place for its seal; a visitor&apos;s copy is not printed without it.</source>
        <translation>打印在每份给办事人的告知联上，旁边留盖章处；未填写时不能打印给办事人的一联。</translation>
    </message>
    <message>
        <source>What the place of the seal says, e.g. （盖章） or （业务专用章）.</source>
        <translation>盖章处的文字，例如（盖章）或（业务专用章）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The region (GB/T 2260) new forms start with: the agency&apos;s own. A province from the list, or a city or county code typed in.</source>
        <translation>新表单默认的地区（GB/T 2260）：即本经办机构所在地区。可从列表选择省份，也可直接输入市、县代码。</translation>
    </message>
    <message>
        <source>Printed as 经办人 on every sheet and notice.</source>
        <translation>作为“经办人”打印在每份核算表和告知书上。</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>经办机构名称</translation>
    </message>
    <message>
        <source>Seal text</source>
        <translation>盖章处文字</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>默认地区</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>A changed language applies from the next start.</source>
        <translation>更改的界面语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>Clerk: the name is printed as 经办人 on every sheet and notice; enter it.</source>
        <translation>经办人：姓名将作为“经办人”打印在每份核算表和告知书上，请填写。</translation>
    </message>
    <message>
        <source>Default region: &quot;%1&quot; is not a GB/T 2260 code of a province, city or county (six digits, e.g. 110000 or 320800); choose one from the list or leave it empty.</source>
        <translation>默认地区：“%1”不是省、市或县的 GB/T 2260 代码（六位数字，例如 110000 或 320800）；请从列表中选择，或留空。</translation>
    </message>
    <message>
        <source>The letter of this window&apos;s category: a visit opened here without a ticket number gets the next number of that letter (A001, A002, …; B001 at a B window).</source>
        <translation>本窗口的类别字母：未录入取号单号码时，在本窗口办理的来访按该字母顺序编号（A001、A002…；B 类窗口为 B001…）。</translation>
    </message>
    <message>
        <source>Window category</source>
        <translation>窗口类别</translation>
    </message>
    <message>
        <source>e.g. host=10.1.2.3 dbname=tongban sslmode=verify-full sslrootcert=/etc/tongban/ca.crt</source>
        <translation>例如 host=10.1.2.3 dbname=tongban sslmode=verify-full sslrootcert=/etc/tongban/ca.crt</translation>
    </message>
    <message>
        <source>The central server of the clerks&apos; accounts, as a PostgreSQL (libpq) connection string without user and password: each clerk signs in with their own. Empty: no server. Applies at the next sign-in.</source>
        <translation>经办人账户所在的中心服务器，PostgreSQL（libpq）连接串，不含用户名和密码：每位经办人用自己的账户登录。留空：不使用服务器。下次登录时生效。</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <source>The clerk signed in: their name is printed as 经办人. Sign out to change it.</source>
        <translation>已登录的经办人：其姓名打印为经办人。如需更换请注销。</translation>
    </message>
    <message>
        <source>it names a user or a password; leave them out: each clerk signs in with their own login and password</source>
        <translation>其中含有用户名或密码；请删去：每位经办人用自己的登录名和密码登录</translation>
    </message>
    <message>
        <source>Central server: %1. A libpq connection string is key=value pairs (host=10.1.2.3 dbname=tongban sslmode=verify-full) or a postgresql:// URI; or leave it empty.</source>
        <translation>中心服务器：%1。libpq 连接串为 key=value 形式（host=10.1.2.3 dbname=tongban sslmode=verify-full）或 postgresql:// URI；也可留空。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SheetActions</name>
    <message>
        <source>Print calculation sheet…</source>
        <translation>打印核算表…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Visitor screen</source>
        <translation>访客屏</translation>
    </message>
    <message>
        <source>Show the breakdown step by step in large type on the visitor&apos;s screen (full screen on a second screen when there is one).</source>
        <translation>在访客屏上以大字逐步展示核算过程（有第二块屏幕时全屏显示）。</translation>
    </message>
    <message>
        <source>Calculation sheet: preview</source>
        <translation>核算表：预览</translation>
    </message>
    <message>
        <source>Save calculation sheet as PDF</source>
        <translation>将核算表保存为 PDF</translation>
    </message>
    <message>
        <source>Visitor sees step %1 of %2</source>
        <translation>访客屏显示第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Preview the calculation sheet and print it (%1).</source>
        <translation>预览并打印核算表（%1）。</translation>
    </message>
    <message>
        <source>Save the calculation sheet as a PDF file (%1).</source>
        <translation>将核算表保存为 PDF 文件（%1）。</translation>
    </message>
    <message>
        <source>Previous step on the visitor&apos;s screen</source>
        <translation>访客屏上一步</translation>
    </message>
    <message>
        <source>Next step on the visitor&apos;s screen</source>
        <translation>访客屏下一步</translation>
    </message>
    <message>
        <source>Step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SheetDocument</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Formula with the figures used</source>
        <translation>计算式（代入数值）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source and confidence</source>
        <translation>依据及可信度</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>可信度：%1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Digest (SHA-256, first 16 hex digits)</source>
        <translation>摘要（SHA-256，前 16 位十六进制数）</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>pension from %1</source>
        <translation>%1 起发</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>录入数据</translation>
    </message>
    <message>
        <source>Calculation, step by step</source>
        <translation>逐步计算过程</translation>
    </message>
    <message>
        <source>¥ %1</source>
        <translation>¥ %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Parameter versions</source>
        <translation>参数版本</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>制表</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Clerk&apos;s signature</source>
        <translation>经办人签字</translation>
    </message>
    <message>
        <source>Insured person&apos;s signature</source>
        <translation>参保人签字</translation>
    </message>
    <message>
        <source>* Figures of LOW confidence: verify them against the source document before relying on this sheet.</source>
        <translation>* 可信度为“低”的数据：使用本表前请对照原始文件核实。</translation>
    </message>
    <message>
        <source>The citizen ID number is masked on this sheet. Amounts in CNY per month unless stated.</source>
        <translation>本表中的公民身份号码已做遮挡处理。除另有注明外，金额单位为元/月。</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Documents the calculation follows</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>经办机构</translation>
    </message>
    <message>
        <source>(agency not set)</source>
        <translation>（未设置经办机构）</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>盖章</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to work at this counter</source>
        <translation>请登录后办理业务</translation>
    </message>
    <message>
        <source>none: signing in offline on this computer</source>
        <translation>无：在本机离线登录</translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation>%1，数据库 %2</translation>
    </message>
    <message>
        <source>%1 (TLS, certificate verified)</source>
        <translation>%1（TLS，证书已验证）</translation>
    </message>
    <message>
        <source>The central server checks the password; when it cannot be reached, the password is checked against the sign-in kept on this computer at the last online sign-in. Set in Settings.</source>
        <translation>由中心服务器核验密码；无法连接时，按本机上次在线登录时保存的凭据核验。服务器在“设置”中设定。</translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation>例如 wang.fang</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SnapshotDialog</name>
    <message>
        <source>Stored calculation</source>
        <translation>已存核算</translation>
    </message>
    <message>
        <source>Recompute with today&apos;s parameters</source>
        <translation>按现行参数重算</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Parameter files: %1</source>
        <translation>参数文件：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The stored result cannot be read (%1: %2).</source>
        <translation>无法读取已存结果（%1：%2）。</translation>
    </message>
    <message>
        <source>Monthly basic pension ¥ %1 · %2 · pension from %3</source>
        <translation>月基本养老金 ¥ %1 · %2 · %3 起发</translation>
    </message>
    <message>
        <source>Assumptions: none.</source>
        <translation>说明：无。</translation>
    </message>
    <message>
        <source>Assumptions: %1</source>
        <translation>说明：%1</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SnapshotText</name>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Calculated at %1 by %2 with parameters of edition %3</source>
        <translation>%2 于 %1 计算，参数版本 %3</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>edition %1 · %2</source>
        <translation>版本 %1 · %2</translation>
    </message>
</context>
<context>
    <name>tongban::ui::StoreDialog</name>
    <message>
        <source>Database: backups and checks</source>
        <translation>数据库：备份与检查</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Check the whole file</source>
        <translation>检查整个文件</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Puts the backup in place of the database file. The file replaced is kept beside it.</source>
        <translation>用该备份替换数据库文件。被替换的文件保留在旁边。</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>数据库文件：%1</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <source>Making a backup …</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>未能备份：%1</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <source>Checking the whole file …</source>
        <translation>正在检查整个文件……</translation>
    </message>
    <message>
        <source>The file is sound.</source>
        <translation>文件完好。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the database file? What was stored after it is not in the backup; the file replaced is kept beside it.</source>
        <translation>用 %1 的备份替换数据库文件吗？该备份之后保存的内容不在备份中；被替换的文件保留在旁边。</translation>
    </message>
    <message>
        <source>Restoring %1 …</source>
        <translation>正在恢复 %1 ……</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>未能恢复备份：%1</translation>
    </message>
    <message>
        <source>Restored: the database holds %1 insured persons.</source>
        <translation>已恢复：数据库中有 %1 名参保人。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SweepTableModel</name>
    <message>
        <source>%1 (hard hit)</source>
        <translation>%1（受疫情影响严重）</translation>
    </message>
    <message>
        <source>not in the records</source>
        <translation>记录中无</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>参保单位</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Pension: premium months</source>
        <translation>养老保险：费款所属期</translation>
    </message>
    <message>
        <source>Pension: deferrable employer share (CNY)</source>
        <translation>养老保险：可缓缴的单位缴费部分（元）</translation>
    </message>
    <message>
        <source>Unemployment: premium months (amount not in the records)</source>
        <translation>失业保险：费款所属期（金额不在记录中）</translation>
    </message>
    <message>
        <source>Work injury: premium months (amount not in the records)</source>
        <translation>工伤保险：费款所属期（金额不在记录中）</translation>
    </message>
    <message>
        <source>Pension
premium months</source>
        <translation>养老保险
费款所属期</translation>
    </message>
    <message>
        <source>Pension
deferrable (CNY)</source>
        <translation>养老保险
可缓缴单位缴费（元）</translation>
    </message>
    <message>
        <source>Unemployment
premium months</source>
        <translation>失业保险
费款所属期</translation>
    </message>
    <message>
        <source>Work injury
premium months</source>
        <translation>工伤保险
费款所属期</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SweepView</name>
    <message>
        <source>region codes, e.g. 310000 220100</source>
        <translation>行政区划代码，例如 310000 220100</translation>
    </message>
    <message>
        <source>Regions the local authority declared hard hit: a province (310000), a city (220100) or a district (310115), separated by spaces or commas.</source>
        <translation>当地认定的受疫情影响严重地区：省（310000）、市（220100）或区县（310115），以空格或逗号分隔。</translation>
    </message>
    <message>
        <source>Take temporary operating difficulty as attested (list employers to contact)</source>
        <translation>视同已确认生产经营出现暂时困难（列出需联系的参保单位）</translation>
    </message>
    <message>
        <source>Without attestation only units in the five hardship industries are eligible.</source>
        <translation>未经确认时，只有 5 个特困行业的单位符合条件。</translation>
    </message>
    <message>
        <source>Rules applied as on</source>
        <translation>规则适用日期</translation>
    </message>
    <message>
        <source>Hard-hit regions</source>
        <translation>受疫情影响严重地区</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始筛查</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>no sweep yet</source>
        <translation>尚未筛查</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Screening the employers…</source>
        <translation>正在筛查参保单位…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 of %2 employers</source>
        <translation>%1 / %2 个参保单位</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 employers: the list below is partial.</source>
        <translation>已筛查 %2 个参保单位中的 %1 个后取消：下列名单不完整。</translation>
    </message>
    <message>
        <source>All %1 employers screened.</source>
        <translation>已筛查全部 %1 个参保单位。</translation>
    </message>
    <message numerus="yes">
        <source>%n employer(s) could not be screened (their data is incomplete), e.g. %1: %2</source>
        <translation>
            <numerusform>有 %n 个参保单位无法筛查（数据不完整），例如 %1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep could not be recorded: %1</source>
        <translation>无法记录本次筛查：%1</translation>
    </message>
    <message>
        <source>Eligible: %1 employers. Deferrable pension employer share in the records: %2 CNY. Unemployment and work-injury premiums are not in the records.</source>
        <translation>符合条件：%1 个参保单位。记录中可缓缴的养老保险单位缴费部分：%2 元。失业保险费和工伤保险费不在记录中。</translation>
    </message>
    <message>
        <source>Export the eligible employers</source>
        <translation>导出符合条件的参保单位</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>There is no sweep to export.</source>
        <translation>没有可导出的筛查结果。</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>名单已写入 %1。</translation>
    </message>
    <message>
        <source>The list of every eligible employer: a supervisor&apos;s export, kept in the audit log.</source>
        <translation>全部符合条件单位的名单：由主管导出，记入审计日志。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SyncPage</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Select a conflict or a refusal on the left.</source>
        <translation>请在左侧选择一个冲突或被拒绝的操作。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <source>This computer&apos;s version is sent again and replaces the server&apos;s; the server&apos;s is kept in the record of the conflict</source>
        <translation>本机版本将重新上传并替换服务器版本；服务器版本保留在冲突记录中</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>采用服务器版本</translation>
    </message>
    <message>
        <source>The server&apos;s version replaces this computer&apos;s; this computer&apos;s is kept in the record of the conflict</source>
        <translation>服务器版本将替换本机版本；本机版本保留在冲突记录中</translation>
    </message>
    <message>
        <source>Read, dismiss</source>
        <translation>已阅，关闭</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> records</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>保存限额</translation>
    </message>
    <message>
        <source>Unsynced work allowed on this computer:</source>
        <translation>本机允许的未同步工作量：</translation>
    </message>
    <message>
        <source>Export for hand carry…</source>
        <translation>导出供人工携带…</translation>
    </message>
    <message>
        <source>The work not yet sent, in a checked file to take to the hall on a USB stick</source>
        <translation>尚未上传的工作，导出为经过核验的文件，用U盘带到大厅</translation>
    </message>
    <message>
        <source>Import a hand-carried file…</source>
        <translation>导入人工携带的文件…</translation>
    </message>
    <message>
        <source>Export for hand carry</source>
        <translation>导出供人工携带</translation>
    </message>
    <message>
        <source>Hand-carry files (*.json)</source>
        <translation>人工携带文件 (*.json)</translation>
    </message>
    <message>
        <source>Import a hand-carried file</source>
        <translation>导入人工携带的文件</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Sending %v of %m</source>
        <translation>正在上传 %v / %m</translation>
    </message>
    <message>
        <source>Receiving %v of %m</source>
        <translation>正在下载 %v / %m</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Checking the counts</source>
        <translation>正在核对数量</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>已同步。</translation>
    </message>
    <message>
        <source>office %1</source>
        <translation>经办机构 %1</translation>
    </message>
    <message>
        <source>the office&apos;s first download is not complete: sync to finish it</source>
        <translation>本机构的首次下载尚未完成：请同步以完成</translation>
    </message>
    <message>
        <source>Sign in online (with the server&apos;s address) to sync</source>
        <translation>请在线登录（填写服务器地址）后同步</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Nothing waits for a decision.</source>
        <translation>没有待决定的事项。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>This %1 was changed here and, before this computer&apos;s change reached the server, on another computer (version %2 on the server). Compare the two and decide which stands; the other is kept in the record of the conflict.</source>
        <translation>此%1在本机被修改，而在本机修改到达服务器之前，另一台电脑也修改了它（服务器上为第 %2 版）。请比较两者并决定采用哪一个；另一个保留在冲突记录中。</translation>
    </message>
    <message>
        <source>On the server it was deleted.</source>
        <translation>服务器上已将其删除。</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>The server refused this %1: %2 (%3). It stays on this computer as it is and is not sent again.</source>
        <translation>服务器拒绝了此%1：%2（%3）。它在本机保持原样，不会再上传。</translation>
    </message>
    <message>
        <source>Kept this computer&apos;s version: it goes to the server with the next sync.</source>
        <translation>已保留本机版本：将在下次同步时上传到服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s version is now on this computer.</source>
        <translation>服务器版本已写入本机。</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>已关闭。</translation>
    </message>
    <message>
        <source>The limits are saved.</source>
        <translation>限额已保存。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1. Take the file to the hall; they stay here and are sent again when this computer syncs (nothing is applied twice).</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。请把文件带到大厅；这些记录仍留在本机，本机同步时会再次上传（不会重复生效）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported the file of device %1: %2 applied, %3 already there, %4 conflicts, %5 refused.</source>
        <translation>已导入设备 %1 的文件：生效 %2 条，已存在 %3 条，冲突 %4 条，被拒绝 %5 条。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>经办员</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>reason of the return</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>queue number</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>opened at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>closed at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>answer given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>promised on</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>帮办专家</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停发</translation>
    </message>
    <message>
        <source>record identifier</source>
        <translation>记录标识</translation>
    </message>
    <message>
        <source>insured person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>changed at</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>tongban::ui::SyncStatusLabel</name>
    <message>
        <source>Sync with the central server: click to see the details, the conflicts and the refusals</source>
        <translation>与中心服务器同步：点击查看详情、冲突和被拒绝的操作</translation>
    </message>
    <message>
        <source>Sync: sending %1 of %2</source>
        <translation>同步：正在上传 %1 / %2</translation>
    </message>
    <message>
        <source>Sync: receiving %1 of %2</source>
        <translation>同步：正在下载 %1 / %2</translation>
    </message>
    <message>
        <source>Sync: receiving %1</source>
        <translation>同步：正在下载 %1</translation>
    </message>
    <message>
        <source>Sync: connecting…</source>
        <translation>同步：正在连接…</translation>
    </message>
    <message>
        <source>Sync: the local file cannot be read</source>
        <translation>同步：无法读取本地文件</translation>
    </message>
    <message>
        <source>Sync: no server</source>
        <translation>同步：未设置服务器</translation>
    </message>
    <message>
        <source>Sync: running</source>
        <translation>同步：进行中</translation>
    </message>
    <message>
        <source>Sync: online</source>
        <translation>同步：在线</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>同步：离线</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>上次 %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go up</source>
        <translation>
            <numerusform>%n 条待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (oldest %n day(s))</source>
        <translation>
            <numerusform>（最早 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 条被拒绝</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tongban::ui::UnemploymentView</name>
    <message>
        <source>Look up a person to check a claim for unemployment benefit.</source>
        <translation>查询参保人后，可在此核查失业保险金申领。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Open claim</source>
        <translation>核定发放</translation>
    </message>
    <message>
        <source>Store the claim as checked: the benefit period starts.</source>
        <translation>按核查结果保存申领：领取期限开始计算。</translation>
    </message>
    <message>
        <source>Award notice PDF…</source>
        <translation>核定通知 PDF…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>申领</translation>
    </message>
    <message>
        <source>Claims of this person</source>
        <translation>本人的申领记录</translation>
    </message>
    <message>
        <source>The form has changed: check again.</source>
        <translation>表单内容已更改：请重新核查。</translation>
    </message>
    <message>
        <source>Unemployment benefit: %1</source>
        <translation>失业保险金：%1</translation>
    </message>
    <message>
        <source>Eligible for unemployment benefit</source>
        <translation>符合领取失业保险金的条件</translation>
    </message>
    <message>
        <source>Not eligible for unemployment benefit</source>
        <translation>不符合领取失业保险金的条件</translation>
    </message>
    <message>
        <source>%1 months, paid from %2 until %3</source>
        <translation>领取期限 %1 个月，自 %2 发放至 %3</translation>
    </message>
    <message>
        <source>Monthly amount %1 CNY; total %2 CNY</source>
        <translation>每月 %1 元；合计 %2 元</translation>
    </message>
    <message>
        <source>Monthly amount not in the data:</source>
        <translation>月发放标准未收录：</translation>
    </message>
    <message>
        <source>The claim was not stored: %1</source>
        <translation>申领未保存：%1</translation>
    </message>
    <message>
        <source>Claim %1 opened: %2 months from %3.</source>
        <translation>申领 %1 已核定：自 %3 起领取 %2 个月。</translation>
    </message>
    <message>
        <source>Select an open claim to stop.</source>
        <translation>请选择一条发放中的申领以办理停发。</translation>
    </message>
    <message>
        <source>The stop was not stored: %1</source>
        <translation>停发未保存：%1</translation>
    </message>
    <message>
        <source>Claim %1 stopped: %2 of %3 months received, %4 months left%5. First month not paid: %6.</source>
        <translation>申领 %1 已停发：领取期限 %3 个月，已领取 %2 个月，剩余 %4 个月%5。停发起始月份：%6。</translation>
    </message>
    <message>
        <source>, kept for a later claim</source>
        <translation>，保留至以后合并计算</translation>
    </message>
    <message>
        <source>, not kept</source>
        <translation>，不予保留</translation>
    </message>
    <message>
        <source>Unemployment benefit award %1.pdf</source>
        <translation>失业保险金核定通知 %1.pdf</translation>
    </message>
    <message>
        <source>Save the award notice as PDF</source>
        <translation>将核定通知保存为 PDF</translation>
    </message>
    <message>
        <source>Unemployment benefit stop %1.pdf</source>
        <translation>失业保险金停发通知 %1.pdf</translation>
    </message>
    <message>
        <source>Save the stop notice as PDF</source>
        <translation>将停发通知保存为 PDF</translation>
    </message>
    <message>
        <source>Check a claim first.</source>
        <translation>请先核查申领。</translation>
    </message>
    <message>
        <source>Select a stopped claim first.</source>
        <translation>请先选择一条已停发的申领。</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>months %1–%2: %3 CNY</source>
        <translation>第%1—%2个月：%3元</translation>
    </message>
    <message>
        <source>%1, then check again; or confirm below that the claim opens without a monthly amount.</source>
        <translation>%1，然后重新核对；或在下方确认在没有月发放金额的情况下开立申领。</translation>
    </message>
    <message>
        <source>Open the claim without a monthly amount (it is entered when the standard is known)</source>
        <translation>在没有月发放金额的情况下开立申领（标准确定后再录入）</translation>
    </message>
</context>
<context>
    <name>tongban::ui::UsersPage</name>
    <message>
        <source>Accounts of the office</source>
        <translation>本机构账户</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Offline grace days</source>
        <translation>离线宽限天数</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Set grace period</source>
        <translation>设置宽限期</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>选中的账户</translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation>例如 wang.fang</translation>
    </message>
    <message>
        <source>e.g. 王芳 (printed as 经办人)</source>
        <translation>例如 王芳（打印为经办人）</translation>
    </message>
    <message>
        <source>at least 8 characters, letters and digits</source>
        <translation>至少 8 个字符，含字母和数字</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新账户</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>请先在列表中选择一个账户。</translation>
    </message>
    <message>
        <source>The central server cannot be reached: %1</source>
        <translation>无法连接中心服务器：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>已添加账户 %1。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Disable the account %1?</source>
        <translation>停用账户 %1？</translation>
    </message>
    <message>
        <source>It can no longer sign in online; its offline sign-in on outreach computers ends with its grace period.</source>
        <translation>该账户将不能在线登录；它在外展点电脑上的离线登录到宽限期结束为止。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>已停用账户 %1。</translation>
    </message>
    <message>
        <source>New password of %1 set.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Offline grace period of %1 set.</source>
        <translation>已设置 %1 的离线宽限期。</translation>
    </message>
    <message>
        <source>The change was made but not audited here: %1</source>
        <translation>更改已完成，但未能记入本机审计日志：%1</translation>
    </message>
    <message>
        <source>Accounts of office %1</source>
        <translation>机构 %1 的账户</translation>
    </message>
    <message>
        <source>Accounts of %1 (%2)</source>
        <translation>%1（%2）的账户</translation>
    </message>
</context>
<context>
    <name>tongban::ui::VisitorView</name>
    <message>
        <source>Your pension, step by step</source>
        <translation>您的养老金计算过程</translation>
    </message>
    <message>
        <source>→ / Space: next step   ← : previous step   Home / End: first / last   Esc: close</source>
        <translation>→ / 空格：下一步   ←：上一步   Home / End：第一步 / 最后一步   Esc：关闭</translation>
    </message>
    <message>
        <source>¥ %1</source>
        <translation>¥ %1</translation>
    </message>
    <message>
        <source>Pension calculation</source>
        <translation>养老金计算</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>tongban::ui::WorkflowText</name>
    <message>
        <source>counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>outreach point</source>
        <translation>外展点</translation>
    </message>
    <message>
        <source>online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>due within 2 working days</source>
        <translation>2个工作日内到期</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>无到期日</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可办理</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>需注意</translation>
    </message>
    <message>
        <source>cannot proceed</source>
        <translation>不能办理</translation>
    </message>
    <message>
        <source>Pre-review passed</source>
        <translation>预审通过</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Forward to %1</source>
        <translation>转办至%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>重新受理</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退件</translation>
    </message>
</context>
<context>
    <name>tongban::ui::YearTableModel</name>
    <message>
        <source>Source: %1 (confidence %2)</source>
        <translation>来源：%1（可信度 %2）</translation>
    </message>
    <message>
        <source>The average wage of %1 is not in the shipped data.</source>
        <translation>数据中没有 %1 年的社会平均工资。</translation>
    </message>
    <message>
        <source>Contribution index = average base / that year&apos;s average wage</source>
        <translation>缴费指数 = 平均缴费基数 ÷ 当年对应的社平工资</translation>
    </message>
    <message>
        <source>Covered by the opening balance from the old ledger.</source>
        <translation>由原台账结转余额涵盖。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>已缴月数</translation>
    </message>
    <message>
        <source>Average base</source>
        <translation>平均缴费基数</translation>
    </message>
    <message>
        <source>Average wage</source>
        <translation>社平工资</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Gap months</source>
        <translation>断缴月数</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>记入账户</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Balance at year end</source>
        <translation>年末余额</translation>
    </message>
</context>
<context>
    <name>tongban::unemployment::ClaimEvaluator</name>
    <message>
        <source>the region must be a six-digit GB/T 2260 code, e.g. 430100</source>
        <translation>地区须为六位行政区划代码（GB/T 2260），例如 430100</translation>
    </message>
    <message>
        <source>the claim date must be a date YYYY-MM-DD</source>
        <translation>申领日期须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the months paid must be a whole number from 0 to 1200</source>
        <translation>缴费月数须为 0 到 1200 之间的整数</translation>
    </message>
    <message>
        <source>the carried-over months must be a whole number from 0 to %1</source>
        <translation>合并计算的剩余月数须为 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>unknown job-loss reason &quot;%1&quot;; allowed: %2</source>
        <translation>未知的就业中断原因“%1”；允许：%2</translation>
    </message>
    <message>
        <source>an entered monthly standard must be above 0 CNY</source>
        <translation>录入的月发放标准须大于 0 元</translation>
    </message>
    <message>
        <source>an entered monthly standard needs a note saying where the figure comes from</source>
        <translation>录入月发放标准时须说明数据来源</translation>
    </message>
    <message>
        <source>%1 months (%2 years %3 months)</source>
        <translation>%1 个月（%2 年 %3 个月）</translation>
    </message>
    <message>
        <source>Paid at least one year</source>
        <translation>累计缴费满一年</translation>
    </message>
    <message>
        <source>%1 paid since the last claim: at least %2 months are needed</source>
        <translation>上次领取后已缴费 %1：须至少 %2 个月</translation>
    </message>
    <message>
        <source>only %1 paid since the last claim: at least %2 months (one year) are needed</source>
        <translation>上次领取后仅缴费 %1：须至少 %2 个月（一年）</translation>
    </message>
    <message>
        <source>Job lost not by own choice</source>
        <translation>非因本人意愿中断就业</translation>
    </message>
    <message>
        <source>the job ended by: %1 — not by the worker&apos;s own choice</source>
        <translation>就业中断原因：%1 — 属于非因本人意愿中断就业</translation>
    </message>
    <message>
        <source>the job ended by: %1 — by the worker&apos;s own choice, which does not qualify</source>
        <translation>就业中断原因：%1 — 属于本人意愿中断就业，不符合条件</translation>
    </message>
    <message>
        <source>Registered as unemployed and seeking work</source>
        <translation>已办理失业登记并有求职要求</translation>
    </message>
    <message>
        <source>registered as unemployed and seeking work</source>
        <translation>已办理失业登记并有求职要求</translation>
    </message>
    <message>
        <source>not registered as unemployed and seeking work: the unemployment registration comes first</source>
        <translation>未办理失业登记或无求职要求：须先办理失业登记</translation>
    </message>
    <message>
        <source>%1 paid: at most %2 months</source>
        <translation>已缴费 %1：领取期限最长 %2 个月</translation>
    </message>
    <message>
        <source>; plus %1 months not drawn from the earlier claim = %2</source>
        <translation>；加上以前申领未领取的 %1 个月，合并计算为 %2 个月</translation>
    </message>
    <message>
        <source>; capped at %1 months</source>
        <translation>；最长不超过 %1 个月</translation>
    </message>
    <message>
        <source>entered by the clerk: %1</source>
        <translation>经办人录入：%1</translation>
    </message>
    <message>
        <source>standard of %1 (%2): %3</source>
        <translation>%1（%2）标准：%3</translation>
    </message>
    <message>
        <source>the monthly standard of %1 comes from a single secondary source (confidence LOW): check it against the current local notice, and enter it with a note if it differs</source>
        <translation>%1 的月发放标准仅来自单一的二手来源（可信度低）：请与当地现行通知核对，如有不同，请录入并加以说明</translation>
    </message>
    <message>
        <source>no unemployment benefit standard for region %1 in the data: enter the region&apos;s monthly standard with a note</source>
        <translation>未收录地区 %1 的失业保险金标准：请录入本地区月发放标准并加以说明</translation>
    </message>
    <message>
        <source>unknown stop ground &quot;%1&quot;; allowed: %2</source>
        <translation>未知的停发原因“%1”；允许：%2</translation>
    </message>
    <message>
        <source>the claim has no benefit period to stop</source>
        <translation>该申领没有可停发的领取期限</translation>
    </message>
    <message>
        <source>the stop date must be a date YYYY-MM-DD</source>
        <translation>停发日期须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the stop date %1 is before the claim date %2</source>
        <translation>停发日期 %1 早于申领日期 %2</translation>
    </message>
    <message>
        <source>payment stops on the ground: %1</source>
        <translation>停发原因：%1</translation>
    </message>
    <message>
        <source>the ground arose on %1, after the last month paid (%2): the benefit period had already ended</source>
        <translation>停发原因发生于 %1，在最后发放月份（%2）之后：领取期限已经届满</translation>
    </message>
    <message>
        <source>the ground arose on %1: payment stops from that month, %2</source>
        <translation>停发原因发生于 %1：自当月（%2）起停发</translation>
    </message>
    <message>
        <source>the ground arose on %1: payment stops from the following month, %2</source>
        <translation>停发原因发生于 %1：自次月（%2）起停发</translation>
    </message>
    <message>
        <source>%1 of %2 months received; %3 months left</source>
        <translation>领取期限 %2 个月，已领取 %1 个月，剩余 %3 个月</translation>
    </message>
    <message>
        <source>the %1 months left are kept and added to a later entitlement, at most %2 months together</source>
        <translation>剩余的 %1 个月予以保留，以后重新领取时合并计算，合计最长 %2 个月</translation>
    </message>
    <message>
        <source>Below the statutory retirement age</source>
        <translation>未达到法定退休年龄</translation>
    </message>
    <message>
        <source>the statutory retirement month is %1, after the claim</source>
        <translation>法定退休年月为 %1，晚于申领时间</translation>
    </message>
    <message>
        <source>the statutory retirement month %1 has been reached: the basic pension, not unemployment benefit, applies from then on</source>
        <translation>已到法定退休年月 %1：此后适用基本养老保险待遇，不再领取失业保险金</translation>
    </message>
    <message>
        <source>no entitlement: not met — %1</source>
        <translation>不能领取：以下条件未满足 — %1</translation>
    </message>
    <message>
        <source>; the %1 months carried over stay kept for a later claim</source>
        <translation>；原有的 %1 个月剩余领取期限继续保留，可在以后申领时合并计算</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2至%3）</translation>
    </message>
    <message>
        <source>no start</source>
        <translation>无起始日</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>no unemployment benefit standard for region %1 on %2 in the data (it has: %3): enter the monthly standard with a note</source>
        <translation>数据中没有地区%1在%2的失业保险金标准（已收录：%3）：请录入月标准并注明来源</translation>
    </message>
    <message>
        <source>the standard of region %1 is known in the data only as a rule: %2 — enter the monthly standard with a note</source>
        <translation>地区%1的标准在数据中只有文字规则：%2——请录入月标准并注明来源</translation>
    </message>
    <message>
        <source>the standard of region %1 (%2) is %3 % of the local minimum wage, which is not in the data for region %1 on %4: enter the monthly standard with a note</source>
        <translation>地区%1（%2）的标准为当地最低工资的%3%，数据中没有地区%1在%4的最低工资：请录入月标准并注明来源</translation>
    </message>
    <message>
        <source>the standard of region %1 (%2) is %3 % of the minimum wage of tier %4, which is not in the data on %5: enter the monthly standard with a note</source>
        <translation>地区%1（%2）的标准为%4最低工资的%3%，数据中没有%5适用的该档最低工资：请录入月标准并注明来源</translation>
    </message>
    <message>
        <source>the standard of region %1 (%2) has no amount for benefit month %3 with %4 months paid: enter the monthly standard with a note</source>
        <translation>地区%1（%2）的标准对缴费%4个月者的第%3个领取月没有金额：请录入月标准并注明来源</translation>
    </message>
    <message>
        <source>%1 % of the minimum wage %2 is %3, and how region %4 (%5) rounds it is not in the data: enter the monthly standard with a note</source>
        <translation>最低工资%2的%1%为%3，数据中没有地区%4（%5）的舍入办法：请录入月标准并注明来源</translation>
    </message>
    <message>
        <source>%1 % × minimum wage %2 (%3, from %4) = %5</source>
        <translation>%1% × 最低工资%2（%3，%4起）= %5</translation>
    </message>
    <message>
        <source>%1 % × minimum wage %2 (%3, %4, from %5) = %6</source>
        <translation>%1% × 最低工资%2（%3，%4，%5起）= %6</translation>
    </message>
    <message>
        <source>minimum wage: %1</source>
        <translation>最低工资：%1</translation>
    </message>
    <message>
        <source>the %1 months left are not kept: %2</source>
        <translation>剩余的 %1 个月不予保留：%2</translation>
    </message>
</context>
<context>
    <name>tongban::unemployment::ClaimNotice</name>
    <message>
        <source>Issued on %1</source>
        <translation>出具日期：%1</translation>
    </message>
    <message>
        <source>Issued on %1 by %2</source>
        <translation>经办人 %2 于 %1 出具</translation>
    </message>
    <message>
        <source>Rules: %1, edition %2 (%3)</source>
        <translation>规则：%1，版本 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Unemployment benefit award notice</source>
        <translation>失业保险金核定通知</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>申领</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>申领编号</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>申领日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Job ended by</source>
        <translation>就业中断原因</translation>
    </message>
    <message>
        <source>Months paid since the last claim</source>
        <translation>上次领取后累计缴费月数</translation>
    </message>
    <message>
        <source>Months carried over from an earlier claim</source>
        <translation>以前申领剩余的领取期限</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>领取条件</translation>
    </message>
    <message>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>核定结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Unemployment benefit cannot be paid: %1.</source>
        <translation>不能领取失业保险金：%1。</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Benefit months</source>
        <translation>领取期限</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>发放起始月份</translation>
    </message>
    <message>
        <source>Paid until</source>
        <translation>发放截止月份</translation>
    </message>
    <message>
        <source>Monthly amount (CNY)</source>
        <translation>月发放标准（元）</translation>
    </message>
    <message>
        <source>Total over the benefit period (CNY)</source>
        <translation>领取期限内合计（元）</translation>
    </message>
    <message>
        <source>not in the data</source>
        <translation>未收录</translation>
    </message>
    <message>
        <source>Payment stops on re-employment, military service, emigration, starting a basic pension, imprisonment, refusing suitable work or training without good reason, or another legal ground; report such a change at once. Months not drawn are kept for a later claim.</source>
        <translation>重新就业、应征服兵役、移居境外、享受基本养老保险待遇、被判刑收监执行、无正当理由拒不接受适当工作或培训，或有法律规定的其他情形的，停止发放失业保险金；发生上述情形请立即报告。未领取的月数保留至以后申领时合并计算。</translation>
    </message>
    <message>
        <source>Benefit months: %1</source>
        <translation>领取期限依据：%1</translation>
    </message>
    <message>
        <source>Monthly amount: %1</source>
        <translation>发放标准依据：%1</translation>
    </message>
    <message>
        <source>Unemployment benefit stop notice</source>
        <translation>失业保险金停发通知</translation>
    </message>
    <message>
        <source>Stop of payment</source>
        <translation>停发情况</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>停发原因</translation>
    </message>
    <message>
        <source>Ground arose on</source>
        <translation>停发原因发生日期</translation>
    </message>
    <message>
        <source>First month not paid</source>
        <translation>停发起始月份</translation>
    </message>
    <message>
        <source>Months received</source>
        <translation>已领取月数</translation>
    </message>
    <message>
        <source>Months left</source>
        <translation>剩余领取期限</translation>
    </message>
    <message>
        <source>Months left kept for a later claim</source>
        <translation>剩余领取期限保留至以后合并计算</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Benefit months %1–%2 (CNY)</source>
        <translation>第%1—%2个月（元）</translation>
    </message>
    <message>
        <source>%1, area code %2</source>
        <translation>%1，区划代码 %2</translation>
    </message>
</context>
<context>
    <name>tongban::unemployment::UnemploymentClaimRepository</name>
    <message>
        <source>only an eligible claim can be opened</source>
        <translation>只有符合条件的申领才能核定发放</translation>
    </message>
    <message>
        <source>cannot read the person&apos;s claims</source>
        <translation>无法读取该参保人的申领记录</translation>
    </message>
    <message>
        <source>the person has a later claim, dated %1</source>
        <translation>该参保人已有日期更晚的申领（%1）</translation>
    </message>
    <message>
        <source>the claim of %1 is still open until %2: stop it first</source>
        <translation>%1 的申领仍在发放中（至 %2）：请先办理停发</translation>
    </message>
    <message>
        <source>cannot store the claim</source>
        <translation>无法保存申领</translation>
    </message>
    <message>
        <source>the claim of %1 was already stopped on %2</source>
        <translation>%1 的申领已于 %2 停发</translation>
    </message>
    <message>
        <source>cannot record the stop</source>
        <translation>无法记录停发</translation>
    </message>
    <message>
        <source>the claim changed while it was being stopped</source>
        <translation>办理停发期间申领已被更改</translation>
    </message>
    <message>
        <source>cannot read the claim</source>
        <translation>无法读取申领</translation>
    </message>
    <message>
        <source>no unemployment benefit claim with number %1</source>
        <translation>没有编号为 %1 的失业保险金申领</translation>
    </message>
    <message>
        <source>the monthly standard is not known (%1): enter it with a note saying where it comes from, or confirm that the claim opens without a monthly amount</source>
        <translation>月发放标准未知（%1）：请录入标准并注明来源，或确认在没有月发放金额的情况下开立申领</translation>
    </message>
    <message>
        <source>%1; opened without a monthly amount, as the clerk confirmed</source>
        <translation>%1；经办人已确认在没有月发放金额的情况下开立</translation>
    </message>
</context>
<context>
    <name>tongban::unemployment::UnemploymentRules</name>
    <message>
        <source>missing: an object of source keys</source>
        <translation>缺失：来源键组成的对象</translation>
    </message>
    <message>
        <source>missing: a list of {from_months, to_months, months}</source>
        <translation>缺失：{from_months, to_months, months} 组成的列表</translation>
    </message>
    <message>
        <source>bands must follow each other without gap or overlap, each to_months above its from_months</source>
        <translation>各档须首尾相接，不得间断或重叠，且每档的 to_months 须大于其 from_months</translation>
    </message>
    <message>
        <source>only the last band may have no to_months</source>
        <translation>只有最后一档可以不设 to_months</translation>
    </message>
    <message>
        <source>the first band must start at minimum_paid_months</source>
        <translation>第一档须从 minimum_paid_months 开始</translation>
    </message>
    <message>
        <source>missing: a list of {key, involuntary, label, source}</source>
        <translation>缺失：{key, involuntary, label, source} 组成的列表</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>missing: a list of {key, label, months_left_carried, source}</source>
        <translation>缺失：{key, label, months_left_carried, source} 组成的列表</translation>
    </message>
    <message>
        <source>must be a six-digit GB/T 2260 region code</source>
        <translation>须为六位行政区划代码（GB/T 2260）</translation>
    </message>
    <message>
        <source>must be an amount in CNY above 0 with at most two decimals</source>
        <translation>须为大于 0 的金额（元），最多两位小数</translation>
    </message>
    <message>
        <source>must be a fraction between 0 and 1 (below the minimum wage, 条例 Art. 18)</source>
        <translation>须为 0 到 1 之间的比例（低于最低工资标准，条例第十八条）</translation>
    </message>
    <message>
        <source>must be a whole number above 0</source>
        <translation>须为大于 0 的整数</translation>
    </message>
    <message>
        <source>missing: a text</source>
        <translation>缺失：文本</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &apos;-&apos;</source>
        <translation>只能由小写字母、数字和 &apos;-&apos; 组成</translation>
    </message>
    <message>
        <source>cannot read the parameter file: %1</source>
        <translation>无法读取参数文件：%1</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at offset %2</source>
        <translation>不是 JSON 对象：%1（位置 %2）</translation>
    </message>
    <message>
        <source>the edition must be a date YYYY-MM-DD</source>
        <translation>版本须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must name a key of &quot;sources&quot;</source>
        <translation>须为 &quot;sources&quot; 中的键</translation>
    </message>
    <message>
        <source>must be HIGH, MEDIUM or LOW</source>
        <translation>须为 HIGH、MEDIUM 或 LOW</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>须为以下之一：%1</translation>
    </message>
    <message>
        <source>must be a list of {province, from, tiers, source}</source>
        <translation>必须是{province, from, tiers, source}的列表</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>必须是日期YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>必须是不小于%1的整数</translation>
    </message>
    <message>
        <source>needs either &quot;monthly&quot; (CNY) or &quot;share&quot; (of the minimum wage)</source>
        <translation>需要&quot;monthly&quot;（元）或&quot;share&quot;（最低工资的比例）二者之一</translation>
    </message>
    <message>
        <source>the last day comes before the first</source>
        <translation>最后一天早于第一天</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;steps&quot;, &quot;monthly&quot; (CNY), &quot;share&quot; (of the minimum wage) or &quot;rule_only&quot;: true</source>
        <translation>需要且只能有&quot;steps&quot;、&quot;monthly&quot;（元）、&quot;share&quot;（最低工资的比例）或&quot;rule_only&quot;: true其中之一</translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation>至少列出一档</translation>
    </message>
    <message>
        <source>must be &quot;fen&quot; or &quot;yuan&quot; (half-up to the fen or to the whole yuan)</source>
        <translation>必须为&quot;fen&quot;或&quot;yuan&quot;（四舍五入到分或到元）</translation>
    </message>
    <message>
        <source>only a share of the minimum wage is rounded</source>
        <translation>只有按最低工资比例计算的标准才有舍入</translation>
    </message>
    <message>
        <source>names the tier of a share of the minimum wage</source>
        <translation>用于指明按最低工资比例计算时所取的档次</translation>
    </message>
    <message>
        <source>a rule known only in words says it in &quot;note&quot;</source>
        <translation>只有文字规则的，须在&quot;note&quot;中写明</translation>
    </message>
    <message>
        <source>overlaps the days of standards.regions[%1] for the same code %2</source>
        <translation>与同一代码%2的standards.regions[%1]日期重叠</translation>
    </message>
    <message>
        <source>must be a province-level GB/T 2260 code (six digits ending in 0000)</source>
        <translation>必须是省级GB/T 2260代码（以0000结尾的六位数字）</translation>
    </message>
    <message>
        <source>must list at least one tier {tier, monthly, places}</source>
        <translation>至少列出一档{tier, monthly, places}</translation>
    </message>
    <message>
        <source>must be a GB/T 2260 code of a place of province %1</source>
        <translation>必须是%1所辖地区的GB/T 2260代码</translation>
    </message>
    <message>
        <source>the place %1 is in two tiers</source>
        <translation>地区%1出现在两个档次中</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>必须是文本</translation>
    </message>
</context>
<context>
    <name>tongban::workflow::IntakeBatchCodec</name>
    <message>
        <source>unknown key &quot;%1&quot;; a batch has &quot;channel&quot; and &quot;cases&quot;</source>
        <translation>未知键“%1”；批量文件只有“channel”和“cases”</translation>
    </message>
    <message>
        <source>&quot;channel&quot; is required: one of %1 (where the cases were taken)</source>
        <translation>须给出“channel”：%1 之一（案件的受理渠道）</translation>
    </message>
    <message>
        <source>&quot;cases&quot; is required: an array of at least one intake case</source>
        <translation>须给出“cases”：至少含一个受理案件的数组</translation>
    </message>
    <message>
        <source>a case is a JSON object in the intake case format</source>
        <translation>每个案件须为受理案件格式的 JSON 对象</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 在偏移 %2 处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object {&quot;channel&quot;, &quot;cases&quot;}</source>
        <translation>%1 须为 JSON 对象 {&quot;channel&quot;, &quot;cases&quot;}</translation>
    </message>
</context>
<context>
    <name>tongban::workflow::MatterStateMachine</name>
    <message>
        <source>the matter&apos;s catalog entry has no pre-review step</source>
        <translation>该事项在目录中没有预审环节</translation>
    </message>
    <message>
        <source>the matter&apos;s catalog entry requires its steps first (only an immediate matter is done on receipt)</source>
        <translation>该事项在目录中须先经过其办理环节（只有即办事项可在受理后直接办结）</translation>
    </message>
    <message>
        <source>the matter&apos;s catalog entry does not forward it to another department</source>
        <translation>该事项在目录中不转办其他部门</translation>
    </message>
    <message>
        <source>the matter&apos;s catalog entry requires it to be forwarded to its department first</source>
        <translation>该事项在目录中须先转办其主管部门</translation>
    </message>
    <message>
        <source>nothing: the matter is %1</source>
        <translation>无：该事项%1</translation>
    </message>
    <message>
        <source>the workflow has no such step</source>
        <translation>办理流程中没有这一步</translation>
    </message>
    <message>
        <source>a matter cannot go from %1 (%2) to %3 (%4): %5; from %1 it may go to %6</source>
        <translation>事项不能从%1（%2）变为%3（%4）：%5；%1的事项可变为：%6</translation>
    </message>
</context>
<context>
    <name>tongban::workflow::MatterStatusText</name>
    <message>
        <source>received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>pre-reviewed</source>
        <translation>已预审</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退件</translation>
    </message>
</context>
<context>
    <name>tongban::workflow::MatterWorkflowRepository</name>
    <message>
        <source>cannot prepare reading the matter</source>
        <translation>无法准备读取事项</translation>
    </message>
    <message>
        <source>cannot read the matter</source>
        <translation>无法读取事项</translation>
    </message>
    <message>
        <source>no matter %1 is stored</source>
        <translation>没有保存事项 %1</translation>
    </message>
    <message>
        <source>cannot prepare reading the matter&apos;s history</source>
        <translation>无法准备读取事项的办理记录</translation>
    </message>
    <message>
        <source>cannot read the matter&apos;s history</source>
        <translation>无法读取事项的办理记录</translation>
    </message>
    <message>
        <source>cannot prepare reading the open matters</source>
        <translation>无法准备读取在办事项</translation>
    </message>
    <message>
        <source>cannot read the open matters</source>
        <translation>无法读取在办事项</translation>
    </message>
    <message>
        <source>the clerk&apos;s name is required for a change of status</source>
        <translation>变更状态须给出经办人姓名</translation>
    </message>
    <message>
        <source>a return needs a reason the applicant can act on (at least %1 characters): what is wrong and what to bring or correct, e.g. &quot;请补交户口簿原件&quot;</source>
        <translation>退件须写明申请人可据以补正的理由（至少 %1 个字）：问题在哪里、须补交或更正什么，例如“请补交户口簿原件”</translation>
    </message>
    <message>
        <source>documents are added to a matter only when it is resubmitted</source>
        <translation>只有重新提交时才能补充材料</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot; (documents.json lists the documents)</source>
        <translation>未知材料“%1”（材料见 documents.json）</translation>
    </message>
    <message>
        <source>the matter &quot;%1&quot; is not in the catalog (edition %2): its steps are not known</source>
        <translation>事项“%1”不在事项目录（%2 版）中：不知其办理环节</translation>
    </message>
    <message>
        <source>cannot prepare changing the matter&apos;s status</source>
        <translation>无法准备变更事项状态</translation>
    </message>
    <message>
        <source>cannot change the status of the matter %1</source>
        <translation>无法变更事项 %1 的状态</translation>
    </message>
    <message>
        <source>the matter %1 changed while its status was being changed; read it again</source>
        <translation>变更状态时事项 %1 已被改动；请重新读取</translation>
    </message>
    <message>
        <source>cannot prepare recording the change of status</source>
        <translation>无法准备记录状态变更</translation>
    </message>
    <message>
        <source>cannot record the change of status of the matter %1</source>
        <translation>无法记录事项 %1 的状态变更</translation>
    </message>
</context>
<context>
    <name>tongban::workflow::WorkflowNotices</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>代办对象</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Matter %1 of visit %2 (%3); change %4 by %5 at %6</source>
        <translation>事项 %1，来访 %2（%3）；变更 %4，经办人 %5，时间 %6</translation>
    </message>
    <message>
        <source>Source: %1 %2 (confidence %3)</source>
        <translation>来源：%1 %2（可信度 %3）</translation>
    </message>
    <message>
        <source>Notice of return</source>
        <translation>退件告知书</translation>
    </message>
    <message>
        <source>Queue number %1, returned %2 by %3</source>
        <translation>排队号 %1，%2 退件，经办人 %3</translation>
    </message>
    <message>
        <source>Notice of return %1</source>
        <translation>退件告知书 %1</translation>
    </message>
    <message>
        <source>Why the matter is returned</source>
        <translation>退件理由</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>退件日期</translation>
    </message>
    <message>
        <source>What to bring when you come back</source>
        <translation>再次办理时请携带</translation>
    </message>
    <message>
        <source>No document is missing; correct what the reason above names.</source>
        <translation>材料无缺；请按上述理由补正。</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The documents you handed in are kept with the matter: bring only what is listed above. The time limit counts again from the day you resubmit. Bring this notice with you.</source>
        <translation>您已提交的材料随事项留存，只需携带上列材料。办理时限自重新提交之日起重新计算。请携带本告知书。</translation>
    </message>
    <message>
        <source>Notice of completion</source>
        <translation>办结通知书</translation>
    </message>
    <message>
        <source>Queue number %1, done %2</source>
        <translation>排队号 %1，%2 办结</translation>
    </message>
    <message>
        <source>Notice of completion %1</source>
        <translation>办结通知书 %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Within the promised time</source>
        <translation>是否在承诺时限内办结</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The matter is settled. Keep this notice; ask at any window of the hall if anything in it is unclear.</source>
        <translation>该事项已办结。请妥善保存本通知书；如有疑问，可到大厅任一窗口咨询。</translation>
    </message>
</context>
</TS>
