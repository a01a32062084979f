// Searches of one or two characters go to the bigram index of sql/client/0006_hazard_list_search_sort.sql. These tests
// check it against an independent substring test done in C++ on the source tables, on the demo store and on a
// copy written to by the plain sqlite3 shell (which knows nothing of the application).
#include <algorithm>

#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "demofixture.h"
#include "models/hazardquery.h"
#include "models/hazardtablemodel.h"
#include "modeltesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
/// LIKE's (and lower()'s) case rule without ICU: ASCII letters only.
QString foldAscii(QString text)
{
    for (QChar &c : text) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return text;
}

/// Every hazard's searched texts (description, location, project name, criterion text), ASCII-folded, by seq.
QMap<qint64, QStringList> searchedTexts(QSqlDatabase db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT h.seq, h.description, h.location, p.name, "
                   "(SELECT text FROM criteria_items WHERE code = h.criteria_item) "
                   "FROM hazards h LEFT JOIN projects p ON p.id = h.project_id"_s));
    QMap<qint64, QStringList> texts;
    while (q.next()) {
        QStringList row;
        for (int column = 1; column <= 4; ++column)
            row << foldAscii(q.value(column).toString());
        texts.insert(q.value(0).toLongLong(), row);
    }
    return texts;
}

/// The seqs whose texts contain every term (one text per term suffices), in seq order.
QList<qint64> expectedSeqs(const QMap<qint64, QStringList> &texts, const QStringList &terms)
{
    QList<qint64> seqs;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const bool all = std::all_of(terms.cbegin(), terms.cend(), [&](const QString &term) {
            const QString folded = foldAscii(term);
            return std::any_of(it->cbegin(), it->cend(), [&](const QString &t) { return t.contains(folded); });
        });
        if (all)
            seqs << it.key();
    }
    return seqs;
}

qint64 queryCount(QSqlDatabase db, const HazardQuery &query)
{
    const SqlStatement s = query.countStatement();
    return sqlCount(db, s.sql, s.values);
}

QList<qint64> querySeqs(QSqlDatabase db, const HazardQuery &query, bool walk)
{
    const SqlStatement s = query.windowStatement(std::nullopt, false, 0, 1000000, walk);
    QSqlQuery q(db);
    q.prepare(s.sql);
    for (const QVariant &v : s.values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    QList<qint64> seqs;
    while (q.next())
        seqs << q.value(0).toLongLong();
    return seqs;
}

HazardQuery searchQuery(const QString &text)
{
    HazardFilter f;
    f.today = DemoFixture::today();
    f.searchText = text;
    return HazardQuery(f, HazardColumn::Number, Qt::AscendingOrder);
}

/// Words of one and two characters taken from the texts (so most of them match), plus awkward ones.
QStringList shortTerms(const QMap<qint64, QStringList> &texts, int wanted)
{
    QSet<QString> terms{u"A"_s, u"a"_s, u"Qz"_s, u"%"_s, u"_"_s, u"\\"_s, u"'"_s, u"（"_s, u"号楼"_s, u"1"_s,
                        u"12"_s, u"塔吊"_s, u"井"_s, u"吊塔"_s, u"𠀀"_s};
    QRandomGenerator random(11);
    const QList<qint64> seqs = texts.keys();
    while (terms.size() < wanted) {
        const QStringList &row = texts.value(seqs.at(int(random.bounded(qsizetype(seqs.size())))));
        const QString &text = row.at(int(random.bounded(4)));
        if (text.isEmpty())
            continue;
        const int at = int(random.bounded(text.size()));
        terms.insert(text.mid(at, 1 + int(random.bounded(2))).trimmed());
    }
    terms.remove(QString());
    return QStringList(terms.cbegin(), terms.cend());
}

void checkTermsAgainstTexts(QSqlDatabase db, const QStringList &terms)
{
    const QMap<qint64, QStringList> texts = searchedTexts(db);
    int matching = 0; // terms that find something: the awkward ones (%, _, \, 𠀀 …) rightly find nothing
    for (const QString &term : terms) {
        INFO("term: " << term.toStdString());
        const HazardQuery query = searchQuery(term);
        const QList<qint64> expected = expectedSeqs(texts, HazardQuery::searchTerms(term));
        matching += expected.isEmpty() ? 0 : 1;
        CHECK(queryCount(db, query) == expected.size());
        CHECK(querySeqs(db, query, false) == expected);
        CHECK(querySeqs(db, query, true) == expected);
    }
    CHECK(matching * 2 > terms.size()); // mostly terms that match: never a run of 0 == 0
}

/// Runs SQL through the sqlite3 command-line shell: a writer that has none of the application's code.
void runShell(const QString &program, const QString &databasePath, const QString &sql)
{
    QProcess shell;
    shell.start(program, {u"-bail"_s, databasePath});
    REQUIRE(shell.waitForStarted());
    shell.write(sql.toUtf8());
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(60000));
    INFO(QString::fromUtf8(shell.readAllStandardError()).toStdString());
    REQUIRE(shell.exitCode() == 0);
}
} // namespace

TEST_CASE("Searches of one or two characters find exactly the hazards whose texts contain them", "[models][search]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const QMap<qint64, QStringList> texts = searchedTexts(db);
    REQUIRE(texts.size() > 100);
    checkTermsAgainstTexts(db, shortTerms(texts, 150));

    SECTION("mixed with longer words and other filters")
    {
        int matching = 0; // "A 1" rightly finds nothing in the demo; the others must find something
        for (const QString &text : {u"塔吊 安全"_s, u"井 道"_s, u"塔式起重机 吊"_s, u"A 1"_s}) {
            INFO("search: " << text.toStdString());
            const QList<qint64> expected = expectedSeqs(texts, HazardQuery::searchTerms(text));
            matching += expected.isEmpty() ? 0 : 1;
            CHECK(queryCount(db, searchQuery(text)) == expected.size());
            CHECK(querySeqs(db, searchQuery(text), true) == expected);
        }
        CHECK(matching == 3);
        HazardFilter f;
        f.today = DemoFixture::today();
        f.searchText = u"塔吊"_s;
        f.level = HazardFilter::Level::General;
        const HazardQuery query(f, HazardColumn::FoundAt, Qt::DescendingOrder);
        CHECK(queryCount(db, query)
              == sqlCount(db, u"SELECT count(*) FROM hazards h WHERE h.is_major = 0 AND h.seq IN (SELECT rowid FROM "
                              "hazards_fts WHERE description LIKE '%塔吊%' OR location LIKE '%塔吊%' OR "
                              "project_name LIKE '%塔吊%' OR criterion_text LIKE '%塔吊%')"_s));
    }

    SECTION("through the model")
    {
        HazardTableModel model(DemoFixture::databasePath());
        for (const QString &word : {u"塔吊"_s, u"井"_s}) {
            HazardFilter f;
            f.today = DemoFixture::today();
            f.searchText = word;
            model.setFilter(f);
            REQUIRE(waitFor([&] { return model.isReady(); }));
            CHECK(model.rowCount() == nonZero(expectedSeqs(texts, {word}).size()));
        }
    }
}

TEST_CASE("The bigram index follows writes made with the plain sqlite3 shell", "[models][search]")
{
    const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
    // A missing shell fails the test: it is a dependency of the test run (scripts/install-deps.sh), not optional.
    INFO("the sqlite3 command-line shell is not on PATH; install it (apt-get install sqlite3)");
    REQUIRE_FALSE(shell.isEmpty());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"sitesafe.db"_s);
    {
        QSqlQuery copy(directConnection(DemoFixture::databasePath()));
        copy.prepare(u"VACUUM INTO ?"_s);
        copy.addBindValue(path);
        REQUIRE(copy.exec());
    }
    runShell(shell, path, uR"sql(
        INSERT INTO hazards (id, project_id, criteria_set, criteria_item, is_major, description, location, measure,
                             found_at, found_by, status, created_at, updated_at)
        SELECT 'shell-hazard-1', project_id, criteria_set, criteria_item, 0, '鑫Zq塔吊井（东）', '7号楼', measure,
               found_at, found_by, 'open', created_at, updated_at
          FROM hazards ORDER BY seq LIMIT 1;
        UPDATE hazards SET description = '井口盖板鑫' WHERE seq = (SELECT min(seq) FROM hazards WHERE description LIKE '%塔吊%');
        UPDATE hazards SET location = NULL WHERE seq = (SELECT max(seq) FROM hazards WHERE location IS NOT NULL
                                                        AND id <> 'shell-hazard-1');
        -- Projects are reference data and hazards are never deleted, except when a pull applies them.
        UPDATE sync_control SET applying_remote = 1 WHERE id = 1;
        UPDATE projects SET name = name || '鑫塔' WHERE id = (SELECT project_id FROM hazards ORDER BY seq DESC LIMIT 1);
        DELETE FROM hazards WHERE seq = (SELECT max(seq) FROM hazards WHERE description LIKE '%井%'
                                                                       AND id <> 'shell-hazard-1');
        UPDATE sync_control SET applying_remote = 0 WHERE id = 1;
    )sql"_s);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"shell-written"_s);
    db.setDatabaseName(path);
    REQUIRE(db.open());
    {
        // FTS5 compares the index with what the view computes now from hazards_fts: no stale or missing tokens.
        QSqlQuery check(db);
        CHECK(check.exec(u"INSERT INTO hazard_grams (hazard_grams, rank) VALUES ('integrity-check', 1)"_s));
        const QMap<qint64, QStringList> texts = searchedTexts(db);
        CHECK(expectedSeqs(texts, {u"鑫"_s}).size() >= 3);
        checkTermsAgainstTexts(db, {u"鑫"_s, u"鑫z"_s, u"zQ"_s, u"塔吊"_s, u"井"_s, u"（"_s, u"东）"_s, u"7号"_s,
                                    u"鑫塔"_s, u"塔"_s});
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"shell-written"_s);
}
