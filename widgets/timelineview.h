#pragma once

#include "entity.h"
#include "theme.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace atlas {

class DatasetDocument;
class FilterState;
class SharedSelection;

/**
 * The dataset on a time axis: one row per company, a filled circle where it announced an
 * investment (as lead investor) and a hollow diamond where its GPUs are expected. Below, a
 * slider sets the shared filter's "as of" date (right end: no limit) and Play animates it month
 * by month; a vertical line marks the date and later markers are faded. Markers follow the
 * shared selection; clicking one selects its investment, or the site of a delivery. Entities
 * the rest of the filter hides are not drawn. For screen readers, the accessible description
 * summarises the markers, the selected ones and the date, and follows them.
 */
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    TimelineView(DatasetDocument *document, SharedSelection *selection, FilterState *filter, const Theme &theme,
        QWidget *parent = nullptr);
    ~TimelineView() override;

    /// The filter's "as of" date; null means no limit.
    QDate asOf() const;
    /// As moving the slider: clamps to the dataset's dates; the last date (or later, or null) clears it.
    void setAsOf(const QDate &date);
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }

    QSlider *slider() const { return m_slider; }
    QAbstractButton *playButton() const;
    bool isPlaying() const;
    void play();
    void pause();
    /// One animation step: one month later; past the last date the animation ends with no limit.
    void stepAnimation();

    /// Entity id (investment, or the site of a delivery) and date of every marker drawn.
    QList<QPair<QString, QDate>> markers() const;
    /// Where the first marker of @p id is drawn, in this widget's coordinates; null if none.
    QRectF markerRect(const QString &id) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Marker {
        EntityRef entity;
        QString company;
        QDate date;
        bool delivery = false;
        QString toolTip;
        int row = 0;
        QRectF rect; ///< filled in by layoutMarkers()
    };

    void rebuild();
    void updateFromFilter();
    void updateControls();
    void updateDescription();
    void ensureLayout() const;
    QRectF plotRect() const;
    double xOf(const QDate &date) const;
    int markerAt(const QPointF &position) const;
    void togglePlaying();

    DatasetDocument *m_document;
    SharedSelection *m_selection;
    FilterState *m_filter;
    Theme m_theme;
    bool m_updating = false;

    QDate m_first;
    QDate m_last;
    QStringList m_rows;      ///< company ids, one per row
    QStringList m_rowLabels; ///< their names
    mutable QList<Marker> m_markers;
    mutable bool m_layoutValid = false;
    mutable double m_labelWidth = 0;

    QWidget *m_controls;
    QToolButton *m_play;
    QSlider *m_slider;
    QLabel *m_asOfLabel;
    QTimer *m_animation;
};

} // namespace atlas
