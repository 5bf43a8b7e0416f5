#include "demoplaces.h"

namespace tongban::demo {

// The order of each list is part of the demo content: a place is drawn by its position.

const QList<DemoPlaces::Place> &DemoPlaces::beijing()
{
    static const QList<Place> places {
        {QStringLiteral("110101"), QStringLiteral("北京市东城区")}, {QStringLiteral("110102"), QStringLiteral("北京市西城区")},
        {QStringLiteral("110105"), QStringLiteral("北京市朝阳区")}, {QStringLiteral("110106"), QStringLiteral("北京市丰台区")},
        {QStringLiteral("110108"), QStringLiteral("北京市海淀区")}, {QStringLiteral("110114"), QStringLiteral("北京市昌平区")},
    };
    return places;
}

const QList<DemoPlaces::Place> &DemoPlaces::jiangsu()
{
    static const QList<Place> places {
        {QStringLiteral("320102"), QStringLiteral("南京市玄武区")}, {QStringLiteral("320106"), QStringLiteral("南京市鼓楼区")},
        {QStringLiteral("320506"), QStringLiteral("苏州市吴中区")}, {QStringLiteral("320583"), QStringLiteral("昆山市")},
        {QStringLiteral("320211"), QStringLiteral("无锡市滨湖区")}, {QStringLiteral("320411"), QStringLiteral("常州市新北区")},
    };
    return places;
}

const QList<DemoPlaces::Place> &DemoPlaces::sweep()
{
    static const QList<Place> places {
        {QStringLiteral("110101"), QStringLiteral("北京市东城区")},     {QStringLiteral("110105"), QStringLiteral("北京市朝阳区")},
        {QStringLiteral("110108"), QStringLiteral("北京市海淀区")},     {QStringLiteral("310101"), QStringLiteral("上海市黄浦区")},
        {QStringLiteral("310104"), QStringLiteral("上海市徐汇区")},     {QStringLiteral("310115"), QStringLiteral("上海市浦东新区")},
        {QStringLiteral("320102"), QStringLiteral("南京市玄武区")},     {QStringLiteral("320506"), QStringLiteral("苏州市吴中区")},
        {QStringLiteral("320583"), QStringLiteral("昆山市")},           {QStringLiteral("230102"), QStringLiteral("哈尔滨市道里区")},
        {QStringLiteral("230202"), QStringLiteral("齐齐哈尔市龙沙区")}, {QStringLiteral("440103"), QStringLiteral("广州市荔湾区")},
        {QStringLiteral("440305"), QStringLiteral("深圳市南山区")},     {QStringLiteral("440604"), QStringLiteral("佛山市禅城区")},
        {QStringLiteral("340102"), QStringLiteral("合肥市瑶海区")},     {QStringLiteral("340202"), QStringLiteral("芜湖市镜湖区")},
        {QStringLiteral("220102"), QStringLiteral("长春市南关区")},     {QStringLiteral("220202"), QStringLiteral("吉林市昌邑区")},
        {QStringLiteral("210102"), QStringLiteral("沈阳市和平区")},     {QStringLiteral("370102"), QStringLiteral("济南市历下区")},
        {QStringLiteral("330106"), QStringLiteral("杭州市西湖区")},
    };
    return places;
}

} // namespace tongban::demo
