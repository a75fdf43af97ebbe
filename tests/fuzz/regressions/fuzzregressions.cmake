# Regression tests for what the fuzzers found (issue #10), run by the normal suite with any
# compiler: every input that once crashed a parser, and every seed, goes through the same entry
# the fuzz target calls. Included from tests/CMakeLists.txt.
refrain_add_test(tst_fuzzregressions
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fuzzregressions.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../fuzzentries.h ${CMAKE_CURRENT_LIST_DIR}/../fuzzentries.cpp
    LIBS refrain_health refrain_subsonic refrain_library refrain_history refrain_model
    LABELS unit)
target_compile_definitions(tst_fuzzregressions PRIVATE
    REFRAIN_FUZZ_DIR="${CMAKE_CURRENT_LIST_DIR}/..")
