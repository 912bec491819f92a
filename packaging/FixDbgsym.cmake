# SPDX-License-Identifier: GPL-3.0-or-later
# CPACK_POST_BUILD_SCRIPTS: makes cpack's keyward-dbgsym .ddeb what Debian's own debug packages
# are, which lintian then accepts. CMake 3.25 writes the staging folder's absolute paths into its
# md5sums and marks it neither as a debug package nor as made automatically (so lintian wants a
# copyright file and changelog in it): this unpacks it, writes md5sums relative to the root, sets
# Section: debug and Auto-Built-Package: debug-symbols, links /usr/share/doc/keyward-dbgsym to
# keyward (as dh_strip does), and packs it again.
# It runs before cpack copies the packages out of its staging folder: CPACK_PACKAGE_FILES are there.
set(ddebs ${CPACK_PACKAGE_FILES})
list(FILTER ddebs INCLUDE REGEX "\\.ddeb$")
foreach(ddeb IN LISTS ddebs)
    get_filename_component(folder ${ddeb} DIRECTORY)
    set(root ${folder}/_keyward_dbgsym_root)
    file(REMOVE_RECURSE ${root})
    execute_process(COMMAND dpkg-deb -R ${ddeb} ${root} COMMAND_ERROR_IS_FATAL ANY)
    # Like dh_strip's: the documentation (copyright, changelog) is the main package's, by a link.
    string(REGEX REPLACE ".*/([^/_]+)-dbgsym_[^/]*$" "\\1" package ${ddeb})
    file(MAKE_DIRECTORY ${root}/usr/share/doc)
    file(CREATE_LINK ${package} ${root}/usr/share/doc/${package}-dbgsym SYMBOLIC)
    execute_process(COMMAND sh -c "find usr -type f | LC_ALL=C sort | xargs md5sum > DEBIAN/md5sums"
        WORKING_DIRECTORY ${root} COMMAND_ERROR_IS_FATAL ANY)
    file(READ ${root}/DEBIAN/control control)
    string(REGEX REPLACE "(^|\n)Section: [^\n]*" "\\1Section: debug" control "${control}")
    if(NOT control MATCHES "Auto-Built-Package:")
        string(APPEND control "Auto-Built-Package: debug-symbols\n")
    endif()
    file(WRITE ${root}/DEBIAN/control "${control}")
    execute_process(COMMAND dpkg-deb --root-owner-group -b ${root} ${ddeb}
        OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE ${root})
endforeach()
