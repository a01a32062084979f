#include "certificateverdict.h"

#include "domainlabels.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QString certificateResultCode(CertificateResult result)
{
    switch (result) {
    case CertificateResult::Valid: return u"valid"_s;
    case CertificateResult::Expired: return u"expired"_s;
    case CertificateResult::Mismatch: return u"mismatch"_s;
    case CertificateResult::NotOnRoster: return u"not_on_roster"_s;
    case CertificateResult::Unverifiable: break;
    }
    return u"unverifiable"_s;
}

Hazard CertificateHazardProposal::toHazard(const QString &projectId, const QString &inspectionId,
                                           const QDateTime &foundAt) const
{
    Hazard h;
    h.projectId = projectId;
    h.inspectionId = inspectionId;
    h.criteriaSet = criteriaSet;
    h.criteriaItem = itemCode;
    h.isMajor = isMajor;
    h.description = description;
    h.measure = measure;
    h.responsibleEnterpriseId = responsibleEnterpriseId;
    h.responsiblePerson = responsiblePerson;
    h.foundAt = foundAt;
    return h;
}

bool CertificateVerdict::isSafetyManagementKind(const QString &kind)
{
    // "C" is the old undivided 专职安全员 certificate; e-certificates turned it into C3 (建办质〔2022〕53号).
    return kind == u"A" || kind == u"B" || kind == u"C" || kind == u"C1" || kind == u"C2" || kind == u"C3";
}

namespace {

QString dateText(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

CertificateVerdict CertificateVerdict::judge(const CertificateEvidence &e)
{
    CertificateVerdict v;
    if (!e.isReadable) {
        v.m_result = CertificateResult::Unverifiable;
        v.m_kind = e.kind;
        v.m_explanation = e.unreadableReason.isEmpty()
            ? tr("No certificate number or e-certificate code could be read. Check the paper certificate and type "
                 "its number.")
            : e.unreadableReason;
        return v;
    }

    const QString number = e.roster ? e.roster->number : e.number;
    v.m_kind = e.roster ? e.roster->kind : e.kind;
    const QString operationKind = e.roster ? e.roster->operationKind : QString();
    const bool isPresentedByOther = !e.presentingPersonId.isEmpty() && e.roster
        && e.presentingPersonId != e.roster->holderPersonId;
    QString person = !e.presentingPersonName.isEmpty() ? e.presentingPersonName
        : !e.holderName.isEmpty()                      ? e.holderName
                                                       : e.scannedHolderName;
    const QString kindLabel = DomainLabels::certificateKind(v.m_kind, operationKind);

    if (!e.roster) {
        v.m_result = CertificateResult::NotOnRoster;
        v.m_explanation = tr("Certificate %1 is not in the roster cached on this computer. It may be from another "
                             "province or newer than the last sync: check it on the national platform when online.")
                              .arg(number);
    } else {
        const Certificate &c = *e.roster;
        const bool isExpired = c.isExpiredOn(e.day);
        QString mismatch;
        if (isPresentedByOther)
            mismatch = tr("Certificate %1 is held by %2 on the roster, not by %3 who presented it.")
                           .arg(number, e.holderName, e.presentingPersonName);
        else if (!e.scannedHolderName.isEmpty() && !e.holderName.isEmpty() && e.scannedHolderName != e.holderName)
            mismatch = tr("The code names %1 as the holder, but the roster holds certificate %2 for %3.")
                           .arg(e.scannedHolderName, number, e.holderName);
        else if (!e.scannedCreditCode.isEmpty() && !e.holderCreditCode.isEmpty()
                 && e.scannedCreditCode.compare(e.holderCreditCode, Qt::CaseInsensitive) != 0)
            mismatch = tr("The code names enterprise %1, but the holder %2 works for %3 (%4) on the roster.")
                           .arg(e.scannedCreditCode, e.holderName, e.holderEnterpriseName, e.holderCreditCode);
        else if (!e.projectEnterpriseIds.isEmpty() && !e.holderEnterpriseId.isEmpty()
                 && !e.projectEnterpriseIds.contains(e.holderEnterpriseId))
            mismatch = tr("The holder %1 works for %2, which does not take part in this project.")
                           .arg(e.holderName, e.holderEnterpriseName);

        if (!mismatch.isEmpty()) {
            v.m_result = CertificateResult::Mismatch;
            v.m_explanation = mismatch;
            if (isExpired)
                v.m_explanation += u' ' + tr("The certificate also expired on %1.").arg(dateText(c.validUntil));
        } else if (isExpired) {
            v.m_result = CertificateResult::Expired;
            v.m_explanation = tr("Certificate %1 of %2 expired on %3.").arg(number, e.holderName, dateText(c.validUntil));
        } else {
            v.m_result = CertificateResult::Valid;
            v.m_explanation = c.validUntil.isValid()
                ? tr("Certificate %1 of %2 is valid until %3.").arg(number, e.holderName, dateText(c.validUntil))
                : tr("Certificate %1 of %2 is on the roster; the roster gives no expiry date.").arg(number, e.holderName);
        }
    }

    // Article 4 of the 2024 criteria: 安管人员 (item 2) and 特种作业 (item 3) without a valid certificate of their
    // own. A certificate that is expired, someone else's or unknown to the roster is not a valid one.
    if (v.m_result == CertificateResult::Valid)
        return v;
    const bool isManagement = isSafetyManagementKind(v.m_kind);
    const bool isSpecial = v.m_kind == u"special_operation";
    if (!isManagement && !isSpecial)
        return v;
    if (person.isEmpty())
        person = tr("the person presenting it");

    CertificateHazardProposal p;
    p.criteriaSet = u"V2024"_s;
    p.itemCode = isManagement ? u"V2024-04-02"_s : u"V2024-04-03"_s;
    p.isMajor = true;
    // An operator without a valid certificate stops operating at once (another certified worker takes over); a
    // missing 安管人员 certificate is put right by a deadline (a certified person assigned to the post).
    p.measure = isSpecial ? u"immediate"_s : u"deadline"_s;
    p.responsibleEnterpriseId
        = !e.presentingEnterpriseId.isEmpty() ? e.presentingEnterpriseId : e.holderEnterpriseId;
    p.responsiblePerson = person;
    switch (v.m_result) {
    case CertificateResult::Expired:
        p.description = tr("%1 works on site with %2 certificate %3, which expired on %4.")
                            .arg(person, kindLabel, number, dateText(e.roster->validUntil));
        break;
    case CertificateResult::Mismatch:
        p.description = isPresentedByOther
            ? tr("%1 presented %2 certificate %3, which belongs to %4: no valid certificate of their own was shown.")
                  .arg(person, kindLabel, number, e.holderName)
            : tr("%1 presented %2 certificate %3, which does not match the roster record: %4")
                  .arg(person, kindLabel, number, v.m_explanation);
        break;
    default:
        p.description = tr("%1 presented %2 certificate %3, which is not on the roster: no valid certificate could "
                           "be shown.")
                            .arg(person, kindLabel, number);
        break;
    }
    v.m_proposal = p;
    return v;
}

} // namespace sitesafe
