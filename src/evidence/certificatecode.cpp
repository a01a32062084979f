#include "certificatecode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

/// Province abbreviations that start certificate numbers (京, 琼, 粤 …).
const QString kProvinces = u"京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼台港澳"_s;

/// Accepted names per field (a web address's parameters and a JSON object's keys alike), compared without case.
const QStringList kNumberKeys = {u"certNo"_s, u"certificateNo"_s, u"certificateNumber"_s, u"certNum"_s,
                                 u"zsbh"_s,   u"zsh"_s,           u"number"_s,            u"no"_s};
const QStringList kECodeKeys = {u"eCertCode"_s, u"eCertificateCode"_s, u"licenseCode"_s,
                                u"zzbs"_s,      u"zzbsm"_s,            u"code"_s};
const QStringList kNameKeys = {u"name"_s, u"holder"_s, u"xm"_s};
const QStringList kCreditKeys = {u"creditCode"_s, u"tyshxydm"_s};
const QStringList kKindKeys = {u"kind"_s, u"type"_s};

const QRegularExpression &managementPattern()
{
    // 省简称 + 建安 + 类别 + （年份） + 七位流水号 (domain-reference §6); A/B follow the same shape.
    static const QRegularExpression re(u"^["_s + kProvinces + u"]建安(A|B|C1|C2|C3|C)（\\d{4}）\\d{7}$"_s);
    return re;
}

const QRegularExpression &specialOperationPattern()
{
    // 14 characters: 省简称 + 地市字母 + 两位工种代码 + 四位发证年份 + 六位序号, e.g. 晋A012008000001.
    static const QRegularExpression re(u"^["_s + kProvinces + u"][A-Z](\\d{2})(?:19|20)\\d{2}\\d{6}$"_s);
    return re;
}

const QRegularExpression &otherNumberPattern()
{
    // Any other code the roster may hold (注册建造师, 监理工程师, e-certificate codes): letters, digits, CJK and
    // brackets, with enough digits to be a number rather than a word.
    static const QRegularExpression re(u"^[\\p{Han}A-Z0-9（）\\-]{6,48}$"_s);
    return re;
}

int digitCount(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        n += c.isDigit() ? 1 : 0;
    return n;
}

/// The first value among `keys` in a lower-cased map.
QString firstOf(const QHash<QString, QString> &values, const QStringList &keys)
{
    for (const QString &key : keys) {
        const QString value = values.value(key.toLower()).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

void takeFields(CertificateCode &code, const QHash<QString, QString> &values)
{
    code.number = CertificateCode::normalizedNumber(firstOf(values, kNumberKeys));
    code.eCertificateCode = firstOf(values, kECodeKeys).remove(u' ');
    code.holderName = firstOf(values, kNameKeys);
    code.creditCode = firstOf(values, kCreditKeys).toUpper();
    code.kind = firstOf(values, kKindKeys);
}

QHash<QString, QString> queryValues(const QString &query)
{
    QHash<QString, QString> values;
    const QUrlQuery q(query);
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        values.insert(key.toLower(), value);
    return values;
}

QString describeKeys()
{
    return QStringList{kNumberKeys + kECodeKeys}.join(u", "_s);
}

} // namespace

QString CertificateCode::normalizedNumber(const QString &text)
{
    // NFKC folds full-width letters and digits (and full-width brackets, put back below).
    QString folded = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (QChar c : std::as_const(folded)) {
        if (c.isSpace())
            continue;
        if (c == u'(' || c == u'[' || c == u'〔' || c == u'【')
            out += u'（';
        else if (c == u')' || c == u']' || c == u'〕' || c == u'】')
            out += u'）';
        else
            out += c.toUpper();
    }
    return out;
}

QString CertificateCode::kindOfNumber(const QString &number)
{
    if (const auto m = managementPattern().match(number); m.hasMatch())
        return m.captured(1);
    if (specialOperationPattern().match(number).hasMatch())
        return u"special_operation"_s;
    return {};
}

CertificateCode CertificateCode::parse(const QString &text)
{
    CertificateCode code;
    code.raw = text;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        code.form = Form::Empty;
        code.problem = tr("The code holds no text.");
        return code;
    }

    const QUrl url(trimmed, QUrl::TolerantMode);
    const bool isWebAddress = url.isValid()
        && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
    if (isWebAddress) {
        code.form = Form::WebAddress;
        QHash<QString, QString> values = queryValues(url.query(QUrl::FullyEncoded));
        // Single-page sites put their query after the fragment: https://host/#/verify?certNo=…
        if (const QString fragment = url.fragment(QUrl::FullyEncoded); fragment.contains(u'?'))
            values.insert(queryValues(fragment.mid(fragment.indexOf(u'?') + 1)));
        takeFields(code, values);
        if (!code.isReadable())
            code.problem = tr("The code is a web address on %1 that names no certificate (SiteSafe reads the "
                              "parameters %2). Check the certificate on the national platform's mini-program.")
                               .arg(url.host(), describeKeys());
    } else if (trimmed.startsWith(u'{')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            code.form = Form::Unknown;
            code.problem = tr("The code looks like JSON but cannot be read (%1).").arg(error.errorString());
            return code;
        }
        code.form = Form::Json;
        QHash<QString, QString> values;
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            values.insert(it.key().toLower(), it.value().isString() ? it.value().toString()
                                                                    : it.value().toVariant().toString());
        takeFields(code, values);
        if (!code.isReadable())
            code.problem
                = tr("The code is a JSON object that names no certificate (SiteSafe reads the keys %1).").arg(describeKeys());
    } else {
        const QString number = normalizedNumber(trimmed);
        if (!kindOfNumber(number).isEmpty()
            || (otherNumberPattern().match(number).hasMatch() && digitCount(number) >= 6)) {
            code.form = Form::Number;
            code.number = number;
        } else {
            code.form = Form::Unknown;
            code.problem = tr("“%1” is not a certificate number or a certificate's code SiteSafe can read. Check the "
                              "paper certificate and type its number.")
                               .arg(trimmed.left(60));
        }
    }

    // The number's own format says the kind more reliably than a free-text "type" field.
    if (const QString fromNumber = kindOfNumber(code.number); !fromNumber.isEmpty())
        code.kind = fromNumber;
    if (code.kind == u"special_operation") {
        if (const auto m = specialOperationPattern().match(code.number); m.hasMatch())
            code.operationCode = m.captured(1);
    }
    return code;
}

} // namespace sitesafe
