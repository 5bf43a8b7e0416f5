#pragma once

namespace tongban::casework {

/// How a poor rating (差评) is followed up.
///
/// 国办发〔2019〕51号 (国务院办公厅关于建立政务服务"好差评"制度提高政务服务水平的意见), on putting poor
/// ratings right (差评整改): every poor rating is verified and followed up — what is clear and
/// reasonable is put right at once (立即整改), what is complex is entered in a ledger and put right
/// within a set time (建立台账、限期整改), and every poor rating given under the rater's name is
/// followed up and put right (实名差评回访整改率 100%). The document sets no number of days: the
/// provinces and cities do (e.g. 15 working days in a Sichuan city's scheme, 5 working days in Dezhou's,
/// 德州市政务服务"好差评"工作方案 2020). So the deadline is a setting of the machine
/// (settings::AppSettings::ratingFollowUpWorkingDays) with the default below; a hall sets its own.
struct RatingPolicy
{
    /// Working days (on the State Council's holiday arrangement, resources/calendar) from the day
    /// of the poor rating to the day the follow-up is due. Default 15; at least 1.
    int followUpWorkingDays = 15;
};

} // namespace tongban::casework
