#include "importsource.h"

#include "datasetimporter.h"
#include "gdalutils.h"
#include "importtext.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <ogrsf_frmts.h>

#include <string_view>

namespace atlas::detail {

namespace {

bool isCsv(const QString &source)
{
    const QString suffix = QFileInfo(source).suffix().toLower();
    return source.startsWith(QLatin1String("CSV:"))
        || ((suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) && !isPostgres(source));
}

/// Why GDAL could not read a CSV file, from its first line: usually the delimiter.
QString csvProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 maxLine = 4096;
    const QString firstLine = QString::fromUtf8(file.readLine(maxLine)).trimmed();
    if (firstLine.contains(u',') || firstLine.contains(u';') || firstLine.contains(u'\t'))
        return {};
    for (const QChar candidate : { u'|', u':', u' ' }) {
        if (firstLine.contains(candidate))
            return DatasetImporter::tr("the values seem to be separated by “%1” (first line “%2”); save the file with "
                                       "commas, semicolons or tabs between the values")
                .arg(candidate == u' ' ? DatasetImporter::tr("space") : QString(candidate), quoteShort(firstLine));
    }
    return DatasetImporter::tr("the first line “%1” has a single column; a CSV file needs a header with at least two "
                               "columns separated by commas, semicolons or tabs")
        .arg(quoteShort(firstLine));
}

bool isBlankFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 probeBytes = 65536;
    if (file.size() > probeBytes)
        return false;
    return file.readAll().trimmed().isEmpty();
}

} // namespace

bool isPostgres(const QString &source)
{
    return source.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

QString redacted(const QString &source)
{
    static const QRegularExpression s_password(
        QStringLiteral("(password\\s*=\\s*)('[^']*'|\\S+)"), QRegularExpression::CaseInsensitiveOption);
    QString shown = source;
    return shown.replace(s_password, QStringLiteral("\\1***"));
}

Diagnostic fileError(const QString &file, const QString &message)
{
    Diagnostic diagnostic;
    diagnostic.file = file;
    diagnostic.message = message;
    return diagnostic;
}

std::optional<OpenedLayer> openLayer(const QString &source, const QString &layerName, Diagnostics &diagnostics)
{
    registerGdal();
    const QString shown = redacted(source);
    const bool csv = isCsv(source);
    const bool local
        = !isPostgres(source) && !source.startsWith(QLatin1String("/vsi")) && !source.startsWith(QLatin1String("CSV:"));
    if (local) {
        const QFileInfo fileInfo(source);
        if (!fileInfo.exists()) {
            diagnostics.append(fileError(shown, DatasetImporter::tr("no such file")));
            return std::nullopt;
        }
        if (fileInfo.isFile() && (fileInfo.size() == 0 || (csv && isBlankFile(source)))) {
            diagnostics.append(fileError(shown, DatasetImporter::tr("file is empty")));
            return std::nullopt;
        }
    }
    GdalErrors errors;
    const QByteArray path = local ? QFile::encodeName(source) : source.toUtf8();
    // Every CSV column is read as text (AUTODETECT_TYPE=NO) so that a word in a number column
    // becomes a diagnostic naming the row, instead of GDAL quietly reading it as 0; the first
    // line is always the header (HEADERS=YES), and a WKT column stays readable as text.
    static const char *const s_csvDrivers[] = { "CSV", nullptr };
    static const char *const s_csvOptions[]
        = { "HEADERS=YES", "AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "EMPTY_STRING_AS_NULL=NO", nullptr };
    OpenedLayer opened;
    opened.csv = csv;
    opened.dataset.reset(
        GDALDataset::FromHandle(GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
            csv ? s_csvDrivers : nullptr, csv ? s_csvOptions : nullptr, nullptr)));
    if (!opened.dataset) {
        QString message = errors.lastOr(DatasetImporter::tr("not a vector format GDAL can read"));
        if (csv && local) {
            if (const QString problem = csvProblem(source); !problem.isEmpty())
                message = problem + QStringLiteral(" (") + message + u')';
        }
        diagnostics.append(fileError(shown, DatasetImporter::tr("cannot be read: %1").arg(message)));
        return std::nullopt;
    }
    if (opened.dataset->GetLayerCount() == 0) {
        diagnostics.append(fileError(shown, DatasetImporter::tr("has no layers")));
        return std::nullopt;
    }
    opened.layer = layerName.isEmpty() ? opened.dataset->GetLayer(0)
                                       : opened.dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!opened.layer) {
        QStringList names;
        for (OGRLayer *layer : opened.dataset->GetLayers())
            names.append(QString::fromUtf8(layer->GetName()));
        diagnostics.append(fileError(shown,
            DatasetImporter::tr("has no layer “%1”; its layers are: %2")
                .arg(layerName, names.join(QStringLiteral(", ")))));
        return std::nullopt;
    }
    return opened;
}

QStringList fieldNames(OGRLayer *layer)
{
    QStringList names;
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        names.append(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()));
    return names;
}

std::vector<int> csvRecordLines(const QString &path)
{
    std::vector<int> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const qint64 size = file.size();
    const uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    QByteArray contents;
    if (!mapped && size > 0) {
        contents = file.readAll();
        mapped = reinterpret_cast<const uchar *>(contents.constData());
    }
    const std::string_view text(reinterpret_cast<const char *>(mapped), mapped ? static_cast<std::size_t>(size) : 0);
    std::size_t i = text.substr(0, 3) == "\xef\xbb\xbf" ? 3 : 0;
    int line = 1;
    bool recordStart = true;
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (recordStart) {
            if (c == '\n') {
                ++line;
                continue;
            }
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                continue;
            lines.push_back(line);
            recordStart = false;
        }
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\n') {
            ++line;
            recordStart = !quoted;
        }
    }
    return lines;
}

} // namespace atlas::detail
