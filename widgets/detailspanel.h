#pragma once

#include "entity.h"
#include "theme.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <optional>

class QTextBrowser;
class QToolButton;

namespace atlas {

class DatasetDocument;
class SharedSelection;

/**
 * Everything the dataset says about the shared selection's current entity (a site, company,
 * investment, source or country), with every figure's sources as clickable tags "[S23]".
 * Internal links (atlas:site/ID, atlas:company/ID, atlas:investment/ID, atlas:source/ID,
 * atlas:country/GB) make that entity current; external links are reported through
 * externalLinkActivated() and opened with QDesktopServices unless setOpenExternalLinks(false).
 * Back and Forward walk the history of shown entities. With setEditable(true), Edit… and Delete
 * buttons ask for the shown entity to be edited or deleted (editRequested(), deleteRequested());
 * the panel itself never changes the document. Follows the document's dataset, its edits and its
 * language; the document and selection belong to the application.
 */
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    DetailsPanel(DatasetDocument *document, SharedSelection *selection, const Theme &theme, QWidget *parent = nullptr);

    /// The HTML shown now, as generated from the dataset.
    QString html() const { return m_html; }
    /// The entity shown now, or nothing for the empty state.
    std::optional<EntityRef> shownEntity() const { return m_shown; }

    /// Whether activated external links are opened with QDesktopServices (default true).
    void setOpenExternalLinks(bool open) { m_openExternalLinks = open; }
    bool openExternalLinks() const { return m_openExternalLinks; }

    /// What a click on a link does: select an internal entity or open an external page.
    void activateLink(const QUrl &url);

    /// Shows the Edit… and Delete buttons (hidden by default).
    void setEditable(bool editable);

    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }

    /// The internal link to @p ref, e.g. "atlas:source/S23".
    static QUrl linkTo(const EntityRef &ref);
    /// The entity an internal link names, or nothing for other links.
    static std::optional<EntityRef> entityFromLink(const QUrl &url);

public Q_SLOTS:
    void back();
    void forward();

Q_SIGNALS:
    /// An external (http, https, mailto …) link was activated; emitted whether or not it is opened.
    void externalLinkActivated(const QUrl &url);
    /// Edit… was clicked while @p ref was shown.
    void editRequested(const atlas::EntityRef &ref);
    /// Delete was clicked while @p ref was shown.
    void deleteRequested(const atlas::EntityRef &ref);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followCurrent();
    void goTo(qsizetype index);
    void refresh();
    void updateNavigation();

    void retranslate();
    QString styleSheet() const;

    DatasetDocument *m_document;
    SharedSelection *m_selection;
    Theme m_theme;
    QTextBrowser *m_browser;
    QToolButton *m_backButton;
    QToolButton *m_forwardButton;
    QToolButton *m_editButton;
    QToolButton *m_deleteButton;
    bool m_editable = false;
    QString m_html;
    std::optional<EntityRef> m_shown;
    bool m_openExternalLinks = true;

    QList<EntityRef> m_history;
    qsizetype m_historyIndex = -1;
    bool m_navigating = false;
};

} // namespace atlas
