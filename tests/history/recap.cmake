# The nostalgia engine: recaps in any time zone (DST and New Year's Eve), ties, first listens and
# on this day, on a real history file. Expected figures: see the comments in each test and
# tests/data/history/recap/.
refrain_add_test(tst_recap SOURCES tst_recap.cpp LIBS refrain_history LABELS unit)
