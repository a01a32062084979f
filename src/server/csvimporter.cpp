#include "csvimporter.h"

#include <QFile>
#include <QSqlQuery>

#include "backend.h"
#include "core/clock.h"
#include "core/creditcode.h"
#include "core/uuidv7.h"
#include "protocol/entityrules.h"
#include "rowstore.h"
#include "serverauditlog.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

/// What a column must hold, per import kind.
struct ColumnRules {
    QStringList required;
    QHash<QString, QStringList> allowed;
    QStringList dates;
    QStringList numbers;
    QHash<QString, QString> references; ///< column → table whose id it names
};

ColumnRules rulesFor(const QString &kind)
{
    ColumnRules r;
    if (kind == u"enterprises") {
        r.required = {u"credit_code"_s, u"name"_s};
        r.dates = {u"safety_licence_expiry"_s};
    } else if (kind == u"projects") {
        r.required = {u"name"_s, u"jurisdiction_code"_s, u"category"_s, u"status"_s};
        r.allowed = {{u"category"_s, {u"building"_s, u"municipal"_s}},
                     {u"status"_s, {u"not_started"_s, u"under_construction"_s, u"suspended"_s, u"completed"_s}}};
        r.dates = {u"start_date"_s, u"planned_completion"_s};
        r.numbers = {u"floor_area"_s, u"contract_value"_s, u"latitude"_s, u"longitude"_s};
    } else if (kind == u"people") {
        r.required = {u"name"_s};
        r.references = {{u"enterprise_id"_s, u"enterprises"_s}};
    } else if (kind == u"certificates") {
        r.required = {u"kind"_s, u"number"_s};
        r.allowed = {{u"kind"_s, {u"A"_s, u"B"_s, u"C1"_s, u"C2"_s, u"C3"_s, u"special_operation"_s, u"constructor"_s,
                                  u"supervision_engineer"_s}}};
        r.dates = {u"issued_on"_s, u"valid_until"_s};
        r.references = {{u"holder_person_id"_s, u"people"_s}};
    } else if (kind == u"equipment") {
        r.required = {u"project_id"_s, u"kind"_s, u"status"_s};
        r.allowed = {{u"kind"_s, {u"tower_crane"_s, u"construction_hoist"_s, u"material_hoist"_s}},
                     {u"status"_s, {u"installing"_s, u"in_use"_s, u"dismantled"_s}}};
        r.dates = {u"installation_notified_on"_s, u"accepted_on"_s, u"registered_on"_s};
        r.references = {{u"project_id"_s, u"projects"_s}, {u"owner_enterprise_id"_s, u"enterprises"_s}};
    }
    return r;
}

bool exists(QSqlDatabase db, const QString &table, const QString &column, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM %1 WHERE %2 = ?"_s.arg(table, column));
    q.addBindValue(value);
    return q.exec() && q.next();
}

} // namespace

QList<QPair<int, QStringList>> CsvImporter::parseCsv(const QString &text)
{
    QList<QPair<int, QStringList>> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    int line = 1;
    int recordLine = 1;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (any || !field.isEmpty()) {
                fields.append(field);
                records.append({recordLine, fields});
            }
            fields.clear();
            field.clear();
            any = false;
            ++line;
            recordLine = line;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        fields.append(field);
        records.append({recordLine, fields});
    }
    return records;
}

CsvImporter::Report CsvImporter::import(Backend &backend, const QString &kind, const QString &fileName)
{
    Report report;
    const QStringList kinds{u"projects"_s, u"enterprises"_s, u"people"_s, u"certificates"_s, u"equipment"_s};
    if (!kinds.contains(kind)) {
        report.problems.append({0, {}, tr("--kind must be one of %1.").arg(kinds.join(u", "_s))});
        return report;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        report.problems.append({0, {}, tr("Cannot read %1: %2").arg(fileName, file.errorString())});
        return report;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const auto records = parseCsv(text);
    if (records.isEmpty()) {
        report.problems.append({1, {}, tr("The file is empty; the first row must name the columns.")});
        return report;
    }
    const EntityRule *rule = EntityRules::find(kind);
    const ColumnRules rules = rulesFor(kind);
    const QStringList header = records.first().second;
    for (const QString &column : header) {
        if (column != u"id" && !rule->fields.contains(column))
            report.problems.append({records.first().first, column, tr("%1 has no column %2.").arg(kind, column)});
    }
    for (const QString &column : rules.required) {
        if (!header.contains(column))
            report.problems.append({records.first().first, column, tr("The required column %1 is missing.").arg(column)});
    }
    if (!report.problems.isEmpty())
        return report;

    WriteTransaction tx(backend);
    if (!tx.isActive()) {
        report.problems.append({0, {}, tx.error().message});
        return report;
    }
    QSqlDatabase &db = tx.database();
    QList<QPair<int, QVariantMap>> rows;
    QHash<QString, int> idLines; ///< the line each id was first given on
    for (qsizetype r = 1; r < records.size(); ++r) {
        const int line = records[r].first;
        const QStringList &values = records[r].second;
        if (values.size() != header.size()) {
            report.problems.append({line, {}, tr("The row has %1 fields, the header %2.").arg(values.size()).arg(header.size())});
            continue;
        }
        QVariantMap row;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString &column = header[c];
            const QString value = values[c].trimmed();
            auto problem = [&](const QString &reason) { report.problems.append({line, column, reason}); };
            if (value.isEmpty()) {
                if (rules.required.contains(column))
                    problem(tr("A value is required."));
                row.insert(column, QVariant(QMetaType(QMetaType::QString)));
                continue;
            }
            if (column == u"id" && !UuidV7::isValid(value))
                problem(tr("id must be a UUID."));
            // A second row with the same id would overwrite the first inside this import, and the report would
            // count both as imported (found by the fuzz target's all-or-nothing check).
            if (column == u"id") {
                if (const int first = idLines.value(value); first != 0)
                    problem(tr("The id %1 is also on line %2; every row needs its own id.").arg(value).arg(first));
                else
                    idLines.insert(value, line);
            }
            if (rules.allowed.contains(column) && !rules.allowed[column].contains(value))
                problem(tr("%1 is not one of %2.").arg(value, rules.allowed[column].join(u", "_s)));
            if (rules.dates.contains(column) && !QDate::fromString(value, Qt::ISODate).isValid())
                problem(tr("%1 is not a date (YYYY-MM-DD).").arg(value));
            bool isNumber = true;
            if (rules.numbers.contains(column))
                value.toDouble(&isNumber);
            if (!isNumber)
                problem(tr("%1 is not a number.").arg(value));
            if (column == u"credit_code") {
                const CodeCheck check = CreditCode::check(value);
                if (!check.isValid)
                    problem(check.message);
            }
            if (column == u"jurisdiction_code" && !exists(db, u"jurisdictions"_s, u"code"_s, value))
                problem(tr("There is no 市县 with code %1.").arg(value));
            if (rules.references.contains(column) && !exists(db, rules.references[column], u"id"_s, value))
                problem(tr("There is no %1 row with id %2.").arg(rules.references[column], value));
            row.insert(column, rules.numbers.contains(column) ? QVariant(value.toDouble()) : QVariant(value));
        }
        if (row.value(u"id"_s).toString().isEmpty())
            row.insert(u"id"_s, UuidV7::generate());
        rows.append({line, row});
    }
    if (!report.problems.isEmpty())
        return report; // the transaction rolls back untouched
    RowStore store(tx.statements());
    const QString stamp = Timestamp::toText(backend.clock().now());
    for (const auto &[line, row] : rows) {
        if (Status s = store.upsertReference(*rule, row, stamp); !s) {
            report.problems.append({line, {}, tr("The database refused the row: %1").arg(s.error().message)});
            return report;
        }
    }
    ServerAuditLog::append(tx.statements(), backend.clock().now(), u"cli"_s, {}, u"reference.import"_s, kind, {},
                           QString::number(rows.size()));
    if (Status s = tx.commit(); !s) {
        report.problems.append({0, {}, s.error().message});
        return report;
    }
    report.imported = int(rows.size());
    return report;
}

} // namespace sitesafe
