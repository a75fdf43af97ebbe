# History importers (#8): each format read from the shared fixtures and hand-written files, and
# how folders, zips, damaged and hostile input, cancelling and progress behave.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
foreach(name tst_historyimport_formats tst_historyimport_inputs)
    refrain_add_test(${name} SOURCES ${name}.cpp tst_historyimport_support.h
        LIBS refrain_history PkgConfig::LIBZIP LABELS unit)
    target_compile_definitions(${name} PRIVATE REFRAIN_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
endforeach()
