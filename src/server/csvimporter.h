#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sitesafe {

class Backend;

/// `sitesafe-server import`: reference rows from a CSV file (UTF-8, RFC 4180 quoting, a header row of the
/// client schema's column names; `id` optional, a UUIDv7 is made when empty). Every row is checked first
/// (required columns, codes, enumerations, dates, numbers, references) and every problem is reported with its
/// line and column; if there is any, nothing is written. Otherwise all rows go in one transaction, and a
/// database refusal (e.g. a duplicate credit code) rolls the whole import back and is reported with its line.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    struct Problem {
        int line = 0;
        QString column;
        QString reason;
    };
    struct Report {
        int imported = 0;
        QList<Problem> problems;
    };

    /// kind: projects | enterprises | people | certificates | equipment
    static Report import(Backend &backend, const QString &kind, const QString &file);
    /// RFC 4180 records; quoted fields may hold commas, quotes ("") and line breaks. Each record has the line
    /// it starts on.
    static QList<QPair<int, QStringList>> parseCsv(const QString &text);
};

} // namespace sitesafe
