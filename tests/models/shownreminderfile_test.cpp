// The reminders already shown, kept in the data folder (ShownReminderFile): what the notifier reads back is what
// it wrote, at province size, and a folder it cannot write to gives an error that says what to do.
#include "models/shownreminderfile.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "core/uuidv7.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

TEST_CASE(
    "Shown reminders: none before the first write, exactly the keys written after it, at province size", "[reminders]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const ShownReminderFile file(folder.path());
    CHECK(file.path() == folder.filePath(u"reminders-shown.txt"_s));
    CHECK(file.read().isEmpty());

    // 25,000 keys: the province's overdue hazards and more, with a non-ASCII monthly-report key among them.
    QStringList keys;
    for (int i = 0; i < 25000; ++i)
        keys << (i % 2 ? u"overdue:"_s : u"due:"_s) + UuidV7::generate();
    keys << u"monthly-report:460100:2026-11"_s << u"report-late:事故-1"_s;
    REQUIRE(file.write(keys));
    const QSet<QString> read = file.read();
    CHECK(read.size() == keys.size());
    CHECK(read == QSet<QString>(keys.cbegin(), keys.cend()));

    // Replaced, not appended: a reminder that went away is no longer remembered.
    REQUIRE(file.write({keys.first()}));
    CHECK(file.read() == QSet<QString> {keys.first()});
    REQUIRE(file.write({}));
    CHECK(file.read().isEmpty());
}

TEST_CASE("Shown reminders: a list that cannot be written is refused with a sentence saying what to do", "[reminders]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const ShownReminderFile file(folder.path());
    // Something else in the way (a folder by that name): as with a full disk or a read-only folder, and unlike those
    // also when the tests run as root.
    REQUIRE(QDir(folder.path()).mkdir(u"reminders-shown.txt"_s));
    const Status written = file.write({u"due:c"_s});
    REQUIRE_FALSE(written);
    CHECK(written.error().code == u"reminders.shown_not_saved"_s);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(file.path())));
    CHECK(written.error().message.contains(u"writable"_s));
    CHECK(file.read().isEmpty());
}
