#include "certificatechecker.h"

#include "qrcode.h"
#include "storage/datastore.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

CertificateChecker::CertificateChecker(DataStore &store, QString projectId)
    : m_store(store),
      m_projectId(std::move(projectId))
{ }

QList<RosterPerson> CertificateChecker::keyPeople()
{
    return CertificateCheckRepository(m_store.connection()).keyPeople(m_projectId);
}

CertificateCheckOutcome CertificateChecker::check(const QString &text, const QString &presentingPersonId, QDate day)
{
    return judge(CertificateCode::parse(text), {}, presentingPersonId, day);
}

CertificateCheckOutcome CertificateChecker::checkImage(const QImage &image, const QString &presentingPersonId,
                                                       QDate day)
{
    auto text = QrCode::read(image);
    if (!text)
        return unreadable(text.error().message, presentingPersonId, day);
    return judge(CertificateCode::parse(text.value()), {}, presentingPersonId, day);
}

CertificateCheckOutcome CertificateChecker::unreadable(const QString &reason, const QString &presentingPersonId,
                                                       QDate day)
{
    return judge(CertificateCode{}, reason, presentingPersonId, day);
}

CertificateCheckOutcome CertificateChecker::judge(CertificateCode code, const QString &unreadableReason,
                                                  const QString &presentingPersonId, QDate day)
{
    CertificateCheckRepository roster(m_store.connection());
    CertificateCheckOutcome out;
    out.projectId = m_projectId;
    out.day = day;
    if (code.isReadable()) {
        // The e-certificate code names one certificate exactly; the number may have been renumbered. Plain text
        // may be either, so a number not found is tried as an e-certificate code too.
        out.roster = roster.findByECertificateCode(code.eCertificateCode);
        if (!out.roster)
            out.roster = roster.findByNumber(code.number);
        if (!out.roster && code.form == CertificateCode::Form::Number)
            out.roster = roster.findByECertificateCode(code.number);
    }
    if (!presentingPersonId.isEmpty()) {
        out.presenter = roster.person(presentingPersonId);
        if (out.presenter) {
            for (const RosterPerson &p : roster.keyPeople(m_projectId))
                if (p.personId == presentingPersonId)
                    out.presenter->role = p.role;
        }
    }

    CertificateEvidence e;
    e.isReadable = code.isReadable();
    e.unreadableReason = !unreadableReason.isEmpty() ? unreadableReason : code.problem;
    e.number = !code.number.isEmpty() ? code.number : code.eCertificateCode;
    e.kind = code.kind;
    e.scannedHolderName = code.holderName;
    e.scannedCreditCode = code.creditCode;
    if (out.roster) {
        e.roster = out.roster->certificate;
        e.holderName = out.roster->holderName;
        e.holderEnterpriseId = out.roster->holderEnterpriseId;
        e.holderEnterpriseName = out.roster->holderEnterpriseName;
        e.holderCreditCode = out.roster->holderCreditCode;
    }
    if (out.presenter) {
        e.presentingPersonId = out.presenter->personId;
        e.presentingPersonName = out.presenter->name;
        e.presentingEnterpriseId = out.presenter->enterpriseId;
    }
    e.projectEnterpriseIds = roster.projectEnterpriseIds(m_projectId);
    e.day = day;
    out.code = std::move(code);
    out.verdict = CertificateVerdict::judge(e);
    return out;
}

CertificateCheck CertificateChecker::rowOf(const CertificateCheckOutcome &o, const QString &inspectionId,
                                           const QString &checkedBy, const TimeTrust &timeTrust)
{
    CertificateCheck c;
    c.inspectionId = inspectionId;
    c.certificateId = o.roster ? o.roster->certificate.id : QString();
    // certificate_checks.number is required: the roster's spelling, else what was read, else the raw text so a
    // reviewer sees what the inspector was shown, else a dash (no code in the picture; the note says why).
    const QString raw = o.code.raw.trimmed().left(200);
    c.number = o.roster                       ? o.roster->certificate.number
        : !o.code.number.isEmpty()           ? o.code.number
        : !o.code.eCertificateCode.isEmpty() ? o.code.eCertificateCode
        : !raw.isEmpty()                     ? raw
                                             : u"—"_s;
    c.result = o.verdict.resultCode();
    c.checkedBy = checkedBy;
    c.kind = o.verdict.kind();
    c.eCertificateCode = !o.code.eCertificateCode.isEmpty() ? o.code.eCertificateCode
        : o.roster                                          ? o.roster->certificate.eCertificateCode
                                                            : QString();
    if (o.presenter) {
        c.personId = o.presenter->personId;
        c.enterpriseId = o.presenter->enterpriseId;
    } else if (o.roster) {
        c.personId = o.roster->certificate.holderPersonId;
        c.enterpriseId = o.roster->holderEnterpriseId;
    }
    c.note = o.verdict.explanation();
    c.timeTrust = timeTrust;
    return c;
}

Result<QString> CertificateChecker::record(const CertificateCheckOutcome &outcome, const QString &inspectionId,
                                           const QString &checkedBy, const TimeTrust &timeTrust)
{
    return CertificateCheckRepository(m_store.connection()).record(rowOf(outcome, inspectionId, checkedBy, timeTrust));
}

} // namespace sitesafe
