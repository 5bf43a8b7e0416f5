# One place for the rules every target of the project compiles under.
add_library(tongban_compile_policy INTERFACE)
target_compile_features(tongban_compile_policy INTERFACE cxx_std_20)
target_compile_definitions(tongban_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(tongban_compile_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wformat=2)

# Warnings are errors in the build of scripts/run, scripts/test and CI (they configure with
# TONGBAN_WERROR=ON); a developer's own build may leave it off while working.
option(TONGBAN_WERROR "Treat compiler warnings as errors" OFF)
if(TONGBAN_WERROR)
    target_compile_options(tongban_compile_policy INTERFACE -Werror)
endif()
