#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/error.h"
#include "core/timetrust.h"

namespace sitesafe {

class DataStore;

/// One signature drawn on the signature pad, as PNG bytes.
struct Signature {
    enum class Role {
        Inspector,          ///< 检查人员: one of the inspection's inspectors
        SiteRepresentative, ///< 现场负责人: the site's representative
    };

    QString signer; ///< the name of whoever signed
    Role role = Role::Inspector;
    QByteArray pngBytes;
};

/// Signs and amends inspections. Signing stores every signature image in the data folder's blob store, records
/// it as a 'signature' attachment of the inspection and marks the inspection signed, all in one transaction; from
/// then on the triggers refuse any change of the inspection and its answers (frozen). A later correction is an
/// amendment: a new draft that names the original (amends_inspection_id) and starts from a copy of its answers;
/// the original is never touched. Every row goes to the outbox by trigger, so the server receives both.
class InspectionSigner
{
    Q_DECLARE_TR_FUNCTIONS(InspectionSigner)

public:
    /// `store` must outlive the signer.
    explicit InspectionSigner(DataStore &store) : m_store(store) {}

    /// Signs `inspectionId`: every inspector of the inspection has a signature in `signatures`, and the site
    /// representative either signed too (a SiteRepresentative signature named `siteRepresentative`) or refused
    /// to sign (拒签), in which case `refusalNote` says what happened and is added to the inspection's notes.
    /// Refused in words when a signature is missing, an image is not a PNG or the inspection is already signed.
    /// `trust` is the time trust of the device now (DataFolderSession::timeTrust()).
    Status sign(const QString &inspectionId, const QList<Signature> &signatures, const QString &siteRepresentative,
                const QString &refusalNote, const QString &actor, const TimeTrust &trust = {});

    /// Makes an amendment of the signed inspection `originalId`: a new draft of the same project, kind, round,
    /// checklists and inspectors with a copy of the original's answers (new rows with new ids). Returns its id.
    Result<QString> amend(const QString &originalId, const QString &actor, const TimeTrust &trust = {});

    /// "王检查 (inspector)": the signer column of a signature attachment, in the language of the signing device.
    static QString signerText(const Signature &signature);

private:
    DataStore &m_store;
};

} // namespace sitesafe
