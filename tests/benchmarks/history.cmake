# Recaps over 1,000,000 listens across ten years (issue #8: < 1 s), on this day and first listens.
refrain_add_benchmark(bench_recap SOURCES bench_recap.cpp LIBS refrain_history)
