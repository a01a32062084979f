#include "noticehtml.h"

#include "core/fielddata.h"
#include "evidence/qrcode.h"
#include "storage/blobstore.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString orBlank(const QString &text)
{
    return text.trimmed().isEmpty() ? u"—"_s : esc(text);
}

QString chinaDate(const QDate &date)
{
    return date.isValid() ? u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day()) : u"—"_s;
}

QString chinaDate(const QDateTime &time)
{
    return time.isValid() ? chinaDate(time.toOffsetFromUtc(8 * 3600).date()) : u"—"_s;
}

QString measure(const QString &code)
{
    static const QHash<QString, QString> names{{u"immediate"_s, u"立即整改"_s},      {u"deadline"_s, u"限期整改"_s},
                                               {u"partial_stop"_s, u"局部停工整改"_s}, {u"full_stop"_s, u"全面停工整改"_s},
                                               {u"evacuate"_s, u"撤出作业人员"_s}};
    return names.value(code, code);
}

QString chineseNumber(int n)
{
    static const QStringList digits{u""_s,   u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s,
                                    u"六"_s, u"七"_s, u"八"_s, u"九"_s};
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    return (n / 10 == 1 ? QString() : digits.at(n / 10)) + u"十"_s + digits.at(n % 10);
}

QString legalBasis(const NoticeSourceItem &item)
{
    const Hazard &h = item.hazard;
    if (item.itemText.isEmpty())
        return h.basisText.trimmed().isEmpty() ? u"—"_s : esc(h.basisText);
    const QString edition = item.criteriaTitle.isEmpty() ? h.criteriaSet : u"《%1》"_s.arg(item.criteriaTitle);
    const QString document = item.criteriaDocument.isEmpty() ? QString() : u"（%1）"_s.arg(item.criteriaDocument);
    const QString itemNo = h.criteriaItem.section(u'-', 2, 2);
    const QString article = item.articleNumber > 0
        ? u"第%1条%2"_s.arg(chineseNumber(item.articleNumber),
                            itemNo.isEmpty() ? QString() : u"第（%1）项"_s.arg(chineseNumber(itemNo.toInt())))
        : QString();
    QString text = esc(edition + document + article) + u"：“"_s + esc(item.itemText) + u"”"_s;
    if (!h.basisText.trimmed().isEmpty())
        text += u"<br/>"_s + esc(h.basisText);
    return text;
}

QString reinspectionResult(const QString &code)
{
    if (code == u"reinspected_pass")
        return u"已整改"_s;
    if (code == u"reinspected_fail")
        return u"未整改"_s;
    return u"未复查"_s;
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td class='k' width='22%'>%1</td><td>%2</td></tr>"_s.arg(label, value);
}

} // namespace

QString NoticeHtml::title(const QString &kind)
{
    static const QHash<QString, QString> titles{
        {u"rectification"_s, u"限期整改通知书"_s}, {u"stop_work"_s, u"停工整改通知书"_s},
        {u"resume_work"_s, u"复工意见书"_s},       {u"reinspection"_s, u"复查意见书"_s},
        {u"supervision"_s, u"督办通知书"_s},       {u"enforcement_proposal"_s, u"执法建议书"_s}};
    return titles.value(kind, u"监督文书"_s);
}

Result<NoticeHtml::Page> NoticeHtml::build(const NoticeSource &s, const BlobStore &blobs, const QUrl &link)
{
    Page page;
    const Notice &n = s.notice;
    const bool provincial = n.kind == u"supervision" || n.kind == u"enforcement_proposal";
    const QString body = provincial ? u"海南省住房和城乡建设厅"_s
                                    : (s.jurisdictionName.isEmpty() ? u"建设工程安全监督机构"_s
                                                                    : s.jurisdictionName + u"住房和城乡建设局"_s);
    const bool answers = n.kind == u"reinspection" || n.kind == u"resume_work";

    auto image = [&](const QString &name, const QString &sha256, int maxSide) -> QString {
        if (sha256.isEmpty() || !blobs.contains(sha256))
            return {};
        auto bytes = blobs.read(sha256);
        if (!bytes)
            return {};
        QImage img = QImage::fromData(bytes.value());
        if (img.isNull())
            return {};
        img = img.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                  .convertToFormat(QImage::Format_RGB32);
        const QUrl url(u"notice-image:"_s + name);
        page.images.append({url, img});
        return url.toString();
    };

    QString h;
    h += u"<html><head><style>"
         "body { font-size: 10.5pt; } h1 { font-size: 20pt; text-align: center; margin: 0; } "
         ".body { font-size: 13pt; text-align: center; } .no { text-align: right; font-size: 10.5pt; } "
         "table { border-collapse: collapse; } td, th { border: 1px solid #444; padding: 3px; vertical-align: top; } "
         "th { background: #eee; } td.k { width: 22%; background: #f6f6f6; } "
         ".section { font-weight: bold; margin-top: 8px; } .caption { font-size: 8.5pt; color: #333; } "
         "td.head { border-style: none; } table.head { border-style: none; }"
         "</style></head><body>"_s;
    // The QR code sits in the heading so it is on page 1 whatever the length of the notice.
    const QString qr = u"notice-image:qr"_s;
    auto code = QrCode::render(link.toString(QUrl::FullyEncoded), 360);
    if (!code)
        return code.error();
    page.images.append({QUrl(qr), code.value()});
    h += u"<table width='100%' cellspacing='0' class='head'><tr><td class='head' width='96'></td>"
         "<td class='head'><p class='body'>%1</p><h1>%2</h1><p class='no'>%3</p></td>"
         "<td class='head' width='96' align='center'><img src='%4' width='92' height='92'/><br/>"
         "<span class='caption'>扫码核验真伪</span></td></tr></table>"_s.arg(esc(body), title(n.kind), esc(n.number), qr);
    if (!s.recipient.name.isEmpty())
        h += u"<p><b>%1：</b></p>"_s.arg(esc(s.recipient.name));

    h += u"<table width='100%' cellspacing='0'>"_s;
    h += row(u"工程名称"_s, orBlank(s.project.name));
    h += row(u"工程地址"_s, orBlank(s.project.address));
    h += row(u"施工许可证号"_s, orBlank(s.project.permitNo));
    h += row(u"受文单位"_s, s.recipient.name.isEmpty() ? u"—"_s
                                                   : esc(s.recipient.name) + u"（统一社会信用代码 %1）"_s.arg(esc(s.recipient.creditCode)));
    const QDateTime inspected = s.inspection ? s.inspection->startedAt : n.issuedAt;
    h += row(u"检查日期"_s, chinaDate(inspected));
    const QStringList inspectors = !n.inspectors.isEmpty() ? n.inspectors
                                                          : (s.inspection ? s.inspection->inspectors : QStringList());
    h += row(u"检查人员"_s, orBlank(inspectors.join(u"、"_s)));
    if (n.kind == u"stop_work")
        h += row(u"停工范围"_s, n.scope == u"partial" ? u"局部停工（停工部位：%1）"_s.arg(orBlank(n.scopePart))
                                                       : u"全面停工"_s);
    if (answers || !s.originalNumber.isEmpty())
        h += row(u"原文书编号"_s, orBlank(s.originalNumber));
    h += u"</table>"_s;

    h += u"<p class='section'>%1</p>"_s.arg(answers ? u"一、复查情况"_s : u"一、检查发现的问题"_s);
    h += u"<table width='100%' cellspacing='0'><tr><th width='6%'>序号</th><th width='30%'>隐患描述及部位</th>"
         "<th>判定依据</th><th width='11%'>重大隐患</th><th width='12%'>%1</th></tr>"_s
             .arg(answers ? u"复查结果"_s : u"处理措施"_s);
    int number = 0;
    for (const NoticeSourceItem &item : s.items) {
        ++number;
        const Hazard &hz = item.hazard;
        h += u"<tr><td align='center'>%1</td><td>%2<br/>部位：%3</td><td>%4</td><td align='center'>%5</td>"
             "<td>%6</td></tr>"_s
                 .arg(number)
                 .arg(orBlank(hz.description), orBlank(hz.location), legalBasis(item), hz.isMajor ? u"是"_s : u"否"_s,
                      answers ? reinspectionResult(item.reinspection) : measure(hz.measure));
        QString photos;
        int shown = 0;
        for (const AttachmentRow &photo : item.photos) {
            if (shown == 4)
                break;
            const QString url = image(u"photo-%1-%2"_s.arg(number).arg(shown), photo.photo.sha256, 360);
            if (url.isEmpty())
                continue;
            photos += u"<img src='%1' height='80'/>&nbsp;"_s.arg(url);
            ++shown;
        }
        if (!photos.isEmpty())
            h += u"<tr><td></td><td colspan='4'>%1<br/><span class='caption'>第%2项照片（%3张，共%4张）</span></td></tr>"_s
                     .arg(photos)
                     .arg(number)
                     .arg(shown)
                     .arg(item.photos.size());
        else if (!item.photos.isEmpty())
            h += u"<tr><td></td><td colspan='4' class='caption'>第%1项附照片%2张（本机未存原件）</td></tr>"_s.arg(number).arg(
                item.photos.size());
    }
    if (s.items.isEmpty())
        h += u"<tr><td colspan='5'>—</td></tr>"_s;
    h += u"</table>"_s;

    h += u"<p class='section'>二、处理决定</p><p>%1</p>"_s.arg(orBlank(n.decision));
    if (n.deadline.isValid())
        h += u"<p><b>整改期限：</b>请于 %1 前完成整改。</p>"_s.arg(chinaDate(n.deadline));
    h += u"<p class='section'>三、法律依据</p><p>%1</p>"_s.arg(orBlank(n.legalBasis));
    h += u"<p class='section'>四、整改要求</p><p>%1</p>"_s.arg(
        n.requirements.trimmed().isEmpty()
            ? u"按“五定”要求落实整改：定人员、定时间、定责任、定标准、定措施。"_s
            : esc(n.requirements));
    if (!answers)
        h += u"<p class='section'>五、回复要求</p><p>整改完成后，请填写整改回复单并附整改前后照片，经监理单位签认后，"
             "于整改期限届满前报送本机构申请复查。</p>"_s;

    h += u"<p class='section'>签发</p><table width='100%' cellspacing='0'>"_s;
    h += row(u"签发机构"_s, esc(body) + u"（盖章）"_s);
    h += row(u"签发人"_s, orBlank(n.issuedBy));
    h += row(u"签发日期"_s, chinaDate(n.issuedAt));
    QString signatures;
    int signatureNo = 0;
    for (const AttachmentRow &sig : s.signatures) {
        const QString url = image(u"signature-%1"_s.arg(signatureNo++), sig.photo.sha256, 300);
        if (!url.isEmpty())
            signatures += u"<img src='%1' height='40'/> %2&nbsp;&nbsp;"_s.arg(url, esc(sig.photo.signer));
    }
    if (!signatures.isEmpty())
        h += row(u"检查签名"_s, signatures);
    h += u"</table>"_s;

    h += u"<p class='section'>被检查单位签收</p><table width='100%' cellspacing='0'>"_s;
    h += row(u"签收人"_s, u"&nbsp;"_s.repeated(40));
    const QString gap = u"&nbsp;"_s.repeated(6);
    h += row(u"签收时间"_s, gap + gap + u"年"_s + gap + u"月"_s + gap + u"日"_s + gap + u"时"_s + gap + u"分"_s);
    h += row(u"拒签情况"_s, u"□ 拒绝签收（由两名检查人员注明并签字）"_s);
    h += u"</table>"_s;

    h += u"<p class='caption'>真伪核验：用手机扫描首页右上角的二维码，或在浏览器打开下列地址，核验本文书的编号与内容；"
         "文书内容如被改动，核验页将显示“不一致”。<br/>%1<br/>文书标识：%2　内容校验码：%3</p>"_s
             .arg(esc(link.toString(QUrl::FullyEncoded)), esc(n.id), esc(n.contentHash));
    h += u"</body></html>"_s;
    page.html = h;
    return page;
}

} // namespace sitesafe
