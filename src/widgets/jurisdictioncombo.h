#pragma once

#include <QComboBox>

namespace sitesafe {

class SqlWorker;

/// The 市县 and parks to choose from, read on the worker thread (never a blocking query while a window opens):
/// until they arrive the box holds only "Whole province" when that is offered, or nothing. select() before they
/// arrive is kept and applied then; the change of selection that follows emits currentIndexChanged as usual, while
/// isLoaded() is still false, and loaded() comes right after it (even when the choice did not change).
class JurisdictionCombo final : public QComboBox
{
    Q_OBJECT

public:
    /// `preferred`: the code selected once the list is in (the account's 市县, or empty for the first entry).
    JurisdictionCombo(SqlWorker &worker, bool offersProvince, const QString &preferred, QWidget *parent = nullptr);

    /// The chosen code; empty for the whole province (or while nothing is loaded).
    QString code() const { return currentData().toString(); }
    bool isLoaded() const { return m_isLoaded; }
    void select(const QString &code);

Q_SIGNALS:
    /// The list is in and the wanted choice applied: a page waiting for isLoaded() loads now.
    void loaded();

private:
    QString m_wanted;
    bool m_isLoaded = false;
};

} // namespace sitesafe
