# Fails when a .ts file in TS_DIR leaves a message unfinished or untranslated
# as lrelease counts them, after lupdate has brought a copy of it up to date
# with the sources in SOURCE_DIRS (so a new tr() without its translations
# fails too). tenant-admin_en.ts holds only plural forms.
file(GLOB ts_files ${TS_DIR}/*.ts)
set(work ${CMAKE_CURRENT_BINARY_DIR}/translations-check)
file(MAKE_DIRECTORY ${work})
set(incomplete "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name ${ts} NAME)
    file(COPY ${ts} DESTINATION ${work})
    set(only "")
    if(name MATCHES "_en\\.ts$")
        set(only -pluralonly)
    endif()
    separate_arguments(dirs UNIX_COMMAND "${SOURCE_DIRS}")
    execute_process(COMMAND ${LUPDATE} -silent ${only} -locations none -no-obsolete ${dirs}
                            -extensions cpp,h -ts ${work}/${name}
        RESULT_VARIABLE rc_update)
    execute_process(COMMAND ${LRELEASE} ${work}/${name} -qm ${work}/check.qm
        OUTPUT_VARIABLE report ERROR_VARIABLE report RESULT_VARIABLE rc)
    string(STRIP "${report}" report)
    message(STATUS "${name}: ${report}")
    if(NOT rc_update EQUAL 0 OR NOT rc EQUAL 0 OR report MATCHES "[1-9][0-9]* unfinished"
       OR report MATCHES "Ignored [1-9]")
        list(APPEND incomplete ${name})
    endif()
endforeach()
file(REMOVE_RECURSE ${work})
if(incomplete)
    message(FATAL_ERROR "incomplete translations: ${incomplete}")
endif()
