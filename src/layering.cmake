# The layering of DESIGN.md §2, enforced: every library and executable links only what its allow-list names.
# sitesafe_link(target PUBLIC|PRIVATE dep...) fails the configure step for anything not on the list, and
# scripts/check-layering (ctest label `layering`, .ci/run) fails for any #include under src/ that needs a
# library or Qt module not on the list of the including folder's target. This file is the one source of truth.

set(SITESAFE_ALLOWED_sitesafe_core Qt6::Core)
set(SITESAFE_ALLOWED_sitesafe_protocol sitesafe_core Qt6::Core)
set(SITESAFE_ALLOWED_sitesafe_storage sitesafe_core Qt6::Core Qt6::Sql SQLite::SQLite3)
set(SITESAFE_ALLOWED_sitesafe_sync sitesafe_core sitesafe_protocol sitesafe_storage Qt6::Core Qt6::Network
    Qt6Keychain::Qt6Keychain)
set(SITESAFE_ALLOWED_sitesafe_reports sitesafe_core sitesafe_storage sitesafe_evidence Qt6::Core Qt6::Gui
    sitesafe_xlsxwriter_headers)
set(SITESAFE_ALLOWED_sitesafe_models sitesafe_core sitesafe_storage Qt6::Core Qt6::Gui Qt6::Concurrent)
# Evidence: photos (EXIF, watermarked renditions, thumbnails), QR codes and certificate checks. Needs Qt Gui for
# images, so it sits beside models, below the widgets. exiv2 and zxing-cpp are in the codec module, which evidence
# loads on first use (CodecLibrary) and never links: only its header codecs/codecapi.h.
set(SITESAFE_ALLOWED_sitesafe_evidence sitesafe_core sitesafe_storage Qt6::Core Qt6::Gui Qt6::Concurrent
    sitesafe_codecs)
# The codec module (a shared library loaded with QLibrary): exiv2 and zxing-cpp, no SiteSafe library.
set(SITESAFE_ALLOWED_sitesafe_codecs Qt6::Core Qt6::Gui exiv2lib ZXing::ZXing)
# Qt Network for the folder's local socket (FolderInstanceChannel: a second start brings the first window forward).
set(SITESAFE_ALLOWED_sitesafe_session sitesafe_core sitesafe_storage sitesafe_sync Qt6::Core Qt6::Gui Qt6::Network)
# Qt Charts is the chart module's (a shared library the widgets load with QLibrary): the widgets have its header
# widgets/charts/chartapi.h only (the module is built from src/widgets/charts).
set(SITESAFE_ALLOWED_sitesafe_widgets sitesafe_core sitesafe_storage sitesafe_models sitesafe_sync sitesafe_session
    sitesafe_reports sitesafe_evidence sitesafe_charts Qt6::Core Qt6::Gui Qt6::Widgets Qt6::Svg Qt6::PrintSupport)
set(SITESAFE_ALLOWED_sitesafe_charts Qt6::Core Qt6::Gui Qt6::Widgets Qt6::Charts)
set(SITESAFE_ALLOWED_sitesafe_demo sitesafe_core Qt6::Core)
set(SITESAFE_ALLOWED_sitesafe sitesafe_widgets sitesafe_models sitesafe_core sitesafe_storage sitesafe_sync
    sitesafe_session sitesafe_evidence Qt6::Core Qt6::Gui Qt6::Widgets)
set(SITESAFE_ALLOWED_sitesafe-cli sitesafe_core sitesafe_protocol sitesafe_storage sitesafe_sync sitesafe_reports
    sitesafe_demo sitesafe_evidence Qt6::Core Qt6::Gui)
# SQLite's C API: the push path binds and reads its hottest statements directly on the SQLite backend (issue 13).
set(SITESAFE_ALLOWED_sitesafe_server_lib sitesafe_core sitesafe_protocol sitesafe_demo Qt6::Core Qt6::Network
    Qt6::Sql Qt6::HttpServer Qt6::Concurrent PkgConfig::sodium SQLite::SQLite3)
set(SITESAFE_ALLOWED_sitesafe-server sitesafe_server_lib sitesafe_core Qt6::Core)

# Headers of a library's own dependencies that its public headers hand out: anything allowed to link the library
# may include them. A QSqlDatabase is the connection handle storage's repositories take; running SQL
# (QSqlQuery, QSqlRecord, QSqlError, ...) stays storage's.
set(SITESAFE_EXPORTS_sitesafe_storage QSqlDatabase)

# Breaches still being removed (issue 9). scripts/check-layering lists them as pending instead of failing;
# delete a line as soon as its layer is clean, and the check keeps it clean from then on.

function(sitesafe_link target visibility)
    if(NOT DEFINED SITESAFE_ALLOWED_${target})
        message(FATAL_ERROR "${target} has no allow-list in src/layering.cmake (DESIGN.md §2)")
    endif()
    foreach(dep IN LISTS ARGN)
        if(NOT dep IN_LIST SITESAFE_ALLOWED_${target})
            message(FATAL_ERROR "${target} may not link ${dep}: not allowed by DESIGN.md §2 (src/layering.cmake)")
        endif()
    endforeach()
    target_link_libraries(${target} ${visibility} ${ARGN})
endfunction()
