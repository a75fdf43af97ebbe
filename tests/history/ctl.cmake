# refrainctl history, recap, on-this-day and first-listen as scripts call them: the shared
# fixture histories imported, and the figures compared with an independent computation.
refrain_add_test(tst_ctlhistory SOURCES tst_ctlhistory.cpp LIBS refrain_library LABELS integration)
target_compile_definitions(tst_ctlhistory PRIVATE REFRAINCTL_PATH="$<TARGET_FILE:refrainctl>"
    HISTORY_DATA="${PROJECT_SOURCE_DIR}/tests/data/history")
add_dependencies(tst_ctlhistory refrainctl)
