#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

namespace sitesafe {

/// Language and fonts: zh_CN is the primary translation and the default on a Chinese locale, English the
/// fallback (the source language). Also makes sure Chinese glyphs show on a plain Debian desktop by listing
/// the CJK families Debian ships (fonts-noto-cjk) as fallbacks of the UI font.
class Localization
{
    Q_DECLARE_TR_FUNCTIONS(Localization)

public:
    /// "zh_CN" or "en" for a language setting; an empty setting follows `system`.
    static QString resolve(const QString &setting, const QLocale &system = QLocale::system());
    /// Installs SiteSafe's and Qt's own catalogs for `language` ("zh_CN" or "en"), replacing earlier ones.
    /// False when SiteSafe's catalog is missing from this build (the UI then stays in English).
    static bool install(const QString &language);
    /// Removes the catalogs install() put in place.
    static void uninstall();
    /// Adds the CJK fallbacks to the application font, and loads it.
    static void applyFonts();
    /// Choices for the settings dialog: setting value and its name (in its own language).
    static QList<QPair<QString, QString>> choices();
};

} // namespace sitesafe
