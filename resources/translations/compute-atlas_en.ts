<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>atlas::CommandLine</name>
    <message numerus="yes">
        <source>%1: valid (%n warning(s))</source>
        <translation>
            <numerusform>%1: valid (%n warning)</numerusform>
            <numerusform>%1: valid (%n warnings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: invalid (%n error(s))</source>
        <translation>
            <numerusform>%1: invalid (%n error)</numerusform>
            <numerusform>%1: invalid (%n errors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not written: the result is not a valid dataset (%n error(s)); complete the columns, or import into a dataset that has the companies and sources with --into</source>
        <translation>
            <numerusform>%1: not written: the result is not a valid dataset (%n error); complete the columns, or import into a dataset that has the companies and sources with --into</numerusform>
            <numerusform>%1: not written: the result is not a valid dataset (%n errors); complete the columns, or import into a dataset that has the companies and sources with --into</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: written: %2 sites, %3 investments, %4 companies, %5 sources (%n warning(s))</source>
        <translation>
            <numerusform>%1: written: %2 sites, %3 investments, %4 companies, %5 sources (%n warning)</numerusform>
            <numerusform>%1: written: %2 sites, %3 investments, %4 companies, %5 sources (%n warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::CompanyBarChart</name>
    <message numerus="yes">
        <source>%n bar(s), largest first; the largest is %1. The arrow keys move between the bars; T shows them as a table.</source>
        <translation>
            <numerusform>%n bar, largest first; the largest is %1. The arrow keys move between the bars; T shows them as a table.</numerusform>
            <numerusform>%n bars, largest first; the largest is %1. The arrow keys move between the bars; T shows them as a table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::DataActions</name>
    <message numerus="yes">
        <source>Deleted %n entries; Edit › Undo brings them back</source>
        <translation>
            <numerusform>Deleted %n entry; Edit › Undo brings them back</numerusform>
            <numerusform>Deleted %n entries; Edit › Undo brings them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows from %1</source>
        <translation>
            <numerusform>Import %n row from %1</numerusform>
            <numerusform>Import %n rows from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::DatasetEditor</name>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::ExportDialog</name>
    <message numerus="yes">
        <source>Highlight the current selection (%n item(s))</source>
        <translation>
            <numerusform>Highlight the current selection (%n item)</numerusform>
            <numerusform>Highlight the current selection (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::Figure</name>
    <message numerus="yes">
        <source>Sources (%n, listed in the dataset “%1”): </source>
        <translation>
            <numerusform>Sources (%n, listed in the dataset “%1”): </numerusform>
            <numerusform>Sources (%n, listed in the dataset “%1”): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::FigureChart</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::GpusByCompanyModel</name>
    <message numerus="yes">
        <source>%n deployment(s) with no stated count</source>
        <translation>
            <numerusform>%n deployment with no stated count</numerusform>
            <numerusform>%n deployments with no stated count</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>Opened %1 with %n warning</numerusform>
            <numerusform>Opened %1 with %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid dataset (%n error(s)). Nothing was changed; the dataset shown before is still open.</source>
        <translation>
            <numerusform>%1 is not a valid dataset (%n error). Nothing was changed; the dataset shown before is still open.</numerusform>
            <numerusform>%1 is not a valid dataset (%n errors). Nothing was changed; the dataset shown before is still open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message numerus="yes">
        <source>%n site(s) shown</source>
        <translation>
            <numerusform>%n site shown</numerusform>
            <numerusform>%n sites shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n investment flow(s) shown</source>
        <translation>
            <numerusform>%n investment flow shown</numerusform>
            <numerusform>%n investment flows shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::StreetMapView</name>
    <message numerus="yes">
        <source>Drawing %n tile(s)…</source>
        <translation>
            <numerusform>Drawing %n tile…</numerusform>
            <numerusform>Drawing %n tiles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atlas::TimelineView</name>
    <message numerus="yes">
        <source>%n marker(s) of announced investments and expected GPU deliveries, from %1 to %2</source>
        <translation>
            <numerusform>%n marker of announced investments and expected GPU deliveries, from %1 to %2</numerusform>
            <numerusform>%n markers of announced investments and expected GPU deliveries, from %1 to %2</numerusform>
        </translation>
    </message>
</context>
</TS>
