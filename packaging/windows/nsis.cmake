# Windows installer of the desktop client and sitesafe-cli: CPack NSIS, included by packaging/CMakeLists.txt on
# Windows only (the server is deployed on Linux, as the Debian package). Reviewed but never built here: there is no
# Windows tool chain on the build machines. What a Windows build still lacks is listed in docs/architecture.md,
# "Issue 14 (packages)" (the top CMakeLists.txt reads libxlsxwriter's ELF SONAME, for one).
# Configure with -DSITESAFE_PACKAGE=ON -DBUILD_TESTING=OFF (the preset "package" is Debian's), build, then cpack.
#
# Layout under the install folder: bin/ holds the programs, SiteSafe's modules (the programs load them by file name,
# which Windows' loader looks up in the program's folder first: sitesafe_module_file), Qt (windeployqt) and the
# other DLLs the programs and modules link.
if(NOT WIN32)
    message(FATAL_ERROR "packaging/windows/nsis.cmake is for Windows builds")
endif()

# Folders holding the third-party DLLs (libsodium, SQLite, qtkeychain, exiv2, zxing-cpp, …), e.g. vcpkg's
# installed/x64-windows/bin. Qt's own folder is searched too.
set(SITESAFE_WINDOWS_DLL_DIRS "" CACHE PATH "Folders with the third-party DLLs the programs link")

install(TARGETS sitesafe sitesafe-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        RUNTIME_DEPENDENCY_SET sitesafe_dlls)
install(TARGETS sitesafe_codecs sitesafe_charts LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR}
        RUNTIME_DEPENDENCY_SET sitesafe_dlls)
# Every DLL the programs and the modules link, found by CMake (file(GET_RUNTIME_DEPENDENCIES)): the third-party
# ones, and Qt Charts with the OpenGL libraries it needs, which windeployqt does not see (only the chart module
# links them, and windeployqt reads sitesafe.exe). Windows' own DLLs stay out.
install(RUNTIME_DEPENDENCY_SET sitesafe_dlls
        DESTINATION ${CMAKE_INSTALL_BINDIR}
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*"
        DIRECTORIES $<TARGET_FILE_DIR:Qt6::Core> ${SITESAFE_WINDOWS_DLL_DIRS})

# Qt's deployment (Qt 6.4: FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT): windeployqt on the installed
# sitesafe.exe copies the Qt libraries and the plugins they load (platforms, styles, imageformats, iconengines, sql
# drivers, TLS backends) into bin/ and writes a qt.conf.
qt_generate_deploy_app_script(TARGET sitesafe FILENAME_VARIABLE sitesafe_deploy_script)
install(SCRIPT ${sitesafe_deploy_script})

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME SiteSafe)
set(CPACK_PACKAGE_VENDOR "SiteSafe maintainers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Construction-safety field inspection")
set(CPACK_PACKAGE_INSTALL_DIRECTORY SiteSafe)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# A start-menu entry for the client (bin/sitesafe.exe). The installer's texts stay ASCII: CPack's NSIS template
# does not declare Unicode in every CMake version, and the client shows its Chinese name itself.
set(CPACK_PACKAGE_EXECUTABLES sitesafe SiteSafe)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
set(CPACK_NSIS_DISPLAY_NAME SiteSafe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
include(CPack)
