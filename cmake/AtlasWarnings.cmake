# Compile options shared by every project target: warnings, and Qt's strictness switches.
add_library(atlas_options INTERFACE)
target_compile_options(atlas_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(ATLAS_WERROR)
    target_compile_options(atlas_options INTERFACE -Werror)
endif()
target_compile_definitions(atlas_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    ATLAS_VERSION="${PROJECT_VERSION}")
if(ATLAS_HAVE_QTLOCATION)
    target_compile_definitions(atlas_options INTERFACE ATLAS_HAVE_QTLOCATION=1)
endif()
