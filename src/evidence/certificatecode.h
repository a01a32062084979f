#pragma once

#include <QCoreApplication>
#include <QString>

namespace sitesafe {

/// What a certificate's QR code (or text typed from a paper certificate) carries. The national platform's
/// e-certificate QR format is not public (domain-reference §4.7), so three shapes are read:
///  - a web address whose query (or the query inside its #fragment) names the certificate, parameter names
///    compared without case: number `certNo`, `certificateNo`, `certificateNumber`, `certNum`, `zsbh`, `zsh`,
///    `number`, `no`; e-certificate code `eCertCode`, `eCertificateCode`, `licenseCode`, `zzbs`, `zzbsm`, `code`;
///    holder name `name`, `holder`, `xm`; enterprise credit code `creditCode`, `tyshxydm`; kind `kind`, `type`;
///  - a small JSON object with the same keys;
///  - plain text that is a certificate number: 安管人员 "琼建安C3（2023）0001234" (brackets of any width),
///    provincial special-operation numbers of 14 characters "琼A012023000123", or any other code of letters and
///    digits the roster may hold (registered constructor, e-certificate code).
/// Anything else is not readable, with a sentence saying why.
struct CertificateCode {
    Q_DECLARE_TR_FUNCTIONS(CertificateCode)

public:
    /// The shape the text had.
    enum class Form { Empty, WebAddress, Json, Number, Unknown };

    QString raw;              ///< the decoded text as read
    Form form = Form::Empty;
    QString number;           ///< normalized certificate number, may be empty
    QString eCertificateCode; ///< 电子证照标识码, may be empty
    QString kind;             ///< A | B | C | C1 | C2 | C3 | special_operation, from the number's format or the code
    QString operationCode;    ///< special operations: the two-digit work-type code of the number (01 建筑电工 …)
    QString holderName;
    QString creditCode;
    QString problem;          ///< why nothing could be read (when !isReadable())

    /// A number or an e-certificate code was found: the roster can be asked.
    bool isReadable() const { return !number.isEmpty() || !eCertificateCode.isEmpty(); }

    static CertificateCode parse(const QString &text);
    /// Full-width characters folded, spaces dropped, brackets of any kind made full-width （…） as the roster
    /// spells them, Latin letters upper case.
    static QString normalizedNumber(const QString &text);
    /// The kind a number's format says (A, B, C, C1, C2, C3, special_operation), empty when the format is not
    /// one of those.
    static QString kindOfNumber(const QString &normalizedNumber);
};

} // namespace sitesafe
