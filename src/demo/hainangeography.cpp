#include "hainangeography.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

QList<CountyProfile> makeCounties()
{
    // Weights put most projects in 海口, 三亚 and 儋州; 三沙 gets the odd island project.
    return {
        {u"460100"_s, u"海口市"_s, u"海口"_s, u"prefecture_city"_s, 24, 19.985, 110.33, 0.05, 0.17,
            {u"秀英区"_s, u"龙华区"_s, u"琼山区"_s, u"美兰区"_s},
            {u"460100"_s, u"460105"_s, u"460106"_s, u"460107"_s, u"460108"_s},
            {u"国兴大道"_s, u"滨海大道"_s, u"海秀中路"_s, u"龙昆南路"_s, u"南海大道"_s, u"椰海大道"_s, u"琼州大道"_s,
                u"江东大道"_s, u"长滨路"_s, u"丘海大道"_s, u"凤翔路"_s, u"白驹大道"_s, u"红城湖路"_s, u"海榆中线"_s},
            QLatin1Char('A'), {{19.99, 110.25}, {19.99, 110.32}, {19.95, 110.36}, {20.01, 110.44}}},
        {u"460200"_s, u"三亚市"_s, u"三亚"_s, u"prefecture_city"_s, 14, 18.30, 109.50, 0.07, 0.22,
            {u"海棠区"_s, u"吉阳区"_s, u"天涯区"_s, u"崖州区"_s},
            {u"460200"_s, u"460202"_s, u"460203"_s, u"460204"_s, u"460205"_s},
            {u"迎宾路"_s, u"解放路"_s, u"凤凰路"_s, u"三亚湾路"_s, u"榆亚路"_s, u"吉阳大道"_s, u"海棠北路"_s,
                u"崖州湾大道"_s, u"育秀路"_s, u"新风街"_s},
            QLatin1Char('B'), {{18.36, 109.70}, {18.29, 109.55}, {18.31, 109.43}, {18.37, 109.18}}},
        {u"460300"_s, u"三沙市"_s, u"三沙"_s, u"prefecture_city"_s, 0.3, 16.834, 112.338, 0.004, 0.006,
            {u"西沙区"_s, u"南沙区"_s}, {u"460300"_s}, {u"北京路"_s, u"宣德路"_s}, QLatin1Char('S'), {}},
        {u"460400"_s, u"儋州市"_s, u"儋州"_s, u"prefecture_city"_s, 9, 19.52, 109.55, 0.12, 0.2,
            {u"那大镇"_s, u"白马井镇"_s, u"中和镇"_s, u"木棠镇"_s, u"光村镇"_s, u"排浦镇"_s}, {u"460400"_s},
            {u"中兴大街"_s, u"人民大道"_s, u"伏波大道"_s, u"文化北路"_s, u"军屯路"_s, u"那大环城路"_s},
            QLatin1Char('C'), {}},
        {u"469001"_s, u"五指山市"_s, u"五指山"_s, u"county_city"_s, 1.5, 18.78, 109.52, 0.05, 0.06,
            {u"通什镇"_s, u"毛阳镇"_s, u"南圣镇"_s, u"水满乡"_s}, {u"469001"_s},
            {u"三月三大道"_s, u"海榆北路"_s, u"翡翠大道"_s}, QLatin1Char('D'), {}},
        {u"469002"_s, u"琼海市"_s, u"琼海"_s, u"county_city"_s, 5, 19.25, 110.45, 0.08, 0.08,
            {u"嘉积镇"_s, u"博鳌镇"_s, u"长坡镇"_s, u"万泉镇"_s, u"潭门镇"_s}, {u"469002"_s},
            {u"金海路"_s, u"银海路"_s, u"爱华路"_s, u"富海路"_s, u"博鳌大道"_s}, QLatin1Char('E'), {}},
        {u"469005"_s, u"文昌市"_s, u"文昌"_s, u"county_city"_s, 5, 19.60, 110.78, 0.1, 0.12,
            {u"文城镇"_s, u"龙楼镇"_s, u"东郊镇"_s, u"铺前镇"_s, u"会文镇"_s}, {u"469005"_s},
            {u"文建路"_s, u"文清大道"_s, u"航天大道"_s, u"清澜大道"_s}, QLatin1Char('F'), {}},
        {u"469006"_s, u"万宁市"_s, u"万宁"_s, u"county_city"_s, 4, 18.80, 110.37, 0.08, 0.06,
            {u"万城镇"_s, u"兴隆华侨农场"_s, u"和乐镇"_s, u"后安镇"_s, u"礼纪镇"_s}, {u"469006"_s},
            {u"红专中路"_s, u"万州大道"_s, u"望海大道"_s}, QLatin1Char('G'), {}},
        {u"469007"_s, u"东方市"_s, u"东方"_s, u"county_city"_s, 3.5, 19.10, 108.72, 0.08, 0.08,
            {u"八所镇"_s, u"东河镇"_s, u"感城镇"_s, u"板桥镇"_s, u"四更镇"_s}, {u"469007"_s},
            {u"解放路"_s, u"东方大道"_s, u"二环路"_s}, QLatin1Char('H'), {}},
        {u"469021"_s, u"定安县"_s, u"定安"_s, u"county"_s, 3, 19.68, 110.36, 0.06, 0.06,
            {u"定城镇"_s, u"塔岭新区"_s, u"龙门镇"_s, u"雷鸣镇"_s}, {u"469021"_s},
            {u"见龙大道"_s, u"人民路"_s, u"定安大道"_s}, QLatin1Char('J'), {}},
        {u"469022"_s, u"屯昌县"_s, u"屯昌"_s, u"county"_s, 1.8, 19.36, 110.10, 0.06, 0.06,
            {u"屯城镇"_s, u"新兴镇"_s, u"南吕镇"_s}, {u"469022"_s}, {u"昌盛路"_s, u"文化路"_s, u"海榆中线"_s},
            QLatin1Char('K'), {}},
        {u"469023"_s, u"澄迈县"_s, u"澄迈"_s, u"county"_s, 6, 19.74, 110.00, 0.06, 0.08,
            {u"金江镇"_s, u"老城镇"_s, u"福山镇"_s, u"永发镇"_s}, {u"469023"_s},
            {u"金马大道"_s, u"盈滨大道"_s, u"文化北路"_s, u"老城大道"_s}, QLatin1Char('L'), {}},
        {u"469024"_s, u"临高县"_s, u"临高"_s, u"county"_s, 2.5, 19.88, 109.69, 0.05, 0.08,
            {u"临城镇"_s, u"博厚镇"_s, u"调楼镇"_s, u"新盈镇"_s}, {u"469024"_s},
            {u"临城路"_s, u"解放路"_s, u"金牌大道"_s}, QLatin1Char('M'), {}},
        {u"469025"_s, u"白沙黎族自治县"_s, u"白沙"_s, u"autonomous_county"_s, 1.2, 19.22, 109.45, 0.05, 0.06,
            {u"牙叉镇"_s, u"七坊镇"_s, u"邦溪镇"_s}, {u"469025"_s}, {u"白沙大道"_s, u"牙叉中路"_s}, QLatin1Char('N'),
            {}},
        {u"469026"_s, u"昌江黎族自治县"_s, u"昌江"_s, u"autonomous_county"_s, 2, 19.26, 109.05, 0.06, 0.06,
            {u"石碌镇"_s, u"叉河镇"_s, u"海尾镇"_s, u"乌烈镇"_s}, {u"469026"_s}, {u"人民北路"_s, u"沿江路"_s},
            QLatin1Char('P'), {}},
        {u"469027"_s, u"乐东黎族自治县"_s, u"乐东"_s, u"autonomous_county"_s, 2.5, 18.75, 109.17, 0.06, 0.06,
            {u"抱由镇"_s, u"九所镇"_s, u"利国镇"_s, u"黄流镇"_s}, {u"469027"_s}, {u"乐祥路"_s, u"尖峰路"_s},
            QLatin1Char('Q'), {}},
        {u"469028"_s, u"陵水黎族自治县"_s, u"陵水"_s, u"autonomous_county"_s, 3.5, 18.51, 110.03, 0.05, 0.06,
            {u"椰林镇"_s, u"英州镇"_s, u"新村镇"_s, u"光坡镇"_s, u"黎安镇"_s}, {u"469028"_s},
            {u"椰林北路"_s, u"陵城大道"_s, u"滨河南路"_s}, QLatin1Char('R'), {}},
        {u"469029"_s, u"保亭黎族苗族自治县"_s, u"保亭"_s, u"autonomous_county"_s, 1.2, 18.64, 109.70, 0.04, 0.05,
            {u"保城镇"_s, u"三道镇"_s, u"什玲镇"_s}, {u"469029"_s}, {u"新兴路"_s, u"七仙大道"_s}, QLatin1Char('T'), {}},
        {u"469030"_s, u"琼中黎族苗族自治县"_s, u"琼中"_s, u"autonomous_county"_s, 1.2, 19.03, 109.84, 0.05, 0.05,
            {u"营根镇"_s, u"湾岭镇"_s, u"黎母山镇"_s}, {u"469030"_s}, {u"海榆中线"_s, u"营根大道"_s}, QLatin1Char('U'),
            {}},
    };
}

QList<ParkProfile> makeParks()
{
    // Order of domain-reference §5.2: modern services, high-tech, tourism.
    return {
        {u"P01"_s, u"海口江东新区"_s, u"460100"_s, u"海口江东新区"_s, u"美兰区"_s, 20.02, 110.50},
        {u"P02"_s, u"海口综合保税区"_s, u"460100"_s, u"海口综合保税区"_s, u"龙华区"_s, 19.99, 110.23},
        {u"P03"_s, u"三亚中央商务区"_s, u"460200"_s, u"三亚中央商务区"_s, u"吉阳区"_s, 18.27, 109.52},
        {u"P04"_s, u"博鳌乐城国际医疗旅游先行区"_s, u"469002"_s, u"博鳌乐城先行区"_s, u"博鳌镇"_s, 19.18, 110.55},
        {u"P05"_s, u"洋浦经济开发区"_s, u"460400"_s, u"洋浦经济开发区"_s, u"洋浦"_s, 19.73, 109.20},
        {u"P06"_s, u"海口国家高新技术产业开发区"_s, u"460100"_s, u"海口高新区"_s, u"秀英区"_s, 19.94, 110.27},
        {u"P07"_s, u"三亚崖州湾科技城"_s, u"460200"_s, u"三亚崖州湾科技城"_s, u"崖州区"_s, 18.34, 109.18},
        {u"P08"_s, u"文昌国际航天城"_s, u"469005"_s, u"文昌国际航天城"_s, u"龙楼镇"_s, 19.64, 110.95},
        {u"P09"_s, u"海南生态软件园"_s, u"469023"_s, u"海南生态软件园"_s, u"老城镇"_s, 19.83, 109.97},
        {u"P10"_s, u"复兴城互联网信息产业园"_s, u"460100"_s, u"复兴城产业园"_s, u"龙华区"_s, 20.04, 110.34},
        {u"P11"_s, u"陵水黎安国际教育创新试验区"_s, u"469028"_s, u"陵水黎安教育创新试验区"_s, u"黎安镇"_s, 18.42,
            110.05},
    };
}

} // namespace

const QList<CountyProfile> &HainanGeography::counties()
{
    static const QList<CountyProfile> list = makeCounties();
    return list;
}

const QList<ParkProfile> &HainanGeography::parks()
{
    static const QList<ParkProfile> list = makeParks();
    return list;
}

QString HainanGeography::documentPrefix(int countyIndex)
{
    const QString &shortName = counties().at(countyIndex).shortName;
    return shortName.startsWith(u'琼') ? shortName : u"琼"_s + shortName;
}

} // namespace sitesafe::demo
