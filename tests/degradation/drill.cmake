# The outage drill: the whole app through a black-holed server and back.
refrain_add_test(tst_outagedrill SOURCES tst_outagedrill.cpp
    LIBS refrain_app refrain_testsupport refrain_httpserver refrain_subsonicserver Qt6::Widgets
    LABELS integration)
refrain_add_test(tst_safemode SOURCES tst_safemode.cpp LIBS refrain_app Qt6::Widgets LABELS ui)
