# Fails when a .ts file in TS_DIR is incomplete once lupdate has brought a
# copy of it up to date with the sources in SOURCE_DIRS (a ;-list), so a new
# tr() without its translations fails too: a message left unfinished, an
# empty translation or plural form, or a tr() lupdate could not read.
# The counts are read from the .ts itself, not from lrelease's report
# (which follows the locale). tenant-admin_en.ts holds only plural forms.
file(GLOB ts_files ${TS_DIR}/*.ts)
set(work ${CMAKE_CURRENT_BINARY_DIR}/translations-check)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})
string(REPLACE "|" ";" dirs "${SOURCE_DIRS}")
set(problems "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name ${ts} NAME)
    file(COPY ${ts} DESTINATION ${work})
    set(only "")
    if(name MATCHES "_en\\.ts$")
        set(only -pluralonly)
    endif()
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
                ${LUPDATE} -silent ${only} -locations none -no-obsolete ${dirs}
                -extensions cpp,h -ts ${work}/${name}
        OUTPUT_VARIABLE said ERROR_VARIABLE said RESULT_VARIABLE rc)
    # lupdate's diagnostics name a source line ("x.cpp:98: Class 'Console'
    # lacks Q_OBJECT macro"); anything else it prints is not a finding.
    if(NOT rc EQUAL 0 OR said MATCHES "\\.(cpp|h):[0-9]+:")
        list(APPEND problems "${name}: lupdate: ${said}")
    endif()
    file(READ ${work}/${name} text)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
    string(REGEX MATCHALL "<translation></translation>|<numerusform></numerusform>" empty "${text}")
    string(REGEX MATCHALL "<message[ >]" messages "${text}")
    list(LENGTH unfinished unfinished)
    list(LENGTH empty empty)
    list(LENGTH messages messages)
    message(STATUS "${name}: ${messages} messages, ${unfinished} unfinished, ${empty} empty")
    if(messages EQUAL 0 OR unfinished GREATER 0 OR empty GREATER 0)
        list(APPEND problems "${name}: ${unfinished} unfinished, ${empty} empty")
    endif()
    execute_process(COMMAND ${LRELEASE} -silent ${work}/${name} -qm ${work}/check.qm
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        list(APPEND problems "${name}: lrelease failed")
    endif()
endforeach()
file(REMOVE_RECURSE ${work})
if(problems)
    string(REPLACE ";" "\n  " problems "${problems}")
    message(FATAL_ERROR "incomplete translations:\n  ${problems}")
endif()
