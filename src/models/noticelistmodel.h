#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include "noticefilter.h"
#include "windowedrowmodel.h"

namespace sitesafe {

/// One notice as listed (NoticeListModel::Row).
struct NoticeListRow {
    QString id;
    QString kind;
    QString number;
    QString projectId;
    QString projectName;
    QString recipientName;
    QDateTime issuedAt;
    QDate deadline;
    QString status; ///< issued | voided
    QString voidReason;
    QString recipientSigner;
    QDateTime receivedAt;
    bool isRefused = false;
    bool hasPdf = false; ///< the PDF rendered at issue is recorded (pdf_sha256)
};

/// The supervision notices (监督文书) of the data folder, newest first: kind, number, project, issued, deadline,
/// status (a voided notice keeps its number, with the reason) and the receipt (signed for by whom and when, or
/// 拒签). Filtering runs in SQL on a worker connection; only windows of rows are kept (WindowedRowModel: 36,899
/// notices at province scale), read as the view scrolls, so scrolling never waits for the database.
class NoticeListModel final : public WindowedRowModel<NoticeListRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeListModel)

public:
    enum Column { Kind, Number, Project, Issued, Deadline, Status, Receipt, ColumnCount };
    enum Role { NoticeIdRole = Qt::UserRole + 1, StatusCodeRole, KindCodeRole };

    /// One notice as listed.
    using Row = NoticeListRow;

    explicit NoticeListModel(const QString &databasePath, QObject *parent = nullptr);
    ~NoticeListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const NoticeFilter &filter);
    const NoticeFilter &filter() const { return m_filter; }
    /// Queries the store again with the current filter; `keepId`: the notice to find, so that rowOf(keepId)
    /// answers when loaded() arrives (the selection survives a reload).
    void reload(const QString &keepId = {});

    /// The kind in words (限期整改通知书 …); the code itself when unknown.
    static QString kindLabel(const QString &kind);
    /// The six kinds in the order the forms list them.
    static QStringList kinds();
    static QString statusLabel(const QString &status);
    /// "Signed by 张三 2026-05-01 10:00", "Refused to sign (拒签)" or "Not yet received".
    static QString receiptLabel(const Row &row);
    /// The SQL that lists notices for a filter (also used by tests to cross-check counts).
    static QString selectSql(const NoticeFilter &filter, QVariantList &values);

Q_SIGNALS:
    void loaded(int rowCount, qint64 milliseconds);
    void loadFailed(const QString &message);

private:
    void opened(int rows, qint64 milliseconds) override { Q_EMIT loaded(rows, milliseconds); }
    void failed(const QString &message) override { Q_EMIT loadFailed(message); }
    void load(const QString &keepId);
    /// The ORDER BY that ends selectSql().
    static QString orderBy();

    NoticeFilter m_filter;
};

} // namespace sitesafe
