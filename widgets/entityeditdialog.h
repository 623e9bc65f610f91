#pragma once

#include "dataset.h"
#include "datasetedits.h"
#include "diagnostic.h"
#include "theme.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <utility>

class QDialogButtonBox;
class QListWidget;
class QScrollArea;

namespace atlas {

class EntityEditForm;

/**
 * A form that creates or edits one entity of a dataset: a Site, Company, Investment or Source.
 * The fields are built for the type of the value passed in; fields the form does not show
 * (notes, alternatives, status history, GPUs, partners, caveats, periods…) keep exactly what the
 * value had, so value() on an untouched dialog equals the value passed in.
 *
 * After every change the form runs DatasetEdits::check() plus its own checks (an id, an English
 * name, well-formed dates, a new id that is not taken) and lists the problems under the form;
 * the fields they concern turn the theme's error colour and say why in their tooltip. OK is
 * disabled while there is an error; warnings are shown but allowed. The dialog remembers its
 * geometry (QSettings key "entityEditDialog/geometry"). It does not change the dataset: the
 * caller reads value() after accept(). Lives on the GUI thread; it keeps a copy of the dataset.
 *
 * Fields by objectName, for tests and style sheets (absent when the type has no such field):
 * - all: "id" (read-only unless new), "sources" (comma-separated source ids), "problems"
 *   (QListWidget of messages), "buttons" (QDialogButtonBox).
 * - Site: "name", "nameKo", "kind", "status", "statusAsOf", "statusSources", "operators"
 *   (checkable QListWidget of companies), "country" (+ "countryName" label), "region",
 *   "regionKo", "lon", "lat", "coordinateBasis", "place", "placeKo", "locationSources",
 *   "capacity" (checkable QGroupBox: a capacity is stated), "capacityValue",
 *   "capacityQualifier", "capacitySources".
 * - Company: "name", "nameKo", "country", "countryName", "colour" (QPushButton),
 *   "colourClear", "hq" (checkable QGroupBox) with "lon", "lat", "coordinateBasis", "place",
 *   "placeKo", "locationSources".
 * - Investment: "kind", "lead" (QComboBox), "coInvestors" and "targetSites" (checkable
 *   QListWidgets), "targetCountries" (comma-separated codes), "target", "targetKo", "amount"
 *   (checkable QGroupBox) with "amountValue", "currency", "usdStatedKnown" (QCheckBox),
 *   "usdStated", "qualifier", "basis", "amountSources"; then "announced", "purpose",
 *   "purposeKo" (QPlainTextEdit).
 * - Source: "title", "publisher", "url", "date", "lowReliability" (QCheckBox).
 */
class EntityEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits @p value (an existing entity: its id is fixed) or, with @p isNew, a new one (id
    /// editable; when empty, prefilled with a fresh id that follows the form until the id is
    /// edited: from the name for sites and companies, "inv-<lead>" for investments, the next
    /// "S<n>" for sources). @p dataset gives the companies, sites and sources to pick from and
    /// the checks.
    EntityEditDialog(Dataset dataset, EntityValue value, bool isNew, Theme theme, QWidget *parent = nullptr);
    ~EntityEditDialog() override;

    /// The entity as the form describes it now.
    EntityValue value() const;
    /// The problems DatasetEdits::check finds for value(), after the form's own checks (errors
    /// block OK; warnings are shown but allowed). Paths are those of the dataset file.
    Diagnostics problems() const;

    void done(int result) override;

private:
    void finish();
    void changed();
    void updateTitle();
    void updateProblems();
    QString proposedId() const;
    Diagnostics ownProblems(const EntityValue &value) const;

    Dataset m_dataset;
    EntityValue m_original;
    bool m_isNew;
    Theme m_theme;
    EntityEditForm *m_form; ///< owned by m_scroll
    QScrollArea *m_scroll = nullptr;
    QListWidget *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_filling = true;
    QString m_autoId; ///< the id the form proposed; it follows the name until the user edits it
};

} // namespace atlas
