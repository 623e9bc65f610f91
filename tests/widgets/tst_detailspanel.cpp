#include "atlascatch.h"

#include "datasetdocument.h"
#include "datasetreader.h"
#include "detailspanel.h"
#include "sharedselection.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace atlas;

namespace {
struct Fixture {
    DatasetDocument document;
    SharedSelection selection { &document };

    Fixture()
    {
        const LoadResult result
            = DatasetReader::readFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json"));
        REQUIRE(result.dataset);
        document.setDataset(*result.dataset, QStringLiteral("us-uk-2025.json"));
    }
};

EntityRef site(const char *id)
{
    return { EntityType::Site, QString::fromLatin1(id) };
}

QString href(const char *link)
{
    return QStringLiteral("href=\"%1\"").arg(QString::fromLatin1(link));
}

/// The HTML of the caveat box, or nothing when there is none.
QString caveatBox(const QString &html)
{
    const qsizetype start = html.indexOf(QLatin1String("class=\"caveats\""));
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf(QLatin1String("</table>"), start);
    return html.mid(start, end < 0 ? -1 : end - start);
}

/// The text position of the first character of the anchor to @p link in the browser's document.
int anchorPosition(const QTextBrowser &browser, const QString &link)
{
    for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() == link)
                return fragment.position();
        }
    }
    return -1;
}
} // namespace

TEST_CASE("Details of a site: figures with sources, how the position is known, links", "[widgets][details]")
{
    Fixture fixture;
    DetailsPanel panel(&fixture.document, &fixture.selection, Theme::light());
    fixture.selection.setCurrent(site("loughton_nscale"));

    const QString html = panel.html();
    CAPTURE(html);
    CHECK(html.contains(QLatin1String("Nscale AI Campus, Loughton")));
    CHECK(html.contains(QStringLiteral("엔스케일 AI 캠퍼스, 러프턴"))); // the Korean name, shown below the English one
    CHECK(html.contains(QLatin1String("23,040")));
    CHECK(html.contains(QLatin1String("[S23]")));
    CHECK(html.contains(href("atlas:source/S23")));
    CHECK(html.contains(QLatin1String("proxy")));
    CHECK(html.contains(QLatin1String("Debden")));
    CHECK(html.contains(QLatin1String("0.08388, 51.64527"))); // lon, lat
    CHECK(html.contains(QLatin1String("United Kingdom")));
    CHECK(html.contains(QLatin1String("Essex")));
    CHECK(html.contains(QLatin1String("Planned")));
    CHECK(html.contains(QLatin1String("2026-03")));
    CHECK(html.contains(QLatin1String("50 MW")));
    CHECK(html.contains(QLatin1String("NVIDIA GB300")));
    CHECK(html.contains(QLatin1String("at least 24,000"))); // an alternative count, with its source
    CHECK(html.contains(QLatin1String("[S17]")));
    CHECK(html.contains(QLatin1String("2027-Q1")));
    CHECK(html.contains(href("atlas:company/nscale")));
    CHECK(html.contains(href("atlas:company/microsoft")));
    CHECK(html.contains(href("atlas:investment/inv01_microsoft")));
    CHECK(panel.shownEntity() == site("loughton_nscale"));
}

TEST_CASE("Activating an internal link makes that entity current everywhere", "[widgets][details]")
{
    Fixture fixture;
    DetailsPanel panel(&fixture.document, &fixture.selection, Theme::light());
    fixture.selection.setCurrent(site("loughton_nscale"));

    QSignalSpy external(&panel, &DetailsPanel::externalLinkActivated);
    panel.activateLink(QUrl(QStringLiteral("atlas:company/microsoft")));
    const EntityRef microsoft { EntityType::Company, QStringLiteral("microsoft") };
    CHECK(fixture.selection.selection() == QSet<EntityRef> { microsoft });
    CHECK(fixture.selection.current() == microsoft);
    CHECK(panel.shownEntity() == microsoft);
    CHECK(panel.html().contains(QLatin1String("Redmond")));
    CHECK(external.isEmpty());

    panel.activateLink(QUrl(QStringLiteral("atlas:source/S23")));
    CHECK(fixture.selection.current() == EntityRef { EntityType::Source, QStringLiteral("S23") });
}

TEST_CASE("Details of an investment: amount as stated, alternatives, caveats in a box", "[widgets][details]")
{
    Fixture fixture;
    DetailsPanel panel(&fixture.document, &fixture.selection, Theme::light());

    SECTION("Nvidia and partners: £11bn, the USD a source states, and the worldwide caveat")
    {
        fixture.selection.setCurrent({ EntityType::Investment, QStringLiteral("inv02_nvidia_partners") });
        const QString html = panel.html();
        CAPTURE(html);
        CHECK(html.contains(QStringLiteral("up to £11bn")));
        CHECK(html.contains(QStringLiteral("(≈$15bn as stated)")));
        CHECK(html.contains(QLatin1String("[S14]")));
        CHECK(html.contains(href("atlas:company/nvidia")));
        CHECK(html.contains(href("atlas:company/coreweave")));
        CHECK(html.contains(QLatin1String("United Kingdom")));
        CHECK(html.contains(QLatin1String("2025-09-16")));
        const QString box = caveatBox(html);
        REQUIRE_FALSE(box.isEmpty());
        CHECK(box.contains(QLatin1String("worldwide")));
        CHECK(box.contains(Theme::light().warning.name())); // drawn in the theme's warning colour
    }

    SECTION("Salesforce: the $6bn total is an alternative marked as derived")
    {
        fixture.selection.setCurrent({ EntityType::Investment, QStringLiteral("inv09_salesforce") });
        const QString html = panel.html();
        CAPTURE(html);
        CHECK(html.contains(QLatin1String("$2bn")));
        const qsizetype alternative = html.indexOf(QLatin1String("$6bn"));
        REQUIRE(alternative >= 0);
        const QString line = html.mid(alternative, html.indexOf(QLatin1String("<br/>"), alternative) - alternative);
        CAPTURE(line);
        CHECK(line.contains(QLatin1String("[S37]")));
        CHECK(line.contains(QLatin1String("[S38]")));
        CHECK(line.contains(QLatin1String("basis-derived")));
        CHECK(line.contains(QLatin1String("derived from sourced figures")));
    }

    SECTION("Microsoft: the unverified £24bn alternative is marked")
    {
        fixture.selection.setCurrent({ EntityType::Investment, QStringLiteral("inv01_microsoft") });
        const QString html = panel.html();
        CAPTURE(html);
        CHECK(html.contains(QLatin1String("$30bn")));
        CHECK(html.contains(QStringLiteral("£22bn")));
        CHECK(html.contains(QLatin1String("basis-unverified")));
        CHECK(html.contains(href("atlas:site/loughton_nscale")));
    }
}

TEST_CASE("Details of a company: headquarters, colour, totals, investments and sites", "[widgets][details]")
{
    Fixture fixture;
    DetailsPanel panel(&fixture.document, &fixture.selection, Theme::light());
    fixture.selection.setCurrent({ EntityType::Company, QStringLiteral("nscale") });
    const QString html = panel.html();
    CAPTURE(html);
    CHECK(html.contains(QLatin1String("London, UK")));
    CHECK(html.contains(QLatin1String("approximate")));
    // The colour drawn, from the colour-blind-safe palette, and the dataset's own beside it.
    const Dataset &dataset = fixture.document.dataset();
    const QColor drawn = Theme::light().companyColour(dataset, dataset.company(QStringLiteral("nscale")));
    CHECK(html.contains(QStringLiteral("background-color: %1;").arg(drawn.name())));
    CHECK(html.contains(QLatin1String("(the dataset's: #e6007e)")));
    CHECK(html.contains(href("atlas:site/loughton_nscale")));
    CHECK(html.contains(href("atlas:site/glomfjord_nscale")));
    CHECK(html.contains(href("atlas:investment/inv02_nvidia_partners")));
    CHECK(html.contains(QLatin1String("GPUs:")));
}

TEST_CASE("Details of a source: its link and everything that cites it", "[widgets][details]")
{
    Fixture fixture;
    DetailsPanel panel(&fixture.document, &fixture.selection, Theme::light());
    fixture.selection.setCurrent({ EntityType::Source, QStringLiteral("S23") });
    const QString html = panel.html();
    CAPTURE(html);
    const QString url = fixture.document.dataset().source(QStringLiteral("S23"))->url;
    REQUIRE(url.startsWith(QLatin1String("https://")));
    CHECK(html.contains(QStringLiteral("href=\"%1\"").arg(url.toHtmlEscaped())));
    CHECK(html.contains(QLatin1String("globenewswire.com")));
    CHECK(html.contains(href("atlas:site/loughton_nscale")));
    CHECK(html.contains(QLatin1String("Nscale AI Campus, Loughton")));
    CHECK(html.contains(href("atlas:company/nscale"))); // its headquarters cite S23
    CHECK_FALSE(html.contains(QLatin1String("low reliability")));

    fixture.selection.setCurrent({ EntityType::Source, QStringLiteral("S70") });
    CHECK(panel.html().contains(QLatin1String("Low reliability")));
    CHECK(panel.html().contains(href("atlas:site/loughton_nscale")));
}

TEST_CASE("External links are reported and opened only when allowed", "[widgets][details]")
{
    Fixture fixture;
    DetailsPanel panel(&fixture.document, &fixture.selection, Theme::light());
    CHECK(panel.openExternalLinks());
    panel.setOpenExternalLinks(false);
    fixture.selection.setCurrent({ EntityType::Source, QStringLiteral("S23") });

    QSignalSpy spy(&panel, &DetailsPanel::externalLinkActivated);
    const QUrl url(fixture.document.dataset().source(QStringLiteral("S23"))->url);
    panel.activateLink(url);
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).toUrl() == url);
    // Nothing else happened: the selection still shows the source.
    CHECK(fixture.selection.current() == EntityRef { EntityType::Source, QStringLiteral("S23") });
}

TEST_CASE("Dataset texts follow the document language", "[widgets][details]")
{
    Fixture fixture;
    DetailsPanel panel(&fixture.document, &fixture.selection, Theme::light());
    fixture.selection.setCurrent(site("loughton_nscale"));
    CHECK(panel.html().contains(QLatin1String("<h2>Nscale AI Campus, Loughton</h2>")));

    fixture.document.setLanguage(QStringLiteral("ko"));
    const QString html = panel.html();
    CAPTURE(html);
    CHECK(html.contains(QStringLiteral("<h2>엔스케일 AI 캠퍼스, 러프턴</h2>")));
    CHECK(html.contains(QStringLiteral("에식스")));
    CHECK(html.contains(QStringLiteral("엔스케일"))); // the operator link, by its Korean name
}

TEST_CASE("With nothing selected the panel explains itself", "[widgets][details]")
{
    Fixture fixture;
    DetailsPanel panel(&fixture.document, &fixture.selection, Theme::light());
    const QString help = QStringLiteral("Select a site, company or investment on the map, in a chart or in a table");
    CHECK(panel.html().contains(help));
    CHECK_FALSE(panel.shownEntity());

    fixture.selection.setCurrent(site("loughton_nscale"));
    CHECK_FALSE(panel.html().contains(help));
    fixture.selection.clear();
    CHECK(panel.html().contains(help));

    // A new dataset clears the selection, and the panel with it.
    fixture.selection.setCurrent(site("loughton_nscale"));
    fixture.document.setDataset(fixture.document.dataset(), QStringLiteral("again.json"));
    CHECK(panel.html().contains(help));
    CHECK_FALSE(panel.canGoBack());
}

TEST_CASE("Back and Forward walk the entities shown", "[widgets][details]")
{
    Fixture fixture;
    DetailsPanel panel(&fixture.document, &fixture.selection, Theme::light());
    CHECK_FALSE(panel.canGoBack());
    fixture.selection.setCurrent(site("loughton_nscale"));
    panel.activateLink(QUrl(QStringLiteral("atlas:company/microsoft")));
    panel.activateLink(QUrl(QStringLiteral("atlas:investment/inv01_microsoft")));
    REQUIRE(panel.canGoBack());
    CHECK_FALSE(panel.canGoForward());

    panel.back();
    CHECK(fixture.selection.current() == EntityRef { EntityType::Company, QStringLiteral("microsoft") });
    panel.back();
    CHECK(fixture.selection.current() == site("loughton_nscale"));
    CHECK_FALSE(panel.canGoBack());
    REQUIRE(panel.canGoForward());
    panel.forward();
    CHECK(fixture.selection.current() == EntityRef { EntityType::Company, QStringLiteral("microsoft") });

    // Going somewhere new drops the forward history.
    panel.activateLink(QUrl(QStringLiteral("atlas:source/S9")));
    CHECK_FALSE(panel.canGoForward());
    panel.back();
    CHECK(fixture.selection.current() == EntityRef { EntityType::Company, QStringLiteral("microsoft") });
}

TEST_CASE("Clicking a link in the shown text selects its entity", "[widgets][details]")
{
    Fixture fixture;
    DetailsPanel panel(&fixture.document, &fixture.selection, Theme::light());
    panel.resize(380, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    fixture.selection.setCurrent(site("loughton_nscale"));

    auto *browser = panel.findChild<QTextBrowser *>();
    REQUIRE(browser);
    const int position = anchorPosition(*browser, QStringLiteral("atlas:company/microsoft"));
    REQUIRE(position >= 0);
    QTextCursor cursor(browser->document());
    cursor.setPosition(position + 1);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QPoint point = browser->cursorRect(cursor).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
    CHECK(fixture.selection.current() == EntityRef { EntityType::Company, QStringLiteral("microsoft") });
}
