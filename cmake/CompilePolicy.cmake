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

# Sanitizer builds, each in a build folder of its own (a sanitizer's runtime cannot be mixed with
# another's, nor an instrumented object with a plain one):
#   cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTONGBAN_SANITIZE=address,undefined
# address (AddressSanitizer, with LeakSanitizer), thread (ThreadSanitizer), undefined
# (UndefinedBehaviorSanitizer, stopping at the first finding) or address,undefined (both in one
# build; ThreadSanitizer cannot be combined with either). Only the project's code is
# instrumented: Qt and SQLite are Debian's. scripts/startup-soak and README's development notes
# say how to run them.
set(TONGBAN_SANITIZE "" CACHE STRING
    "Build with a sanitizer: address, thread, undefined, address,undefined, or empty for none")
set_property(CACHE TONGBAN_SANITIZE PROPERTY STRINGS "" address thread undefined "address,undefined")
if(TONGBAN_SANITIZE)
    if(NOT TONGBAN_SANITIZE MATCHES "^(address|thread|undefined|address,undefined)$")
        message(FATAL_ERROR
            "TONGBAN_SANITIZE must be address, thread, undefined or address,undefined, not '${TONGBAN_SANITIZE}'")
    endif()
    set(tongban_sanitize_flags -fsanitize=${TONGBAN_SANITIZE} -fno-omit-frame-pointer)
    if(TONGBAN_SANITIZE MATCHES "undefined")
        # A finding stops the program, so that a test or a soak run cannot pass over it.
        list(APPEND tongban_sanitize_flags -fno-sanitize-recover=undefined)
    endif()
    # GCC's flow-based warnings see the paths the instrumentation adds (a checked pointer becomes
    # "potentially null"): in a sanitizer build they are shown but do not stop it. The normal build
    # keeps them errors.
    target_compile_options(tongban_compile_policy INTERFACE ${tongban_sanitize_flags} -Wno-error=null-dereference
        -Wno-error=maybe-uninitialized)
    target_link_options(tongban_compile_policy INTERFACE ${tongban_sanitize_flags})
endif()

# The sanitizer's runtime options for the tests (tests/CMakeLists.txt) and scripts/startup-soak:
# the suppressions of scripts/sanitizers/ name only findings inside Qt's or SQLite's own code.
set(TONGBAN_SANITIZER_ENVIRONMENT "")
set(tongban_suppressions ${PROJECT_SOURCE_DIR}/scripts/sanitizers)
if(TONGBAN_SANITIZE MATCHES "address")
    list(APPEND TONGBAN_SANITIZER_ENVIRONMENT
        "ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1"
        "LSAN_OPTIONS=suppressions=${tongban_suppressions}/lsan.supp:print_suppressions=0")
elseif(TONGBAN_SANITIZE STREQUAL "thread")
    list(APPEND TONGBAN_SANITIZER_ENVIRONMENT
        "TSAN_OPTIONS=second_deadlock_stack=1:suppressions=${tongban_suppressions}/tsan.supp:print_suppressions=0")
endif()
if(TONGBAN_SANITIZE MATCHES "undefined")
    list(APPEND TONGBAN_SANITIZER_ENVIRONMENT "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endif()
