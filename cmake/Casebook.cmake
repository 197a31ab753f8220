# Project-wide helpers: warning flags and the test registration function.
option(CASEBOOK_WERROR "Treat warnings as errors" OFF)

function(casebook_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
    if(CASEBOOK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
endfunction()

# catch_discover_tests cuts a test name at ';': the cut name matches no test case and Catch2 passes
# it without running anything. Such a name in any of the sources stops the configuration.
function(casebook_check_test_names)
    foreach(source IN LISTS ARGN)
        get_filename_component(source_path "${source}" ABSOLUTE)
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source_path}")
        file(READ "${source_path}" content)
        string(REGEX MATCH "TEST_CASE\\(\"[^\"]*;[^\"]*\"" cut "${content}")
        if(cut)
            message(FATAL_ERROR "${source}: a test name holds ';', which ctest would cut: ${cut}")
        endif()
    endforeach()
endfunction()

# casebook_add_test(NAME name SOURCES ... LIBS ...)
function(casebook_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Casebook::TestSupport ${T_LIBS})
    casebook_set_warnings(${T_NAME})
    catch_discover_tests(${T_NAME} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    casebook_check_test_names(${T_SOURCES})
endfunction()
