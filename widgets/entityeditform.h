#pragma once

#include "dataset.h"
#include "datasetedits.h"
#include "theme.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;

namespace atlas {

/**
 * The fields of EntityEditDialog: titled sections in one or two columns with the fields of a
 * Site, Company, Investment or Source (the type of the value it is built for), and the way
 * back from them to a value. read() fills in only what the form shows, so whatever else the
 * value holds is kept. Each field has its objectName, its label, its own tooltip and the JSON
 * paths under the entity (".location.lat") whose diagnostics are about it; see
 * EntityEditDialog for the names.
 *
 * Lives on the GUI thread, usually inside the dialog's scroll area, which owns it. It keeps no
 * copy of the dataset: the one passed in only fills its lists and completers. changed() fires
 * after every edit of any field, also while the form is being built.
 */
class EntityEditForm : public QWidget
{
    Q_OBJECT

public:
    /// Builds the fields for @p value; with @p isNew the id is editable. @p dataset gives the
    /// companies, sites, sources and countries to pick from.
    EntityEditForm(
        const Dataset &dataset, const EntityValue &value, bool isNew, Theme theme, QWidget *parent = nullptr);
    ~EntityEditForm() override;

    /// Writes what the fields show into @p value, which must be of the type the form was built for.
    void read(EntityValue &value) const;

    /// Every field, in the order the form shows them (the tab order).
    QList<QWidget *> fields() const;
    /// The field a diagnostic at @p relativePath (".location.lat", ".sources[2]") is about, or null.
    QWidget *fieldFor(const QString &relativePath) const;
    /// The field's label without "&" and ":".
    QString label(QWidget *field) const;

    QLineEdit *idField() const;
    /// The English name, the source's title and the lead investor's id as entered (empty when
    /// the type has no such field).
    QString nameText() const;
    QString titleText() const;
    QString leadId() const;

    /// Updates what follows other fields: the country's name, the colour button's swatch, and
    /// which co-investors can be ticked (not the lead).
    void updateDependentFields();
    /// Gives each field its own tooltip plus @p messages (and for source id fields, the titles
    /// of the sources), and the theme's error colour to the fields in @p wrong.
    void showProblems(
        const QHash<QWidget *, QStringList> &messages, const QSet<QWidget *> &wrong, const Dataset &dataset);

Q_SIGNALS:
    void changed();

private:
    struct Fields;

    void build(const Site &site);
    void build(const Company &company);
    void build(const Investment &investment);
    void build(const Source &source);
    /// A titled box in @p column of the form; with @p checkable, a box that can be ticked off.
    QFormLayout *section(int column, const QString &title, QGroupBox **checkable = nullptr);
    void addId(QFormLayout *layout, const QString &id);
    void addNames(QFormLayout *layout, const LocalizedText &name);
    void addCountry(QFormLayout *layout, const QString &code);
    void addLocation(QFormLayout *layout, const GeoLocation &location, const QString &path);
    void addClaim(QFormLayout *layout, QGroupBox *group, const std::optional<Claim> &claim, bool money);
    /// (id, label) of the dataset's companies or sites, then of @p mentioned ids it lacks.
    QList<std::pair<QString, QString>> companyItems(const QStringList &mentioned) const;
    QList<std::pair<QString, QString>> siteItems(const QStringList &mentioned) const;

    const Dataset *m_dataset = nullptr; ///< only while the constructor runs
    bool m_isNew;
    Theme m_theme;
    std::unique_ptr<Fields> m_fields;
};

} // namespace atlas
