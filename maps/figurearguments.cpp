#include "figurearguments.h"

#include "figureexport.h"
#include "viewpreset.h"

#include <QRegularExpression>

#include <cmath>

namespace atlas {

namespace {

QString number(double value)
{
    // Shortest text that reads back as the same double.
    return QString::number(value, 'g', 17);
}

QStringList presetNames()
{
    QStringList names;
    for (const FigurePreset &preset : FigurePreset::all())
        names.append(preset.name);
    return names;
}

QStringList viewNames()
{
    QStringList names;
    for (const ViewPreset &preset : ViewPreset::all())
        names.append(preset.name);
    return names;
}

std::optional<QList<double>> numbers(const QString &text, int count)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != count)
        return std::nullopt;
    QList<double> values;
    for (const QString &part : parts) {
        bool ok = false;
        const double value = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return std::nullopt;
        values.append(value);
    }
    return values;
}

const QList<std::pair<QString, EntityType>> &entityKeys()
{
    static const QList<std::pair<QString, EntityType>> s_keys {
        { QStringLiteral("company"), EntityType::Company },
        { QStringLiteral("site"), EntityType::Site },
        { QStringLiteral("investment"), EntityType::Investment },
        { QStringLiteral("source"), EntityType::Source },
        { QStringLiteral("country"), EntityType::Country },
    };
    return s_keys;
}

struct Toggle {
    const char *option;
    bool FigureSpec::*member;
};

constexpr Toggle s_toggles[] = {
    { "no-legend", &FigureSpec::legend },
    { "no-labels", &FigureSpec::labels },
    { "no-graticule", &FigureSpec::graticule },
    { "no-sources", &FigureSpec::sourceLine },
    { "no-as-of", &FigureSpec::asOfLine },
    { "no-attribution", &FigureSpec::attribution },
};

} // namespace

QString FigureArguments::entityKey(EntityType type)
{
    for (const auto &[key, value] : entityKeys()) {
        if (value == type)
            return key;
    }
    return {};
}

void FigureArguments::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("dataset"), tr("export: the dataset to draw (default: the bundled one)."), tr("file") },
        { { QStringLiteral("o"), QStringLiteral("output") },
            tr("export: the file to write; .png, .jpg, .svg or .pdf decides the format."), tr("file") },
        { QStringLiteral("figure"),
            tr("export: a figure preset: %1, or custom (with --size).").arg(presetNames().join(QStringLiteral(", "))),
            tr("preset") },
        { QStringLiteral("size"),
            tr("export: the size, WxH in pixels or WxHmm in millimetres (default 1920x1080 for map)."), tr("size") },
        { QStringLiteral("dpi"),
            tr("export: resolution; for sizes in mm and paper presets it sets the pixels (default: the preset's)."),
            tr("dpi") },
        { QStringLiteral("title"), tr("export: the figure's title (default: the dataset's)."), tr("text") },
        { QStringLiteral("subtitle"), tr("export: the figure's subtitle."), tr("text") },
        { QStringLiteral("notes"), tr("export: notes printed under the sources."), tr("text") },
        { QStringLiteral("charts"), tr("export: a chart panel: gpus, spending or none (default none)."), tr("chart") },
        { QStringLiteral("theme"), tr("export: %1 (default light).").arg(Theme::names().join(QStringLiteral(", "))),
            tr("theme") },
        { QStringLiteral("colour-vision"),
            tr("export: draw the theme as seen with %1 (default normal), to check a figure for readers with a "
               "colour-vision deficiency.")
                .arg(colourVisionNames().join(QStringLiteral(", "))),
            tr("vision") },
        { QStringLiteral("company-colours"),
            tr("export: companies in the colour-blind-safe palette (palette, the default) or in the dataset's own "
               "colours (dataset)."),
            tr("colours") },
        { QStringLiteral("transparent"), tr("export: no background outside the map (PNG, SVG, PDF).") },
        { QStringLiteral("lang"), tr("export: the language of dataset texts: en or ko (default en)."), tr("code") },
        { QStringLiteral("projection"),
            tr("export: %1 (default equal-earth).").arg(ProjectionSpec::names().join(QStringLiteral(", "))),
            tr("name") },
        { QStringLiteral("projection-centre"), tr("export: the projection's centre, lon,lat in degrees."),
            tr("lon,lat") },
        { QStringLiteral("view"),
            tr("export: a preset (%1) or a lon-lat box west,south,east,north.")
                .arg(viewNames().join(QStringLiteral(", "))),
            tr("view") },
        { QStringLiteral("extent"), tr("export: the projected extent to show, xmin,ymin,xmax,ymax in metres."),
            tr("box") },
        { QStringLiteral("measure"), tr("export: what site sizes show: gpus, mw or usd (default gpus)."),
            tr("measure") },
        { QStringLiteral("as-of"), tr("export: show the data as of this date (YYYY-MM-DD)."), tr("date") },
        { QStringLiteral("highlight"),
            tr("export: highlight these and dim the rest, e.g. company:nscale,site:loughton."), tr("items") },
        { QStringLiteral("manifest"), tr("export: also write what was drawn where, as JSON."), tr("file") },
        { QStringLiteral("alt-text"), tr("export: also write a text description of the figure."), tr("file") },
        { QStringLiteral("scenes"),
            tr("export: a handout of the dataset's scenes, all or numbers such as 1,3-5: one PDF page per scene, "
               "or numbered images (default figure a4-landscape)."),
            tr("scenes") },
        { QStringLiteral("presenter-notes"), tr("export --scenes: print each scene's presenter notes too.") },
    });
    for (const Toggle &toggle : s_toggles)
        parser.addOption(QCommandLineOption(QString::fromLatin1(toggle.option), tr("export: leave this part out.")));
}

std::optional<FigureRequest> FigureArguments::parse(const QCommandLineParser &parser, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<FigureRequest> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    const auto isSet = [&parser](const char *name) { return parser.isSet(QString::fromLatin1(name)); };

    FigureRequest request;
    FigureSpec &spec = request.spec;
    const QString presetName = isSet("figure") ? value("figure") : QStringLiteral("map");
    bool custom = presetName == QLatin1String("custom");
    if (custom) {
        spec = FigureSpec::fromPreset(*FigurePreset::byName(QStringLiteral("slide")));
        spec.preset = presetName;
    } else if (const auto preset = FigurePreset::byName(presetName)) {
        spec = FigureSpec::fromPreset(*preset);
    } else {
        return fail(tr("--figure must be one of %1 or custom").arg(presetNames().join(QStringLiteral(", "))));
    }

    if (isSet("dpi")) {
        bool ok = false;
        const double dpi = value("dpi").toDouble(&ok);
        if (!ok || !(dpi >= 10 && dpi <= 2400))
            return fail(tr("--dpi must be a number from 10 to 2400"));
        spec.dpi = dpi;
    }
    if (isSet("size")) {
        static const QRegularExpression s_pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)x(\\d+(?:\\.\\d+)?)(mm|px)?$"));
        const QRegularExpressionMatch match = s_pattern.match(value("size").toLower().trimmed());
        if (!match.hasMatch())
            return fail(tr("--size must be WxH in pixels or WxHmm in millimetres, e.g. 1920x1080 or 180x120mm"));
        const double width = match.captured(1).toDouble();
        const double height = match.captured(2).toDouble();
        if (!presetName.isEmpty() && spec.preset != QLatin1String("map"))
            spec.preset = QStringLiteral("custom");
        if (match.captured(3) == QLatin1String("mm")) {
            spec.sizeMm = QSizeF(width, height);
            if (spec.composed())
                spec.medium = FigureMedium::Paper;
        } else {
            if (width != std::floor(width) || height != std::floor(height))
                return fail(tr("--size in pixels must be whole numbers"));
            spec.sizeMm = QSizeF();
            if (spec.medium == FigureMedium::Paper)
                spec.medium = FigureMedium::Screen;
            // Beyond int range is reported by the size check below, as too large.
            spec.sizePx = QSize(static_cast<int>(std::min(width, 1e9)), static_cast<int>(std::min(height, 1e9)));
        }
    } else if (custom) {
        return fail(tr("--figure custom needs --size"));
    }
    if (!spec.sizeMm.isEmpty()) {
        const double width = std::round(spec.sizeMm.width() / 25.4 * spec.dpi);
        const double height = std::round(spec.sizeMm.height() / 25.4 * spec.dpi);
        spec.sizePx = QSize(static_cast<int>(std::min(width, 1e9)), static_cast<int>(std::min(height, 1e9)));
    }

    spec.title = value("title");
    request.titleGiven = isSet("title");
    spec.subtitle = value("subtitle");
    spec.notes = value("notes");
    const QString charts = value("charts");
    if (charts == QLatin1String("gpus"))
        spec.charts = FigureCharts::Gpus;
    else if (charts == QLatin1String("spending"))
        spec.charts = FigureCharts::Spending;
    else if (!charts.isEmpty() && charts != QLatin1String("none"))
        return fail(tr("--charts must be gpus, spending or none"));
    // A title, a chart or notes make a composed figure even without a preset.
    if (!spec.composed()
        && (request.titleGiven || !spec.subtitle.isEmpty() || !spec.notes.isEmpty()
            || spec.charts != FigureCharts::None))
        spec.medium = spec.sizeMm.isEmpty() ? FigureMedium::Screen : FigureMedium::Paper;

    if (isSet("theme")) {
        if (!Theme::byName(value("theme")))
            return fail(tr("--theme must be one of %1").arg(Theme::names().join(QStringLiteral(", "))));
        spec.theme = value("theme");
    }
    if (isSet("colour-vision")) {
        const std::optional<ColourVision> vision = colourVisionFromName(value("colour-vision"));
        if (!vision)
            return fail(tr("unknown colour vision \"%1\"; --colour-vision must be one of %2")
                            .arg(value("colour-vision"), colourVisionNames().join(QStringLiteral(", "))));
        spec.colourVision = *vision;
    }
    if (isSet("company-colours")) {
        const std::optional<CompanyColours> colours = companyColoursFromName(value("company-colours"));
        if (!colours)
            return fail(tr("--company-colours must be palette or dataset"));
        spec.companyColours = *colours;
    }
    spec.transparent = isSet("transparent");
    if (isSet("lang")) {
        if (value("lang") != QLatin1String("en") && value("lang") != QLatin1String("ko"))
            return fail(tr("--lang must be en or ko"));
        spec.language = value("lang");
    }
    for (const Toggle &toggle : s_toggles)
        spec.*toggle.member = !parser.isSet(QString::fromLatin1(toggle.option));

    const QString projectionName = value("projection");
    std::optional<ProjectionSpec> projection
        = ProjectionSpec::fromName(projectionName.isEmpty() ? QStringLiteral("equal-earth") : projectionName);
    if (!projection)
        return fail(tr("unknown projection \"%1\"; use one of %2")
                        .arg(projectionName, ProjectionSpec::names().join(QStringLiteral(", "))));
    const QString view = value("view");
    const std::optional<ViewPreset> viewPreset = ViewPreset::byName(view);
    if (viewPreset && viewPreset->projection && projectionName.isEmpty())
        projection = viewPreset->projection;
    if (isSet("projection-centre")) {
        const auto centre = numbers(value("projection-centre"), 2);
        if (!centre || std::abs(centre->at(0)) > 180 || std::abs(centre->at(1)) > 90)
            return fail(tr("--projection-centre must be lon,lat in degrees"));
        projection->lon0Deg = centre->at(0);
        projection->lat0Deg = centre->at(1);
    }
    spec.projection = *projection;

    if (isSet("extent")) {
        const auto box = numbers(value("extent"), 4);
        if (!box || !(box->at(2) > box->at(0)) || !(box->at(3) > box->at(1)))
            return fail(tr("--extent must be xmin,ymin,xmax,ymax in projected metres, each max above its min"));
        spec.extent = QRectF(QPointF(box->at(0), box->at(1)), QPointF(box->at(2), box->at(3)));
    } else if (viewPreset) {
        if (viewPreset->name != QLatin1String("world"))
            spec.extent = MapViewport::lonLatExtent(spec.projection, viewPreset->lonLatBox);
    } else if (!view.isEmpty()) {
        const auto box = parseLonLatBox(view);
        if (!box)
            return fail(tr("--view must be one of %1 or west,south,east,north in degrees")
                            .arg(viewNames().join(QStringLiteral(", "))));
        spec.extent = MapViewport::lonLatExtent(spec.projection, *box);
    }

    const QString measure = value("measure");
    if (measure == QLatin1String("mw"))
        spec.measure = SiteMeasure::CapacityMw;
    else if (measure == QLatin1String("usd"))
        spec.measure = SiteMeasure::Investment;
    else if (!measure.isEmpty() && measure != QLatin1String("gpus"))
        return fail(tr("--measure must be gpus, mw or usd"));

    if (isSet("as-of")) {
        request.asOf = QDate::fromString(value("as-of"), Qt::ISODate);
        if (!request.asOf.isValid())
            return fail(tr("--as-of must be a date, YYYY-MM-DD"));
    }
    if (isSet("highlight")) {
        for (const QString &item : value("highlight").split(u',', Qt::SkipEmptyParts)) {
            const qsizetype colon = item.indexOf(u':');
            bool known = false;
            for (const auto &[key, type] : entityKeys()) {
                if (colon > 0 && item.left(colon) == key) {
                    request.highlighted.insert({ type, item.mid(colon + 1) });
                    known = true;
                }
            }
            if (!known)
                return fail(
                    tr("--highlight takes type:id items (company, site, investment, source, country), not \"%1\"")
                        .arg(item));
        }
    }
    const QString output = parser.value(QStringLiteral("output"));
    const auto format = FigureExport::formatOf(output);
    if (output.isEmpty())
        return fail(tr("give the output file with -o OUT.png (or .jpg, .svg, .pdf)"));
    if (!format)
        return fail(tr("%1: unknown format; name the file .png, .jpg, .svg or .pdf").arg(output));
    if (spec.transparent && *format == FigureFormat::Jpeg)
        return fail(tr("--transparent: JPEG has no transparency; use PNG"));
    if (const QString problem = FigureExport::check(spec, *format); !problem.isEmpty())
        return fail(problem);
    return request;
}

QStringList FigureArguments::toArguments(const FigureRequest &request, const QString &output, const QString &dataset)
{
    const FigureSpec &spec = request.spec;
    QStringList args { QStringLiteral("export"), QStringLiteral("-o"), output };
    if (!dataset.isEmpty())
        args << QStringLiteral("--dataset") << dataset;
    const auto preset = FigurePreset::byName(spec.preset);
    if (preset && spec.sizePx == preset->sizePx && spec.dpi == preset->dpi && spec.medium == preset->medium) {
        if (spec.preset != QLatin1String("map"))
            args << QStringLiteral("--figure") << spec.preset;
    } else if (preset && !preset->sizeMm.isEmpty() && spec.sizeMm == preset->sizeMm) {
        args << QStringLiteral("--figure") << spec.preset << QStringLiteral("--dpi") << number(spec.dpi);
    } else {
        if (spec.composed())
            args << QStringLiteral("--figure") << QStringLiteral("custom");
        args << QStringLiteral("--size")
             << (spec.sizeMm.isEmpty()
                        ? QStringLiteral("%1x%2").arg(spec.sizePx.width()).arg(spec.sizePx.height())
                        : QStringLiteral("%1x%2mm").arg(number(spec.sizeMm.width()), number(spec.sizeMm.height())));
        args << QStringLiteral("--dpi") << number(spec.dpi);
    }
    if (spec.composed()) {
        args << QStringLiteral("--title") << spec.title;
        if (!spec.subtitle.isEmpty())
            args << QStringLiteral("--subtitle") << spec.subtitle;
        if (!spec.notes.isEmpty())
            args << QStringLiteral("--notes") << spec.notes;
        if (spec.charts != FigureCharts::None)
            args << QStringLiteral("--charts")
                 << (spec.charts == FigureCharts::Gpus ? QStringLiteral("gpus") : QStringLiteral("spending"));
    }
    if (spec.theme != QLatin1String("light"))
        args << QStringLiteral("--theme") << spec.theme;
    if (spec.colourVision != ColourVision::Normal)
        args << QStringLiteral("--colour-vision") << colourVisionName(spec.colourVision);
    if (spec.companyColours != CompanyColours::Palette)
        args << QStringLiteral("--company-colours") << companyColoursName(spec.companyColours);
    if (spec.transparent)
        args << QStringLiteral("--transparent");
    if (spec.language != QLatin1String("en"))
        args << QStringLiteral("--lang") << spec.language;
    for (const Toggle &toggle : s_toggles) {
        if (!(spec.*toggle.member))
            args << QStringLiteral("--") + QString::fromLatin1(toggle.option);
    }
    args << QStringLiteral("--projection") << spec.projection.name();
    const auto named = ProjectionSpec::fromName(spec.projection.name());
    if (!named || named->lon0Deg != spec.projection.lon0Deg || named->lat0Deg != spec.projection.lat0Deg)
        // With "=": the value may start with a minus sign.
        args << QStringLiteral("--projection-centre=%1,%2")
                    .arg(number(spec.projection.lon0Deg), number(spec.projection.lat0Deg));
    if (!spec.extent.isNull())
        args << QStringLiteral("--extent=")
                + QStringList { number(spec.extent.left()), number(spec.extent.top()), number(spec.extent.right()),
                      number(spec.extent.bottom()) }
                      .join(u',');
    if (spec.measure != SiteMeasure::Gpus)
        args << QStringLiteral("--measure")
             << (spec.measure == SiteMeasure::CapacityMw ? QStringLiteral("mw") : QStringLiteral("usd"));
    if (request.asOf.isValid())
        args << QStringLiteral("--as-of") << request.asOf.toString(Qt::ISODate);
    if (!request.highlighted.isEmpty()) {
        QStringList items;
        for (const EntityRef &ref : request.highlighted)
            items.append(entityKey(ref.type) + u':' + ref.id);
        items.sort();
        args << QStringLiteral("--highlight") << items.join(u',');
    }
    return args;
}

QString FigureArguments::shellLine(const QStringList &arguments)
{
    static const QRegularExpression s_plain(QStringLiteral("^[A-Za-z0-9_./:=,+@%-]+$"));
    QStringList quoted;
    for (const QString &argument : arguments) {
        if (s_plain.match(argument).hasMatch())
            quoted.append(argument);
        else
            quoted.append(u'\'' + QString(argument).replace(u'\'', QStringLiteral("'\\''")) + u'\'');
    }
    return quoted.join(u' ');
}

} // namespace atlas
