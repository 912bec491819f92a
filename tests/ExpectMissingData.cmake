# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTEST=<suite executable> -DEMPTY_DIR=<folder> -P ExpectMissingData.cmake
# Runs a data-driven suite with KEYWARD_TEST_DATA_DIR pointing at an empty folder (see
# tests/core/JoseTestFiles.h) and passes only if the suite failed the ordinary way — an exit code
# counting failed tests — and said "missing test data: <that folder>/…". An abort (qFatal in
# QTest::fetchData, a signal) or a pass on an empty table fails this test.
cmake_minimum_required(VERSION 3.16)
file(REMOVE_RECURSE "${EMPTY_DIR}")
file(MAKE_DIRECTORY "${EMPTY_DIR}")
set(ENV{KEYWARD_TEST_DATA_DIR} "${EMPTY_DIR}")
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND "${TEST}" OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${TEST} did not exit normally (${rc}):\n${out}")
endif()
if(rc EQUAL 0)
    message(FATAL_ERROR "${TEST} passed without its test data:\n${out}")
endif()
if(out MATCHES "QFATAL|Received signal")
    message(FATAL_ERROR "${TEST} aborted instead of failing:\n${out}")
endif()
string(FIND "${out}" "missing test data: ${EMPTY_DIR}/" at)
if(at EQUAL -1)
    message(FATAL_ERROR "${TEST} failed without naming a missing file under ${EMPTY_DIR}:\n${out}")
endif()
message(STATUS "${TEST}: ${rc} failure(s), no abort, the missing data named: as expected")
