# The listen recorder: the engine's plays become listens by the Last.fm rule, with the time
# really heard (seeks and pauses do not count), owing their scrobbles.
refrain_add_test(tst_listenrecorder SOURCES tst_listenrecorder.cpp
    LIBS refrain_model refrain_history refrain_playback refrain_request LABELS integration)
