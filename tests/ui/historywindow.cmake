# Listening history in the running app: importing from the File menu's flow with its progress
# bar, the Nostalgia page's figures, the recorder writing a real play, "First heard" on the
# now-playing title.
refrain_add_test(tst_historywindow SOURCES tst_historywindow.cpp LIBS refrain_app LABELS ui)
