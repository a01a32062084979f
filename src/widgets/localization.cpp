#include "localization.h"

#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr auto kTranslatorName = "sitesafe-translator";
}

QString Localization::resolve(const QString &setting, const QLocale &system)
{
    if (setting == u"zh_CN" || setting == u"en")
        return setting;
    return system.language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

bool Localization::install(const QString &language)
{
    uninstall();
    QCoreApplication *app = QCoreApplication::instance();
    if (language != u"zh_CN") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *qt = new QTranslator(app);
    qt->setObjectName(QString::fromLatin1(kTranslatorName));
    if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    own->setObjectName(QString::fromLatin1(kTranslatorName));
    if (!own->load(u":/i18n/sitesafe_zh_CN.qm"_s))
        return false;
    QCoreApplication::installTranslator(own);
    return true;
}

void Localization::uninstall()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QList<QTranslator *> translators = app->findChildren<QTranslator *>(QString::fromLatin1(kTranslatorName),
                                                                              Qt::FindDirectChildrenOnly);
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void Localization::applyFonts()
{
    QFont font = QGuiApplication::font();
    QStringList families{font.family()};
    for (const QString &family : {u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s, u"Source Han Sans SC"_s,
                                  u"WenQuanYi Micro Hei"_s, u"Microsoft YaHei"_s, u"PingFang SC"_s}) {
        if (!families.contains(family))
            families << family;
    }
    font.setFamilies(families);
    QGuiApplication::setFont(font);
    // Loaded now rather than with the first text laid out (the font database and the first face, a few ms): the
    // client does it while the data file opens on another thread (DataStore::openInBackground).
    static_cast<void>(QFontMetrics(font).height());
}

QList<QPair<QString, QString>> Localization::choices()
{
    return {{QString(), tr("Follow the system")}, {u"zh_CN"_s, u"中文（简体）"_s}, {u"en"_s, u"English"_s}};
}

} // namespace sitesafe
