# tend_add_test(NAME name SOURCES files... [LIBS libs...] [GUI] [LOCALE locale])
# One Qt Test executable per class, registered with CTest. GUI tests run on the offscreen platform.

# The suites share one precompiled header per kind (core, network, gui), compiled once by a small
# host library that links what they link. They link tend_qt_test, not Qt6::Test: Qt Test's own
# target defines the suite's folders (QT_TESTCASE_BUILDDIR/SOURCEDIR, for QFINDTESTDATA, which the
# suites do not use: their data comes through TEND_TEST_DATA), and a header precompiled in one
# folder would not match a suite in another.
# A suite's own code is checks, not work worth optimising: it compiles without optimisation, in a
# fraction of the time, while the libraries it tests keep the build type's flags.
# -Winvalid-pch says so when a suite cannot use the shared header (it then compiles without it).
set(TEND_TEST_COMPILE_OPTIONS $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-O0> -Winvalid-pch)

function(tend_test_pch_host kind out)
    set(host tend_pch_tests_${kind})
    if(NOT TARGET ${host})
        set(source ${PROJECT_BINARY_DIR}/tests/${host}.cpp)
        file(WRITE ${source} "// Compiles the precompiled header the test suites of this kind reuse.\n")
        add_library(${host} OBJECT ${source})
        target_compile_options(${host} PRIVATE ${TEND_TEST_COMPILE_OPTIONS})
        if(kind STREQUAL "gui")
            target_link_libraries(${host} PRIVATE tend_qt_test tend_i18n tend_test_support tend_ui)
            target_precompile_headers(${host} PRIVATE ${TEND_PCH_CORE} ${TEND_PCH_WIDGETS} ${TEND_PCH_TESTS})
        elseif(kind STREQUAL "network")
            target_link_libraries(${host} PRIVATE tend_qt_test Qt6::Network tend_i18n tend_test_support tend_core)
            target_precompile_headers(${host} PRIVATE ${TEND_PCH_CORE} ${TEND_PCH_TESTS})
        else()
            target_link_libraries(${host} PRIVATE tend_qt_test tend_i18n tend_test_support tend_core)
            target_precompile_headers(${host} PRIVATE ${TEND_PCH_CORE} ${TEND_PCH_TESTS})
        endif()
    endif()
    set(${out} ${host} PARENT_SCOPE)
endfunction()

# Every suite runs in LOCALE (default C.UTF-8, English) and installs Tend's translations for it on
# start, as `tend` does (tests/support/InstallTranslations.cpp).
function(tend_add_test)
    cmake_parse_arguments(T "GUI" "NAME;LOCALE" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT T_LOCALE)
        set(T_LOCALE C.UTF-8)
    endif()
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_compile_options(${T_NAME} PRIVATE ${TEND_TEST_COMPILE_OPTIONS})
    target_link_libraries(${T_NAME} PRIVATE tend_qt_test tend_test_startup tend_test_support ${T_LIBS})
    # A suite that links Qt Network (through sync or the command line) is compiled with
    # QT_NETWORK_LIB, which a header precompiled without it does not match.
    set(network_libs tend_sync tend_cli tend_sync_memory tend_sync_fake tend_sync_radicale)
    set(links_network FALSE)
    foreach(lib IN LISTS T_LIBS)
        if(lib IN_LIST network_libs)
            set(links_network TRUE)
        endif()
    endforeach()
    if(T_GUI)
        tend_test_pch_host(gui host)
    elseif(links_network)
        tend_test_pch_host(network host)
    else()
        tend_test_pch_host(core host)
    endif()
    target_precompile_headers(${T_NAME} REUSE_FROM ${host})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    # LANGUAGE would override the locale's language (Qt reads it, as gettext does): keep it out.
    set(env "TEND_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data" "LC_ALL=${T_LOCALE}" "LANGUAGE=")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" LABELS "${T_LABELS}" TIMEOUT 300)
endfunction()
