#include "demonames.h"

namespace tongban::demo {

namespace {

QStringList chars(const QString &all)
{
    QStringList out;
    for (const QChar c : all)
        out << QString(c);
    return out;
}

} // namespace

const QStringList &DemoNames::surnames()
{
    static const QStringList list
        = chars(QStringLiteral("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡"
                               "贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
                               "雷钱汤尹黎易常武乔贺赖龚文"))
        + QStringList {QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛")};
    return list;
}

const QStringList &DemoNames::maleGivenChars()
{
    static const QStringList list = chars(QStringLiteral("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁建国志文俊浩宇海峰东林永春"));
    return list;
}

const QStringList &DemoNames::femaleGivenChars()
{
    static const QStringList list = chars(QStringLiteral("芳娜敏静丽艳娟霞秀玲桂英红燕萍颖雪琳婷慧莉洁梅兰凤琴晶月"));
    return list;
}

// Uyghur names as written in Chinese: given name, middle dot, father's name.
const QStringList &DemoNames::minorityMaleGiven()
{
    static const QStringList list {QStringLiteral("买买提"), QStringLiteral("艾力"),        QStringLiteral("艾买提"),
                                   QStringLiteral("吐尔逊"), QStringLiteral("依明"),        QStringLiteral("库尔班"),
                                   QStringLiteral("艾尔肯"), QStringLiteral("阿不都热依木")};
    return list;
}

const QStringList &DemoNames::minorityFemaleGiven()
{
    static const QStringList list {QStringLiteral("阿依古丽"), QStringLiteral("热依拉"),   QStringLiteral("古丽娜尔"),
                                   QStringLiteral("帕提古丽"), QStringLiteral("米热古丽"), QStringLiteral("努尔古丽"),
                                   QStringLiteral("阿依努尔"), QStringLiteral("祖丽菲亚")};
    return list;
}

const QStringList &DemoNames::minorityFatherNames()
{
    static const QStringList list {QStringLiteral("买买提"),   QStringLiteral("吐尔逊"), QStringLiteral("艾力"),
                                   QStringLiteral("依明"),     QStringLiteral("库尔班"), QStringLiteral("玉素甫"),
                                   QStringLiteral("阿不都拉"), QStringLiteral("热合曼")};
    return list;
}

const QList<QString> &DemoNames::brands()
{
    static const QList<QString> list {
        QStringLiteral("华信"), QStringLiteral("金桥"), QStringLiteral("恒达"), QStringLiteral("新世纪"), QStringLiteral("宏远"),
        QStringLiteral("东方"), QStringLiteral("长城"), QStringLiteral("永安"), QStringLiteral("瑞丰"),   QStringLiteral("天成"),
        QStringLiteral("博远"), QStringLiteral("嘉禾"), QStringLiteral("盛达"), QStringLiteral("锦程"),   QStringLiteral("万通"),
        QStringLiteral("鑫源"), QStringLiteral("国泰"), QStringLiteral("明珠"),
    };
    return list;
}

const QStringList &DemoNames::brandChars()
{
    static const QStringList list
        = chars(QStringLiteral("华信金桥恒达新世纪宏远东方长城永安瑞丰天成博嘉禾盛锦程万通鑫源国泰明珠富贵隆昌兴旺德顺和康安泰美佳丰裕"
                               "宝利亿联合众祥云龙凤海星辰光耀宇中正诚"));
    return list;
}

} // namespace tongban::demo
