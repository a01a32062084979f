// Fuzz target "pullapply": a pull answer from a hostile or broken server, read as SyncEngine::readPage reads it
// and applied by PullApplier to a real client store, as SyncEngine::pull applies a page. Each input gets a fresh
// copy of one new store made at start (held rows and applied pages stay out of the next input). Invariants: nothing
// crashes, a rejected page leaves the sync position (cursor, epoch, snapshot token) where it was, an applied page
// stores its cursor, and retrying held rows never moves the position.
#include <optional>

#include <QFile>
#include <QJsonDocument>

#include "fuzzsupport.h"
#include "protocol/pullmessages.h"
#include "storage/datastore.h"
#include "storage/syncstatestore.h"
#include "sync/pullapplier.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::fuzz;

namespace {

/// The sync position as the store keeps it (sync_state): what a rejected page must leave as it was.
struct Position {
    std::optional<QString> cursor;
    std::optional<QString> epoch;
    std::optional<QString> snapshotToken;

    friend bool operator==(const Position &, const Position &) = default;
};

Position positionOf(SyncStateStore &state)
{
    return {state.value(SyncStateStore::kCursor), state.value(SyncStateStore::kEpoch),
        state.value(SyncStateStore::kSnapshotToken)};
}

/// The database file of a new, empty store, made once per process.
const QString &templateDatabase()
{
    static const QString path = [] {
        const QString folder = scratchFolder() + u"/template"_s;
        if (!DataStore::open(folder))
            fail("a new store opens");
        return DataStore::databasePath(folder);
    }();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    startQt();
    templateDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytesOf(data, size));
    if (!document.isObject())
        return 0; // SyncEngine::readPage answers "bad answer" without applying anything
    const PullPage page = PullPage::fromJson(document.object());

    const QString folder = scratchFolder() + u"/store"_s;
    emptyFolder(folder);
    if (!QFile::copy(templateDatabase(), DataStore::databasePath(folder)))
        fail("the new store can be copied");
    auto store = DataStore::open(folder);
    if (!store)
        fail("a copy of a new store opens");
    SyncStateStore state(store.value()->connection());
    const Position before = positionOf(state);

    // As SyncEngine::pull: a pull page stores its cursor, a snapshot page before the last its page token.
    PullApplier::Position target;
    target.epoch = page.serverEpoch;
    if (page.hasMore && !page.nextPageToken.isEmpty())
        target.snapshotToken = page.nextPageToken;
    else
        target.cursor = page.nextCursor;
    PullApplier applier(store.value()->database());
    const auto applied = applier.apply(page.changes, target, !page.hasMore);
    report("apply", applied ? u"%1 rows applied"_s.arg(applied.value()) : applied.error().message);
    const Position after = positionOf(state);
    if (!applied && after != before)
        fail("a rejected page leaves the sync position unchanged");
    if (applied && !target.cursor.isEmpty() && after.cursor != target.cursor)
        fail("an applied page stores its cursor");
    (void)applier.retryHeld();
    if (positionOf(state) != after)
        fail("retrying held rows leaves the sync position unchanged");
    return 0;
}
