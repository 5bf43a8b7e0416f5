<?xml version='1.0' encoding='utf-8'?>
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
        <source>The clerk shown in the status bar.</source>
        <translation>状态栏显示的经办人。</translation>
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
        <source>the file to write is required: demo-db --out FILE [--persons N] [--seed S]</source>
        <translation>须给出输出文件：demo-db --out 文件 [--persons N] [--seed S]</translation>
    </message>
    <message>
        <source>a whole number from 2 to 100000 is required</source>
        <translation>须为 2 到 100000 之间的整数</translation>
    </message>
    <message>
        <source>a whole number from 0 to 18446744073709551615 is required</source>
        <translation>须为 0 到 18446744073709551615 之间的整数</translation>
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
    <name>tongban::cli::LookupCommand</name>
    <message>
        <source>unknown option; allowed: --db FILE, --id NUMBER, --name TEXT, --unmasked</source>
        <translation>未知选项；允许：--db 文件、--id 号码、--name 姓名、--unmasked</translation>
    </message>
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
        <source>no insured person with a name containing "%1"</source>
        <translation>没有姓名包含“%1”的参保人</translation>
    </message>
</context>
<context>
    <name>tongban::cli::PensionCaseJson</name>
    <message>
        <source>unknown field; allowed: %1</source>
        <translation>未知字段；允许的字段：%1</translation>
    </message>
    <message>
        <source>a text value is required</source>
        <translation>须为文本</translation>
    </message>
    <message>
        <source>a month "YYYY-MM" is required, e.g. "2025-12"</source>
        <translation>须为年月 "YYYY-MM"，例如 "2025-12"</translation>
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
        <source>required: the GB/T 2260 code of the pooling region, e.g. "110000"</source>
        <translation>必填：统筹地区的行政区划代码（GB/T 2260），例如 "110000"</translation>
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
</context>
<context>
    <name>tongban::cli::PensionCommand</name>
    <message>
        <source>usage: tongban-cli pension --case FILE (- for standard input)</source>
        <translation>用法：tongban-cli pension --case 文件（- 表示标准输入）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the case is not a JSON object: %1 at offset %2</source>
        <translation>案例不是 JSON 对象：%1（位置 %2）</translation>
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
        <source>a birth month "YYYY-MM" is required</source>
        <translation>须给出出生年月 "YYYY-MM"</translation>
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
</context>
<context>
    <name>tongban::demo::DemoGenerator</name>
    <message>
        <source>the contribution rate "%1" is not in the parameters</source>
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
</context>
<context>
    <name>tongban::identity::CitizenId</name>
    <message numerus="yes">
        <source>a citizen ID number has 18 characters (or 15 digits in the old form); this one has %n</source>
        <translation>
            <numerusform>身份证号应为 18 位（旧式 15 位）；此号码为 %n 位</numerusform></translation>
    </message>
    <message>
        <source>the last character must be a digit or X, not "%1"</source>
        <translation>最后一位须为数字或 X，不能是“%1”</translation>
    </message>
    <message>
        <source>"%1" at position %2 is not a digit</source>
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
            <numerusform>统一社会信用代码应为 18 位；此代码为 %n 位</numerusform></translation>
    </message>
    <message>
        <source>"%1" at position %2 is not allowed in a unified social credit code (digits and capital letters except I, O, S, V, Z)</source>
        <translation>第 %2 位的“%1”不能用于统一社会信用代码（只用数字和除 I、O、S、V、Z 外的大写字母）</translation>
    </message>
    <message>
        <source>wrong check character: expected %1, got %2</source>
        <translation>校验码错误：应为 %1，实为 %2</translation>
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
        <source>payout months must be above 0 and at most 300</source>
        <translation>计发月数须大于 0 且不超过 300</translation>
    </message>
    <message>
        <source>must be one of: exact, 2dp, 4dp, trunc-2dp, ceil-0.1</source>
        <translation>须为以下之一：exact、2dp、4dp、trunc-2dp、ceil-0.1</translation>
    </message>
    <message>
        <source>must be one of: fen, jiao, ceil-jiao</source>
        <translation>须为以下之一：fen、jiao、ceil-jiao</translation>
    </message>
    <message>
        <source>must be one of: sum, ceil-jiao</source>
        <translation>须为以下之一：sum、ceil-jiao</translation>
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
        <source> → %1 (rule %2)</source>
        <translation> → %1（规则 %2）</translation>
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
        <source> → %1 (rounded up to 0.1)</source>
        <translation> → %1（进位到 0.1 元）</translation>
    </message>
    <message>
        <source>Monthly basic pension</source>
        <translation>月基本养老金</translation>
    </message>
</context>
<context>
    <name>tongban::policy::ParameterLoader</name>
    <message>
        <source>every figure must name its source</source>
        <translation>每个数据都须注明来源</translation>
    </message>
    <message>
        <source>unknown source key "%1"</source>
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
        <source>a month "YYYY-MM" is required</source>
        <translation>须为年月 "YYYY-MM"</translation>
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
        <source>a decimal index or "average" is required</source>
        <translation>须为十进制指数或 "average"</translation>
    </message>
</context>
<context>
    <name>tongban::policy::ParameterSet</name>
    <message>
        <source>"%1" is not a region code: six digits (GB/T 2260), e.g. 110000 for Beijing</source>
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
</context>
<context>
    <name>tongban::retirement::RetirementRule</name>
    <message>
        <source>a birth month "YYYY-MM" is required</source>
        <translation>须给出出生年月 "YYYY-MM"</translation>
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
</context>
<context>
    <name>tongban::storage::PersonRepository</name>
    <message>
        <source>cannot prepare the employer statement</source>
        <translation>无法准备参保单位语句</translation>
    </message>
    <message>
        <source>cannot store the employer %1 (%2)</source>
        <translation>无法保存参保单位 %1（%2）</translation>
    </message>
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
        <source>cannot prepare loading an employer</source>
        <translation>无法准备读取参保单位</translation>
    </message>
    <message>
        <source>cannot load the employer %1</source>
        <translation>无法读取参保单位 %1</translation>
    </message>
    <message>
        <source>cannot count the insured persons</source>
        <translation>无法统计参保人数</translation>
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
        <source>0.6 floor</source>
        <translation>0.6 下限</translation>
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
        <source>Contribution history</source>
        <translation>缴费历史</translation>
    </message>
    <message>
        <source>Pension breakdown</source>
        <translation>养老金核算</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation>已取消查询。</translation>
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
    <name>tongban::ui::PensionView</name>
    <message>
        <source>Look up an insured person: the pension at the statutory retirement month is worked out here, step by step.</source>
        <translation>查询参保人后，这里逐项算出按法定退休年月起发的养老金。</translation>
    </message>
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
        <source>Leave empty to use the region's published calculation base. Enter one (CNY per month) when none is published for that month.</source>
        <translation>留空则用本地区公布的计发基数；该月尚无公布数时，请录入（元/月）。</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>说明</translation>
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
        <source>Monthly basic pension</source>
        <translation>月基本养老金</translation>
    </message>
    <message>
        <source>No result for this month. See the message above.</source>
        <translation>该月无结果，见上方提示。</translation>
    </message>
</context>
<context>
    <name>tongban::ui::PersonPanel</name>
    <message>
        <source>Scan or type the visitor's ID number, or type a name, in the field above and press Enter.</source>
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
        <source>Show the full ID number</source>
        <translation>显示完整身份证号</translation>
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
        <source>Contribution index = average base / that year's average wage</source>
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
</TS>