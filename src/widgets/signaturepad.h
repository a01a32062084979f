#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

class QPainter;
class QTransform;

namespace sitesafe {

/// A pad to sign on with a mouse, a pen (QTabletEvent: pressure widens the line) or a finger (touch events).
/// Strokes are drawn as quadratic curves through the midpoints of the sampled points, so a quick signature stays
/// smooth. Export the signature with toPng(): the pad's area scaled into a fixed size, black ink on white, the
/// bytes InspectionSigner stores. The placeholder and the baseline are only drawn on screen.
class SignaturePad final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignaturePad)

public:
    /// The size of every exported signature image (5:2, as a signature box on a paper record).
    static constexpr QSize kExportSize{600, 240};

    explicit SignaturePad(QWidget *parent = nullptr);
    ~SignaturePad() override;

    bool isEmpty() const { return m_strokes.isEmpty(); }
    /// The number of strokes drawn (a stroke: pressed, moved, released).
    qsizetype strokeCount() const { return m_strokes.size(); }
    /// The signature as PNG bytes at `size` on white; empty bytes while nothing is drawn.
    QByteArray toPng(QSize size = kExportSize) const;
    /// The text shown on the empty pad, e.g. "王检查 signs here".
    void setPlaceholderText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    /// A stroke was finished or the pad cleared.
    void changed();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;

private:
    struct Sample {
        QPointF position; ///< on the canvas (kExportSize), not the widget
        qreal pressure = 0.5; ///< 0..1; a mouse draws at the middle width
    };
    using Stroke = QList<Sample>;

    void beginStroke(QPointF position, qreal pressure);
    void extendStroke(QPointF position, qreal pressure);
    void endStroke();
    static void drawStroke(QPainter &painter, const Stroke &stroke);
    /// Maps `canvas` into `target`, centred, aspect kept.
    static QTransform fit(QSizeF canvas, QSizeF target);
    QPointF toCanvas(QPointF widgetPosition) const;

    QList<Stroke> m_strokes;
    bool m_isDrawing = false;
    QString m_placeholder;
};

} // namespace sitesafe
