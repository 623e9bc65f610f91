#pragma once

#include "figurechart.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QPainter;

namespace atlas {

class Basemap;

/// How a figure is looked at, which decides how large its text and symbols are.
enum class FigureMedium {
    Screen, ///< slides and screens: text grows with the pixel size (labels 1/45 of the short side)
    Paper,  ///< print: text grows with the sheet (7.5 pt labels on A4, 21 pt on A1)
    Window, ///< the bare map as the window draws it; text grows with the DPI only
};

/// A named figure format users pick: its size, resolution and medium.
struct FigurePreset {
    QString name;        ///< command-line name: "map", "a4-portrait", "slide", …
    QString displayName; ///< translated, for the dialog
    QSize sizePx;
    double dpi = 96;
    FigureMedium medium = FigureMedium::Screen;
    QSizeF sizeMm; ///< the exact sheet for paper presets (the PDF page); empty otherwise

    static QList<FigurePreset> all();
    static std::optional<FigurePreset> byName(const QString &name);
};

/**
 * Everything that decides how a figure looks, as a plain value the dialog, the command line and
 * the settings share: the same spec gives the same pixels wherever it comes from.
 */
struct FigureSpec {
    QString preset = QStringLiteral("map"); ///< a FigurePreset name, or "custom"
    QSize sizePx { 1920, 1080 };
    double dpi = 96;
    FigureMedium medium = FigureMedium::Window;
    QSizeF sizeMm; ///< the sheet when it is a standard one; empty: sizePx at dpi

    QString title;
    QString subtitle;
    QString notes;
    FigureCharts charts = FigureCharts::None;
    QString theme = QStringLiteral("light"); ///< a Theme::names() name
    /// The theme as seen with this colour vision: a preview for readers with a deficiency.
    ColourVision colourVision = ColourVision::Normal;
    /// Companies in the theme's colour-blind-safe palette, or in the dataset's own colours.
    CompanyColours companyColours = CompanyColours::Palette;
    bool transparent = false;                ///< PNG only: no background outside the map
    QString language = QStringLiteral("en"); ///< en or ko: dataset texts, numbers and dates
    bool legend = true;
    bool labels = true;
    bool graticule = true;
    bool sourceLine = true;
    bool asOfLine = true;
    bool attribution = true;

    ProjectionSpec projection;
    QRectF extent; ///< projected metres to show whole; null: the whole world
    SiteMeasure measure = SiteMeasure::Gpus;

    static FigureSpec fromPreset(const FigurePreset &preset);
    /// Drawn as a composed figure (title, footer, chart panel) rather than a bare map: every
    /// medium but Window. The command line makes a figure composed when given a title,
    /// subtitle, notes or chart.
    bool composed() const;
    /// The physical size: the sheet, or the pixels at the DPI.
    QSizeF physicalSizeMm() const;
    /// Map label height in figure pixels; titles, legends and footers are multiples of it.
    double labelPixels() const;
    /// The factor symbols, strokes and map fonts are drawn at (1 = the window at 96 dpi).
    double renderScale() const;

    friend bool operator==(const FigureSpec &, const FigureSpec &) = default;
};

/// What a figure needs from the document: shared, read-only, safe to hand to a worker thread.
struct FigureData {
    std::shared_ptr<const Dataset> dataset;
    DatasetFilter filter;
    QSet<EntityRef> highlighted; ///< selected items stay highlighted and the rest dimmed
    std::shared_ptr<const Basemap> basemap;
    QList<SceneAnnotation> annotations; ///< a scene's callouts and arrows, drawn over the map
};

/// Where the parts of a composed figure go, in figure pixels.
struct FigureLayout {
    QRectF page;
    QRectF titleBlock;
    QRectF map;
    QRectF chart; ///< empty without a chart panel
    QRectF footer;
    double labelPx = 12;
    double margin = 24;
    int sourceLines = 2;
    QStringList noteLines;
};

/// What a figure showed: the map's drawn items, the chart rows and every source cited.
struct FigureResult {
    RenderResult map;
    MapViewport viewport; ///< the map's viewport, its pixels offset by layout.map.topLeft()
    FigureLayout layout;
    QList<FigureChartRow> chartRows;
    qsizetype chartRowsShown = 0;
    QStringList sourceIds; ///< the sources of everything shown, in the dataset's order
    QString sourceLine;    ///< as printed (possibly shortened)
    bool cancelled = false;
};

/**
 * A report figure: the map by the same renderer as the window, with an optional chart panel,
 * title, subtitle, legend, a source line made from what is shown, the "as of" date, attribution
 * and notes. A pure function of (spec, data): render() paints it into any QPainter whose
 * coordinates are figure pixels (images, tiles of an image, SVG, PDF, a scaled-down preview).
 */
class Figure
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Figure)

public:
    Figure(FigureSpec spec, FigureData data);

    const FigureSpec &spec() const { return m_spec; }
    const FigureData &data() const { return m_data; }
    const Theme &theme() const { return m_theme; }
    const MapScene &scene() const { return m_scene; }
    FigureLayout layout() const;
    /// The map's viewport, in the map frame's own pixels.
    MapViewport mapViewport() const;
    /// The date the figure states the data as of: the filter's, else the dataset's.
    QDate asOf() const;
    QString defaultTitle() const;

    FigureResult render(QPainter &painter, const std::atomic_bool *cancel = nullptr) const;

    /// A plain-text description of what was drawn, for alt text in accessible reports.
    QString altText(const FigureResult &result) const;

private:
    QStringList sourcesShown(const RenderResult &map, const QList<FigureChartRow> &chartRows) const;
    QString sourceLineText(const QStringList &sourceIds) const;

    FigureSpec m_spec;
    FigureData m_data;
    Theme m_theme;
    MapScene m_scene;
};

} // namespace atlas
