# Playback continuity (#7): real streams from the fault-injecting loopback server through
# QMediaPlayer — a stalled stream goes on from the local copy, failures are skipped and marked,
# the stream gate skips at once, and streaming coming back clears the marks.
refrain_add_test(tst_playbackcontinuity SOURCES tst_playbackcontinuity.cpp
    LIBS refrain_playback refrain_model refrain_ui refrain_httpserver LABELS integration)
