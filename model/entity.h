#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

namespace atlas {

enum class EntityType { Company, Site, Investment, Source, Country };

/// A typed id: what a selection or a link between views is made of.
struct EntityRef {
    EntityType type = EntityType::Company;
    QString id;

    friend bool operator==(const EntityRef &, const EntityRef &) = default;
};

/// The lower-case name of @p type as internal links, scene highlights and messages spell it:
/// "company", "site", "investment", "source" or "country".
inline QString entityTypeKey(EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return QStringLiteral("company");
    case EntityType::Site:
        return QStringLiteral("site");
    case EntityType::Investment:
        return QStringLiteral("investment");
    case EntityType::Source:
        return QStringLiteral("source");
    case EntityType::Country:
        break;
    }
    return QStringLiteral("country");
}

inline size_t qHash(const EntityRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, static_cast<int>(ref.type), ref.id);
}

/// Item data roles every project model answers, so any view (QML included) can read them.
namespace Roles {
enum : int {
    Id = Qt::UserRole + 1, ///< QString entity id
    Entity,                ///< int(EntityType) of the row
    Colour,                ///< QString "#rrggbb" (company colour, or the row's company)
    Coordinate,            ///< QGeoCoordinate (lat, lon) for sites and company HQs
    Sort,                  ///< a value that sorts naturally (numbers as double)
    Sources,               ///< QStringList of source ids behind the row's figures
    Value,                 ///< double, the row's main number (aggregates)
    Selected,              ///< bool, the row's entity is in the shared selection
    Related,               ///< bool, the row is linked to something selected
    Choices,               ///< QStringList, the values an editable cell can take (enum columns)
    CompanyIndex,          ///< int, position in the dataset's companies of the company Colour is of; -1: none
};
}

} // namespace atlas

Q_DECLARE_METATYPE(atlas::EntityRef)
