#include "demosweeptrades.h"

#include <initializer_list>

namespace tongban::demo {

namespace {

DemoSweepTrades::Trade trade(const char16_t *code, std::initializer_list<const char16_t *> suffixes)
{
    DemoSweepTrades::Trade t {QString::fromUtf16(code), {}};
    for (const char16_t *s : suffixes)
        t.suffixes << QString::fromUtf16(s);
    return t;
}

} // namespace

const QList<DemoSweepTrades::Trade> &DemoSweepTrades::hardship()
{
    static const QList<Trade> list {
        trade(u"F52", {u"超市有限公司", u"百货商店", u"便利店有限公司"}),
        trade(u"G53", {u"铁路物流有限公司"}),
        trade(u"G54", {u"运输有限公司", u"客运有限公司", u"物流有限公司"}),
        trade(u"G55", {u"航运有限公司", u"船务有限公司"}),
        trade(u"G56", {u"航空服务有限公司"}),
        trade(u"H62", {u"餐饮管理有限公司", u"酒家", u"快餐有限公司"}),
        trade(u"L7291", {u"旅行社有限公司", u"国际旅行社"}),
    };
    return list;
}

const QList<DemoSweepTrades::Trade> &DemoSweepTrades::listed()
{
    static const QList<Trade> list {
        trade(u"C13", {u"食品有限公司", u"粮油加工厂"}),
        trade(u"C17", {u"纺织有限公司", u"棉纺厂"}),
        trade(u"C18", {u"服饰有限公司", u"制衣厂"}),
        trade(u"C22", {u"纸业有限公司"}),
        trade(u"C23", {u"印刷有限公司", u"彩印厂"}),
        trade(u"C27", {u"制药有限公司", u"药业有限公司"}),
        trade(u"C28", {u"化纤有限公司"}),
        trade(u"C29", {u"塑料制品有限公司", u"橡胶制品厂"}),
        trade(u"C34", {u"机械有限公司", u"通用设备厂"}),
        trade(u"C36", {u"汽车配件有限公司", u"汽车制造有限公司"}),
        trade(u"C37", {u"船舶配件有限公司", u"轨道交通设备有限公司"}),
        trade(u"C40", {u"仪器仪表有限公司"}),
        trade(u"Q85", {u"社会工作服务中心"}),
        trade(u"R87", {u"影视传媒有限公司", u"录音制作有限公司"}),
        trade(u"R88", {u"文化艺术有限公司", u"剧团有限公司"}),
        trade(u"R89", {u"体育发展有限公司", u"健身有限公司"}),
        trade(u"R90", {u"娱乐有限公司", u"文化娱乐城"}),
    };
    return list;
}

const QList<DemoSweepTrades::Trade> &DemoSweepTrades::other()
{
    static const QList<Trade> list {
        trade(u"C39", {u"电子有限公司", u"电子厂"}),
        trade(u"E47", {u"建筑工程有限公司"}),
        trade(u"F51", {u"贸易有限公司", u"批发有限公司"}),
        trade(u"H61", {u"酒店有限公司", u"宾馆"}),
        trade(u"I65", {u"科技有限公司", u"软件有限公司"}),
        trade(u"K70", {u"置业有限公司", u"物业管理有限公司"}),
        trade(u"L7211", {u"企业管理有限公司"}),
        trade(u"M73", {u"研究院有限公司"}),
        trade(u"P83", {u"教育咨询有限公司"}),
        trade(u"Q84", {u"医疗管理有限公司"}),
    };
    return list;
}

const QList<DemoSweepTrades::Trade> &DemoSweepTrades::individualBusiness()
{
    static const QList<Trade> list {
        trade(u"F52", {u"便利店", u"杂货店"}),
        trade(u"H62", {u"面馆", u"饭店"}),
        trade(u"L7291", {u"旅游服务部"}),
        trade(u"C18", {u"服装加工部"}),
        trade(u"R90", {u"棋牌室"}),
        trade(u"H61", {u"旅馆"}),
        trade(u"F51", {u"批发部"}),
        trade(u"O80", {u"理发店"}),
    };
    return list;
}

const QList<DemoSweepTrades::Trade> &DemoSweepTrades::publicInstitution()
{
    static const QList<Trade> list {
        trade(u"P83", {u"实验中学", u"职业技术学校"}),
        trade(u"Q84", {u"社区卫生服务中心", u"人民医院"}),
        trade(u"R87", {u"广播电视台"}),
        trade(u"R88", {u"文化馆", u"图书馆"}),
    };
    return list;
}

const QList<DemoSweepTrades::Trade> &DemoSweepTrades::socialOrganisation()
{
    static const QList<Trade> list {
        trade(u"S95", {u"行业协会", u"商会", u"慈善基金会"}),
        trade(u"L7231", {u"律师事务所"}),
        trade(u"L7241", {u"会计师事务所"}),
        trade(u"R89", {u"体育协会"}),
    };
    return list;
}

} // namespace tongban::demo
