# Importing 1,000,000 listens of Spotify extended history (goal: < 30 s, database included).
refrain_add_benchmark(bench_import SOURCES bench_import.cpp LIBS refrain_history)
target_compile_definitions(bench_import PRIVATE REFRAIN_BUILD_DIR="${CMAKE_BINARY_DIR}")
