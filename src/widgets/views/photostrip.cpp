#include "photostrip.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QUrl>

#include "models/hazarddetailloader.h"
#include "models/sqlworker.h"
#include "storage/blobrepository.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kThumbnailSize = 128;
constexpr int kCacheKiB = 32 * 1024;

QIcon placeholderIcon(const QString &text)
{
    QPixmap pixmap(96, 96);
    pixmap.fill(QColor(0xe8, 0xea, 0xed));
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x5f, 0x63, 0x68));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    painter.drawText(pixmap.rect().adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, text);
    return QIcon(pixmap);
}

int costOf(const QImage &image)
{
    return int(qMax<qsizetype>(1, image.sizeInBytes() / 1024));
}
} // namespace

PhotoStrip::PhotoStrip(QWidget *parent) : QListWidget(parent), m_thumbnails(kCacheKiB)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Double-click or Enter (the platform's activation) opens a photo, or asks again for a missing one.
    connect(this, &QListWidget::itemActivated, this, &PhotoStrip::open);
}

PhotoStrip::~PhotoStrip() = default;

void PhotoStrip::setSource(SqlWorker *worker, const QString &blobRoot)
{
    m_worker = worker;
    m_blobRoot = blobRoot;
}

void PhotoStrip::clearPhotos()
{
    clear();
    Q_EMIT statusChanged();
}

void PhotoStrip::setPhotos(const QList<HazardPhoto> &photos)
{
    clear();
    QStringList wanted;
    for (const HazardPhoto &p : photos) {
        auto *item = new QListWidgetItem(p.caption, this);
        item->setData(ShaRole, p.sha256);
        item->setToolTip(u"%1\n%2"_s.arg(p.caption, p.sha256));
        if (p.localPath.isEmpty()) {
            setState(item, State::Remote);
            if (!wanted.contains(p.sha256))
                wanted.append(p.sha256);
            continue;
        }
        if (!p.thumbnail.isNull())
            m_thumbnails.insert(p.sha256, new QImage(p.thumbnail), costOf(p.thumbnail));
        const QImage *cached = m_thumbnails.object(p.sha256);
        showThumbnail(item, cached ? *cached : QImage(), p.localPath);
        if (!cached)
            loadThumbnail(p.sha256); // dropped from the cache since the loader skipped it
    }
    if (!wanted.isEmpty() && m_canDownload)
        download(wanted);
    Q_EMIT statusChanged();
}

QListWidgetItem *PhotoStrip::itemOf(const QString &sha256) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(ShaRole).toString() == sha256)
            return item(row);
    }
    return nullptr;
}

PhotoStrip::State PhotoStrip::state(const QString &sha256) const
{
    const QListWidgetItem *it = itemOf(sha256);
    return it ? State(it->data(StateRole).toInt()) : State::Remote;
}

QString PhotoStrip::message(const QString &sha256) const
{
    const QListWidgetItem *it = itemOf(sha256);
    return it ? it->data(MessageRole).toString() : QString();
}

QStringList PhotoStrip::missingPhotos() const
{
    QStringList missing;
    for (int row = 0; row < count(); ++row) {
        const auto s = State(item(row)->data(StateRole).toInt());
        const QString sha256 = item(row)->data(ShaRole).toString();
        if ((s == State::Remote || s == State::Failed) && !missing.contains(sha256))
            missing.append(sha256);
    }
    return missing;
}

QSet<QString> PhotoStrip::cachedThumbnails() const
{
    const QList<QString> keys = m_thumbnails.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

bool PhotoStrip::hasThumbnail(const QString &sha256) const
{
    const QListWidgetItem *it = itemOf(sha256);
    return it && State(it->data(StateRole).toInt()) == State::Local && m_thumbnails.contains(sha256);
}

void PhotoStrip::setState(QListWidgetItem *item, State state, const QString &message)
{
    item->setData(StateRole, int(state));
    item->setData(MessageRole, message);
    const QString sha256 = item->data(ShaRole).toString();
    switch (state) {
    case State::Local:
        return; // showThumbnail() sets icon and tooltip
    case State::Remote:
        item->setIcon(placeholderIcon(tr("On the server")));
        item->setToolTip(tr("%1\nOnly on the server. Double-click to download it.").arg(item->text()));
        break;
    case State::Downloading:
        item->setIcon(placeholderIcon(tr("Downloading…")));
        item->setToolTip(tr("%1\nDownloading from the server…").arg(item->text()));
        break;
    case State::Failed:
        item->setIcon(placeholderIcon(tr("Not downloaded")));
        item->setToolTip(u"%1\n%2"_s.arg(item->text(), message));
        break;
    }
}

void PhotoStrip::showThumbnail(QListWidgetItem *item, const QImage &thumbnail, const QString &path)
{
    item->setData(PathRole, path);
    item->setIcon(thumbnail.isNull() ? placeholderIcon(tr("No preview")) : QIcon(QPixmap::fromImage(thumbnail)));
    item->setToolTip(tr("%1\nDouble-click to open the photo.").arg(item->text()));
    setState(item, State::Local);
}

void PhotoStrip::download(const QStringList &sha256s)
{
    QStringList wanted;
    for (const QString &sha256 : sha256s) {
        QListWidgetItem *it = itemOf(sha256);
        if (!it || State(it->data(StateRole).toInt()) == State::Local)
            continue;
        for (int row = 0; row < count(); ++row) { // the same photo may be attached twice
            if (item(row)->data(ShaRole).toString() == sha256)
                setState(item(row), State::Downloading);
        }
        wanted.append(sha256);
    }
    if (wanted.isEmpty())
        return;
    Q_EMIT photosWanted(wanted);
    Q_EMIT statusChanged();
}

void PhotoStrip::downloadMissing()
{
    const QStringList missing = missingPhotos();
    QStringList chosen;
    for (const QListWidgetItem *it : selectedItems()) {
        const QString sha256 = it->data(ShaRole).toString();
        if (missing.contains(sha256) && !chosen.contains(sha256))
            chosen.append(sha256);
    }
    download(chosen.isEmpty() ? missing : chosen);
}

void PhotoStrip::onPhotoFetched(const QString &sha256, bool isAvailable, const QString &message)
{
    if (!itemOf(sha256))
        return; // another record is shown by now; it asks again when shown
    if (!isAvailable) {
        for (int row = 0; row < count(); ++row) {
            if (item(row)->data(ShaRole).toString() == sha256)
                setState(item(row), State::Failed, message);
        }
        Q_EMIT statusChanged();
        return;
    }
    loadThumbnail(sha256);
}

void PhotoStrip::loadThumbnail(const QString &sha256)
{
    if (!m_worker)
        return;
    const QString blobRoot = m_blobRoot;
    using Loaded = std::pair<QString, QImage>; // file path, thumbnail
    m_worker->post<Loaded>(
        this,
        [sha256, blobRoot](const auto &db) -> Loaded {
            const QString relative = BlobRepository(db.database()).localPath(sha256);
            if (relative.isEmpty())
                return {};
            const QString path = QDir(blobRoot).filePath(relative);
            if (!QFileInfo::exists(path))
                return {};
            return {path, HazardDetailLoader::thumbnail(path, kThumbnailSize)};
        },
        [this, sha256](Loaded loaded) {
            if (loaded.first.isEmpty()) {
                onPhotoFetched(sha256, false, tr("The photo is not on this computer after all. Download it again."));
                return;
            }
            if (!loaded.second.isNull())
                m_thumbnails.insert(sha256, new QImage(loaded.second), costOf(loaded.second));
            for (int row = 0; row < count(); ++row) {
                if (item(row)->data(ShaRole).toString() == sha256)
                    showThumbnail(item(row), loaded.second, loaded.first);
            }
            Q_EMIT statusChanged();
        });
}

void PhotoStrip::open(QListWidgetItem *item)
{
    const auto s = State(item->data(StateRole).toInt());
    if (s == State::Local && !m_opensExternally)
        Q_EMIT photoOpened(row(item));
    else if (s == State::Local)
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(PathRole).toString()));
    else if (s != State::Downloading && m_canDownload)
        download({item->data(ShaRole).toString()});
}

} // namespace sitesafe
