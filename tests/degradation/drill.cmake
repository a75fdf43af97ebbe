# The outage drill: the whole app through a black-holed server and back.
refrain_add_test(tst_outagedrill SOURCES tst_outagedrill.cpp
    LIBS refrain_app refrain_testsupport refrain_httpserver refrain_subsonicserver Qt6::Widgets
    LABELS integration)
# It plays real songs against real-time probes and timeouts: run alone, it takes about 30 s; run
# beside the crash tests (which start refrainctl hundreds of times) on a 2-core CI machine, it
# once ran past 180 s. So it runs alone, with room to spare.
math(EXPR drill_timeout "300 * ${REFRAIN_TEST_TIMEOUT_FACTOR}")
set_tests_properties(tst_outagedrill PROPERTIES RUN_SERIAL TRUE TIMEOUT ${drill_timeout})
refrain_add_test(tst_safemode SOURCES tst_safemode.cpp LIBS refrain_app Qt6::Widgets LABELS ui)
