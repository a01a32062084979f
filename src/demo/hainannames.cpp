#include "hainannames.h"

#include "demorandom.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

QStringList splitChars(const QString &text)
{
    QStringList list;
    list.reserve(text.size());
    for (QChar c : text)
        list.append(QString(c));
    return list;
}

} // namespace

const HainanNames &HainanNames::instance()
{
    static const HainanNames names;
    return names;
}

HainanNames::HainanNames()
{
    // Surname, weight. Hainan's common surnames first (陈、王、林、吴、符、李、黄、邢 …).
    const QList<std::pair<QString, int>> surnames {
        {u"陈"_s, 12},
        {u"王"_s, 11},
        {u"林"_s, 9},
        {u"吴"_s, 8},
        {u"符"_s, 7},
        {u"李"_s, 7},
        {u"黄"_s, 6},
        {u"邢"_s, 5},
        {u"周"_s, 4},
        {u"郑"_s, 4},
        {u"羊"_s, 3},
        {u"冯"_s, 3},
        {u"韩"_s, 3},
        {u"蔡"_s, 3},
        {u"许"_s, 2},
        {u"梁"_s, 2},
        {u"何"_s, 2},
        {u"曾"_s, 2},
        {u"潘"_s, 2},
        {u"云"_s, 2},
        {u"张"_s, 4},
        {u"刘"_s, 3},
        {u"杨"_s, 2},
        {u"赵"_s, 1},
        {u"钟"_s, 2},
        {u"卢"_s, 1},
        {u"谢"_s, 1},
        {u"唐"_s, 1},
        {u"朱"_s, 1},
        {u"胡"_s, 1},
        {u"郭"_s, 1},
        {u"罗"_s, 1},
        {u"麦"_s, 1},
        {u"翁"_s, 1},
        {u"莫"_s, 1},
        {u"邓"_s, 1},
        {u"文"_s, 1},
        {u"蒙"_s, 1},
        {u"孙"_s, 1},
        {u"高"_s, 1},
    };
    for (const auto &[name, weight] : surnames) {
        for (int i = 0; i < weight; ++i)
            m_surnames.append(name);
    }
    m_maleGiven = splitChars(u"建国明华志海伟强军平文斌勇涛辉俊杰波龙峰亮鹏飞东林春雄新宏成德光忠荣振永家思泽宇浩锦权福"
                             "贵昌清云贤和良坤运"_s);
    m_femaleGiven = splitChars(u"丽芳娟敏静玲婷霞燕红梅莉慧琳雪颖洁琴秀兰萍晶倩妍佳雅蓉娜月桂"_s);
    m_brandSyllables = splitChars(u"华建鑫达泰宏远盛源恒通信诚安金海椰琼南天嘉瑞新丰广联中航博鼎昌润佳兴隆盈创"
                                  "汇宇腾晟诺坤骏禾"_s);
    m_phonePrefixes = {u"130"_s, u"133"_s, u"135"_s, u"136"_s, u"138"_s, u"139"_s, u"150"_s, u"151"_s, u"158"_s,
        u"166"_s, u"177"_s, u"180"_s, u"186"_s, u"189"_s, u"198"_s};
}

QString HainanNames::personName(DemoRandom &random, bool isMale) const
{
    const QStringList &given = isMale ? m_maleGiven : m_femaleGiven;
    if (random.chance(0.3))
        return random.pick(m_surnames) + random.pick(given);
    return random.pick(m_surnames) + random.pick(given) + random.pick(given);
}

QString HainanNames::enterpriseName(DemoRandom &random, EnterpriseRole role, const QString &countyName) const
{
    const QString brand = random.pick(m_brandSyllables) + random.pick(m_brandSyllables);
    auto pickOf = [&random](std::initializer_list<QString> options) {
        const int i = random.between(0, static_cast<int>(options.size()) - 1);
        return *(options.begin() + i);
    };
    switch (role) {
    case EnterpriseRole::Contractor:
        return u"海南"_s + brand
            + pickOf({u"建设工程有限公司"_s, u"建筑工程有限公司"_s, u"建工集团有限公司"_s, u"建设集团有限公司"_s,
                u"建筑安装工程有限公司"_s});
    case EnterpriseRole::MunicipalContractor:
        return u"海南"_s + brand + pickOf({u"市政工程有限公司"_s, u"路桥工程有限公司"_s, u"市政建设集团有限公司"_s});
    case EnterpriseRole::Supervisor:
        return u"海南"_s + brand
            + pickOf(
                {u"工程监理有限公司"_s, u"建设工程咨询有限公司"_s, u"工程项目管理有限公司"_s, u"建设监理有限公司"_s});
    case EnterpriseRole::Developer:
        return u"海南"_s + brand
            + pickOf({u"置业有限公司"_s, u"房地产开发有限公司"_s, u"投资开发有限公司"_s, u"实业有限公司"_s});
    case EnterpriseRole::PublicOwner:
        return countyName
            + pickOf({u"城市投资建设集团有限公司"_s, u"教育局"_s, u"卫生健康委员会"_s, u"交通运输局"_s, u"水务局"_s,
                u"住房保障中心"_s});
    case EnterpriseRole::Specialist:
        return u"海南"_s + brand
            + pickOf({u"钢结构工程有限公司"_s, u"幕墙装饰工程有限公司"_s, u"劳务有限公司"_s, u"基础工程有限公司"_s,
                u"机电安装工程有限公司"_s});
    case EnterpriseRole::Leasing:
        return u"海南"_s + brand + pickOf({u"起重设备租赁有限公司"_s, u"建筑机械租赁有限公司"_s});
    }
    return {};
}

QString HainanNames::qualification(DemoRandom &random, EnterpriseRole role, const QString &name) const
{
    switch (role) {
    case EnterpriseRole::Contractor: {
        const double draw = random.uniform(0, 1);
        return draw < 0.08 ? u"建筑工程施工总承包特级"_s
            : draw < 0.6   ? u"建筑工程施工总承包一级"_s
                           : u"建筑工程施工总承包二级"_s;
    }
    case EnterpriseRole::MunicipalContractor:
        return random.chance(0.55) ? u"市政公用工程施工总承包一级"_s : u"市政公用工程施工总承包二级"_s;
    case EnterpriseRole::Supervisor: {
        const double draw = random.uniform(0, 1);
        return draw < 0.2 ? u"工程监理综合资质"_s : draw < 0.7 ? u"房屋建筑工程监理甲级"_s : u"市政公用工程监理甲级"_s;
    }
    case EnterpriseRole::Developer:
        return random.chance(0.5) ? u"房地产开发企业一级"_s : u"房地产开发企业二级"_s;
    case EnterpriseRole::PublicOwner:
        return {};
    case EnterpriseRole::Specialist:
        if (name.contains(u"钢结构"))
            return u"钢结构工程专业承包一级"_s;
        if (name.contains(u"幕墙"))
            return u"建筑幕墙工程专业承包一级"_s;
        if (name.contains(u"劳务"))
            return u"施工劳务不分等级"_s;
        if (name.contains(u"基础"))
            return u"地基基础工程专业承包一级"_s;
        return u"建筑机电安装工程专业承包一级"_s;
    case EnterpriseRole::Leasing:
        return u"起重设备安装工程专业承包一级"_s;
    }
    return {};
}

QString HainanNames::maskedPhone(DemoRandom &random) const
{
    return random.pick(m_phonePrefixes) + u"****"_s + QString::number(random.between(0, 9999)).rightJustified(4, u'0');
}

} // namespace sitesafe::demo
