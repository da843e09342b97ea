# tend_add_test(NAME name SOURCES files... [LIBS libs...] [GUI] [LOCALE locale])
# One Qt Test executable per class, registered with CTest. GUI tests run on the offscreen platform.
# Every suite runs in LOCALE (default C.UTF-8, English) and installs Tend's translations for it on
# start, as `tend` does (tests/support/InstallTranslations.cpp).
function(tend_add_test)
    cmake_parse_arguments(T "GUI" "NAME;LOCALE" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT T_LOCALE)
        set(T_LOCALE C.UTF-8)
    endif()
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test tend_test_startup tend_test_support ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    # LANGUAGE would override the locale's language (Qt reads it, as gettext does): keep it out.
    set(env "TEND_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data" "LC_ALL=${T_LOCALE}" "LANGUAGE=")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" LABELS "${T_LABELS}" TIMEOUT 300)
endfunction()
