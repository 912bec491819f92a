# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DPROGRAM=path/to/keyward -DOUTPUT=keyward.1.gz -P GenerateManPage.cmake
# Runs PROGRAM --help-man (the man page rendered from its own option tables, app/ManPage.h) in the
# C locale without a display, and compresses it the way Debian wants it (gzip -9n: no timestamp).
get_filename_component(page "${OUTPUT}" NAME_WLE)
get_filename_component(dir "${OUTPUT}" DIRECTORY)
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
# Sanitizer builds run this too; a leak report here is not the man page's business.
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND "${PROGRAM}" --help-man
    OUTPUT_FILE "${dir}/${page}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help-man failed (${rc}): ${err}")
endif()
execute_process(COMMAND gzip -9nf "${dir}/${page}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${page} failed")
endif()
