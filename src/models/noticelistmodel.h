#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>

#include "noticefilter.h"

namespace sitesafe {

class SqlWorker;

/// The supervision notices (监督文书) of the data folder, newest first: kind, number, project, issued, deadline,
/// status (a voided notice keeps its number, with the reason) and the receipt (signed for by whom and when, or
/// 拒签). Filtering runs in SQL on a worker connection; the light rows of the result are kept, so scrolling never
/// reads the database.
class NoticeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeListModel)

public:
    enum Column { Kind, Number, Project, Issued, Deadline, Status, Receipt, ColumnCount };
    enum Role { NoticeIdRole = Qt::UserRole + 1, StatusCodeRole, KindCodeRole };

    /// One notice as listed.
    struct Row {
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
    struct Result;

    explicit NoticeListModel(const QString &databasePath, QObject *parent = nullptr);
    ~NoticeListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const NoticeFilter &filter);
    const NoticeFilter &filter() const { return m_filter; }
    void reload();
    bool isReady() const { return m_shownGeneration == m_requestedGeneration; }
    const Row &row(int index) const { return m_rows.at(index); }
    /// The row showing notice `id`, or -1.
    int rowOf(const QString &id) const;

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
    void startReload();

    SqlWorker *m_worker = nullptr;
    NoticeFilter m_filter;
    quint64 m_requestedGeneration = 0;
    quint64 m_shownGeneration = 0;
    QElapsedTimer m_timer;
    QList<Row> m_rows;
};

} // namespace sitesafe
