#include "datasetreader.h"

#include "datasetvalidator.h"
#include "enums.h"
#include "jsonlocator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace atlas {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return DatasetReader::tr("null");
    case QJsonValue::Bool:
        return DatasetReader::tr("true/false");
    case QJsonValue::Double:
        return DatasetReader::tr("a number");
    case QJsonValue::String:
        return DatasetReader::tr("a string");
    case QJsonValue::Array:
        return DatasetReader::tr("an array");
    case QJsonValue::Object:
        return DatasetReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return DatasetReader::tr("nothing");
}

/// Decodes JSON values into the dataset's types, collecting diagnostics by JSON path.
class Decoder
{
public:
    Diagnostics diagnostics;

    void error(const QString &path, const QString &message) { add(path, Severity::Error, message); }
    void warning(const QString &path, const QString &message) { add(path, Severity::Warning, message); }

    /// Warns about keys the format does not know: usually a typo that would silently lose data.
    void checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool found = false;
            for (const char *key : known)
                found = found || it.key() == QLatin1String(key);
            if (!found)
                warning(JsonLocator::memberPath(path, it.key()),
                    DatasetReader::tr("unknown field \"%1\" is ignored and will not be saved").arg(it.key()));
        }
    }

    bool expectObject(const QJsonValue &value, const QString &path)
    {
        if (value.isObject())
            return true;
        error(path, DatasetReader::tr("expected an object, found %1").arg(typeName(value)));
        return false;
    }

    QString string(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            if (required)
                missing(path, name);
            return {};
        }
        if (!value.isString()) {
            error(JsonLocator::memberPath(path, name),
                DatasetReader::tr("expected a string, found %1").arg(typeName(value)));
            return {};
        }
        if (required && value.toString().trimmed().isEmpty())
            error(JsonLocator::memberPath(path, name), DatasetReader::tr("must not be empty"));
        return value.toString();
    }

    std::optional<double> number(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            if (required)
                missing(path, name);
            return std::nullopt;
        }
        const QString memberPath = JsonLocator::memberPath(path, name);
        if (!value.isDouble()) {
            error(memberPath, DatasetReader::tr("expected a number, found %1").arg(typeName(value)));
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            error(memberPath, DatasetReader::tr("number is too large to represent"));
            return std::nullopt;
        }
        return number;
    }

    LocalizedText text(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = object.value(name);
        const QString memberPath = JsonLocator::memberPath(path, name);
        if (value.isUndefined()) {
            if (required)
                missing(path, name);
            return {};
        }
        return text(value, memberPath);
    }

    LocalizedText text(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            error(path,
                DatasetReader::tr("expected a text object such as {\"en\": \"…\", \"ko\": \"…\"}, found %1")
                    .arg(typeName(value)));
            return {};
        }
        const QJsonObject object = value.toObject();
        checkKeys(object, path, { "en", "ko" });
        return { string(object, path, "en", true), string(object, path, "ko", false) };
    }

    QStringList strings(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = object.value(name);
        const QString memberPath = JsonLocator::memberPath(path, name);
        if (value.isUndefined()) {
            if (required)
                missing(path, name);
            return {};
        }
        if (!value.isArray()) {
            error(memberPath, DatasetReader::tr("expected an array of strings, found %1").arg(typeName(value)));
            return {};
        }
        QStringList result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (item.isString())
                result.append(item.toString());
            else
                error(JsonLocator::elementPath(memberPath, i),
                    DatasetReader::tr("expected a string, found %1").arg(typeName(item)));
        }
        return result;
    }

    PartialDate date(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QString text = string(object, path, key, required);
        PartialDate date { text };
        if (!text.isEmpty() && !date.isValid())
            error(JsonLocator::memberPath(path, QString::fromLatin1(key)),
                DatasetReader::tr("\"%1\" is not a date; use YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD").arg(text));
        return date;
    }

    template<typename E>
    E enumValue(const QJsonObject &object, const QString &path, const char *key, bool required, E fallback)
    {
        const QString text = string(object, path, key, required);
        if (text.isEmpty())
            return fallback;
        if (const auto value = enumFromKey<E>(text))
            return *value;
        error(JsonLocator::memberPath(path, QString::fromLatin1(key)),
            DatasetReader::tr("\"%1\" is not one of: %2").arg(text, enumKeys<E>().join(QStringLiteral(", "))));
        return fallback;
    }

    template<typename T, typename ReadItem>
    QList<T> list(const QJsonObject &object, const QString &path, const char *key, bool required, ReadItem readItem)
    {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = object.value(name);
        const QString memberPath = JsonLocator::memberPath(path, name);
        if (value.isUndefined()) {
            if (required)
                missing(path, name);
            return {};
        }
        if (!value.isArray()) {
            error(memberPath, DatasetReader::tr("expected an array, found %1").arg(typeName(value)));
            return {};
        }
        QList<T> result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            result.append(readItem(array.at(i), JsonLocator::elementPath(memberPath, i)));
        return result;
    }

    Claim claim(const QJsonValue &value, const QString &path, bool nested)
    {
        Claim claim;
        if (!expectObject(value, path))
            return claim;
        const QJsonObject object = value.toObject();
        checkKeys(object, path,
            { "value", "currency", "usdStated", "qualifier", "basis", "sources", "note", "alternatives" });
        claim.value = number(object, path, "value", true).value_or(0);
        claim.currency = string(object, path, "currency", false);
        claim.usdStated = number(object, path, "usdStated", false);
        claim.qualifier = enumValue(object, path, "qualifier", false, Qualifier::Exact);
        claim.basis = enumValue(object, path, "basis", false, Basis::Stated);
        claim.sources = strings(object, path, "sources", true);
        claim.note = text(object, path, "note", false);
        if (object.contains(QStringLiteral("alternatives"))) {
            if (nested)
                error(JsonLocator::memberPath(path, QStringLiteral("alternatives")),
                    DatasetReader::tr("alternatives cannot have alternatives of their own"));
            else
                claim.alternatives = list<Claim>(
                    object, path, "alternatives", false, [this](const QJsonValue &item, const QString &itemPath) {
                        return this->claim(item, itemPath, true);
                    });
        }
        return claim;
    }

    std::optional<Claim> optionalClaim(const QJsonObject &object, const QString &path, const char *key)
    {
        const QString name = QString::fromLatin1(key);
        if (!object.contains(name))
            return std::nullopt;
        return claim(object.value(name), JsonLocator::memberPath(path, name), false);
    }

    GeoLocation location(const QJsonValue &value, const QString &path)
    {
        GeoLocation location;
        if (!expectObject(value, path))
            return location;
        const QJsonObject object = value.toObject();
        checkKeys(object, path, { "lon", "lat", "basis", "place", "note", "sources" });
        location.lonDeg = number(object, path, "lon", true).value_or(0);
        location.latDeg = number(object, path, "lat", true).value_or(0);
        location.basis = enumValue(object, path, "basis", true, CoordinateBasis::Exact);
        location.place = text(object, path, "place", false);
        location.note = text(object, path, "note", false);
        location.sources = strings(object, path, "sources", true);
        return location;
    }

    Source source(const QJsonValue &value, const QString &path)
    {
        Source source;
        if (!expectObject(value, path))
            return source;
        const QJsonObject object = value.toObject();
        checkKeys(object, path, { "id", "title", "publisher", "url", "date", "reliability" });
        source.id = string(object, path, "id", true);
        source.title = string(object, path, "title", true);
        source.publisher = string(object, path, "publisher", false);
        source.url = string(object, path, "url", false);
        source.date = date(object, path, "date", false);
        source.reliability = string(object, path, "reliability", false);
        return source;
    }

    Company company(const QJsonValue &value, const QString &path)
    {
        Company company;
        if (!expectObject(value, path))
            return company;
        const QJsonObject object = value.toObject();
        checkKeys(object, path, { "id", "name", "country", "colour", "hq", "sources" });
        company.id = string(object, path, "id", true);
        company.name = text(object, path, "name", true);
        company.country = string(object, path, "country", false);
        company.colour = string(object, path, "colour", true);
        if (object.contains(QStringLiteral("hq")))
            company.hq
                = location(object.value(QStringLiteral("hq")), JsonLocator::memberPath(path, QStringLiteral("hq")));
        company.sources = strings(object, path, "sources", false);
        return company;
    }

    SiteStatusClaim status(const QJsonObject &parent, const QString &parentPath)
    {
        const QString path = JsonLocator::memberPath(parentPath, QStringLiteral("status"));
        if (!parent.contains(QStringLiteral("status"))) {
            missing(parentPath, QStringLiteral("status"));
            return {};
        }
        return status(parent.value(QStringLiteral("status")), path);
    }

    SiteStatusClaim status(const QJsonValue &value, const QString &path)
    {
        SiteStatusClaim status;
        if (!expectObject(value, path))
            return status;
        const QJsonObject object = value.toObject();
        checkKeys(object, path, { "value", "asOf", "note", "sources" });
        status.value = enumValue(object, path, "value", true, SiteStatus::Announced);
        status.asOf = date(object, path, "asOf", false);
        status.note = text(object, path, "note", false);
        status.sources = strings(object, path, "sources", true);
        return status;
    }

    GpuDeployment gpu(const QJsonValue &value, const QString &path)
    {
        GpuDeployment gpu;
        if (!expectObject(value, path))
            return gpu;
        const QJsonObject object = value.toObject();
        checkKeys(object, path, { "model", "count", "company", "customer", "expected", "note", "sources" });
        gpu.model = string(object, path, "model", true);
        gpu.count = optionalClaim(object, path, "count");
        gpu.company = string(object, path, "company", true);
        gpu.customer = string(object, path, "customer", false);
        gpu.expected = date(object, path, "expected", false);
        gpu.note = text(object, path, "note", false);
        gpu.sources = strings(object, path, "sources", true);
        return gpu;
    }

    Site site(const QJsonValue &value, const QString &path)
    {
        Site site;
        if (!expectObject(value, path))
            return site;
        const QJsonObject object = value.toObject();
        checkKeys(object, path,
            { "id", "name", "kind", "location", "country", "region", "operators", "partners", "status", "statusHistory",
                "capacityMw", "gpus", "parts", "sources" });
        site.id = string(object, path, "id", true);
        site.name = text(object, path, "name", true);
        site.kind = enumValue(object, path, "kind", true, SiteKind::DataCentre);
        if (object.contains(QStringLiteral("location")))
            site.location = location(
                object.value(QStringLiteral("location")), JsonLocator::memberPath(path, QStringLiteral("location")));
        else
            missing(path, QStringLiteral("location"));
        site.country = string(object, path, "country", true);
        site.region = text(object, path, "region", false);
        site.operators = strings(object, path, "operators", false);
        site.partners = strings(object, path, "partners", false);
        site.status = status(object, path);
        site.statusHistory = list<SiteStatusClaim>(object, path, "statusHistory", false,
            [this](const QJsonValue &item, const QString &itemPath) { return status(item, itemPath); });
        site.capacityMw = optionalClaim(object, path, "capacityMw");
        site.gpus = list<GpuDeployment>(object, path, "gpus", false,
            [this](const QJsonValue &item, const QString &itemPath) { return gpu(item, itemPath); });
        site.parts = strings(object, path, "parts", false);
        site.sources = strings(object, path, "sources", true);
        return site;
    }

    Investment investment(const QJsonValue &value, const QString &path)
    {
        Investment investment;
        if (!expectObject(value, path))
            return investment;
        const QJsonObject object = value.toObject();
        checkKeys(object, path,
            { "id", "kind", "investors", "targetSites", "targetCountries", "target", "amount", "periodFrom", "periodTo",
                "period", "announced", "purpose", "caveats", "sources" });
        investment.id = string(object, path, "id", true);
        investment.kind = enumValue(object, path, "kind", true, InvestmentKind::Pledge);
        investment.investors = strings(object, path, "investors", true);
        investment.targetSites = strings(object, path, "targetSites", false);
        investment.targetCountries = strings(object, path, "targetCountries", false);
        investment.target = text(object, path, "target", false);
        investment.amount = optionalClaim(object, path, "amount");
        investment.periodFrom = date(object, path, "periodFrom", false);
        investment.periodTo = date(object, path, "periodTo", false);
        investment.period = text(object, path, "period", false);
        investment.announced = date(object, path, "announced", true);
        investment.purpose = text(object, path, "purpose", false);
        investment.caveats = list<LocalizedText>(object, path, "caveats", false,
            [this](const QJsonValue &item, const QString &itemPath) { return text(item, itemPath); });
        investment.sources = strings(object, path, "sources", true);
        return investment;
    }

    /// A [lon, lat] pair in degrees, checked for range.
    std::optional<QPointF> lonLat(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QString name = QString::fromLatin1(key);
        const QJsonValue value = object.value(name);
        const QString memberPath = JsonLocator::memberPath(path, name);
        if (value.isUndefined()) {
            if (required)
                missing(path, name);
            return std::nullopt;
        }
        const QJsonArray pair = value.toArray();
        if (!value.isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()) {
            error(memberPath,
                DatasetReader::tr("expected [longitude, latitude] in degrees, found %1").arg(typeName(value)));
            return std::nullopt;
        }
        const QPointF point(pair.at(0).toDouble(), pair.at(1).toDouble());
        if (!(std::abs(point.x()) <= 180) || !(std::abs(point.y()) <= 90)) {
            error(memberPath,
                DatasetReader::tr("[%1, %2] is not a longitude from -180 to 180 and a latitude from -90 to 90")
                    .arg(point.x())
                    .arg(point.y()));
            return std::nullopt;
        }
        return point;
    }

    SceneCamera camera(const QJsonValue &value, const QString &path)
    {
        SceneCamera camera;
        if (!expectObject(value, path))
            return camera;
        const QJsonObject object = value.toObject();
        checkKeys(object, path, { "projection", "rotation", "centre", "span" });
        const QString projection = string(object, path, "projection", false);
        if (!projection.isEmpty())
            camera.projection = projection;
        camera.rotation = lonLat(object, path, "rotation", false);
        camera.centre = lonLat(object, path, "centre", true).value_or(QPointF());
        const std::optional<double> span = number(object, path, "span", false);
        if (span && *span < 0)
            error(JsonLocator::memberPath(path, QStringLiteral("span")),
                DatasetReader::tr("the span must not be negative (0 shows the whole world)"));
        else if (span)
            camera.span = *span;
        return camera;
    }

    SceneFilter sceneFilter(const QJsonValue &value, const QString &path)
    {
        SceneFilter filter;
        if (!expectObject(value, path))
            return filter;
        const QJsonObject object = value.toObject();
        checkKeys(object, path, { "companies", "countries", "statuses", "kinds", "from", "to", "asOf", "text" });
        filter.companies = strings(object, path, "companies", false);
        filter.countries = strings(object, path, "countries", false);
        const auto enums = [&](const char *key, auto fallback) {
            QList<decltype(fallback)> values;
            const QStringList keys = strings(object, path, key, false);
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (const auto parsed = enumFromKey<decltype(fallback)>(keys.at(i)))
                    values.append(*parsed);
                else
                    error(JsonLocator::elementPath(JsonLocator::memberPath(path, QString::fromLatin1(key)), i),
                        DatasetReader::tr("\"%1\" is not one of: %2")
                            .arg(keys.at(i), enumKeys<decltype(fallback)>().join(QStringLiteral(", "))));
            }
            return values;
        };
        filter.statuses = enums("statuses", SiteStatus::Announced);
        filter.kinds = enums("kinds", SiteKind::DataCentre);
        filter.from = date(object, path, "from", false);
        filter.to = date(object, path, "to", false);
        filter.asOf = date(object, path, "asOf", false);
        filter.text = string(object, path, "text", false);
        return filter;
    }

    SceneAnnotation annotation(const QJsonValue &value, const QString &path)
    {
        SceneAnnotation annotation;
        if (!expectObject(value, path))
            return annotation;
        const QJsonObject object = value.toObject();
        checkKeys(object, path, { "kind", "at", "to", "text" });
        annotation.kind = enumValue(object, path, "kind", true, AnnotationKind::Callout);
        annotation.at = lonLat(object, path, "at", true).value_or(QPointF());
        if (annotation.kind == AnnotationKind::Arrow)
            annotation.to = lonLat(object, path, "to", true).value_or(annotation.at);
        else if (object.contains(QStringLiteral("to")))
            warning(JsonLocator::memberPath(path, QStringLiteral("to")),
                DatasetReader::tr("only arrows have \"to\"; it is ignored"));
        annotation.text = text(object, path, "text", annotation.kind == AnnotationKind::Callout);
        return annotation;
    }

    Scene scene(const QJsonValue &value, const QString &path)
    {
        Scene scene;
        if (!expectObject(value, path))
            return scene;
        const QJsonObject object = value.toObject();
        checkKeys(object, path,
            { "id", "title", "caption", "notes", "camera", "filter", "highlight", "chart", "annotations" });
        scene.id = string(object, path, "id", true);
        scene.title = text(object, path, "title", true);
        scene.caption = text(object, path, "caption", false);
        scene.notes = text(object, path, "notes", false);
        if (object.contains(QStringLiteral("camera")))
            scene.camera = camera(
                object.value(QStringLiteral("camera")), JsonLocator::memberPath(path, QStringLiteral("camera")));
        else
            missing(path, QStringLiteral("camera"));
        if (object.contains(QStringLiteral("filter")))
            scene.filter = sceneFilter(
                object.value(QStringLiteral("filter")), JsonLocator::memberPath(path, QStringLiteral("filter")));
        scene.highlight = strings(object, path, "highlight", false);
        scene.chart = enumValue(object, path, "chart", false, SceneChart::None);
        scene.annotations = list<SceneAnnotation>(object, path, "annotations", false,
            [this](const QJsonValue &item, const QString &itemPath) { return annotation(item, itemPath); });
        return scene;
    }

    Dataset dataset(const QJsonObject &root)
    {
        Dataset dataset;
        const QString path;
        checkKeys(root, path,
            { "format", "version", "id", "title", "description", "asOf", "sources", "companies", "sites", "investments",
                "scenes" });
        dataset.id = string(root, path, "id", true);
        dataset.title = text(root, path, "title", true);
        dataset.description = text(root, path, "description", false);
        dataset.asOf = date(root, path, "asOf", false);
        dataset.sources = list<Source>(root, path, "sources", true,
            [this](const QJsonValue &item, const QString &itemPath) { return source(item, itemPath); });
        dataset.companies = list<Company>(root, path, "companies", true,
            [this](const QJsonValue &item, const QString &itemPath) { return company(item, itemPath); });
        dataset.sites = list<Site>(root, path, "sites", true,
            [this](const QJsonValue &item, const QString &itemPath) { return site(item, itemPath); });
        dataset.investments = list<Investment>(root, path, "investments", true,
            [this](const QJsonValue &item, const QString &itemPath) { return investment(item, itemPath); });
        dataset.scenes = list<Scene>(root, path, "scenes", false,
            [this](const QJsonValue &item, const QString &itemPath) { return scene(item, itemPath); });
        return dataset;
    }

    /// Checks "format" and "version" first: a file of another kind or a newer version is not read further.
    bool header(const QJsonObject &root)
    {
        const QJsonValue format = root.value(QStringLiteral("format"));
        if (format.toString() != QLatin1String("compute-atlas-dataset")) {
            error(format.isUndefined() ? QString() : QStringLiteral("format"),
                DatasetReader::tr("not a Compute Atlas dataset: \"format\" must be \"compute-atlas-dataset\""));
            return false;
        }
        const QJsonValue version = root.value(QStringLiteral("version"));
        if (version.isUndefined()) {
            missing(QString(), QStringLiteral("version"));
            return false;
        }
        const double number = version.toDouble(-1);
        if (!version.isDouble() || number != std::floor(number)) {
            error(QStringLiteral("version"),
                DatasetReader::tr("expected a whole version number, found %1")
                    .arg(version.isDouble() ? QString::number(number) : typeName(version)));
            return false;
        }
        if (number < 1) {
            error(
                QStringLiteral("version"), DatasetReader::tr("version %1 does not exist; the first is 1").arg(number));
            return false;
        }
        if (number > Dataset::formatVersion) {
            error(QStringLiteral("version"),
                DatasetReader::tr("format version %1 is newer than this application reads (%2); update Compute Atlas")
                    .arg(QString::number(number), QString::number(Dataset::formatVersion)));
            return false;
        }
        return true;
    }

    /// Adds the validator's findings, except those about values the decoder already failed to
    /// read (a missing location has no sources either; saying so again would only confuse).
    void addValidation(const Diagnostics &validation)
    {
        // Looks up the path and its ancestors ("a.b[2]" → "a.b", "a") in a set: comparing every
        // finding with every failed path took minutes for a few kilobytes of errors (fuzzing).
        const QSet<QString> failedPaths(m_failedPaths.cbegin(), m_failedPaths.cend());
        for (const Diagnostic &diagnostic : validation) {
            const QString &path = diagnostic.path;
            bool covered = !path.isEmpty() && failedPaths.contains(path);
            for (qsizetype i = 1; !covered && i < path.size(); ++i) {
                if (path.at(i) == u'.' || path.at(i) == u'[')
                    covered = failedPaths.contains(path.left(i));
            }
            if (!covered)
                diagnostics.append(diagnostic);
        }
    }

private:
    QStringList m_failedPaths;

    void missing(const QString &path, const QString &key)
    {
        error(path, DatasetReader::tr("required field \"%1\" is missing").arg(key));
        m_failedPaths.append(JsonLocator::memberPath(path, key));
    }

    void add(const QString &path, Severity severity, const QString &message)
    {
        if (severity == Severity::Error)
            m_failedPaths.append(path);
        Diagnostic diagnostic;
        diagnostic.path = path;
        diagnostic.severity = severity;
        diagnostic.message = message;
        diagnostics.append(diagnostic);
    }
};

Diagnostic fileDiagnostic(const QString &fileName, const QString &message, TextPosition position = { 0, 0 })
{
    Diagnostic diagnostic;
    diagnostic.file = fileName;
    diagnostic.line = position.line;
    diagnostic.column = position.column;
    diagnostic.message = message;
    return diagnostic;
}

} // namespace

LoadResult DatasetReader::readFile(const QString &path)
{
    LoadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.diagnostics.append(fileDiagnostic(path, tr("no such file")));
        return result;
    }
    if (info.isDir()) {
        result.diagnostics.append(fileDiagnostic(path, tr("is a folder, not a dataset file")));
        return result;
    }
    if (info.size() > maxFileBytes) {
        result.diagnostics.append(fileDiagnostic(path,
            tr("file is %1 MiB; datasets larger than %2 MiB are refused")
                .arg(info.size() / (1024LL * 1024))
                .arg(maxFileBytes / (1024LL * 1024))));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics.append(fileDiagnostic(path, tr("cannot open: %1").arg(file.errorString())));
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.diagnostics.append(fileDiagnostic(path, tr("cannot read: %1").arg(file.errorString())));
        return result;
    }
    return readBytes(bytes, path);
}

LoadResult DatasetReader::readBytes(const QByteArray &bytes, const QString &fileName)
{
    LoadResult result;
    result.status = LoadStatus::Invalid;

    if (bytes.trimmed().isEmpty()) {
        result.diagnostics.append(fileDiagnostic(fileName, tr("file is empty"), { 1, 1 }));
        return result;
    }

    // QJsonDocument reports broken UTF-8 only inside strings; find the first bad byte anywhere.
    if (const qsizetype bad = JsonLocator::firstInvalidUtf8(bytes); bad >= 0) {
        result.diagnostics.append(
            fileDiagnostic(fileName, tr("file is not valid UTF-8 text"), JsonLocator::positionOfOffset(bytes, bad)));
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset lies just past the token it choked on; point at the token instead.
        qsizetype offset = std::max<qsizetype>(0, parseError.offset - 1);
        QString message;
        if (JsonLocator::endsInsideValue(bytes)) {
            message = tr("JSON ends early (truncated file?): %1").arg(parseError.errorString());
            offset = parseError.offset;
        } else if (const qsizetype number = JsonLocator::numberStartingBefore(bytes, parseError.offset);
                   parseError.error == QJsonParseError::IllegalNumber && number >= 0) {
            message = tr("number is too large to represent");
            offset = number;
        } else {
            message = tr("JSON syntax error: %1").arg(parseError.errorString());
        }
        result.diagnostics.append(fileDiagnostic(fileName, message, JsonLocator::positionOfOffset(bytes, offset)));
        return result;
    }
    if (!document.isObject()) {
        result.diagnostics.append(
            fileDiagnostic(fileName, tr("expected a JSON object at the top level, found an array"), { 1, 1 }));
        return result;
    }

    Decoder decoderState;
    const QJsonObject root = document.object();
    std::optional<Dataset> dataset;
    if (decoderState.header(root)) {
        dataset = decoderState.dataset(root);
        decoderState.addValidation(DatasetValidator::validate(*dataset));
    }

    // Positions are only worked out when there is something to report.
    if (!decoderState.diagnostics.isEmpty()) {
        const JsonLocator locator(bytes);
        for (Diagnostic &diagnostic : decoderState.diagnostics) {
            const TextPosition position = locator.position(diagnostic.path);
            diagnostic.file = fileName;
            diagnostic.line = position.line;
            diagnostic.column = position.column;
        }
    }
    result.diagnostics = decoderState.diagnostics;
    if (dataset && !hasErrors(result.diagnostics)) {
        result.status = LoadStatus::Ok;
        result.dataset = std::move(dataset);
    }
    return result;
}

} // namespace atlas
