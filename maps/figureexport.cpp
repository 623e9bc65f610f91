#include "figureexport.h"

#include "mapexport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <png.h>

#include <cmath>
#include <csetjmp>

namespace atlas {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/**
 * libpng writing row by row into a QSaveFile, so an image never has to exist whole in memory.
 * libpng reports errors by longjmp: every method that calls it sets the jump point first and
 * holds no object with a destructor.
 */
class PngStream
{
public:
    explicit PngStream(QSaveFile *file)
        : m_file(file)
    {
        m_png = png_create_write_struct(PNG_LIBPNG_VER_STRING, this, &PngStream::onError, &PngStream::onWarning);
        if (m_png)
            m_info = png_create_info_struct(m_png);
    }
    ~PngStream() { png_destroy_write_struct(&m_png, &m_info); }
    PngStream(const PngStream &) = delete;
    PngStream &operator=(const PngStream &) = delete;

    bool begin(int width, int height, bool alpha, double dpi, const QByteArray &title, const QByteArray &software)
    {
        if (!m_png || !m_info)
            return false;
        if (setjmp(png_jmpbuf(m_png)))
            return false;
        png_set_write_fn(m_png, this, &PngStream::onWrite, &PngStream::onFlush);
        png_set_IHDR(m_png, m_info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
            alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
            PNG_FILTER_TYPE_DEFAULT);
        const auto dotsPerMetre = static_cast<png_uint_32>(std::lround(dpi / 0.0254));
        png_set_pHYs(m_png, m_info, dotsPerMetre, dotsPerMetre, PNG_RESOLUTION_METER);
        // Flat map colours compress well at a fast level; encoding dominates large exports.
        png_set_compression_level(m_png, 3);
        png_text texts[2] = {};
        texts[0].compression = PNG_ITXT_COMPRESSION_NONE;
        texts[0].key = const_cast<char *>("Title");
        texts[0].text = const_cast<char *>(title.constData());
        texts[0].itxt_length = static_cast<size_t>(title.size());
        texts[1].compression = PNG_ITXT_COMPRESSION_NONE;
        texts[1].key = const_cast<char *>("Software");
        texts[1].text = const_cast<char *>(software.constData());
        texts[1].itxt_length = static_cast<size_t>(software.size());
        png_set_text(m_png, m_info, texts, title.isEmpty() ? 0 : 2);
        if (title.isEmpty())
            png_set_text(m_png, m_info, texts + 1, 1);
        png_write_info(m_png, m_info);
        return m_ok;
    }

    /// Rows of 8-bit RGB or RGBA, as begin() said.
    bool writeRows(const QImage &rows)
    {
        if (setjmp(png_jmpbuf(m_png)))
            return false;
        for (int y = 0; y < rows.height() && m_ok; ++y)
            png_write_row(m_png, rows.constScanLine(y));
        return m_ok;
    }

    bool end()
    {
        if (setjmp(png_jmpbuf(m_png)))
            return false;
        png_write_end(m_png, m_info);
        return m_ok;
    }

    QString error() const { return m_error; }

private:
    static void onWrite(png_structp png, png_bytep data, size_t length)
    {
        auto *self = static_cast<PngStream *>(png_get_io_ptr(png));
        if (self->m_ok
            && self->m_file->write(reinterpret_cast<const char *>(data), static_cast<qint64>(length))
                != static_cast<qint64>(length)) {
            self->m_ok = false;
            self->m_error = self->m_file->errorString();
        }
    }
    static void onFlush(png_structp) { }
    static void onError(png_structp png, png_const_charp message)
    {
        auto *self = static_cast<PngStream *>(png_get_error_ptr(png));
        self->m_ok = false;
        self->m_error = QString::fromUtf8(message);
        png_longjmp(png, 1);
    }
    static void onWarning(png_structp, png_const_charp) { }

    QSaveFile *m_file;
    png_structp m_png = nullptr;
    png_infop m_info = nullptr;
    bool m_ok = true;
    QString m_error;
};

/// "<FEFF…>": a PDF text string in UTF-16BE, which any text (Korean titles too) fits.
QByteArray pdfText(const QString &text)
{
    QByteArray bytes = "<FEFF";
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

/**
 * Adds an Info dictionary (title, subject, creator, …) to a finished PDF as an incremental
 * update, the standard way to amend a PDF: a new object, a cross-reference section for it and
 * a trailer pointing back to the previous one. Qt's writer has no setter for the subject.
 */
bool addPdfInfo(QByteArray &pdf, const QList<std::pair<QByteArray, QString>> &entries)
{
    const qsizetype startXref = pdf.lastIndexOf("startxref");
    const qsizetype trailer = pdf.lastIndexOf("trailer", startXref);
    if (startXref < 0 || trailer < 0)
        return false;
    const QByteArray tail = pdf.mid(startXref + 9, 32).trimmed();
    bool ok = false;
    const qint64 previous
        = tail.left(tail.indexOf('\n') < 0 ? tail.size() : tail.indexOf('\n')).trimmed().toLongLong(&ok);
    if (!ok)
        return false;
    const QString dictionary = QString::fromLatin1(pdf.mid(trailer, startXref - trailer));
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(dictionary);
    const QRegularExpressionMatch root
        = QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(dictionary);
    const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])")).match(dictionary);
    if (!size.hasMatch() || !root.hasMatch())
        return false;
    const qint64 object = size.captured(1).toLongLong();
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    const qsizetype objectOffset = pdf.size();
    pdf += QByteArray::number(object) + " 0 obj\n<<";
    for (const auto &[key, value] : entries) {
        if (!value.isEmpty())
            pdf += "\n/" + key + ' ' + pdfText(value);
    }
    pdf += "\n>>\nendobj\n";
    const qsizetype xrefOffset = pdf.size();
    pdf += "xref\n" + QByteArray::number(object) + " 1\n" + QByteArray::number(objectOffset).rightJustified(10, '0')
        + " 00000 n\r\n";
    pdf += "trailer\n<< /Size " + QByteArray::number(object + 1) + " /Root " + root.captured(1).toLatin1() + " /Info "
        + QByteArray::number(object) + " 0 R /Prev " + QByteArray::number(previous);
    if (id.hasMatch())
        pdf += " /ID " + id.captured(1).toLatin1();
    pdf += " >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return true;
}

QString creator()
{
    return QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QStringLiteral(ATLAS_VERSION));
}

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FigureExport::tr("%1: cannot write: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return FigureExport::tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

QString writePng(const QString &path, const Figure &figure, FigureResult *result,
    const FigureExport::Progress &progress, const std::atomic_bool *cancel, qsizetype stripBytes)
{
    const FigureSpec &spec = figure.spec();
    const int width = spec.sizePx.width();
    const int height = spec.sizePx.height();
    const qsizetype rowBytes = qsizetype(width) * 4;
    const int rowsPerStrip = static_cast<int>(std::clamp<qsizetype>(stripBytes / rowBytes, 1, height));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FigureExport::tr("%1: cannot write: %2").arg(path, file.errorString());
    PngStream png(&file);
    const bool alpha = spec.transparent;
    if (!png.begin(width, height, alpha, spec.dpi, spec.title.toUtf8(), creator().toUtf8()))
        return FigureExport::tr("%1: cannot write: %2").arg(path, png.error());
    for (int top = 0; top < height; top += rowsPerStrip) {
        if (cancelled(cancel)) {
            file.cancelWriting();
            return FigureExport::tr("%1: export cancelled").arg(path);
        }
        const int rows = std::min(rowsPerStrip, height - top);
        QImage strip(width, rows, QImage::Format_ARGB32_Premultiplied);
        if (strip.isNull()) {
            file.cancelWriting();
            return FigureExport::tr("%1: not enough memory for a strip of %2 × %3 pixels")
                .arg(path)
                .arg(width)
                .arg(rows);
        }
        strip.fill(Qt::transparent);
        {
            QPainter painter(&strip);
            painter.translate(0, -top);
            FigureResult drawn = figure.render(painter, cancel);
            if (top == 0 && result)
                *result = std::move(drawn);
        }
        // A strip cut short by a cancel must not reach the file.
        if (cancelled(cancel)) {
            file.cancelWriting();
            return FigureExport::tr("%1: export cancelled").arg(path);
        }
        strip.convertTo(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
        if (!png.writeRows(strip))
            return FigureExport::tr("%1: cannot write: %2").arg(path, png.error());
        if (progress)
            progress(static_cast<double>(top + rows) / height);
    }
    if (!png.end() || !file.commit())
        return FigureExport::tr("%1: cannot write: %2")
            .arg(path, png.error().isEmpty() ? file.errorString() : png.error());
    return {};
}

QString writeJpeg(const QString &path, const Figure &figure, FigureResult *result, const std::atomic_bool *cancel)
{
    QImage image = FigureExport::image(figure, 1.0, result, cancel);
    if (cancelled(cancel))
        return FigureExport::tr("%1: export cancelled").arg(path);
    if (image.isNull())
        return FigureExport::tr("%1: not enough memory for an image of %2 × %3 pixels")
            .arg(path)
            .arg(figure.spec().sizePx.width())
            .arg(figure.spec().sizePx.height());
    // JPEG has no transparency: what is transparent shows the theme's window colour.
    QImage flat(image.size(), QImage::Format_RGB888);
    flat.fill(figure.theme().window);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    const int dotsPerMetre = static_cast<int>(std::lround(figure.spec().dpi / 0.0254));
    flat.setDotsPerMeterX(dotsPerMetre);
    flat.setDotsPerMeterY(dotsPerMetre);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FigureExport::tr("%1: cannot write: %2").arg(path, file.errorString());
    QImageWriter writer(&file, "jpeg");
    writer.setQuality(92);
    if (!writer.write(flat) || !file.commit())
        return FigureExport::tr("%1: cannot write: %2").arg(path, writer.errorString());
    return {};
}

QString writeSvg(const QString &path, const Figure &figure, FigureResult *result, const std::atomic_bool *cancel)
{
    const FigureSpec &spec = figure.spec();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    // Drawn in figure pixels (the viewBox) on a 96 dpi device whose size is the physical one,
    // so viewers show it at its real size and fonts measure as in every other format.
    svg.setResolution(96);
    const QSizeF mm = spec.physicalSizeMm();
    svg.setSize(QSize(
        static_cast<int>(std::lround(mm.width() / 25.4 * 96)), static_cast<int>(std::lround(mm.height() / 25.4 * 96))));
    svg.setViewBox(QRectF(QPointF(0, 0), QSizeF(spec.sizePx)));
    svg.setTitle(spec.title.isEmpty() ? figure.defaultTitle() : spec.title);
    svg.setDescription(spec.subtitle.isEmpty() ? FigureExport::tr("Made with %1").arg(creator()) : spec.subtitle);
    FigureResult drawn;
    {
        QPainter painter(&svg);
        drawn = figure.render(painter, cancel);
    }
    if (cancelled(cancel))
        return FigureExport::tr("%1: export cancelled").arg(path);
    if (result)
        *result = drawn;
    // QSvgGenerator rounds the size to whole pixels: state the sheet exactly (210mm, not 210.079mm).
    QByteArray bytes = buffer.data();
    const qsizetype header = bytes.indexOf("<svg ");
    static const QRegularExpression s_size(QStringLiteral("width=\"[0-9.]+mm\" height=\"[0-9.]+mm\""));
    if (header >= 0) {
        const QString head = QString::fromUtf8(bytes.mid(header, 200));
        const QRegularExpressionMatch match = s_size.match(head);
        if (match.hasMatch()) {
            const QString exact = QStringLiteral("width=\"%1mm\" height=\"%2mm\"")
                                      .arg(QString::number(mm.width(), 'g', 10), QString::number(mm.height(), 'g', 10));
            bytes.replace(header + match.capturedStart(), match.capturedLength(), exact.toUtf8());
        }
    }
    return writeBytes(path, bytes);
}

QString writeOnePdf(const QString &path, const Figure &figure, FigureResult *result, const std::atomic_bool *cancel)
{
    const FigureSpec &spec = figure.spec();
    const QString title = spec.title.isEmpty() ? figure.defaultTitle() : spec.title;
    return FigureExport::writePdf(path, { figure }, title, spec.subtitle, {}, cancel, result);
}

} // namespace

std::optional<FigureFormat> FigureExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return FigureFormat::Png;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return FigureFormat::Jpeg;
    if (suffix == QLatin1String("svg"))
        return FigureFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return FigureFormat::Pdf;
    return std::nullopt;
}

QString FigureExport::extension(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Png:
        return QStringLiteral("png");
    case FigureFormat::Jpeg:
        return QStringLiteral("jpg");
    case FigureFormat::Svg:
        return QStringLiteral("svg");
    case FigureFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString FigureExport::check(const FigureSpec &spec, FigureFormat format)
{
    const int width = spec.sizePx.width();
    const int height = spec.sizePx.height();
    if (width < 16 || height < 16)
        return tr("the figure is %1 × %2 pixels; each side must be at least 16").arg(width).arg(height);
    if (!(spec.dpi >= 10 && spec.dpi <= 2400))
        return tr("%1 dpi is out of range; use 10 to 2400").arg(spec.dpi);
    if (width > maxSide || height > maxSide)
        return tr("the figure is %1 × %2 pixels; the largest export is %3 pixels a side")
            .arg(width)
            .arg(height)
            .arg(maxSide);
    // JPEG is encoded from one image in memory; beyond this PNG (written in strips) is the way.
    constexpr qsizetype maxJpegPixels = qsizetype(16384) * 16384;
    if (format == FigureFormat::Jpeg && qsizetype(width) * height > maxJpegPixels)
        return tr("a JPEG of %1 × %2 pixels is too large to encode in memory; export PNG instead")
            .arg(width)
            .arg(height);
    return {};
}

QString FigureExport::write(const QString &path, const Figure &figure, FigureResult *result, const Progress &progress,
    const std::atomic_bool *cancel, qsizetype stripBytes)
{
    const auto format = formatOf(path);
    if (!format)
        return tr("%1: unknown format; name the file .png, .jpg, .svg or .pdf").arg(path);
    if (const QString problem = check(figure.spec(), *format); !problem.isEmpty())
        return tr("%1: %2").arg(path, problem);
    QString error;
    switch (*format) {
    case FigureFormat::Png:
        error = writePng(path, figure, result, progress, cancel, stripBytes);
        break;
    case FigureFormat::Jpeg:
        error = writeJpeg(path, figure, result, cancel);
        break;
    case FigureFormat::Svg:
        error = writeSvg(path, figure, result, cancel);
        break;
    case FigureFormat::Pdf:
        error = writeOnePdf(path, figure, result, cancel);
        break;
    }
    if (error.isEmpty() && progress)
        progress(1.0);
    return error;
}

QImage FigureExport::image(const Figure &figure, double scale, FigureResult *result, const std::atomic_bool *cancel)
{
    const QSize size(std::max(1, static_cast<int>(std::lround(figure.spec().sizePx.width() * scale))),
        std::max(1, static_cast<int>(std::lround(figure.spec().sizePx.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::transparent);
    const int dotsPerMetre = static_cast<int>(std::lround(figure.spec().dpi * scale / 0.0254));
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        FigureResult drawn = figure.render(painter, cancel);
        if (result)
            *result = std::move(drawn);
    }
    if (cancelled(cancel))
        return {};
    // After drawing: the image's DPI decides how fonts in points are sized while painting.
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

QJsonObject FigureExport::manifest(const Figure &figure, const FigureResult &result)
{
    QJsonObject object = MapExport::manifest(result.viewport, result.map);
    const FigureSpec &spec = figure.spec();
    const QRectF map = result.layout.map;
    object.insert(QStringLiteral("size"), QJsonArray { spec.sizePx.width(), spec.sizePx.height() });
    object.insert(QStringLiteral("figure"),
        QJsonObject {
            { QStringLiteral("preset"), spec.preset },
            { QStringLiteral("dpi"), spec.dpi },
            { QStringLiteral("sizeMm"), QJsonArray { spec.physicalSizeMm().width(), spec.physicalSizeMm().height() } },
            { QStringLiteral("labelPx"), result.layout.labelPx },
            { QStringLiteral("mapFrame"), QJsonArray { map.x(), map.y(), map.width(), map.height() } },
            { QStringLiteral("theme"), spec.theme },
            { QStringLiteral("colourVision"), colourVisionName(spec.colourVision) },
            { QStringLiteral("sources"), QJsonArray::fromStringList(result.sourceIds) },
            { QStringLiteral("sourceLine"), result.sourceLine },
        });
    return object;
}

QString FigureExport::writePdf(const QString &path, const QList<Figure> &pages, const QString &title,
    const QString &subject, const Progress &progress, const std::atomic_bool *cancel, FigureResult *firstResult)
{
    if (pages.isEmpty())
        return tr("%1: nothing to write").arg(path);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    FigureResult first;
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(creator());
        pdf.setTitle(title);
        // 96 dpi, like every device the engine draws on, so text measures the same as in PNG.
        pdf.setResolution(96);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(pages.first().spec().physicalSizeMm(), QPageSize::Millimeter));
        QPainter painter(&pdf);
        if (!painter.isActive())
            return tr("%1: cannot start a PDF").arg(path);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const FigureSpec &spec = pages.at(i).spec();
            if (i > 0) {
                pdf.setPageSize(QPageSize(spec.physicalSizeMm(), QPageSize::Millimeter));
                pdf.newPage();
            }
            painter.save();
            const QRect page = painter.viewport();
            painter.scale(page.width() / static_cast<double>(spec.sizePx.width()),
                page.height() / static_cast<double>(spec.sizePx.height()));
            FigureResult drawn = pages.at(i).render(painter, cancel);
            painter.restore();
            if (i == 0)
                first = std::move(drawn);
            if (cancelled(cancel))
                break;
            if (progress)
                progress(static_cast<double>(i + 1) / static_cast<double>(pages.size()));
        }
    }
    if (cancelled(cancel))
        return tr("%1: export cancelled").arg(path);
    QByteArray bytes = buffer.data();
    const QString summary = subject.isEmpty()
        ? tr("Map of data-centre sites and investment flows. Sites: %1; flows: %2.")
              .arg(first.map.sites.size())
              .arg(first.map.flows.size())
        : subject;
    const FigureData &data = pages.first().data();
    addPdfInfo(bytes,
        { { "Title", title }, { "Subject", summary }, { "Creator", creator() },
            { "Producer", QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())) },
            { "Keywords", data.dataset ? data.dataset->id : QString() } });
    if (firstResult)
        *firstResult = std::move(first);
    return writeBytes(path, bytes);
}

QString FigureExport::writeText(const QString &path, const QString &text)
{
    return writeBytes(path, text.toUtf8());
}

} // namespace atlas
