#!/usr/bin/env bash
# scripts/update-translations.sh — refresh the translation sources in resources/translations/
# from the code: every tr() and QCoreApplication::translate() string of app, widgets, maps and
# model. Run it after changing user-visible text, translate what it marks unfinished (Qt
# Linguist, or any editor), and commit the .ts files. The build compiles them to .qm with
# lrelease; the test "Every Korean translation is finished" fails while one is missing.
#
#   compute-atlas_ko.ts  every string, in Korean
#   compute-atlas_en.ts  only the plural forms (%n), since the source text is English
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
SOURCES=(app widgets maps model)
"$LUPDATE" -no-obsolete -locations none -source-language en -target-language ko \
    "${SOURCES[@]}" -ts resources/translations/compute-atlas_ko.ts
"$LUPDATE" -no-obsolete -locations none -pluralonly -source-language en -target-language en \
    "${SOURCES[@]}" -ts resources/translations/compute-atlas_en.ts
