// Fuzz target "notice": verifying a notice PDF someone hands in (sitesafe-cli verify-notice): the input is the
// provincial server's JSON answer on its first line and the PDF's bytes after it. The PDF is checked against a
// real client store opened once (NoticeVerifier::check: its sha256 and the notice its XMP metadata or link names),
// the server request path is built from it and the server's answer judged (fromServerAnswer) for 200 and 404.
// Invariants: nothing crashes; a file names a notice for the server exactly when NoticeLink reads a reference from
// it; "authentic" from the server only for the file's own sha256; a store without notices calls nothing authentic.
#include <memory>

#include <QCryptographicHash>

#include "fuzzsupport.h"
#include "reports/noticelink.h"
#include "reports/noticeverifier.h"
#include "storage/datastore.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::fuzz;

namespace {

/// A new client store (no notices), opened once per process; checking only reads it.
DataStore &store()
{
    static const std::unique_ptr<DataStore> opened = [] {
        auto result = DataStore::open(scratchFolder() + u"/store"_s);
        if (!result)
            fail("a new store opens");
        return std::move(result).value();
    }();
    return *opened;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    startQt();
    store();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const qsizetype end = bytes.indexOf('\n');
    const QByteArray answer = end < 0 ? QByteArray() : bytes.left(end);
    const QByteArray pdf = end < 0 ? bytes : bytes.mid(end + 1);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());

    const auto local = NoticeVerifier::check(store(), pdf);
    if (local && local.value().verdict != NoticeVerification::Verdict::Unknown)
        fail("a store without notices knows no notice");
    const auto path = NoticeVerifier::serverPath(pdf);
    if (path.has_value() != NoticeLink::fromPdf(pdf).has_value())
        fail("a file names a notice to the server exactly when it carries a reference");
    for (const int status : {200, 404}) {
        const NoticeVerification v = NoticeVerifier::fromServerAnswer(pdf, status, answer);
        if (v.verdict == NoticeVerification::Verdict::Authentic && (status != 200 || v.pdfSha256 != sha256))
            fail("the server confirms only the file's own bytes, with status 200");
        if (v.message.isEmpty())
            fail("a verdict says what it means");
    }
    return 0;
}
