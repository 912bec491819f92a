# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTS_FILE=keyward_en.ts -P FillEnglishPlurals.cmake
# Run by update_translations right after lupdate -pluralonly wrote keyward_en.ts: fills both
# English numerus forms of every message from its source text, so the file always follows the
# sources and nobody types English twice. The sources mark the plural with "(s)":
#   "%n day(s)" → "%n day" (n = 1) and "%n days" (otherwise).
# A %n message without "(s)" ("%n min") reads the same in both forms. Idempotent.
cmake_minimum_required(VERSION 3.16)
file(READ "${TS_FILE}" rest)
set(out "")
set(filled 0)
set(open_tag "<message numerus=\"yes\">")
while(TRUE)
    string(FIND "${rest}" "${open_tag}" start)
    if(start EQUAL -1)
        break()
    endif()
    string(SUBSTRING "${rest}" 0 ${start} before)
    string(APPEND out "${before}")
    string(SUBSTRING "${rest}" ${start} -1 rest)
    string(FIND "${rest}" "</message>" end)
    math(EXPR end "${end} + 10")
    string(SUBSTRING "${rest}" 0 ${end} message)
    string(SUBSTRING "${rest}" ${end} -1 rest)

    # XML escapes &lt; so a source never holds a raw '<'.
    if(NOT message MATCHES "<source>([^<]*)</source>")
        message(FATAL_ERROR "${TS_FILE}: a plural message without <source>:\n${message}")
    endif()
    set(source "${CMAKE_MATCH_1}")
    string(REPLACE "(s)" "" singular "${source}")
    string(REPLACE "(s)" "s" plural "${source}")
    string(FIND "${message}" "<translation" from)
    string(FIND "${message}" "</translation>" to)
    if(from EQUAL -1 OR to EQUAL -1)
        message(FATAL_ERROR "${TS_FILE}: a plural message without <translation>:\n${message}")
    endif()
    math(EXPR to "${to} + 14")
    string(SUBSTRING "${message}" 0 ${from} head)
    string(SUBSTRING "${message}" ${to} -1 tail)
    string(APPEND out "${head}<translation>
            <numerusform>${singular}</numerusform>
            <numerusform>${plural}</numerusform>
        </translation>${tail}")
    math(EXPR filled "${filled} + 1")
endwhile()
string(APPEND out "${rest}")
if(filled EQUAL 0)
    message(FATAL_ERROR "${TS_FILE}: no plural message found; did lupdate run?")
endif()
file(WRITE "${TS_FILE}" "${out}")
message(STATUS "${TS_FILE}: ${filled} English plural messages filled")
