#include "noticenumberwarninglabel.h"

#include "models/sqlworker.h"
#include "sync/noticeblockrequester.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kRecountMs = 30000;

QString sentence(const NumberBlockStatus &s)
{
    const QString kind = NoticeBlockRequester::kindName(s.kind);
    if (s.remaining <= 0)
        return NoticeNumberWarningLabel::tr("No %1 numbers are left on this computer; connect and sync before "
                                            "issuing one.")
            .arg(kind);
    return NoticeNumberWarningLabel::tr("Only %n %1 number(s) left on this computer; connect and sync soon.", nullptr,
                                        int(s.remaining))
        .arg(kind);
}
} // namespace

NoticeNumberWarningLabel::NoticeNumberWarningLabel(SqlWorker &worker, QWidget *parent)
    : QLabel(parent), m_worker(worker)
{
    setObjectName(u"noticeNumberWarningLabel"_s);
    setStyleSheet(u"color: #c62828"_s);
    setVisible(false);
    m_timer.setInterval(kRecountMs);
    connect(&m_timer, &QTimer::timeout, this, &NoticeNumberWarningLabel::recount);
}

void NoticeNumberWarningLabel::start()
{
    m_timer.start();
    recount();
}

QString NoticeNumberWarningLabel::describe(const QList<NumberBlockStatus> &low)
{
    if (low.isEmpty())
        return {};
    if (low.size() == 1)
        return sentence(low.first());
    return tr("Notice numbers are running out for %1 kinds of notice; connect and sync soon.").arg(low.size());
}

void NoticeNumberWarningLabel::recount()
{
    m_worker.post<QList<NumberBlockStatus>>(
        this, [](ReadConnection db) { return NoticeRepository(db.database()).blockStatus(); },
        [this](const QList<NumberBlockStatus> &status) { display(status); });
}

void NoticeNumberWarningLabel::display(const QList<NumberBlockStatus> &status)
{
    m_low.clear();
    QStringList details;
    for (const NumberBlockStatus &s : status) {
        if (s.isLow()) {
            m_low.append(s);
            details.append(sentence(s));
        }
    }
    const QString text = describe(m_low);
    setText(text);
    setAccessibleName(text);
    setToolTip(details.join(u'\n'));
    setVisible(!m_low.isEmpty());
    m_isCounted = true;
    Q_EMIT counted();
}

} // namespace sitesafe
