#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitesafe {

/// A hazard a notice may name, with what the notice form needs of it.
struct NoticeHazard {
    QString id;
    QString projectId;
    QString inspectionId;
    QString status; ///< open | rectifying (only those can be named)
    QString description;
    QString location;
    QString measure; ///< immediate | deadline | partial_stop | full_stop | evacuate
    QDate deadline; ///< the effective deadline (after extensions), else the recorded one
    bool isMajor = false;
    QString responsibleEnterpriseId;
    QString basis; ///< its legal basis in words: the criteria article and item, or the basis text
};

/// An id with the words shown for it (enterprises, notices).
struct NoticeChoice {
    QString id;
    QString label;
};

/// What the issue-notice form starts from, read in one go off the UI thread (NoticeDraftLoader).
struct NoticeDraftData {
    QString projectId;
    QString projectName;
    QString inspectionId; ///< the inspection the hazards were found in (the first one's)
    QList<NoticeHazard> hazards; ///< every open or rectifying hazard of the project, preselected ones first
    QStringList preselectedIds; ///< the caller's hazards that can be named
    QStringList leftOut; ///< sentences: caller's hazards that cannot be named, and why
    QList<NoticeChoice> enterprises; ///< the project's participants (受文单位 choices)
    QStringList inspectors; ///< the inspection's inspectors
    QList<NoticeChoice> notices; ///< the project's issued notices (复查/复工意见书 answer one)
    QHash<QString, int> remaining; ///< numbers left on this computer per notice kind
    QString error; ///< a sentence when nothing could be read
};

} // namespace sitesafe
