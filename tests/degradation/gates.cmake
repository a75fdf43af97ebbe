# Feature gates (#7): crash safe mode against real unclean exits (the test kills copies of
# itself), and the remote feature document — its schema, and reading it over loopback HTTP while
# the server answers, fails, talks nonsense or refuses.
refrain_add_test(tst_crashguard SOURCES tst_crashguard.cpp LIBS refrain_model LABELS integration)
refrain_add_test(tst_featuredocument SOURCES tst_featuredocument.cpp
    LIBS refrain_model refrain_httpserver LABELS integration)
