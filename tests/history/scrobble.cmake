# Scrobbling drains from the record of listens: the queue's SQL on a real file, then each target
# over real HTTP on 127.0.0.1 (a ListenBrainz server that checks like the real one, the
# scriptable Subsonic content), with simulated time for every wait.
refrain_add_test(tst_scrobblequeue SOURCES tst_scrobblequeue.cpp LIBS refrain_history
    LABELS unit)
refrain_add_test(tst_scrobble_listenbrainz SOURCES tst_scrobble_listenbrainz.cpp tst_scrobble.h
    LIBS refrain_history refrain_httpserver refrain_listenbrainzserver LABELS integration)
refrain_add_test(tst_scrobble_subsonic SOURCES tst_scrobble_subsonic.cpp tst_scrobble.h
    LIBS refrain_history refrain_service refrain_httpserver refrain_subsonicserver
    LABELS integration)
