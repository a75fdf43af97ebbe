# The record of listens: the Last.fm rule, plays recorded with their scrobble debts, imported
# listens kept once across sources and matched to library tracks.
refrain_add_test(tst_listenstore SOURCES tst_listenstore.cpp LIBS refrain_history LABELS unit)
