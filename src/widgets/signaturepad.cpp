#include "signaturepad.h"

#include <algorithm>
#include <cmath>

#include <QBuffer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>
#include <QTransform>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr qreal kThinnest = 1.5; ///< line width at no pressure, in canvas pixels (the export size)
constexpr qreal kThickest = 6.0; ///< line width at full pressure
constexpr qreal kMinimumStep = 0.8; ///< closer samples add nothing but jitter

qreal widthAt(qreal pressure)
{
    return kThinnest + (kThickest - kThinnest) * std::clamp(pressure, 0.0, 1.0);
}

QPointF midpoint(QPointF a, QPointF b)
{
    return (a + b) / 2.0;
}
} // namespace

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Signature pad"));
}

SignaturePad::~SignaturePad() = default;

QSize SignaturePad::sizeHint() const
{
    return {400, 160};
}

QSize SignaturePad::minimumSizeHint() const
{
    return {240, 96};
}

void SignaturePad::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

void SignaturePad::clear()
{
    if (m_strokes.isEmpty() && !m_isDrawing)
        return;
    m_strokes.clear();
    m_isDrawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::beginStroke(QPointF position, qreal pressure)
{
    m_strokes.append(Stroke{Sample{position, pressure}});
    m_isDrawing = true;
    update();
}

void SignaturePad::extendStroke(QPointF position, qreal pressure)
{
    if (!m_isDrawing)
        return;
    Stroke &stroke = m_strokes.last();
    const QPointF step = position - stroke.constLast().position;
    if (std::hypot(step.x(), step.y()) < kMinimumStep)
        return;
    stroke.append(Sample{position, pressure});
    update();
}

void SignaturePad::endStroke()
{
    if (!m_isDrawing)
        return;
    m_isDrawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::drawStroke(QPainter &painter, const Stroke &stroke)
{
    auto penFor = [](qreal pressure) {
        return QPen(Qt::black, widthAt(pressure), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    };
    if (stroke.size() == 1) { // a dot, as in the i of a name
        const qreal radius = widthAt(stroke.constFirst().pressure) / 2.0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawEllipse(stroke.constFirst().position, radius, radius);
        painter.setBrush(Qt::NoBrush);
        return;
    }
    // Quadratic pieces from midpoint to midpoint, each bent through the sample between them: the curve keeps the
    // hand's shape without the corners a polyline shows at speed. Each piece has its own width (pen pressure).
    auto draw = [&](const QPainterPath &piece, qreal pressure) {
        painter.setPen(penFor(pressure));
        painter.drawPath(piece);
    };
    const qsizetype last = stroke.size() - 1;
    QPainterPath head(stroke.at(0).position);
    head.lineTo(last == 1 ? stroke.at(1).position : midpoint(stroke.at(0).position, stroke.at(1).position));
    draw(head, (stroke.at(0).pressure + stroke.at(1).pressure) / 2.0);
    if (last == 1)
        return;
    for (qsizetype i = 1; i < last; ++i) {
        QPainterPath piece(midpoint(stroke.at(i - 1).position, stroke.at(i).position));
        piece.quadTo(stroke.at(i).position, midpoint(stroke.at(i).position, stroke.at(i + 1).position));
        draw(piece, stroke.at(i).pressure);
    }
    QPainterPath tail(midpoint(stroke.at(last - 1).position, stroke.at(last).position));
    tail.lineTo(stroke.at(last).position);
    draw(tail, (stroke.at(last - 1).pressure + stroke.at(last).pressure) / 2.0);
}

QTransform SignaturePad::fit(QSizeF canvas, QSizeF target)
{
    const qreal scale = std::min(target.width() / canvas.width(), target.height() / canvas.height());
    QTransform transform;
    transform.translate((target.width() - canvas.width() * scale) / 2.0,
                        (target.height() - canvas.height() * scale) / 2.0);
    transform.scale(scale, scale);
    return transform;
}

QPointF SignaturePad::toCanvas(QPointF widgetPosition) const
{
    return fit(kExportSize, size()).inverted().map(widgetPosition);
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Greyed while it may not be used (a representative who refused to sign).
    painter.fillRect(rect(), isEnabled() ? QColor(Qt::white) : QColor(0xf1, 0xf2, 0xf4));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));

    // Strokes live on a canvas of the export size shown fitted into the pad, so a pad that changes size (the
    // dialog's layout moving) keeps the signature whole and in place.
    painter.setTransform(fit(kExportSize, size()));
    const QSizeF canvas = kExportSize;
    // The line to sign on, with the cross signers expect at its start.
    const qreal baseline = canvas.height() * 0.72;
    const qreal left = canvas.width() * 0.06;
    painter.setPen(QPen(QColor(0xb0, 0xb8, 0xc4), 1.5, Qt::DashLine));
    painter.drawLine(QPointF(left, baseline), QPointF(canvas.width() - left, baseline));
    painter.setPen(QPen(QColor(0x90, 0x98, 0xa4), 2));
    painter.drawLine(QPointF(left, baseline - 22), QPointF(left + 16, baseline - 6));
    painter.drawLine(QPointF(left, baseline - 6), QPointF(left + 16, baseline - 22));
    if (m_strokes.isEmpty() && !m_placeholder.isEmpty()) {
        painter.resetTransform(); // text at the UI's font size, whatever the pad's scale
        painter.setPen(QColor(0x9a, 0xa0, 0xa8));
        painter.drawText(QRectF(0, 0, width(), height() * 0.6), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    for (const Stroke &stroke : std::as_const(m_strokes))
        drawStroke(painter, stroke);
}

QByteArray SignaturePad::toPng(QSize size) const
{
    if (m_strokes.isEmpty() || size.isEmpty())
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        // The whole canvas, as the signer saw it, centred with its aspect kept; no frame, no baseline.
        painter.setTransform(fit(kExportSize, size));
        for (const Stroke &stroke : m_strokes)
            drawStroke(painter, stroke);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool SignaturePad::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel: {
        // One finger signs; further fingers are ignored. Most touch screens report no pressure: middle width.
        auto *touch = static_cast<QTouchEvent *>(event);
        if (!touch->points().isEmpty()) {
            const QEventPoint &point = touch->points().constFirst();
            const bool hasPressure = touch->device()
                && touch->device()->capabilities().testFlag(QInputDevice::Capability::Pressure);
            const qreal pressure = hasPressure ? point.pressure() : 0.5;
            if (event->type() == QEvent::TouchBegin)
                beginStroke(toCanvas(point.position()), pressure);
            else
                extendStroke(toCanvas(point.position()), pressure);
            if (event->type() == QEvent::TouchEnd || event->type() == QEvent::TouchCancel)
                endStroke();
        }
        event->accept();
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    // Only a real mouse: a pen or a finger is handled from its own events (accepted, so Qt makes no mouse copy).
    if (event->button() != Qt::LeftButton || event->deviceType() != QInputDevice::DeviceType::Mouse)
        return QWidget::mousePressEvent(event);
    beginStroke(toCanvas(event->position()), 0.5);
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || event->deviceType() != QInputDevice::DeviceType::Mouse)
        return QWidget::mouseMoveEvent(event);
    extendStroke(toCanvas(event->position()), 0.5);
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || event->deviceType() != QInputDevice::DeviceType::Mouse)
        return QWidget::mouseReleaseEvent(event);
    extendStroke(toCanvas(event->position()), 0.5);
    endStroke();
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    switch (event->type()) {
    case QEvent::TabletPress:
        beginStroke(toCanvas(event->position()), event->pressure());
        break;
    case QEvent::TabletMove:
        extendStroke(toCanvas(event->position()), event->pressure());
        break;
    case QEvent::TabletRelease:
        extendStroke(toCanvas(event->position()), event->pressure());
        endStroke();
        break;
    default:
        return QWidget::tabletEvent(event);
    }
    event->accept();
}

} // namespace sitesafe
