#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
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

/// Reads a ledger from the store. Every rule of what a month's ledger holds is written here once:
/// - a month is a calendar month in China time (LedgerPeriod);
/// - 重大事故隐患台账: the major hazards (is_major) found in the month, voided ones left out;
/// - 非亡人事故台账: the incidents that occurred in the month with no death (deaths = 0);
/// - 重大险情台账: the dangerous situations that occurred in the month;
/// - a 市县 or park code selects the projects located there (projects.jurisdiction_code or park_code); empty: all.
class LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReader)

public:
    static Result<LedgerSheet> read(ReadConnection db, LedgerKind kind, const LedgerPeriod &period,
                                    const QString &jurisdictionCode = {});
    /// major-hazards | incidents | dangers (the command line's words).
    static std::optional<LedgerKind> kindFromCode(QStringView code);
    static QString title(LedgerKind kind);
    /// The rules of `kind` as one sentence, in Chinese like the ledger.
    static QString rules(LedgerKind kind);
};

} // namespace sitesafe
