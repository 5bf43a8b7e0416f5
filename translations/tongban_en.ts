<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Counter client for a social insurance service hall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clerk shown in the status bar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look up this ID number or name at start (e.g. from the queue system).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tongban</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy parameters could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::cli::DemoCommand</name>
    <message>
        <source>unknown option; allowed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file to write is required: demo-db --out FILE [--persons N] [--seed S]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number from 2 to 100000 is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number from 0 to 18446744073709551615 is required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::cli::IdCheckCommand</name>
    <message>
        <source>usage: tongban-cli id-check NUMBER (one citizen ID number, 18 or 15 characters)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::cli::LookupCommand</name>
    <message>
        <source>unknown option; allowed: --db FILE, --id NUMBER, --name TEXT, --unmasked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database file is required: lookup --db FILE (--id NUMBER | --name TEXT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either --id NUMBER or --name TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a name or part of one is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no insured person with citizen ID number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no insured person with a name containing "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::cli::PensionCaseJson</name>
    <message>
        <source>unknown field; allowed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a text value is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a month "YYYY-MM" is required, e.g. "2025-12"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an amount in CNY is required (a JSON number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an amount in CNY has at most two decimals (fen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number of months is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required: the GB/T 2260 code of the pooling region, e.g. "110000"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be one of: male, female-55, female-50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required: the average contribution index, e.g. 1.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required: the months actually paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required: the individual account balance at retirement, in CNY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required: the months of this period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required: the index applied to this period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required: the amount in CNY</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::cli::PensionCommand</name>
    <message>
        <source>usage: tongban-cli pension --case FILE (- for standard input)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case is not a JSON object: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::cli::RetirementCommand</name>
    <message>
        <source>unknown option; allowed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a birth month "YYYY-MM" is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be one of: male, female-55, female-50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number of months, 0 or more, is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number of months between 0 and 1000 is required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::demo::DemoGenerator</name>
    <message>
        <source>the contribution rate "%1" is not in the parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number of persons must be between 2 and %1 (the two colleagues of the fixed cast are always included)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no policy parameters were given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no output file was given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; a demo database is only written to a new file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot move the new database to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::history::ContributionHistory</name>
    <message>
        <source>two %1 records for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>average wage %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>crediting rate %1 (not yet published: no interest credited)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the average wage for %1 contributions is missing, so the contribution index cannot be computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the average wage for %1 contributions is missing, so the average contribution index cannot be computed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::identity::CitizenId</name>
    <message numerus="yes">
        <source>a citizen ID number has 18 characters (or 15 digits in the old form); this one has %n</source>
        <translation>
            <numerusform>a citizen ID number has 18 characters (or 15 digits in the old form); this one has %n</numerusform><numerusform>a citizen ID number has 18 characters (or 15 digits in the old form); this one has %n</numerusform></translation>
    </message>
    <message>
        <source>the last character must be a digit or X, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" at position %2 is not a digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the address code %1 cannot start with 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the birth date %1-%2-%3 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the birth date %1 is before 1880</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong check character: expected %1, got %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::identity::Uscc</name>
    <message numerus="yes">
        <source>a unified social credit code has 18 characters; this one has %n</source>
        <translation>
            <numerusform>a unified social credit code has 18 characters; this one has %n</numerusform><numerusform>a unified social credit code has 18 characters; this one has %n</numerusform></translation>
    </message>
    <message>
        <source>"%1" at position %2 is not allowed in a unified social credit code (digits and capital letters except I, O, S, V, Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong check character: expected %1, got %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::pension::HistoryCaseBuilder</name>
    <message>
        <source>Pension starts in the statutory retirement month %1 (age %2 years %3 months).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the retirement month must come after the birth month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The individual account is as of %1; contributions after that are not projected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing figure: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average contribution index %1 over %2 actual and %3 deemed months (deemed months at index %4), rounded half-up to 4 decimals as printed on calculation sheets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deemed service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2…%3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::pension::PensionCalculator</name>
    <message>
        <source>the payout-month table (国发〔2005〕38号) covers ages 40 to 70; retiring at %1 years %2 months needs the divisor entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age %1 years → %2 (annex of 国发〔2005〕38号)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; %1 months over the whole age are not counted for retirements before %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no payout months for age %1 to interpolate towards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age %1 years %2 months: %3 − (%3 − %4) × %2/12 = %5 → %6 (half-up to 0.1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>months actually paid must be between 0 and 840</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deemed months must be between 0 and 840</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pension needs at least one month of contribution (actual or deemed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the average contribution index must be between 0 and 3 (bases are capped at 300 % of the average wage)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the account balance cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the calculation base must be a positive amount in CNY per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the base of the indexed half must be a positive amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the indexed wage cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payout months must be above 0 and at most 300</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be one of: exact, 2dp, 4dp, trunc-2dp, ceil-0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be one of: fen, jiao, ceil-jiao</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be one of: sum, ceil-jiao</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the retirement month must come after the birth month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the retirement-age group (male, female-55, female-50) is required with the birth month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the retirement month is required, or the birth month and group to derive it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(actual %1 + deemed %2) months ÷ 12 = %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> → %1 (rule %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contribution period (years)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contribution months are below the minimum of %2 months for a monthly pension in %3; the person may keep contributing or pay the missing months in one sum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entered for this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calculation base (CNY/month)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, pension starting %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the birth month is required to find the payout months, or give payout_months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indexed average monthly contribution wage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as printed on the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × average index %2 = %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basic pension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1 + %2) ÷ 2 × %3 years × 1% = %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual account pension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ÷ %2 months = %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the transitional coefficient must be between 0 and 0.05 (5 % a year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deemed service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>months must be between 0 and 840</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the index must be between 0 and 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the base must be a positive amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>part %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transitional pension: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × index %2 × %3 years (%4 months) × %5 = %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no notional-account (虚账实记) rule; leave this field out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the notional account cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transitional pension: notional account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ÷ %2 = %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transitional pension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sum of the parts above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the part above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every add-on needs its name as printed on the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 + %2 + %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> → %1 (rounded up to 0.1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly basic pension</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::policy::ParameterLoader</name>
    <message>
        <source>every figure must name its source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown source key "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confidence must be HIGH, MEDIUM or LOW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a decimal number is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a month "YYYY-MM" is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the parameter file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the region code must match the file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no regional parameters found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ages are whole years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ages, step and maximum delay must be positive whole months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minimum contribution months are malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the payout-month table is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a province-level GB/T 2260 code (six digits ending in 0000) is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a calendar year is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0, 1 or 2 years is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a decimal index or "average" is required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::policy::ParameterSet</name>
    <message>
        <source>"%1" is not a region code: six digits (GB/T 2260), e.g. 110000 for Beijing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no pension rules are shipped for region %1; available: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::policy::RegionParameters</name>
    <message>
        <source>no published calculation base (计发基数) of %1 covers a pension starting %2; enter the figure from the approval notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the average wage of %1 for %2 (the denominator of %3 contributions) is not in the shipped data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::retirement::RetirementRule</name>
    <message>
        <source>a birth month "YYYY-MM" is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no retirement-age parameters for group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>months of early retirement cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>months of late retirement cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose early or late retirement, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flexible late retirement is at most %1 months after the statutory month %2 (人社部发〔2024〕94号)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flexible early retirement is at most %1 months here: never more than %2 months before the statutory month and never below the original age of %3 (earliest %4; 人社部发〔2024〕94号)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flexible early retirement requires the minimum contribution period: give the months paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flexible early retirement requires the minimum contribution period of %1 months in %2; %3 months are paid, %4 missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::storage::LocalStore</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no database file was given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database file %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the database %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot use %1 as a database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database %1 cannot use write-ahead logging (journal mode %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot set up the database %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the log into the database %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the log into the database %1: another connection is using it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::storage::Migrations</name>
    <message>
        <source>cannot read the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database %1 was written by a newer version of Tongban (schema %2; this program knows schema %3 at most): update the program before opening it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot migrate the database from schema %1 to schema %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema upgrade step %1 failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::storage::PersonRepository</name>
    <message>
        <source>cannot prepare the employer statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot store the employer %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the citizen ID number must be stored in its 18-character form %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare the insured person statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot store the insured person %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare the contribution record statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot store the contribution record of %1 for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare the search by citizen ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot search by citizen ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare the search by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot search by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare loading an insured person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot load the insured person %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no insured person with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare loading contribution records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot load the contribution records of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare loading an employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot load the employer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot count the insured persons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::storage::WriteTransaction</name>
    <message>
        <source>a write transaction is already active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start a write transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no write transaction to commit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot commit the transaction</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::BreakdownModel</name>
    <message>
        <source>high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (confidence: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it is computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::ContributionIndexChart</name>
    <message>
        <source>Contribution index by year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flexible years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.0 = average wage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0.6 floor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::DisplayText</name>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Men, 60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Women, 55</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Women, 50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flexible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 months (%2 years)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 months (%2 years %3 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 years %2 months</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::HistoryView</name>
    <message>
        <source>Look up an insured person: their contributions appear here year by year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shaded: flexible employment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account up to %1 · %2 paid · %3 without a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the shipped data, so left out of the figures above: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly records of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All monthly records (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::LookupBar</name>
    <message>
        <source>ID number or name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan or type an ID number, or type a name, then press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::MainWindow</name>
    <message>
        <source>Tongban · Social insurance counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contribution history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pension breakdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database %1 could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1 (%2 insured persons)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No insured person found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a valid ID number: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::MatchList</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 or more persons match “%2”: type more of the name, or pick one (double-click or Enter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 persons match “%2”: pick one (double-click or Enter).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::PensionView</name>
    <message>
        <source>Look up an insured person: the pension at the statutory retirement month is worked out here, step by step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pension starts (YYYY-MM):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calculation base (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty to use the region's published calculation base. Enter one (CNY per month) when none is published for that month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calculate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the month as YYYY-MM, e.g. 2024-03.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount in yuan with at most two decimals, e.g. 11,049.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · pension from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · age %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>¥ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly basic pension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No result for this month. See the message above.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::PersonPanel</name>
    <message>
        <source>Scan or type the visitor's ID number, or type a name, in the field above and press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the full ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retirement group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statutory retirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Months paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deemed months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>¥ %1 (to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::RecordTableModel</name>
    <message>
        <source>Paid in region %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(self-paid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tongban::ui::YearTableModel</name>
    <message>
        <source>Source: %1 (confidence %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The average wage of %1 is not in the shipped data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contribution index = average base / that year's average wage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covered by the opening balance from the old ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Months paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average wage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gap months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance at year end</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>