#include "importfields.h"

#include "datasetvalidator.h"

#include <QLocale>
#include <QSet>

#include <array>

namespace atlas {

namespace detail {

namespace {

struct FieldInfo {
    Field field;
    const char *key;
    const char *aliases; ///< normalized names a column may have, space-separated, best first
};

// The aliases include the names Shapefile's ten-character limit leaves ("capacity_m", "target_sit").
constexpr std::array<FieldInfo, s_fieldCount> s_fields { {
    { Field::Id, "id", "id siteid investmentid identifier" },
    { Field::Name, "name", "name title sitename label" },
    { Field::NameKo, "name_ko", "nameko namekorean korean koname" },
    { Field::Lon, "lon", "lon long lng longitude x xcoord londeg" },
    { Field::Lat, "lat", "lat latitude y ycoord latdeg" },
    { Field::Wkt, "wkt", "wkt wktgeometry geometrywkt geometry geom thegeom" },
    { Field::Country, "country", "country countrycode iso2 countryiso iso" },
    { Field::Region, "region", "region state province county admin1" },
    { Field::Kind, "kind", "kind type sitetype investmentkind category" },
    { Field::Status, "status", "status stage phase" },
    { Field::Company, "company",
        "company companies operator operators owner investor investors leadinvestor lead operatorname" },
    { Field::Gpus, "gpus", "gpus gpu gpucount numgpus gpusnumber accelerators" },
    { Field::GpuModel, "gpu_model", "gpumodel model chip" },
    { Field::CapacityMw, "capacity_mw", "capacitymw capacitym capacity mw powermw power" },
    { Field::Amount, "amount", "amount value sum investment" },
    { Field::Currency, "currency", "currency ccy currencycode" },
    { Field::Usd, "usd", "usd amountusd usdvalue valueusd usdstated" },
    { Field::TargetSite, "target_site", "targetsite targetsites targetsit site sites siteids" },
    { Field::TargetCountry, "target_country", "targetcountry targetcountries targetcou country countries" },
    { Field::Purpose, "purpose", "purpose description note notes" },
    { Field::Source, "source", "source sources sourceurl url reference references citation" },
    { Field::Date, "date", "date asof announced announceddate statusdate" },
} };

const FieldInfo &info(Field field)
{
    return s_fields.at(static_cast<std::size_t>(field));
}

} // namespace

QString keyOf(Field field)
{
    return QString::fromLatin1(info(field).key);
}

QList<Field> fieldsFor(ImportTarget target)
{
    if (target == ImportTarget::Sites)
        return { Field::Id, Field::Name, Field::NameKo, Field::Lon, Field::Lat, Field::Wkt, Field::Country,
            Field::Region, Field::Kind, Field::Status, Field::Company, Field::Gpus, Field::GpuModel, Field::CapacityMw,
            Field::Source, Field::Date };
    return { Field::Id, Field::Company, Field::Amount, Field::Currency, Field::Usd, Field::Date, Field::TargetSite,
        Field::TargetCountry, Field::Kind, Field::Purpose, Field::Source };
}

std::optional<QString> parseCountry(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (upper.size() == 2)
        return DatasetValidator::isKnownCountry(upper) ? std::optional<QString>(upper) : std::nullopt;
    static const QHash<QString, QString> s_names = [] {
        QHash<QString, QString> names {
            { QStringLiteral("uk"), QStringLiteral("GB") },
            { QStringLiteral("gbr"), QStringLiteral("GB") },
            { QStringLiteral("greatbritain"), QStringLiteral("GB") },
            { QStringLiteral("england"), QStringLiteral("GB") },
            { QStringLiteral("scotland"), QStringLiteral("GB") },
            { QStringLiteral("wales"), QStringLiteral("GB") },
            { QStringLiteral("northernireland"), QStringLiteral("GB") },
            { QStringLiteral("usa"), QStringLiteral("US") },
            { QStringLiteral("unitedstatesofamerica"), QStringLiteral("US") },
            { QStringLiteral("korea"), QStringLiteral("KR") },
            { QStringLiteral("kor"), QStringLiteral("KR") },
        };
        for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
            const auto territory = static_cast<QLocale::Territory>(t);
            const QString code = QLocale::territoryToCode(territory);
            if (DatasetValidator::isKnownCountry(code))
                names.insert(normalized(QLocale::territoryToString(territory)), code);
        }
        return names;
    }();
    const auto it = s_names.constFind(normalized(text));
    return it == s_names.cend() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<QString> parseCurrency(const QString &text)
{
    static const QHash<QString, QString> s_symbols {
        { QStringLiteral("$"), QStringLiteral("USD") },
        { QStringLiteral("US$"), QStringLiteral("USD") },
        { QStringLiteral("£"), QStringLiteral("GBP") },
        { QStringLiteral("€"), QStringLiteral("EUR") },
        { QStringLiteral("₩"), QStringLiteral("KRW") },
    };
    const QString code = s_symbols.value(text.trimmed(), text.trimmed().toUpper());
    return DatasetValidator::isKnownCurrency(code) ? std::optional<QString>(code) : std::nullopt;
}

std::optional<PartialDate> parseDate(const QString &text)
{
    QString iso = text.trimmed();
    iso.replace(u'/', u'-');
    constexpr qsizetype dayLength = 10;
    if (iso.size() > dayLength && (iso.at(dayLength) == u'T' || iso.at(dayLength) == u' '))
        iso.truncate(dayLength);
    const PartialDate date { iso };
    return date.isValid() ? std::optional<PartialDate>(date) : std::nullopt;
}

} // namespace detail

QStringList DatasetImporter::targetFields(ImportTarget target)
{
    QStringList keys;
    for (const detail::Field field : detail::fieldsFor(target))
        keys.append(detail::keyOf(field));
    return keys;
}

QStringList DatasetImporter::requiredFields(ImportTarget target)
{
    // Sites also need a position: "lon" and "lat", or "wkt", or the layer's own geometry.
    if (target == ImportTarget::Sites)
        return { QStringLiteral("name") };
    // Investments also need a target: "target_site" or "target_country".
    return { QStringLiteral("company"), QStringLiteral("date") };
}

FieldMapping DatasetImporter::guessMapping(const QStringList &fields, ImportTarget target)
{
    FieldMapping mapping;
    QSet<QString> used;
    QStringList normalizedFields;
    for (const QString &field : fields)
        normalizedFields.append(detail::normalized(field));
    for (const detail::Field field : detail::fieldsFor(target)) {
        const QStringList aliases = QString::fromLatin1(detail::info(field).aliases).split(u' ');
        for (const QString &alias : aliases) {
            const qsizetype index = normalizedFields.indexOf(alias);
            if (index >= 0 && !used.contains(fields.at(index))) {
                mapping.insert(detail::keyOf(field), fields.at(index));
                used.insert(fields.at(index));
                break;
            }
        }
    }
    return mapping;
}

} // namespace atlas
