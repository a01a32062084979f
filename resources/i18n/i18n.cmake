# Translations of the desktop client (STYLE.md §8): zh_CN is the primary shipped language, English the source.
# Included by src/widgets/CMakeLists.txt; compiles the .ts into a .qm embedded as :/i18n/sitesafe_zh_CN.qm.
#
# Updating the catalog after changing user-visible strings (every folder that holds tr()):
#   cmake --build <build> --target sitesafe_lupdate
# then translate the new entries in resources/i18n/sitesafe_zh_CN.ts (no entry may stay unfinished).
set(SITESAFE_TS_FILES ${CMAKE_CURRENT_LIST_DIR}/sitesafe_zh_CN.ts)

qt_add_lrelease(sitesafe_widgets TS_FILES ${SITESAFE_TS_FILES} QM_FILES_OUTPUT_VARIABLE SITESAFE_QM_FILES)
qt_add_resources(sitesafe_widgets sitesafe_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${SITESAFE_QM_FILES})

add_custom_target(sitesafe_lupdate
    COMMAND Qt6::lupdate -locations relative -no-obsolete
            src/core src/storage src/models src/session src/widgets src/app src/sync src/evidence src/reports ui
            -ts ${SITESAFE_TS_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Collecting translatable strings into resources/i18n/sitesafe_zh_CN.ts"
    VERBATIM)
