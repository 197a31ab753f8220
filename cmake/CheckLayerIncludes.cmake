# Fails when a source under DIR includes a header of a Qt module its layer may not use (STYLE.md, Layers):
#   cmake -DDIR=<folder> -DLAYER=<name> -P CheckLayerIncludes.cmake
# core is QtCore, QtSql and libsodium only. Its include path reaches the Qt root folder, so <QtGui/QPainter> would
# otherwise compile there; this check runs before core is built and stops the build.
if(NOT DIR OR NOT IS_DIRECTORY "${DIR}")
    message(FATAL_ERROR "CheckLayerIncludes: DIR is not a folder: ${DIR}")
endif()
file(GLOB_RECURSE sources "${DIR}/*.cpp" "${DIR}/*.h")
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtPrintSupport|QtOpenGL|QtQuick)([/>\"]|$)")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        list(APPEND found "${source}: ${line}")
    endforeach()
endforeach()
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "${LAYER} may use QtCore and QtSql only; these includes break the layering:\n  ${text}")
endif()
