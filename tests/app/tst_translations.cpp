#include "atlascatch.h"

#include "appearance.h"
#include "datasetdocument.h"
#include "datasetreader.h"
#include "entitytableview.h"
#include "mainwindow.h"
#include "mapview.h"
#include "sharedselection.h"

#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace atlas;

namespace {

QString tsPath(const QString &language)
{
    return QStringLiteral(ATLAS_SOURCE_DIR "/resources/translations/compute-atlas_%1.ts").arg(language);
}

struct Message {
    QString context;
    QString source;
    QStringList translations; ///< one, or one per plural form
    bool unfinished = false;
};

/// Every message of a Qt Linguist file.
QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<Message> messages;
    QString context;
    bool numerus = false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages.append({ context, {}, {}, false });
        } else if (name == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            messages.last().unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

/// Where each dock and toolbar is, and whether it shows.
QStringList layoutOf(const MainWindow &window)
{
    QStringList layout;
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        layout.append(dock->objectName() + u' '
            + QString::number(window.dockWidgetArea(const_cast<QDockWidget *>(dock))) + u' '
            + QString::number(dock->isVisible()));
    }
    for (const QToolBar *toolBar : window.findChildren<QToolBar *>()) {
        layout.append(toolBar->objectName() + u' '
            + QString::number(window.toolBarArea(const_cast<QToolBar *>(toolBar))) + u' '
            + QString::number(toolBar->isVisible()));
    }
    layout.sort();
    return layout;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

/// The mnemonic letter of a menu text, lower case: "&File" → "f"; none when it has none.
QString mnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QString());
    static const QRegularExpression pattern(QStringLiteral("&([A-Za-z0-9])"));
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QString dockTitle(const MainWindow &window, const char *objectName)
{
    const auto *dock = window.findChild<QDockWidget *>(QLatin1String(objectName));
    REQUIRE(dock);
    return dock->windowTitle();
}

/// English again after a test that switched, so no other test sees Korean.
struct EnglishAfterwards {
    ~EnglishAfterwards() { Translations::install(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("Every Korean translation is finished and keeps its placeholders and mnemonics", "[i18n]")
{
    const QList<Message> messages = readTs(tsPath(QStringLiteral("ko")));
    REQUIRE(messages.size() > 1000);
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": “") + message.source + QStringLiteral("”");
        if (message.unfinished || message.translations.isEmpty() || message.translations.first().trimmed().isEmpty()) {
            problems.append(where + QStringLiteral(" is not translated"));
            continue;
        }
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != placeholders(message.source))
                problems.append(where + QStringLiteral(" has other placeholders: ") + translation);
            if (mnemonic(translation) != mnemonic(message.source))
                problems.append(where + QStringLiteral(" lost its mnemonic: ") + translation);
        }
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Every English plural form is written out", "[i18n]")
{
    const QList<Message> messages = readTs(tsPath(QStringLiteral("en")));
    REQUIRE_FALSE(messages.isEmpty());
    for (const Message &message : messages) {
        INFO(message.context.toStdString() << ": " << message.source.toStdString());
        CHECK_FALSE(message.unfinished);
        REQUIRE(message.translations.size() == 2);
        for (const QString &form : message.translations)
            CHECK_FALSE(form.contains(QStringLiteral("(s)")));
        if (message.source.contains(QStringLiteral("(s)")))
            CHECK(message.translations.at(1) != message.translations.at(0));
    }
}

TEST_CASE("No string in the code is missing from the Korean translation", "[i18n]")
{
    // lupdate run over the code into a copy of the .ts: a string added to the code since the last
    // scripts/update-translations.sh shows up as an unfinished message.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("compute-atlas_ko.ts"));
    REQUIRE(QFile::copy(tsPath(QStringLiteral("ko")), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ATLAS_SOURCE_DIR));
    lupdate.start(QStringLiteral(ATLAS_LUPDATE),
        { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("app"),
            QStringLiteral("widgets"), QStringLiteral("maps"), QStringLiteral("model"), QStringLiteral("-ts"), copy });
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    QStringList missing;
    for (const Message &message : readTs(copy)) {
        if (message.unfinished)
            missing.append(message.context + QStringLiteral(": “") + message.source + QStringLiteral("”"));
    }
    INFO("Run scripts/update-translations.sh and translate:\n" << missing.join(u'\n').toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("Installing a language translates, and sets the locale's number formats", "[i18n]")
{
    const EnglishAfterwards english;
    REQUIRE(Translations::install(QStringLiteral("ko")));
    CHECK(QCoreApplication::translate("atlas::MainWindow", "&File") == QStringLiteral("파일(&F)"));
    CHECK(QLocale().language() == QLocale::Korean);
    // Qt's own strings come from Qt's Korean catalogue.
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("취소"));

    REQUIRE(Translations::install(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("atlas::MainWindow", "&File") == QStringLiteral("&File"));
    CHECK(QCoreApplication::translate("atlas::MainWindow", "Opened %1 with %n warning(s)", nullptr, 1)
        == QStringLiteral("Opened %1 with 1 warning"));
    CHECK(QLocale().language() == QLocale::English);

    QString error;
    CHECK_FALSE(Translations::install(QStringLiteral("xx"), &error));
    CHECK(error.contains(QStringLiteral("translation")));
}

TEST_CASE("Switching the language at run time re-labels the whole window", "[i18n][app]")
{
    const EnglishAfterwards english;
    MainWindow window;
    window.setConfirmUnsaved(false);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::loaded);
    window.openFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json"));
    REQUIRE(loaded.wait(20000));
    window.selection()->setSelection({ { EntityType::Site, QStringLiteral("loughton_nscale") } });
    const QStringList layout = layoutOf(window);
    // Nothing of the old interface is left behind: as many docks and models as at the start.
    const auto docks = window.findChildren<QDockWidget *>().size();
    const auto models = window.findChildren<QAbstractItemModel *>().size();
    const MapViewport viewport = window.mapView()->viewport();
    const int undoSteps = window.undoStack()->count();

    REQUIRE(menuTitles(window).mid(0, 3)
        == (QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View") }));
    CHECK(dockTitle(window, "dataDock") == QStringLiteral("Data"));

    Appearance korean = window.appearance();
    korean.language = QStringLiteral("ko");
    const auto dockWidth = [&window] { return window.findChild<QDockWidget *>(QStringLiteral("chartsDock"))->width(); };
    const int chartsWidth = dockWidth();
    window.setAppearance(korean);
    QCoreApplication::processEvents();

    CHECK(menuTitles(window).mid(0, 3)
        == (QStringList { QStringLiteral("파일(&F)"), QStringLiteral("편집(&E)"), QStringLiteral("보기(&V)") }));
    CHECK(menuTitles(window).contains(QStringLiteral("도움말(&H)")));
    CHECK(dockTitle(window, "dataDock") == QStringLiteral("데이터"));
    CHECK(dockTitle(window, "detailsDock") == QStringLiteral("세부 정보"));
    CHECK(dockTitle(window, "chartsDock") == QStringLiteral("차트"));
    // The dataset's own texts follow: the site table shows the Korean names.
    CHECK(window.document()->language() == QStringLiteral("ko"));
    const QAbstractItemModel *sites = window.siteView()->model();
    bool hangul = false;
    for (int row = 0; row < sites->rowCount(); ++row)
        hangul
            = hangul || sites->index(row, 0).data().toString().contains(QRegularExpression(QStringLiteral("[가-힣]")));
    CHECK(hangul);
    // What the user was doing survives: the dataset, its history, the selection, the view.
    CHECK(window.document()->dataset().sites.size() == sites->rowCount());
    CHECK(window.undoStack()->count() == undoSteps);
    CHECK(window.selection()->isSelected({ EntityType::Site, QStringLiteral("loughton_nscale") }));
    CHECK(window.mapView()->viewport().centre == viewport.centre);
    QTRY_COMPARE(dockWidth(), chartsWidth);
    // No action lost or doubled: the shortcuts are as unique as before.
    QStringList shortcuts;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty() && action->shortcutContext() != Qt::WidgetShortcut)
            shortcuts.append(action->shortcut().toString());
    }
    const QStringList all = shortcuts;
    INFO(all.join(QStringLiteral(", ")).toStdString());
    CHECK(shortcuts.removeDuplicates() == 0);

    Appearance english2 = window.appearance();
    english2.language = QStringLiteral("en");
    window.setAppearance(english2);
    QCoreApplication::processEvents();
    CHECK(menuTitles(window).mid(0, 3)
        == (QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View") }));
    CHECK(dockTitle(window, "dataDock") == QStringLiteral("Data"));
    CHECK(layoutOf(window) == layout);
    CHECK(window.findChildren<QDockWidget *>().size() == docks);
    CHECK(window.findChildren<QAbstractItemModel *>().size() == models);
}
