#pragma once

#include <QString>
#include <QTemporaryDir>

/// A temporary folder for one test, removed afterwards unless SITESAFE_KEEP_TEST_FILES is set.
class TestDir
{
public:
    TestDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};
