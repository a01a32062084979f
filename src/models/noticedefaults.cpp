#include "noticedefaults.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

QString chineseDate(QDate day)
{
    return u"%1年%2月%3日"_s.arg(day.year()).arg(day.month()).arg(day.day());
}

/// The measure of a hazard as the decision words it (immediate, by a deadline, stop, evacuate).
QString measureWords(const NoticeHazard &h)
{
    if (h.measure == u"immediate")
        return u"立即整改"_s;
    if (h.measure == u"partial_stop")
        return u"局部停工整改"_s;
    if (h.measure == u"full_stop")
        return u"全面停工整改"_s;
    if (h.measure == u"evacuate")
        return u"立即从危险区域撤出作业人员并整改"_s;
    return h.deadline.isValid() ? u"限%1前整改完毕"_s.arg(chineseDate(h.deadline)) : u"限期整改"_s;
}

bool isOrder(const QString &kind)
{
    return kind == u"rectification" || kind == u"stop_work" || kind == u"supervision";
}

} // namespace

QString NoticeDefaults::chineseNumber(int number)
{
    static const QStringList digits {
        u"〇"_s, u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s, u"七"_s, u"八"_s, u"九"_s};
    if (number <= 0 || number >= 200)
        return QString::number(number);
    QString text;
    if (number >= 100) {
        text = u"一百"_s;
        number %= 100;
        if (number == 0)
            return text;
        if (number < 10)
            return text + u"零"_s + digits.at(number);
        text += digits.at(number / 10) + u"十"_s; // 一百一十
    } else if (number >= 10) {
        text = number >= 20 ? digits.at(number / 10) + u"十"_s : u"十"_s;
    }
    if (number % 10 != 0 || number < 10)
        text += digits.at(number % 10);
    return text;
}

QDate NoticeDefaults::deadline(const QList<NoticeHazard> &hazards)
{
    QDate latest;
    for (const NoticeHazard &h : hazards)
        if (h.deadline.isValid() && (!latest.isValid() || h.deadline > latest))
            latest = h.deadline;
    return latest;
}

QString NoticeDefaults::decision(const QString &kind, const QString &scope, const QString &scopePart,
    const QList<NoticeHazard> &hazards, QDate deadline)
{
    QStringList lines;
    if (kind == u"rectification" || kind == u"stop_work" || kind == u"supervision") {
        int n = 0;
        for (const NoticeHazard &h : hazards)
            lines << u"%1. %2：%3。"_s.arg(++n).arg(h.description, measureWords(h));
    }
    const QString until = deadline.isValid() ? chineseDate(deadline) : u"____年__月__日"_s;
    if (kind == u"rectification")
        lines << u"责令你单位对上述隐患于%1前整改完毕，整改期间采取有效措施确保施工安全。"_s.arg(until);
    else if (kind == u"stop_work" && scope == u"partial")
        lines << u"责令你单位对%1局部停止施工，从危险区域撤出作业人员，立即整改；整改完毕并经复查合格后方可恢复施工。"_s
                     .arg(scopePart.isEmpty() ? u"____"_s : scopePart);
    else if (kind == u"stop_work")
        lines << u"责令你单位全面停止施工，从危险区域撤出作业人员，立即整改；整改完毕并经复查合格后方可恢复施工。"_s;
    else if (kind == u"supervision")
        lines << u"对上述重大事故隐患实行挂牌督办，责令你单位于%1前整改完毕并书面报送整改情况。"_s.arg(until);
    else if (kind == u"resume_work")
        lines << u"经复查，原通知书所列隐患已整改完毕，具备安全施工条件，同意恢复施工。"_s;
    else if (kind == u"reinspection")
        lines << u"经复查，原通知书所列隐患已按要求整改完毕，同意销号。"_s;
    else if (kind == u"enforcement_proposal")
        lines << u"上述行为违反有关安全生产法律法规，建议依法予以处理，并将处理结果函告我单位。"_s;
    return lines.join(u'\n');
}

QString NoticeDefaults::requirements(const QString &kind, QDate deadline)
{
    if (!isOrder(kind))
        return {};
    const QString reply = deadline.isValid() ? u"于%1前"_s.arg(chineseDate(deadline)) : u"在整改完成后"_s;
    return u"请你单位按照“五定”要求（定人员、定时间、定责任、定标准、定措施）落实整改，%1书面报送整改回复单，"
           "附整改前后对比照片，并经监理单位签认。"_s.arg(reply);
}

QString NoticeDefaults::legalBasis(const QString &kind, const QList<NoticeHazard> &hazards)
{
    QStringList lines;
    if (isOrder(kind))
        lines << u"《中华人民共和国安全生产法》第六十五条"_s << u"《建设工程安全生产管理条例》第四十三条"_s;
    else
        lines << u"《建设工程安全生产管理条例》第四十三条"_s;
    if (isOrder(kind) || kind == u"enforcement_proposal") {
        for (const NoticeHazard &h : hazards)
            if (!h.basis.isEmpty() && !lines.contains(h.basis))
                lines << h.basis;
    }
    return lines.join(u'\n');
}

} // namespace sitesafe
