#include "detailspanel.h"

#include "aggregates.h"
#include "datasetdocument.h"
#include "enums.h"
#include "format.h"
#include "sharedselection.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace atlas {

namespace {

const QString atlasScheme = QStringLiteral("atlas");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
        static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
        static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

bool claimCites(const Claim &claim, const QString &source)
{
    if (claim.sources.contains(source))
        return true;
    for (const Claim &alternative : claim.alternatives) {
        if (claimCites(alternative, source))
            return true;
    }
    return false;
}

/// Writes the HTML of one entity; every user-visible word goes through tr() in DetailsPanel's context.
class HtmlBuilder
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DetailsPanel)

public:
    HtmlBuilder(const Dataset &dataset, const QString &language, const Theme &theme)
        : m_dataset(dataset)
        , m_language(language)
        , m_theme(theme)
    {
    }

    QString entity(const EntityRef &ref) const
    {
        switch (ref.type) {
        case EntityType::Site:
            if (const Site *site = m_dataset.site(ref.id))
                return siteHtml(*site);
            break;
        case EntityType::Company:
            if (const Company *company = m_dataset.company(ref.id))
                return companyHtml(*company);
            break;
        case EntityType::Investment:
            if (const Investment *investment = m_dataset.investment(ref.id))
                return investmentHtml(*investment);
            break;
        case EntityType::Source:
            if (const Source *source = m_dataset.source(ref.id))
                return sourceHtml(*source);
            break;
        case EntityType::Country:
            return countryHtml(ref.id);
        }
        return paragraph(esc(tr("“%1” is not in this dataset.").arg(ref.id)), QStringLiteral("muted"));
    }

    QString empty() const
    {
        return paragraph(
            esc(tr("Select a site, company or investment on the map, in a chart or in a table to see its details "
                   "and sources.")),
            QStringLiteral("muted"));
    }

private:
    // ---- building blocks ----

    QString text(const LocalizedText &localized) const { return esc(localized.text(m_language)); }

    static QString paragraph(const QString &html, const QString &cssClass = QString())
    {
        return cssClass.isEmpty() ? QStringLiteral("<p>%1</p>").arg(html)
                                  : QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, html);
    }

    static QString section(const QString &title) { return QStringLiteral("<h3>%1</h3>").arg(esc(title)); }

    /// "<p><b>Label:</b> value</p>", or nothing when the value is empty.
    static QString field(const QString &label, const QString &valueHtml)
    {
        if (valueHtml.isEmpty())
            return {};
        return QStringLiteral("<p><span class=\"label\">%1</span> %2</p>").arg(esc(tr("%1:").arg(label)), valueHtml);
    }

    static QString note(const QString &html)
    {
        return html.isEmpty() ? QString() : QStringLiteral("<br/><span class=\"note\">%1</span>").arg(html);
    }

    static QString link(const EntityRef &ref, const QString &labelHtml, const QString &cssClass = QString())
    {
        const QString href = esc(QString::fromLatin1(DetailsPanel::linkTo(ref).toEncoded()));
        if (cssClass.isEmpty())
            return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, labelHtml);
        return QStringLiteral("<a class=\"%1\" href=\"%2\">%3</a>").arg(cssClass, href, labelHtml);
    }

    QString companyName(const QString &id) const
    {
        const Company *company = m_dataset.company(id);
        return company ? company->name.text(m_language) : id;
    }

    QString companyLink(const QString &id) const { return link({ EntityType::Company, id }, esc(companyName(id))); }

    QString companyLinks(const QStringList &ids) const
    {
        QStringList links;
        for (const QString &id : ids)
            links.append(companyLink(id));
        return links.join(QStringLiteral(", "));
    }

    QString siteName(const QString &id) const
    {
        const Site *site = m_dataset.site(id);
        return site ? site->name.text(m_language) : id;
    }

    QString siteLink(const QString &id) const { return link({ EntityType::Site, id }, esc(siteName(id))); }

    QString countryLink(const QString &code) const
    {
        return link({ EntityType::Country, code }, esc(Format::countryName(code)));
    }

    QString investmentLabel(const Investment &investment) const
    {
        QStringList investors;
        for (const QString &id : investment.investors)
            investors.append(companyName(id));
        QStringList parts { investors.join(QStringLiteral(", ")), enumDisplay(investment.kind) };
        if (investment.amount)
            parts.append(Format::claim(*investment.amount));
        return parts.join(QStringLiteral(" · "));
    }

    QString investmentLink(const Investment &investment) const
    {
        return link({ EntityType::Investment, investment.id }, esc(investmentLabel(investment)));
    }

    /// "[S1][S23]" with every tag a link that makes the source current.
    QString sourceTags(const QStringList &sources) const
    {
        QString tags;
        for (const QString &id : sources) {
            const Source *source = m_dataset.source(id);
            const QString tag = esc(Format::sourceTags({ id }));
            const QString href = esc(QString::fromLatin1(DetailsPanel::linkTo({ EntityType::Source, id }).toEncoded()));
            if (source && !source->title.isEmpty())
                tags += QStringLiteral("<a class=\"src\" href=\"%1\" title=\"%2\">%3</a>")
                            .arg(href, esc(source->title), tag);
            else
                tags += QStringLiteral("<a class=\"src\" href=\"%1\">%2</a>").arg(href, tag);
        }
        return tags;
    }

    QString lonLat(double lon, double lat) const
    {
        const QLocale locale;
        return esc(tr("%1, %2 (lon, lat)").arg(locale.toString(lon, 'f', 5), locale.toString(lat, 'f', 5)));
    }

    /// Basis other than "stated" shown as a warning flag.
    static QString basisFlag(Basis basis)
    {
        if (basis == Basis::Stated)
            return {};
        return QStringLiteral(" <span class=\"flag basis-%1\">%2</span>")
            .arg(enumKey(basis), esc(tr("⚠ %1").arg(enumDisplay(basis))));
    }

    /// A claim with its sources, basis, note and alternatives (each with its own sources).
    QString claim(const Claim &value, const QString &unit = QString()) const
    {
        QString html = QStringLiteral("<b>%1</b>").arg(esc(Format::claim(value, unit)));
        if (value.usdStated && value.currency != QLatin1String("USD"))
            html += u' ' + esc(tr("(≈%1 as stated)").arg(Format::money(*value.usdStated, QStringLiteral("USD"))));
        html += u' ' + sourceTags(value.sources) + basisFlag(value.basis);
        html += note(text(value.note));
        for (const Claim &alternative : value.alternatives)
            html += QStringLiteral("<br/><span class=\"alt\">%1</span>")
                        .arg(esc(tr("↳ Other source: %1")).arg(claim(alternative, unit)));
        return html;
    }

    QString location(const GeoLocation &where) const
    {
        QString html = lonLat(where.lonDeg, where.latDeg);
        html += QStringLiteral("<br/>%1").arg(esc(tr("Basis: %1").arg(enumDisplay(where.basis))));
        if (!where.place.isEmpty())
            html += QStringLiteral(" — %1").arg(text(where.place));
        html += u' ' + sourceTags(where.sources);
        html += note(text(where.note));
        return html;
    }

    QString sourceList(const QStringList &sources) const
    {
        if (sources.isEmpty())
            return {};
        QString html = section(tr("Sources")) + QStringLiteral("<p>");
        QStringList lines;
        for (const QString &id : sources) {
            QString line = sourceTags({ id });
            if (const Source *source = m_dataset.source(id)) {
                line += u' ' + esc(source->title);
                if (!source->publisher.isEmpty())
                    line += QStringLiteral(" <span class=\"muted\">— %1</span>").arg(esc(source->publisher));
                if (source->reliability == QLatin1String("low"))
                    line += QStringLiteral(" <span class=\"flag\">%1</span>").arg(esc(tr("low reliability")));
            }
            lines.append(line);
        }
        return html + lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }

    QString heading(const LocalizedText &name, const QString &subtitle) const
    {
        const QString shown = name.text(m_language);
        QString html = QStringLiteral("<h2>%1</h2>").arg(esc(shown));
        // The name in the other language, when the dataset has it and it differs.
        const QString other = m_language == QLatin1String("ko") ? name.en : name.ko;
        if (!other.isEmpty() && other != shown)
            html += paragraph(esc(other), QStringLiteral("othername"));
        html += paragraph(esc(subtitle), QStringLiteral("subtitle"));
        return html;
    }

    static QString list(const QStringList &itemsHtml)
    {
        if (itemsHtml.isEmpty())
            return {};
        return QStringLiteral("<ul><li>%1</li></ul>").arg(itemsHtml.join(QStringLiteral("</li><li>")));
    }

    // ---- entities ----

    QString siteHtml(const Site &site) const
    {
        QString html = heading(site.name, tr("Site · %1").arg(enumDisplay(site.kind)));

        QString status = QStringLiteral("<b>%1</b>").arg(esc(enumDisplay(site.status.value)));
        if (!site.status.asOf.isNull())
            status += u' ' + esc(tr("(as of %1)").arg(site.status.asOf.text));
        status += u' ' + sourceTags(site.status.sources) + note(text(site.status.note));
        html += field(tr("Status"), status);
        html += field(tr("Location"), location(site.location));
        html += field(tr("Country"), site.country.isEmpty() ? QString() : countryLink(site.country));
        html += field(tr("Region"), text(site.region));
        html += field(tr("Operators"), companyLinks(site.operators));
        html += field(tr("Partners"), companyLinks(site.partners));
        if (site.capacityMw)
            html += field(tr("Capacity"), claim(*site.capacityMw, tr("MW")));

        if (!site.gpus.isEmpty()) {
            html += section(tr("GPUs"));
            for (const GpuDeployment &gpu : site.gpus) {
                QString line = QStringLiteral("<b>%1</b>: ").arg(esc(gpu.model.isEmpty() ? tr("GPUs") : gpu.model));
                line += gpu.count
                    ? claim(*gpu.count)
                    : QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("no source states a count")));
                QStringList who;
                if (!gpu.company.isEmpty())
                    who.append(esc(tr("Company: %1")).arg(companyLink(gpu.company)));
                if (!gpu.customer.isEmpty())
                    who.append(esc(tr("Customer: %1")).arg(companyLink(gpu.customer)));
                if (!gpu.expected.isNull())
                    who.append(esc(tr("Expected: %1").arg(gpu.expected.text)));
                if (!who.isEmpty())
                    line += QStringLiteral("<br/>") + who.join(QStringLiteral(" · "));
                line += note(text(gpu.note));
                if (!gpu.sources.isEmpty())
                    line += QStringLiteral("<br/>") + esc(tr("Sources:")) + u' ' + sourceTags(gpu.sources);
                html += paragraph(line);
            }
        }

        QStringList investments;
        for (const Investment &investment : m_dataset.investments) {
            if (investment.targetSites.contains(site.id))
                investments.append(investmentLink(investment));
        }
        if (!investments.isEmpty())
            html += section(tr("Investments")) + list(investments);

        QStringList parts;
        for (const QString &part : site.parts)
            parts.append(siteLink(part));
        if (!parts.isEmpty())
            html += section(tr("Parts")) + list(parts);
        QStringList zones;
        for (const Site &zone : m_dataset.sites) {
            if (zone.parts.contains(site.id))
                zones.append(siteLink(zone.id));
        }
        html += field(tr("Part of"), zones.join(QStringLiteral(", ")));

        return html + sourceList(site.sources);
    }

    QString investmentHtml(const Investment &investment) const
    {
        // The heading names the lead and the amount; the investors row lists everyone.
        const QString lead = investment.investors.isEmpty() ? QString() : companyName(investment.investors.first());
        QString title = investment.amount ? Format::claim(*investment.amount) : enumDisplay(investment.kind);
        if (!lead.isEmpty())
            title = tr("%1 · %2").arg(lead, title);
        QString html = QStringLiteral("<h2>%1</h2>").arg(esc(title));
        html += paragraph(esc(tr("Investment · %1").arg(enumDisplay(investment.kind))), QStringLiteral("subtitle"));

        QStringList investors;
        for (qsizetype i = 0; i < investment.investors.size(); ++i) {
            QString item = companyLink(investment.investors.at(i));
            if (i == 0 && investment.investors.size() > 1)
                item += u' ' + QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("(lead)")));
            investors.append(item);
        }
        html += field(tr("Investors"), investors.join(QStringLiteral(", ")));
        html += field(tr("Target"), text(investment.target));
        QStringList sites;
        for (const QString &id : investment.targetSites)
            sites.append(siteLink(id));
        html += field(tr("Sites"), sites.join(QStringLiteral(", ")));
        QStringList countries;
        for (const QString &code : investment.targetCountries)
            countries.append(countryLink(code));
        html += field(tr("Countries"), countries.join(QStringLiteral(", ")));

        if (investment.amount) {
            html += field(tr("Amount"), claim(*investment.amount));
            const QString basis = esc(enumDisplay(investment.amount->basis));
            html += field(tr("Basis"),
                investment.amount->basis == Basis::Stated
                    ? basis
                    : QStringLiteral("<span class=\"flag basis-%1\">%2</span>")
                          .arg(enumKey(investment.amount->basis),
                              esc(tr("⚠ %1").arg(enumDisplay(investment.amount->basis)))));
        } else {
            html
                += field(tr("Amount"), QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("not disclosed"))));
        }

        QString period = text(investment.period);
        if (period.isEmpty() && (!investment.periodFrom.isNull() || !investment.periodTo.isNull()))
            period = esc(tr("%1 – %2").arg(investment.periodFrom.text, investment.periodTo.text));
        html += field(tr("Period"), period);
        html += field(tr("Announced"), esc(investment.announced.text));
        html += field(tr("Purpose"), text(investment.purpose));

        if (!investment.caveats.isEmpty()) {
            QStringList caveats;
            for (const LocalizedText &caveat : investment.caveats)
                caveats.append(text(caveat));
            html += QStringLiteral(
                "<table class=\"caveats\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                "border=\"1\" style=\"border-style: solid; border-color: %1; "
                "background-color: %2;\"><tr><td><p class=\"caveatstitle\">%3</p>%4</td></tr></table>")
                        .arg(m_theme.warning.name(), mix(m_theme.window, m_theme.warning, 0.12).name(),
                            esc(tr("⚠ Caveats")), list(caveats));
        }

        return html + sourceList(investment.sources);
    }

    QString companyHtml(const Company &company) const
    {
        QString html = heading(company.name, tr("Company"));
        // The colour drawn (the theme's palette by default), and the dataset's own when it differs.
        const QColor colour = m_theme.companyColour(m_dataset, &company);
        QString name = colour.name();
        if (!company.colour.isEmpty() && QColor(company.colour) != colour)
            name += u' ' + tr("(the dataset's: %1)").arg(company.colour);
        html += field(tr("Colour"),
            QStringLiteral("<span style=\"background-color: %1;\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span> "
                           "<span class=\"muted\">%2</span>")
                .arg(colour.name(), esc(name)));
        html += field(tr("Country"), company.country.isEmpty() ? QString() : countryLink(company.country));
        if (company.hq) {
            QString hq = text(company.hq->place);
            if (!hq.isEmpty())
                hq += QStringLiteral("<br/>");
            hq += lonLat(company.hq->lonDeg, company.hq->latDeg);
            hq += QStringLiteral("<br/>%1 %2")
                      .arg(esc(tr("Basis: %1").arg(enumDisplay(company.hq->basis))), sourceTags(company.hq->sources));
            hq += note(text(company.hq->note));
            html += field(tr("Headquarters"), hq);
        }

        // Totals, by the aggregate rules of docs/dataset-format.md.
        QStringList totals;
        for (const CompanyGpus &gpus : gpusByCompany(m_dataset)) {
            if (gpus.companyId != company.id)
                continue;
            QString line = esc(
                tr("GPUs: %1 in %2 deployment(s)").arg(Format::count(gpus.gpus), QLocale().toString(gpus.deployments)));
            if (gpus.deploymentsWithoutCount > 0)
                line += u' '
                    + esc(tr("(%1 without a stated count)").arg(QLocale().toString(gpus.deploymentsWithoutCount)));
            totals.append(line + u' ' + sourceTags(gpus.sources));
        }
        for (const CompanySpending &spending : spendingByCompany(m_dataset)) {
            if (spending.companyId != company.id)
                continue;
            if (spending.statedUsd > 0 || !spending.investmentIds.isEmpty())
                totals.append(esc(tr("Spending as lead investor: %1 (USD as the sources state it)")
                                      .arg(Format::money(spending.statedUsd, QStringLiteral("USD")))));
            for (auto it = spending.withoutUsd.cbegin(); it != spending.withoutUsd.cend(); ++it)
                totals.append(
                    esc(tr("plus %1 with no stated USD equivalent").arg(Format::money(it.value(), it.key()))));
        }
        if (!totals.isEmpty())
            html += section(tr("Totals")) + paragraph(totals.join(QStringLiteral("<br/>")));

        QStringList investments;
        for (const Investment &investment : m_dataset.investments) {
            if (!investment.investors.contains(company.id))
                continue;
            const QString role = investment.investors.first() == company.id ? tr("lead") : tr("co-investor");
            investments.append(
                investmentLink(investment) + QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(role)));
        }
        if (!investments.isEmpty())
            html += section(tr("Investments")) + list(investments);

        QStringList sites;
        for (const Site &site : m_dataset.sites) {
            QStringList roles;
            if (site.operators.contains(company.id))
                roles.append(tr("operator"));
            if (site.partners.contains(company.id))
                roles.append(tr("partner"));
            bool owns = false;
            bool uses = false;
            for (const GpuDeployment &gpu : site.gpus) {
                owns = owns || gpu.company == company.id;
                uses = uses || gpu.customer == company.id;
            }
            if (owns)
                roles.append(tr("GPUs"));
            if (uses)
                roles.append(tr("GPU customer"));
            if (!roles.isEmpty())
                sites.append(siteLink(site.id)
                    + QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(roles.join(QStringLiteral(", ")))));
        }
        if (!sites.isEmpty())
            html += section(tr("Sites")) + list(sites);

        return html + sourceList(company.sources);
    }

    QString sourceHtml(const Source &source) const
    {
        QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Format::sourceTags({ source.id })));
        html += paragraph(esc(source.title), QStringLiteral("sourcetitle"));
        html += paragraph(esc(tr("Source")), QStringLiteral("subtitle"));
        if (source.reliability == QLatin1String("low"))
            html += paragraph(QStringLiteral("<span class=\"flag\">%1</span>")
                                  .arg(esc(tr("⚠ Low reliability: the fact sheet flags this source as weak."))));
        html += field(tr("Publisher"), esc(source.publisher));
        html += field(tr("Date"), esc(source.date.text));
        if (!source.url.isEmpty()) {
            const QUrl url(source.url);
            html += field(tr("Link"),
                QStringLiteral("<a class=\"external\" href=\"%1\">%2</a>")
                    .arg(esc(QString::fromLatin1(url.toEncoded())), esc(source.url)));
        }

        // Every entity that cites the source, and where.
        QStringList sites;
        for (const Site &site : m_dataset.sites) {
            QStringList where;
            if (site.sources.contains(source.id))
                where.append(tr("sources"));
            if (site.location.sources.contains(source.id))
                where.append(tr("location"));
            if (site.status.sources.contains(source.id))
                where.append(tr("status"));
            if (site.capacityMw && claimCites(*site.capacityMw, source.id))
                where.append(tr("capacity"));
            bool gpus = false;
            for (const GpuDeployment &gpu : site.gpus)
                gpus = gpus || gpu.sources.contains(source.id) || (gpu.count && claimCites(*gpu.count, source.id));
            if (gpus)
                where.append(tr("GPUs"));
            if (!where.isEmpty())
                sites.append(siteLink(site.id)
                    + QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(where.join(QStringLiteral(", ")))));
        }
        QStringList companies;
        for (const Company &company : m_dataset.companies) {
            QStringList where;
            if (company.sources.contains(source.id))
                where.append(tr("sources"));
            if (company.hq && company.hq->sources.contains(source.id))
                where.append(tr("headquarters"));
            if (!where.isEmpty())
                companies.append(companyLink(company.id)
                    + QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(where.join(QStringLiteral(", ")))));
        }
        QStringList investments;
        for (const Investment &investment : m_dataset.investments) {
            QStringList where;
            if (investment.sources.contains(source.id))
                where.append(tr("sources"));
            if (investment.amount && claimCites(*investment.amount, source.id))
                where.append(tr("amount"));
            if (!where.isEmpty())
                investments.append(investmentLink(investment)
                    + QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(where.join(QStringLiteral(", ")))));
        }
        if (sites.isEmpty() && companies.isEmpty() && investments.isEmpty())
            return html + paragraph(esc(tr("Nothing in the dataset cites this source.")), QStringLiteral("muted"));
        html += section(tr("Cited by"));
        if (!sites.isEmpty())
            html += paragraph(esc(tr("Sites")), QStringLiteral("label")) + list(sites);
        if (!companies.isEmpty())
            html += paragraph(esc(tr("Companies")), QStringLiteral("label")) + list(companies);
        if (!investments.isEmpty())
            html += paragraph(esc(tr("Investments")), QStringLiteral("label")) + list(investments);
        return html;
    }

    QString countryHtml(const QString &code) const
    {
        QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Format::countryName(code)));
        html += paragraph(esc(tr("Country · %1").arg(code)), QStringLiteral("subtitle"));
        QStringList sites;
        for (const Site &site : m_dataset.sites) {
            if (site.country == code)
                sites.append(siteLink(site.id));
        }
        if (!sites.isEmpty())
            html += section(tr("Sites")) + list(sites);
        QStringList investments;
        for (const Investment &investment : m_dataset.investments) {
            if (investment.targetCountries.contains(code))
                investments.append(investmentLink(investment));
        }
        if (!investments.isEmpty())
            html += section(tr("Investments")) + list(investments);
        QStringList companies;
        for (const Company &company : m_dataset.companies) {
            if (company.country == code)
                companies.append(companyLink(company.id));
        }
        if (!companies.isEmpty())
            html += section(tr("Companies based here")) + list(companies);
        return html;
    }

    const Dataset &m_dataset;
    QString m_language;
    const Theme &m_theme;
};

} // namespace

DetailsPanel::DetailsPanel(DatasetDocument *document, SharedSelection *selection, const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_theme(theme)
    , m_browser(new QTextBrowser(this))
    , m_backButton(new QToolButton(this))
    , m_forwardButton(new QToolButton(this))
    , m_editButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
{
    m_backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forwardButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_backButton->setAutoRaise(true);
    m_forwardButton->setAutoRaise(true);
    m_backButton->setShortcut(QKeySequence::Back);
    m_forwardButton->setShortcut(QKeySequence::Forward);
    connect(m_backButton, &QToolButton::clicked, this, &DetailsPanel::back);
    connect(m_forwardButton, &QToolButton::clicked, this, &DetailsPanel::forward);

    auto *navigation = new QHBoxLayout;
    navigation->setContentsMargins(0, 0, 0, 0);
    navigation->setSpacing(2);
    navigation->addWidget(m_backButton);
    navigation->addWidget(m_forwardButton);
    navigation->addStretch();
    m_editButton->setObjectName(QStringLiteral("editEntity"));
    m_deleteButton->setObjectName(QStringLiteral("deleteEntity"));
    for (QToolButton *button : { m_editButton, m_deleteButton }) {
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->hide();
        navigation->addWidget(button);
    }
    connect(m_editButton, &QToolButton::clicked, this, [this] {
        if (m_shown)
            Q_EMIT editRequested(*m_shown);
    });
    connect(m_deleteButton, &QToolButton::clicked, this, [this] {
        if (m_shown)
            Q_EMIT deleteRequested(*m_shown);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(navigation);
    layout->addWidget(m_browser);

    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setFont(theme.uiFont);
    m_browser->document()->setDefaultFont(theme.uiFont);
    m_browser->document()->setDefaultStyleSheet(styleSheet());
    QPalette palette = m_browser->palette();
    palette.setColor(QPalette::Base, theme.window);
    palette.setColor(QPalette::Text, theme.text);
    palette.setColor(QPalette::Link, theme.selection);
    palette.setColor(QPalette::LinkVisited, theme.selection);
    m_browser->setPalette(palette);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailsPanel::activateLink);

    connect(selection, &SharedSelection::currentChanged, this, &DetailsPanel::followCurrent);
    connect(selection, &SharedSelection::changed, this, &DetailsPanel::followCurrent);
    connect(document, &DatasetDocument::datasetChanged, this, [this] {
        m_history.clear();
        m_historyIndex = -1;
        followCurrent();
    });
    connect(document, &DatasetDocument::languageChanged, this, &DetailsPanel::refresh);
    connect(document, &DatasetDocument::contentChanged, this, &DetailsPanel::refresh);

    retranslate();
    followCurrent();
}

QUrl DetailsPanel::linkTo(const EntityRef &ref)
{
    QUrl url;
    url.setScheme(atlasScheme);
    url.setPath(entityTypeKey(ref.type) + u'/' + ref.id);
    return url;
}

std::optional<EntityRef> DetailsPanel::entityFromLink(const QUrl &url)
{
    if (url.scheme() != atlasScheme)
        return std::nullopt;
    const QString path = url.path();
    const qsizetype slash = path.indexOf(u'/');
    if (slash <= 0 || slash + 1 >= path.size())
        return std::nullopt;
    const QString key = path.left(slash);
    for (EntityType type :
        { EntityType::Site, EntityType::Company, EntityType::Investment, EntityType::Source, EntityType::Country }) {
        if (entityTypeKey(type) == key)
            return EntityRef { type, path.mid(slash + 1) };
    }
    return std::nullopt;
}

void DetailsPanel::activateLink(const QUrl &url)
{
    if (url.scheme() == atlasScheme) {
        if (const std::optional<EntityRef> ref = entityFromLink(url))
            m_selection->setCurrent(*ref);
        return;
    }
    if (url.isEmpty() || url.isRelative())
        return;
    Q_EMIT externalLinkActivated(url);
    if (m_openExternalLinks)
        QDesktopServices::openUrl(url);
}

void DetailsPanel::back()
{
    // With nothing shown, Back returns to the last entity shown.
    if (m_shown ? canGoBack() : m_historyIndex >= 0)
        goTo(m_shown ? m_historyIndex - 1 : m_historyIndex);
}

void DetailsPanel::forward()
{
    if (canGoForward())
        goTo(m_historyIndex + 1);
}

void DetailsPanel::goTo(qsizetype index)
{
    m_historyIndex = index;
    m_navigating = true;
    m_selection->setCurrent(m_history.at(index));
    m_navigating = false;
    refresh();
}

void DetailsPanel::followCurrent()
{
    const std::optional<EntityRef> current = m_selection->current();
    if (current && !m_navigating && (m_historyIndex < 0 || m_history.at(m_historyIndex) != *current)) {
        m_history.resize(m_historyIndex + 1);
        m_history.append(*current);
        constexpr qsizetype maximumHistory = 100;
        if (m_history.size() > maximumHistory)
            m_history.removeFirst();
        m_historyIndex = m_history.size() - 1;
    }
    refresh();
}

void DetailsPanel::refresh()
{
    const std::optional<EntityRef> current = m_selection->current();
    const HtmlBuilder builder(m_document->dataset(), m_document->language(), m_theme);
    const QString html = current ? builder.entity(*current) : builder.empty();
    if (html != m_html || current != m_shown) {
        // Keep the scroll position when the same entity is shown again (a language switch).
        const bool sameEntity = current == m_shown;
        const int scroll = m_browser->verticalScrollBar()->value();
        m_html = html;
        m_shown = current;
        m_browser->setHtml(m_html);
        if (sameEntity)
            m_browser->verticalScrollBar()->setValue(scroll);
        // Screen readers: what the panel shows, in a line (its heading).
        const QString heading = m_browser->document()->firstBlock().text().trimmed();
        m_browser->setAccessibleDescription(
            m_shown && !heading.isEmpty() ? tr("Shows %1").arg(heading) : tr("Nothing selected"));
    }
    updateNavigation();
}

void DetailsPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateNavigation();
}

void DetailsPanel::updateNavigation()
{
    const bool entity = m_shown && m_shown->type != EntityType::Country;
    m_editButton->setVisible(m_editable);
    m_deleteButton->setVisible(m_editable);
    m_editButton->setEnabled(entity);
    m_deleteButton->setEnabled(entity);
    m_backButton->setEnabled(m_shown ? canGoBack() : m_historyIndex >= 0);
    m_forwardButton->setEnabled(canGoForward());
}

void DetailsPanel::retranslate()
{
    m_browser->setAccessibleName(tr("Details"));
    m_backButton->setAccessibleName(tr("Back"));
    m_forwardButton->setAccessibleName(tr("Forward"));
    m_backButton->setToolTip(tr("Back (%1)").arg(m_backButton->shortcut().toString(QKeySequence::NativeText)));
    m_forwardButton->setToolTip(tr("Forward (%1)").arg(m_forwardButton->shortcut().toString(QKeySequence::NativeText)));
    m_editButton->setText(tr("Edit…"));
    m_editButton->setToolTip(tr("Edit everything about the entry shown here, its sources included"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the entry shown here (Edit › Undo brings it back)"));
}

void DetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_html.clear(); // regenerate every translated word
        refresh();
    }
}

QString DetailsPanel::styleSheet() const
{
    const QString titleSize = QString::number(std::max(m_theme.uiFont.pointSizeF() * 1.4, 11.0), 'f', 1);
    const QString sectionSize = QString::number(std::max(m_theme.uiFont.pointSizeF() * 1.1, 9.0), 'f', 1);
    return QStringLiteral("body { color: %1; }\n"
                          "a { color: %2; text-decoration: none; }\n"
                          "a.src { color: %3; }\n"
                          "a.external { text-decoration: underline; }\n"
                          "h2 { font-size: %5pt; font-weight: 600; margin-bottom: 2px; }\n"
                          "h3 { font-size: %6pt; font-weight: 600; color: %3; margin-top: 12px; margin-bottom: 2px; }\n"
                          "p { margin-top: 2px; margin-bottom: 4px; }\n"
                          "ul { margin-top: 0px; margin-bottom: 4px; -qt-list-indent: 1; }\n"
                          ".label { font-weight: 600; }\n"
                          ".muted, .note, .subtitle, .othername { color: %3; }\n"
                          ".subtitle { margin-bottom: 8px; }\n"
                          ".flag { color: %4; font-weight: 600; }\n"
                          ".caveatstitle { color: %4; font-weight: 600; }\n"
                          ".sourcetitle { font-weight: 600; }\n")
        .arg(m_theme.text.name(), m_theme.selection.name(), m_theme.mutedText.name(), m_theme.warning.name(), titleSize,
            sectionSize);
}

} // namespace atlas
