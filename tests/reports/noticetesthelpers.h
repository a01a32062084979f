#pragma once

#include <stdexcept>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "models/democopy.h"
#include "reports/noticeissuer.h"
#include "storage/datastore.h"
#include "storage/transaction.h"

namespace sitesafe::test {

inline const QUrl kVerificationBase{QStringLiteral("https://127.0.0.1:8443")};

/// Runs a tool of poppler-utils (or the CLI); a missing tool fails the test rather than skipping it.
inline QByteArray runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    const QString path = program.contains(u'/') ? program : QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " must be installed (poppler-utils: scripts/install-deps.sh)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(60000));
    if (exitCode)
        *exitCode = process.exitCode();
    else
        REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput() + process.readAllStandardError();
}

/// The text of a PDF as pdftotext reads it, without any white space (table cells wrap lines anywhere).
inline QString pdfText(const QString &pdfPath)
{
    QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")}));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

inline QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

inline QString scalarText(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw std::runtime_error(q.lastError().text().toStdString());
    return q.next() ? q.value(0).toString() : QString();
}

inline void exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw std::runtime_error(q.lastError().text().toStdString());
}

/// A writable demo copy (the demo gives its laptop a number block for every kind of notice) and the hazards of one project that are still open or being rectified.
struct NoticeWorld {
    DemoCopy copy;
    std::unique_ptr<DataStore> store;
    QString projectId;
    QString enterpriseId;
    QStringList hazardIds;

    NoticeWorld()
    {
        Database::Options options;
        static const FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(2, 30), Qt::UTC));
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        store = std::move(opened.value());
        QSqlDatabase db = store->connection();
        // The project with the most photographed hazards still being worked on, so items show photos.
        projectId = scalarText(db, QStringLiteral(
            "SELECT h.project_id FROM hazards h JOIN attachments a ON a.owner_entity = 'hazards' AND a.owner_id = h.id "
            "WHERE h.status IN ('open', 'rectifying') AND h.criteria_item IS NOT NULL GROUP BY h.project_id "
            "ORDER BY count(*) DESC, h.project_id LIMIT 1"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM hazards WHERE project_id = ? AND status IN ('open', 'rectifying') "
                                 "ORDER BY criteria_item IS NULL, id LIMIT 3"));
        q.addBindValue(projectId);
        q.exec();
        while (q.next())
            hazardIds << q.value(0).toString();
        // The copy holds the database only: the photos of the chosen hazards come from the demo folder's blobs.
        QSqlQuery photos(db);
        photos.exec(QStringLiteral("SELECT DISTINCT blob_sha256 FROM attachments WHERE owner_entity IN ('hazards', "
                                   "'inspections')"));
        while (photos.next()) {
            const QString relative = BlobStore::relativePathOf(photos.value(0).toString());
            const QString from = DemoFixture::directory() + u"/blobs/"_qs + relative;
            const QString to = store->blobs().root() + u'/' + relative;
            if (QFile::exists(from) && !QFile::exists(to)) {
                QDir().mkpath(QFileInfo(to).absolutePath());
                QFile::copy(from, to);
            }
        }
        enterpriseId = scalarText(db, QStringLiteral("SELECT enterprise_id FROM project_participants WHERE project_id = ? "
                                                     "AND role = 'general_contractor' LIMIT 1"),
                                  {projectId});
    }

    NoticeDraft draft(const QString &kind) const
    {
        NoticeDraft d;
        d.notice.kind = kind;
        d.notice.projectId = projectId;
        d.notice.hazardIds = hazardIds;
        d.notice.recipientEnterpriseId = enterpriseId;
        d.notice.deadline = QDate(2026, 12, 10);
        d.notice.inspectors = {QStringLiteral("王检查"), QStringLiteral("李监督")};
        d.notice.decision = QStringLiteral("责令限期整改，逾期未整改的依法处理。");
        d.notice.legalBasis = QStringLiteral("《建设工程安全生产管理条例》第四十三条");
        if (kind == u"stop_work") {
            d.notice.scope = QStringLiteral("partial");
            d.notice.scopePart = QStringLiteral("3号楼塔吊作业区");
        }
        d.actor = QStringLiteral("王检查");
        d.actorRole = QStringLiteral("inspector");
        return d;
    }

    Notice issue(NoticeDraft draft)
    {
        auto issued = NoticeIssuer(*store, kVerificationBase).issue(draft);
        if (!issued)
            FAIL(issued.error().message.toStdString());
        return issued.value();
    }
};

} // namespace sitesafe::test
