#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tongban::demo {

/// The parts demo names are made of: Han surnames and given-name characters, Uyghur names as
/// written in Chinese, and the words company names are built from. Each list's order is part
/// of the demo content (an element is drawn by its position).
class DemoNames
{
public:
    /// Common Han surnames, one or two characters (欧阳, 司马, 诸葛 last).
    static const QStringList &surnames();
    /// Characters of men's given names.
    static const QStringList &maleGivenChars();
    /// Characters of women's given names.
    static const QStringList &femaleGivenChars();
    /// Uyghur men's given names (the part before the middle dot).
    static const QStringList &minorityMaleGiven();
    /// Uyghur women's given names (the part before the middle dot).
    static const QStringList &minorityFemaleGiven();
    /// Uyghur fathers' names (the part after the middle dot).
    static const QStringList &minorityFatherNames();
    /// Two-character brands of the 36 employers of DemoGenerator::generate() ("华信", "金桥" …).
    static const QList<QString> &brands();
    /// Characters two of which make a brand of a sweep employer ("华信", "瑞丰" …).
    static const QStringList &brandChars();
};

} // namespace tongban::demo
