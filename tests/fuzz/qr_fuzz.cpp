// Fuzz target "qr": the text of a scanned QR code (or typed from paper), as the client reads it: a certificate's
// code (CertificateCode: web address, JSON or number) and a notice's verification link (NoticeLink). Invariants:
// nothing crashes; a readable code has a normalized number that normalizing again leaves as it is, and a kind that
// its number's format says when the format says one; a verification link's hash is 64 lower-case hex digits.
#include <QRegularExpression>

#include "evidence/certificatecode.h"
#include "fuzzsupport.h"
#include "reports/noticelink.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::fuzz;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(bytesOf(data, size));
    const CertificateCode code = CertificateCode::parse(text);
    if (!code.isReadable() && code.problem.isEmpty() && code.form != CertificateCode::Form::Empty)
        fail("an unreadable code says why");
    if (!code.number.isEmpty()) {
        if (CertificateCode::normalizedNumber(code.number) != code.number)
            fail("a read number is normalized");
        (void)CertificateCode::kindOfNumber(code.number);
    }
    (void)CertificateCode::normalizedNumber(text);
    if (const auto reference = NoticeLink::fromLink(text)) {
        static const QRegularExpression hash(u"^[0-9a-f]{64}$"_s);
        if (!hash.match(reference->contentHash).hasMatch() || reference->noticeId.isEmpty())
            fail("a verification link names a notice id and a 64-digit hash");
    }
    return 0;
}
