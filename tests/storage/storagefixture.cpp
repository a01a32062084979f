#include "storagefixture.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/dataset.h"
#include "storage/datasetwriter.h"
#include "support/resultmatchers.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

void loadMinimalReference(QSqlDatabase db)
{
    Dataset d;
    d.jurisdictions.append({u"01930000-0000-7000-8000-0000000000a1"_s, u"460100"_s, u"海口市"_s,
                            u"prefecture_city"_s, {}});
    Enterprise e;
    e.id = QString::fromUtf16(StorageFixture::kEnterpriseId);
    e.creditCode = u"91460000MA5T0XXX1K"_s;
    e.name = u"海南椰城建设工程有限公司"_s;
    d.enterprises.append(e);
    Project p;
    p.id = QString::fromUtf16(StorageFixture::kProjectId);
    p.name = u"海口江东新区安置房一期"_s;
    p.jurisdictionCode = u"460100"_s;
    p.category = u"building"_s;
    p.status = u"under_construction"_s;
    d.projects.append(p);
    DatasetWriter writer(db, QDateTime::currentDateTimeUtc());
    const Status written = writer.write(d);
    INFO(errorText(written));
    REQUIRE(written.isOk());
}

StorageFixture::StorageFixture()
{
    auto opened = DataStore::open(m_dir.path());
    INFO(errorText(opened));
    REQUIRE(opened.isOk());
    m_store = std::move(opened).value();
    loadMinimalReference(db());
}

qint64 StorageFixture::scalar(const QString &sql)
{
    QSqlQuery q(db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
