# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers (KEYWARD_PCH): the Qt and standard library headers nearly every file pulls
# in, parsed once per library and once per test folder instead of once per file. Nothing here
# changes a source file: the headers are only those every file may include anyway.

set(KEYWARD_PCH_CORE
    <QByteArray> <QString> <QStringList> <QList> <QHash> <QMap> <QObject> <QVariant>
    <QDateTime> <QJsonObject> <QJsonArray> <QJsonDocument> <QJsonValue> <QCoreApplication>
    <QDir> <QFile> <QFileInfo> <QTimer>
    <algorithm> <chrono> <functional> <memory> <optional> <utility> <vector>)
set(KEYWARD_PCH_WIDGETS
    <QWidget> <QDialog> <QLabel> <QPushButton> <QLineEdit> <QComboBox> <QCheckBox>
    <QBoxLayout> <QFormLayout> <QGridLayout> <QTableView> <QHeaderView> <QAbstractItemModel>
    <QSortFilterProxyModel> <QMessageBox> <QApplication> <QAction> <QMenu> <QIcon> <QPalette>)

# The tests of one folder share one PCH, made by a donor object library in that same folder (Qt
# Test defines QT_TESTCASE_BUILDDIR per folder, and a PCH is only used where every macro it saw is
# defined alike) with the same link libraries and test definitions. keyward_add_test calls this.
function(keyward_reuse_test_pch test libraries)
    get_filename_component(folder ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set(donor keyward_pch_tests_${folder})
    if(NOT TARGET ${donor})
        file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${donor}.cpp "// PCH donor for tests/${folder}\n")
        add_library(${donor} OBJECT ${CMAKE_CURRENT_BINARY_DIR}/${donor}.cpp)
        target_link_libraries(${donor} PRIVATE Qt6::Test keyward_build_flags ${libraries} keyward_kdf_limits_test)
        target_compile_definitions(${donor} PRIVATE KEYWARD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
        set(headers ${KEYWARD_PCH_CORE})
        if(libraries MATCHES "keyward_ui")
            list(APPEND headers ${KEYWARD_PCH_WIDGETS})
        endif()
        target_precompile_headers(${donor} PRIVATE ${headers} <QTest> <QSignalSpy> <QTemporaryDir>)
    endif()
    target_precompile_headers(${test} REUSE_FROM ${donor})
endfunction()

function(keyward_enable_pch)
    target_precompile_headers(keyward_core PRIVATE ${KEYWARD_PCH_CORE})
    if(TARGET keyward_ui)
        target_precompile_headers(keyward_ui PRIVATE ${KEYWARD_PCH_CORE} ${KEYWARD_PCH_WIDGETS})
    endif()
    if(TARGET keyward_cli_common)
        target_precompile_headers(keyward_cli_common PRIVATE ${KEYWARD_PCH_CORE})
    endif()
endfunction()
