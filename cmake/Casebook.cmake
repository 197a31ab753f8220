# Project-wide helpers: warning flags and the test registration function.
option(CASEBOOK_WERROR "Treat warnings as errors" OFF)

function(casebook_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
    if(CASEBOOK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
endfunction()

# casebook_add_test(NAME name SOURCES ... LIBS ...)
function(casebook_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Casebook::TestSupport ${T_LIBS})
    casebook_set_warnings(${T_NAME})
    catch_discover_tests(${T_NAME} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
