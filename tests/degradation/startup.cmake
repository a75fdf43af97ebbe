# Start without waiting (#7): the real refrain binary, its server black-holed or refusing, paints
# its window and shows the whole library; its startup probe (app/startupprobe.h) says so.
refrain_add_test(tst_startup SOURCES tst_startup.cpp
    LIBS refrain_library refrain_service refrain_httpserver refrain_subsonicserver
    LABELS integration)
target_compile_definitions(tst_startup PRIVATE REFRAIN_PATH="$<TARGET_FILE:refrain>")
add_dependencies(tst_startup refrain)
