#include "findingtexts.h"

#include "demorandom.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

const FindingTexts &FindingTexts::instance()
{
    static const FindingTexts texts;
    return texts;
}

FindingTexts::FindingTexts()
{
    m_major = {
        {u"04-01"_s, u"施工总承包单位安全生产许可证已过期，仍在组织施工"_s},
        {u"04-02"_s, u"项目专职安全生产管理人员配备不足，项目负责人安全生产考核合格证书已过期"_s},
        {u"04-03"_s, u"塔式起重机司机未持有效特种作业操作资格证书上岗作业"_s},
        {u"04-04"_s, u"超过一定规模的高大模板支撑工程专项施工方案未经专家论证即组织施工"_s},
        {u"04-05"_s, u"悬挑脚手架未经验收合格即投入使用"_s},
        {u"05-01"_s, u"基坑北侧毗邻市政供水管线，未采取专项防护措施"_s},
        {u"05-02"_s, u"基坑东侧土方超挖约1.2米，未采取有效措施"_s},
        {u"05-03"_s, u"深基坑施工未委托第三方进行监测"_s},
        {u"05-04"_s, u"基坑支护结构水平位移超过设计控制值，未及时处理"_s},
        {u"06-01"_s, u"高支模立杆基础局部悬空，基础承载力不满足设计要求"_s},
        {u"06-02"_s, u"模板支架上集中堆放钢筋，施工荷载超过设计值"_s},
        {u"06-03"_s, u"梁板混凝土强度未达到设计要求即拆除模板支架"_s},
        {u"06-04"_s, u"高大模板支撑体系未按专项施工方案要求的顺序浇筑混凝土"_s},
        {u"07-01"_s, u"落地式脚手架基础积水下沉，承载力不满足设计要求"_s},
        {u"07-02"_s, u"外脚手架连墙件整层缺失"_s},
        {u"07-03"_s, u"附着式升降脚手架防坠落装置失效"_s},
        {u"08-01"_s, u"塔式起重机未办理使用登记即投入使用"_s},
        {u"08-02"_s, u"起重机械基础积水，基础承载力和变形不满足设计要求"_s},
        {u"08-03"_s, u"塔式起重机顶升加节前未对高强度螺栓、销轴等连接件进行检查"_s},
        {u"08-04"_s, u"塔式起重机力矩限制器失效"_s},
        {u"08-05"_s, u"塔式起重机标准节主弦杆有可见裂纹"_s},
        {u"08-06"_s, u"施工升降机最高附着以上悬高超过规范要求"_s},
        {u"08-07"_s, u"塔式起重机附着间距不符合使用说明书要求"_s},
        {u"08-08"_s, u"群塔作业未保持安全距离，相邻塔吊垂直间距不足2米"_s},
        {u"08-09"_s, u"使用达到报废标准的钢丝绳进行吊装作业"_s},
        {u"09-01"_s, u"钢结构安装用临时支撑未按设计要求设置防倾覆装置"_s},
        {u"09-02"_s, u"单榀钢屋架吊装就位后未采取防失稳措施"_s},
        {u"09-03"_s, u"悬挑式卸料平台钢丝绳拉结点设置在脚手架上，未与主体结构可靠连接"_s},
        {u"09-04"_s, u"电梯井道内贯通未设置水平防护，电梯井口未设置防护门"_s},
        {u"09-05"_s, u"高处作业吊篮安全绳未独立悬挂"_s},
        {u"10-01"_s, u"地下室积水区域照明未使用安全电压"_s},
        {u"10-02"_s, u"外脚手架与外电架空线路安全距离不足，未采取防护措施"_s},
        {u"11-01"_s, u"污水检查井等有限空间未辨识，未设置警示标志"_s},
        {u"11-02"_s, u"有限空间作业未履行审批，未执行先通风、再检测、后作业"_s},
        {u"11-03"_s, u"检查井内作业时现场无专人监护"_s},
        {u"11-04"_s, u"有限空间作业现场未配备气体检测仪及呼吸防护设备"_s},
        {u"12-01"_s, u"装修拆除承重墙体，未经原设计单位进行结构复核"_s},
        {u"12-02"_s, u"拆除作业未按专项方案自上而下逐层进行"_s},
        {u"13-01"_s, u"顶管工作井带水作业，降水措施失效仍继续施工"_s},
        {u"13-02"_s, u"暗挖段掌子面出现局部坍塌，未及时采取措施"_s},
        {u"13-03"_s, u"未按方案开展监控量测，拱顶沉降超过设计控制值"_s},
        {u"13-04"_s, u"盾构始发端头加固效果未达到要求即开始始发"_s},
        {u"13-05"_s, u"盾尾密封失效发生渗漏仍继续掘进"_s},
        {u"13-06"_s, u"暗挖段毗邻建筑物未采取专项防护措施"_s},
        {u"13-07"_s, u"未经批准在轨道交通工程安全保护区范围内进行挖掘作业"_s},
        {u"14-01"_s, u"基坑周边堆放钢筋等材料超过设计允许值"_s},
        {u"14-02"_s, u"无支护基槽边缘与开挖深度相等范围内堆土"_s},
        {u"14-03"_s, u"地下室顶板集中堆载超过设计允许值"_s},
        {u"15-01"_s, u"混凝土泵车作业位置未校核地基承载能力"_s},
        {u"15-02"_s, u"六级以上大风天气违规进行塔吊吊装作业"_s},
        {u"15-03"_s, u"使用塔式起重机吊运作业人员"_s},
        {u"16-01"_s, u"使用国家明令禁止的竹（木）脚手架"_s},
        {u"17-01"_s, u"台风预警期间未落实塔式起重机等大型设备防台措施，存在倾覆危险"_s},
    };
    m_v2022ToV2024 = {
        {u"04-01"_s, u"04-01"_s},
        {u"04-02"_s, u"04-02"_s},
        {u"04-03"_s, u"04-03"_s},
        {u"04-04"_s, u"04-04"_s},
        {u"05-01"_s, u"05-01"_s},
        {u"05-02"_s, u"05-02"_s},
        {u"05-03"_s, u"05-03"_s},
        {u"05-04"_s, u"05-04"_s},
        {u"06-01"_s, u"06-01"_s},
        {u"06-02"_s, u"06-02"_s},
        {u"06-03"_s, u"06-03"_s},
        {u"07-01"_s, u"07-01"_s},
        {u"07-02"_s, u"07-02"_s},
        {u"07-03"_s, u"07-03"_s},
        {u"07-04"_s, u"07-03"_s},
        {u"07-05"_s, u"07-03"_s},
        {u"08-01"_s, u"08-01"_s},
        {u"08-02"_s, u"08-07"_s},
        {u"08-03"_s, u"08-06"_s},
        {u"08-04"_s, u"08-03"_s},
        {u"08-05"_s, u"08-04"_s},
        {u"08-06"_s, u"08-04"_s},
        {u"08-07"_s, u"08-02"_s},
        {u"09-01"_s, u"09-01"_s},
        {u"09-02"_s, u"09-02"_s},
        {u"09-03"_s, u"09-03"_s},
        {u"10-01"_s, u"10-01"_s},
        {u"11-01"_s, u"11-02"_s},
        {u"11-02"_s, u"11-03"_s},
        {u"12-01"_s, u"12-02"_s},
        {u"13-01"_s, u"13-01"_s},
        {u"13-02"_s, u"13-02"_s},
        {u"14-01"_s, u"16-01"_s},
        {u"15-01"_s, u"17-01"_s},
    };
    m_general = {
        {u"楼层临边防护栏杆缺失"_s, SiteTopic::Height},
        {u"楼梯口未设置防护栏杆"_s, SiteTopic::Height},
        {u"预留洞口未封闭防护"_s, SiteTopic::Height},
        {u"外架安全网破损未及时更换"_s, SiteTopic::Scaffold},
        {u"高处作业人员未系挂安全带"_s, SiteTopic::Height},
        {u"作业人员未正确佩戴安全帽"_s, SiteTopic::General},
        {u"配电箱未上锁，箱门未关闭"_s, SiteTopic::Electric},
        {u"开关箱未实行“一机一闸一漏一箱”"_s, SiteTopic::Electric},
        {u"电缆线沿地面明敷，未采取防护措施"_s, SiteTopic::Electric},
        {u"漏电保护器动作参数不匹配"_s, SiteTopic::Electric},
        {u"氧气瓶与乙炔瓶间距不足5米"_s, SiteTopic::General},
        {u"乙炔瓶未安装回火防止器"_s, SiteTopic::General},
        {u"灭火器压力不足，已失效"_s, SiteTopic::General},
        {u"施工现场消防通道被材料堵塞"_s, SiteTopic::General},
        {u"钢筋加工区未搭设防护棚"_s, SiteTopic::General},
        {u"木工圆盘锯防护罩缺失"_s, SiteTopic::General},
        {u"生活区宿舍私拉乱接电线"_s, SiteTopic::Electric},
        {u"脚手架剪刀撑设置不连续"_s, SiteTopic::Scaffold},
        {u"脚手板未满铺，存在探头板"_s, SiteTopic::Scaffold},
        {u"悬挑工字钢锚固不符合方案要求"_s, SiteTopic::Scaffold},
        {u"塔吊司机与信号司索工未配备对讲机"_s, SiteTopic::Crane},
        {u"吊钩防脱钩装置损坏"_s, SiteTopic::Crane},
        {u"塔吊回转限位器调整不当"_s, SiteTopic::Crane},
        {u"施工升降机层门联锁装置失效"_s, SiteTopic::Hoist},
        {u"施工升降机防护围栏门未关闭"_s, SiteTopic::Hoist},
        {u"基坑临边防护栏杆不符合要求"_s, SiteTopic::Excavation},
        {u"基坑未设置专用上下通道"_s, SiteTopic::Excavation},
        {u"基坑周边排水沟堵塞，坑底积水"_s, SiteTopic::Excavation},
        {u"模板支架扫地杆缺失"_s, SiteTopic::Formwork},
        {u"模板支架立杆间距大于方案要求"_s, SiteTopic::Formwork},
        {u"安全技术交底记录缺少作业人员签字"_s, SiteTopic::General},
        {u"班前安全教育记录不全"_s, SiteTopic::General},
        {u"特种作业人员台账未及时更新"_s, SiteTopic::General},
        {u"防台风应急预案未组织演练"_s, SiteTopic::General},
        {u"施工围挡破损未修复"_s, SiteTopic::General},
        {u"砂浆搅拌机传动部位无防护罩"_s, SiteTopic::General},
        {u"手持电动工具未做绝缘检测"_s, SiteTopic::Electric},
        {u"临时用电接地电阻测试记录缺失"_s, SiteTopic::Electric},
        {u"高处作业平台未设置挡脚板"_s, SiteTopic::Height},
        {u"施工现场安全警示标志设置不足"_s, SiteTopic::General},
        {u"有限空间作业审批表填写不完整"_s, SiteTopic::ConfinedSpace},
        {u"卸料平台未悬挂限载标识牌"_s, SiteTopic::Height},
    };
}

QString FindingTexts::location(DemoRandom &random, SiteTopic topic, bool isMunicipal, int floors) const
{
    static const QStringList sides {u"东"_s, u"南"_s, u"西"_s, u"北"_s};
    const int building = random.between(1, 8);
    const QString floor = QString::number(random.between(1, qMax(1, floors)));
    switch (topic) {
    case SiteTopic::Crane:
        return QString::number(random.between(1, 3)) + u"#塔吊"_s;
    case SiteTopic::Hoist:
        return QString::number(building) + u"号楼施工升降机"_s;
    case SiteTopic::Excavation:
        if (isMunicipal)
            return u"K"_s + QString::number(random.between(0, 5)) + u"+"_s
                + QString::number(random.between(0, 999)).rightJustified(3, u'0') + u"段沟槽"_s;
        return u"基坑"_s + random.pick(sides) + u"侧"_s;
    case SiteTopic::Formwork:
        if (isMunicipal)
            return QString::number(random.between(1, 24)) + u"#墩现浇支架"_s;
        return QString::number(building) + u"号楼"_s + floor + u"层梁板模板支架"_s;
    case SiteTopic::Scaffold:
        return QString::number(building) + u"号楼"_s + random.pick(sides) + u"立面外脚手架"_s;
    case SiteTopic::Height:
        if (isMunicipal)
            return QString::number(random.between(1, 24)) + u"#墩墩顶作业平台"_s;
        return QString::number(building) + u"号楼"_s + floor + u"层"_s;
    case SiteTopic::Electric:
        if (random.chance(0.5))
            return u"生活区"_s;
        return QString::number(random.between(1, 6)) + u"#分配电箱"_s;
    case SiteTopic::ConfinedSpace:
        return QString::number(random.between(1, 30)) + u"#检查井"_s;
    case SiteTopic::Tunnel:
        return QString::number(random.between(1, 4)) + u"#工作井"_s;
    case SiteTopic::General:
        break;
    }
    static const QStringList general {
        u"钢筋加工场"_s, u"材料堆场"_s, u"木工加工区"_s, u"生活区"_s, u"施工道路"_s, u"项目部"_s};
    if (!isMunicipal && random.chance(0.5))
        return QString::number(building) + u"号楼"_s + floor + u"层"_s;
    return random.pick(general);
}

} // namespace sitesafe::demo
