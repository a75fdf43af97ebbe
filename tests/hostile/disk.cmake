# Hostile local input (#10): a full disk during scan, import and download (through the
# LD_PRELOAD shim in tests/support/diskfull), a music folder that vanishes mid-scan, and a
# library database that is damaged, read-only or from a newer Refrain — each with a clear message
# and nothing lost. See README.md, "Disk and database".
add_library(refrain_hostiledisk STATIC diskrun.h diskrun.cpp)
target_include_directories(refrain_hostiledisk PUBLIC ${PROJECT_SOURCE_DIR})
target_link_libraries(refrain_hostiledisk PUBLIC refrain_crashharness Qt6::Core
    PRIVATE refrain_build_flags)
target_compile_definitions(refrain_hostiledisk PRIVATE
    REFRAINCTL_PATH="$<TARGET_FILE:refrainctl>"
    REFRAIN_DISKFULL_LIB="$<$<TARGET_EXISTS:refrain_diskfull>:$<TARGET_FILE:refrain_diskfull>>")

refrain_add_test(tst_hostiledisk SOURCES tst_hostiledisk.cpp
    LIBS refrain_hostiledisk refrain_httpserver refrain_subsonicserver LABELS hostile)
if(TARGET refrain_diskfull)
    add_dependencies(tst_hostiledisk refrainctl refrain_diskfull)
endif()

refrain_add_test(tst_hostileshare SOURCES tst_hostileshare.cpp
    LIBS refrain_hostiledisk refrain_library LABELS hostile)
target_compile_definitions(tst_hostileshare PRIVATE REFRAINCTL_PATH="$<TARGET_FILE:refrainctl>")
add_dependencies(tst_hostileshare refrainctl)

refrain_add_test(tst_hostiledb SOURCES tst_hostiledb.cpp
    LIBS refrain_hostiledisk refrain_app SQLite::SQLite3 LABELS hostile)
target_compile_definitions(tst_hostiledb PRIVATE REFRAINCTL_PATH="$<TARGET_FILE:refrainctl>")
add_dependencies(tst_hostiledb refrainctl)
