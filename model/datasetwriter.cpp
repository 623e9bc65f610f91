#include "datasetwriter.h"

#include "enums.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace atlas {

namespace {

QJsonValue number(double value)
{
    // Whole numbers are written as integers (30000000000, not 3e+10) so a reread gives the same text.
    constexpr double maxExactInteger = 9007199254740992.0; // 2^53
    if (value == std::floor(value) && std::abs(value) < maxExactInteger)
        return { static_cast<qint64>(value) };
    return { value };
}

void putString(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

void putStrings(QJsonObject &object, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        object.insert(QLatin1String(key), QJsonArray::fromStringList(values));
}

QJsonObject text(const LocalizedText &text)
{
    QJsonObject object;
    object.insert(QLatin1String("en"), text.en);
    putString(object, "ko", text.ko);
    return object;
}

void putText(QJsonObject &object, const char *key, const LocalizedText &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), text(value));
}

void putDate(QJsonObject &object, const char *key, const PartialDate &date)
{
    putString(object, key, date.text);
}

QJsonObject claim(const Claim &claim)
{
    QJsonObject object;
    object.insert(QLatin1String("value"), number(claim.value));
    putString(object, "currency", claim.currency);
    if (claim.usdStated)
        object.insert(QLatin1String("usdStated"), number(*claim.usdStated));
    if (claim.qualifier != Qualifier::Exact)
        object.insert(QLatin1String("qualifier"), enumKey(claim.qualifier));
    if (claim.basis != Basis::Stated)
        object.insert(QLatin1String("basis"), enumKey(claim.basis));
    object.insert(QLatin1String("sources"), QJsonArray::fromStringList(claim.sources));
    putText(object, "note", claim.note);
    if (!claim.alternatives.isEmpty()) {
        QJsonArray alternatives;
        for (const Claim &alternative : claim.alternatives)
            alternatives.append(atlas::claim(alternative));
        object.insert(QLatin1String("alternatives"), alternatives);
    }
    return object;
}

QJsonObject location(const GeoLocation &location)
{
    QJsonObject object;
    object.insert(QLatin1String("lon"), number(location.lonDeg));
    object.insert(QLatin1String("lat"), number(location.latDeg));
    object.insert(QLatin1String("basis"), enumKey(location.basis));
    putText(object, "place", location.place);
    putText(object, "note", location.note);
    object.insert(QLatin1String("sources"), QJsonArray::fromStringList(location.sources));
    return object;
}

QJsonObject source(const Source &source)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), source.id);
    object.insert(QLatin1String("title"), source.title);
    putString(object, "publisher", source.publisher);
    object.insert(QLatin1String("url"), source.url);
    putDate(object, "date", source.date);
    putString(object, "reliability", source.reliability);
    return object;
}

QJsonObject company(const Company &company)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), company.id);
    object.insert(QLatin1String("name"), text(company.name));
    object.insert(QLatin1String("country"), company.country);
    object.insert(QLatin1String("colour"), company.colour);
    if (company.hq)
        object.insert(QLatin1String("hq"), location(*company.hq));
    putStrings(object, "sources", company.sources);
    return object;
}

QJsonObject gpu(const GpuDeployment &gpu)
{
    QJsonObject object;
    object.insert(QLatin1String("model"), gpu.model);
    if (gpu.count)
        object.insert(QLatin1String("count"), claim(*gpu.count));
    object.insert(QLatin1String("company"), gpu.company);
    putString(object, "customer", gpu.customer);
    putDate(object, "expected", gpu.expected);
    putText(object, "note", gpu.note);
    object.insert(QLatin1String("sources"), QJsonArray::fromStringList(gpu.sources));
    return object;
}

QJsonObject statusObject(const SiteStatusClaim &claim)
{
    QJsonObject status;
    status.insert(QLatin1String("value"), enumKey(claim.value));
    putDate(status, "asOf", claim.asOf);
    putText(status, "note", claim.note);
    status.insert(QLatin1String("sources"), QJsonArray::fromStringList(claim.sources));
    return status;
}

template<typename T, typename Convert>
QJsonArray array(const QList<T> &items, Convert convert)
{
    QJsonArray result;
    for (const T &item : items)
        result.append(convert(item));
    return result;
}

QJsonObject site(const Site &site)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), site.id);
    object.insert(QLatin1String("name"), text(site.name));
    object.insert(QLatin1String("kind"), enumKey(site.kind));
    object.insert(QLatin1String("location"), location(site.location));
    object.insert(QLatin1String("country"), site.country);
    putText(object, "region", site.region);
    putStrings(object, "operators", site.operators);
    putStrings(object, "partners", site.partners);
    object.insert(QLatin1String("status"), statusObject(site.status));
    if (!site.statusHistory.isEmpty())
        object.insert(QLatin1String("statusHistory"), array(site.statusHistory, statusObject));
    if (site.capacityMw)
        object.insert(QLatin1String("capacityMw"), claim(*site.capacityMw));
    if (!site.gpus.isEmpty()) {
        QJsonArray gpus;
        for (const GpuDeployment &deployment : site.gpus)
            gpus.append(gpu(deployment));
        object.insert(QLatin1String("gpus"), gpus);
    }
    putStrings(object, "parts", site.parts);
    object.insert(QLatin1String("sources"), QJsonArray::fromStringList(site.sources));
    return object;
}

QJsonObject investment(const Investment &investment)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), investment.id);
    object.insert(QLatin1String("kind"), enumKey(investment.kind));
    object.insert(QLatin1String("investors"), QJsonArray::fromStringList(investment.investors));
    putStrings(object, "targetSites", investment.targetSites);
    putStrings(object, "targetCountries", investment.targetCountries);
    putText(object, "target", investment.target);
    if (investment.amount)
        object.insert(QLatin1String("amount"), claim(*investment.amount));
    putDate(object, "periodFrom", investment.periodFrom);
    putDate(object, "periodTo", investment.periodTo);
    putText(object, "period", investment.period);
    object.insert(QLatin1String("announced"), investment.announced.text);
    putText(object, "purpose", investment.purpose);
    if (!investment.caveats.isEmpty()) {
        QJsonArray caveats;
        for (const LocalizedText &caveat : investment.caveats)
            caveats.append(text(caveat));
        object.insert(QLatin1String("caveats"), caveats);
    }
    object.insert(QLatin1String("sources"), QJsonArray::fromStringList(investment.sources));
    return object;
}

QJsonArray lonLat(QPointF point)
{
    return { number(point.x()), number(point.y()) };
}

template<typename E>
QJsonArray enumArray(const QList<E> &values)
{
    QJsonArray array;
    for (const E value : values)
        array.append(enumKey(value));
    return array;
}

QJsonObject scene(const Scene &scene)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), scene.id);
    object.insert(QLatin1String("title"), text(scene.title));
    putText(object, "caption", scene.caption);
    putText(object, "notes", scene.notes);
    QJsonObject camera;
    camera.insert(QLatin1String("projection"), scene.camera.projection);
    if (scene.camera.rotation)
        camera.insert(QLatin1String("rotation"), lonLat(*scene.camera.rotation));
    camera.insert(QLatin1String("centre"), lonLat(scene.camera.centre));
    camera.insert(QLatin1String("span"), number(scene.camera.span));
    object.insert(QLatin1String("camera"), camera);
    if (!scene.filter.isEmpty()) {
        QJsonObject filter;
        putStrings(filter, "companies", scene.filter.companies);
        putStrings(filter, "countries", scene.filter.countries);
        if (!scene.filter.statuses.isEmpty())
            filter.insert(QLatin1String("statuses"), enumArray(scene.filter.statuses));
        if (!scene.filter.kinds.isEmpty())
            filter.insert(QLatin1String("kinds"), enumArray(scene.filter.kinds));
        putDate(filter, "from", scene.filter.from);
        putDate(filter, "to", scene.filter.to);
        putDate(filter, "asOf", scene.filter.asOf);
        putString(filter, "text", scene.filter.text);
        object.insert(QLatin1String("filter"), filter);
    }
    putStrings(object, "highlight", scene.highlight);
    if (scene.chart != SceneChart::None)
        object.insert(QLatin1String("chart"), enumKey(scene.chart));
    if (!scene.annotations.isEmpty()) {
        QJsonArray annotations;
        for (const SceneAnnotation &annotation : scene.annotations) {
            QJsonObject item;
            item.insert(QLatin1String("kind"), enumKey(annotation.kind));
            item.insert(QLatin1String("at"), lonLat(annotation.at));
            if (annotation.kind == AnnotationKind::Arrow)
                item.insert(QLatin1String("to"), lonLat(annotation.to));
            putText(item, "text", annotation.text);
            annotations.append(item);
        }
        object.insert(QLatin1String("annotations"), annotations);
    }
    return object;
}

} // namespace

QByteArray DatasetWriter::toJson(const Dataset &dataset)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QStringLiteral("compute-atlas-dataset"));
    root.insert(QLatin1String("version"), Dataset::formatVersion);
    root.insert(QLatin1String("id"), dataset.id);
    root.insert(QLatin1String("title"), text(dataset.title));
    putText(root, "description", dataset.description);
    putDate(root, "asOf", dataset.asOf);
    root.insert(QLatin1String("sources"), array(dataset.sources, source));
    root.insert(QLatin1String("companies"), array(dataset.companies, company));
    root.insert(QLatin1String("sites"), array(dataset.sites, site));
    root.insert(QLatin1String("investments"), array(dataset.investments, investment));
    if (!dataset.scenes.isEmpty())
        root.insert(QLatin1String("scenes"), array(dataset.scenes, scene));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString DatasetWriter::writeFile(const Dataset &dataset, const QString &path, Backup backup)
{
    return writeBytes(toJson(dataset), path, backup);
}

QString DatasetWriter::backupPath(const QString &path)
{
    return path + QStringLiteral(".bak");
}

namespace {

/// Copies @p path to backupPath(@p path) through a QSaveFile of its own (temporary file, flush,
/// fsync, rename), so an interrupted copy never leaves a half backup in place of a whole one.
QString copyToBackup(const QString &path)
{
    const QString backup = DatasetWriter::backupPath(path);
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return DatasetWriter::tr("%1 was not saved: it could not be read to keep a backup of it: %2")
            .arg(path, source.errorString());
    QSaveFile target(backup);
    if (!target.open(QIODevice::WriteOnly))
        return DatasetWriter::tr("%1 was not saved: its backup %2 could not be written: %3")
            .arg(path, backup, target.errorString());
    constexpr qint64 chunkBytes = 1 << 20;
    for (;;) {
        const QByteArray chunk = source.read(chunkBytes);
        if (source.error() != QFileDevice::NoError)
            return DatasetWriter::tr("%1 was not saved: it could not be read to keep a backup of it: %2")
                .arg(path, source.errorString());
        if (chunk.isEmpty())
            break;
        if (target.write(chunk) != chunk.size())
            return DatasetWriter::tr("%1 was not saved: its backup %2 could not be written: %3")
                .arg(path, backup, target.errorString());
    }
    if (!target.commit())
        return DatasetWriter::tr("%1 was not saved: its backup %2 could not be written: %3")
            .arg(path, backup, target.errorString());
    return {};
}

} // namespace

QString DatasetWriter::writeBytes(const QByteArray &bytes, const QString &path, Backup backup)
{
    const QFileInfo existing(path);
    // QSaveFile refuses files it cannot write, but root can write anything: a file whose owner
    // took away its write permission is refused for everyone, so "read-only" means the same.
    if (existing.exists() && existing.isFile() && !existing.permissions().testFlag(QFileDevice::WriteOwner))
        return tr("%1 was not saved: the file is read-only").arg(path);

    // The new version goes to QSaveFile's temporary file first; only when it is complete is the
    // old one copied to the backup, so a save that fails early does not rotate the backup away.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        QString error = tr("%1: cannot write: %2").arg(path, file.errorString());
        file.cancelWriting();
        return error;
    }
    if (backup == Backup::Keep && existing.exists()) {
        if (QString error = copyToBackup(path); !error.isEmpty()) {
            file.cancelWriting();
            return error;
        }
    }
    if (!file.commit())
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

} // namespace atlas
