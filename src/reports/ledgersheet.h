#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "core/error.h"
#include "ledgerperiod.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// The three ledgers (台账) the campaign keeps, domain-reference §4.1–4.3.
enum class LedgerKind { MajorHazards, Incidents, Dangers };

/// One column of a ledger: its Chinese header, the type its cells hold (dates and numbers stay typed so a
/// spreadsheet can sort and sum them) and a width in characters.
struct LedgerColumn {
    enum class Type { Text, Number, Date, DateTime };
    QString header;
    Type type = Type::Text;
    double width = 12;
};

/// A ledger for a month and a 市县 or park, ready for the writers: the rows hold QString, a number, QDate or
/// QDateTime (Beijing time) per column, or an invalid QVariant for an empty cell.
struct LedgerSheet {
    LedgerKind kind = LedgerKind::MajorHazards;
    QString title;       ///< 重大事故隐患台账 …, also the sheet name
    QString scope;       ///< "2026-11 · 海口市" or "2026-11 · 全省"
    QString rules;       ///< what the ledger counts, stated in every exported file
    QList<LedgerColumn> columns;
    QList<QVariantList> rows;
};

/// What a ledger view lists: a month's (or span's) ledger of a place, optionally only some statuses, or for major
/// hazards the running list of every one not yet closed (销号), whatever month it was found in.
struct LedgerQuery {
    LedgerKind kind = LedgerKind::MajorHazards;
    LedgerPeriod period;
    QString jurisdictionCode; ///< 市县 or park; empty: the province
    /// Major hazards: hazard status codes (open, rectifying, reported, verified, closed); incidents: "open" (not
    /// yet closed, 未结案) or "closed" (结案). Empty: all. Dangerous situations have no status.
    QStringList statuses;
    bool isRunning = false; ///< major hazards only: not yet closed, found in any month (the period is not used)
};

/// Reads a ledger from the store. Every rule of what a month's ledger holds is written here once:
/// - a month is a calendar month in China time (LedgerPeriod);
/// - 重大事故隐患台账: the major hazards (is_major) found in the month, voided ones left out;
/// - 非亡人事故台账: the incidents that occurred in the month with no death (deaths = 0);
/// - 重大险情台账: the dangerous situations that occurred in the month;
/// - a 市县 or park code selects the projects located there (projects.jurisdiction_code or park_code); empty: all;
/// - the running list of major hazards: every major hazard not yet closed (销号) nor voided, found in any month.
class LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReader)

public:
    static Result<LedgerSheet> read(ReadConnection db, LedgerKind kind, const LedgerPeriod &period,
                                    const QString &jurisdictionCode = {});
    /// The ledger `query` describes, its rows from `offset` on, at most `limit` of them (-1: all): a window for
    /// a list that shows a province's rows without holding them all.
    static Result<LedgerSheet> read(ReadConnection db, const LedgerQuery &query, qint64 offset = 0,
                                    qint64 limit = -1);
    /// How many rows read() would give for `query` without a window.
    static Result<qint64> count(ReadConnection db, const LedgerQuery &query);
    /// The first `limit` rows and, in `total`, how many there are in all: what a list shows first. The count is
    /// read only when the window is full, by count() right after the window (not in one snapshot: a row written
    /// in between is in the count or not, as the list's next refresh shows it).
    static Result<LedgerSheet> firstWindow(ReadConnection db, const LedgerQuery &query, qint64 limit, qint64 &total);
    /// major-hazards | incidents | dangers (the command line's words).
    static std::optional<LedgerKind> kindFromCode(QStringView code);
    static QString title(LedgerKind kind);
    /// The rules of `kind` as one sentence, in Chinese like the ledger.
    static QString rules(LedgerKind kind);
    /// The status codes a LedgerQuery of `kind` may filter on (empty: the ledger has no status).
    static QStringList statusCodes(LedgerKind kind);
    /// The running list's title and rules (重大事故隐患未销号清单).
    static QString runningTitle();
    static QString runningRules();
};

} // namespace sitesafe
