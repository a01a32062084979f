#include "cataloginstaller.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/catalogids.h"
#include "core/clock.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

namespace {
const QStringList kItemColumns{u"id"_s, u"set_id"_s, u"code"_s, u"parent_code"_s, u"level"_s, u"article_number"_s,
                               u"article_title"_s, u"item_number"_s, u"text"_s, u"is_uncertain"_s,
                               u"requires_reason"_s, u"item_kind"_s, u"points"_s, u"created_at"_s, u"updated_at"_s};
const QVariant kNull = QVariant(QMetaType(QMetaType::QString));

/// INSERT that becomes an UPDATE of the row with the same id: a newer catalog version lands on the rows an older
/// one installed (ids are name-based, so they never change), so hazards citing an item keep their link.
class Upserter
{
public:
    Upserter(QSqlDatabase db, const QString &table, const QStringList &columns) : m_query(db), m_table(table)
    {
        QStringList marks, updates;
        for (const QString &c : columns) {
            marks.append(u"?"_s);
            if (c != u"id" && c != u"created_at")
                updates.append(c + u" = excluded."_s + c);
        }
        m_query.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                        + marks.join(u", "_s) + u") ON CONFLICT (id) DO UPDATE SET "_s + updates.join(u", "_s));
    }
    Status insert(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            return StorageError::fromSql(m_query.lastError(), CatalogInstaller::tr("installing %1").arg(m_table));
        return {};
    }

private:
    QSqlQuery m_query;
    QString m_table;
};

Status insertTemplate(QSqlDatabase db, const QString &code, int version, const QString &title,
                      const QStringList &itemCodes, const QString &stamp)
{
    Upserter ins(db, u"checklist_templates"_s,
                     {u"id"_s, u"code"_s, u"version"_s, u"title"_s, u"source_set_code"_s, u"item_codes"_s,
                      u"created_at"_s, u"updated_at"_s});
    return ins.insert({CatalogIds::checklistTemplate(code, version), code, version, title, code, V::jsonArray(itemCodes), stamp, stamp});
}
} // namespace

CatalogInstaller::CatalogInstaller(QSqlDatabase db, QDateTime stamp)
    : m_db(std::move(db)), m_stamp(Timestamp::toText(stamp))
{
}

bool CatalogInstaller::isInstalled(const QString &code, int catalogVersion)
{
    // An older catalog version is not "installed": install() then rewrites its rows with the new text.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT catalog_version FROM criteria_sets WHERE code = ?"_s);
    q.addBindValue(code);
    return q.exec() && q.next() && q.value(0).toInt() >= catalogVersion;
}

Status CatalogInstaller::install(const CriteriaCatalog &c)
{
    if (isInstalled(c.code, c.catalogVersion))
        return {};
    Transaction tx(m_db, Transaction::Origin::Remote);
    if (!tx.isActive())
        return tx.error();
    const QString setId = CatalogIds::set(c.code);
    Upserter sets(m_db, u"criteria_sets"_s,
                      {u"id"_s, u"code"_s, u"kind"_s, u"edition"_s, u"title"_s, u"document"_s, u"catalog_version"_s,
                       u"effective_on"_s, u"repealed_on"_s, u"created_at"_s, u"updated_at"_s});
    if (Status s = sets.insert({setId, c.code, u"major_hazard_criteria"_s, c.edition, c.title, c.document,
                                c.catalogVersion, V::date(c.effective), V::date(c.repealedOn), m_stamp, m_stamp});
        !s)
        return s;
    Upserter items(m_db, u"criteria_items"_s, kItemColumns);
    QStringList judging;
    for (const CriteriaArticle &a : c.articles) {
        for (const CriteriaItem &i : a.items) {
            judging.append(i.code);
            if (Status s = items.insert({CatalogIds::item(c.code, u"item"_s, i.code), setId, i.code, a.code, u"item"_s, a.number, a.title,
                                         i.number, i.text, V::boolean(i.isUncertain), V::boolean(i.requiresReason),
                                         kNull, kNull, m_stamp, m_stamp});
                !s)
                return s;
            for (const CriteriaCondition &cond : i.conditions) {
                if (Status s = items.insert({CatalogIds::item(c.code, u"condition"_s, cond.code), setId, cond.code, i.code, u"condition"_s, a.number,
                                             a.title, cond.number, cond.text, V::boolean(cond.isUncertain), 0, kNull,
                                             kNull, m_stamp, m_stamp});
                    !s)
                    return s;
            }
        }
    }
    if (Status s = insertTemplate(m_db, c.code, c.catalogVersion, c.title, judging, m_stamp); !s)
        return s;
    return tx.commit();
}

Status CatalogInstaller::install(const ScoreSheetCatalog &c)
{
    if (isInstalled(c.code, c.catalogVersion))
        return {};
    Transaction tx(m_db, Transaction::Origin::Remote);
    if (!tx.isActive())
        return tx.error();
    const QString setId = CatalogIds::set(c.code);
    Upserter sets(m_db, u"criteria_sets"_s,
                      {u"id"_s, u"code"_s, u"kind"_s, u"title"_s, u"catalog_version"_s, u"created_at"_s,
                       u"updated_at"_s});
    if (Status s = sets.insert({setId, c.code, u"score_sheets"_s, c.title, c.catalogVersion, m_stamp, m_stamp}); !s)
        return s;
    Upserter items(m_db, u"criteria_items"_s, kItemColumns);
    QStringList codes;
    for (const ScoreSheet &sheet : c.sheets) {
        int number = 0;
        for (const ScoreSheetItem &i : sheet.items) {
            codes.append(i.code);
            const QString kind = i.kind == ScoreSheetItem::Kind::Guaranteed ? u"guaranteed"_s
                : i.kind == ScoreSheetItem::Kind::General                   ? u"general"_s
                                                                            : u"unsplit"_s;
            if (Status s = items.insert({CatalogIds::item(c.code, u"sheet_item"_s, i.code), setId, i.code, sheet.code, u"sheet_item"_s, kNull,
                                         sheet.title, ++number, i.title, V::boolean(i.isUncertain()), 0, kind,
                                         i.points, m_stamp, m_stamp});
                !s)
                return s;
        }
    }
    if (Status s = insertTemplate(m_db, c.code, c.catalogVersion, c.title, codes, m_stamp); !s)
        return s;
    return tx.commit();
}

Status CatalogInstaller::installBuiltIn()
{
    for (const QString &code : CriteriaCatalogLoader::builtInCodes()) {
        auto catalog = CriteriaCatalogLoader::builtIn(code);
        if (!catalog)
            return catalog.error();
        if (Status s = install(catalog.value()); !s)
            return s;
    }
    auto sheets = ScoreSheetCatalogLoader::builtIn();
    if (!sheets)
        return sheets.error();
    return install(sheets.value());
}

} // namespace sitesafe
