# The Nostalgia page (#8) and its model on a real history file: figures, charts' spoken
# summaries, on this day, first heard, anniversaries once a day, the exported recap card and the
# empty state. NOSTALGIA_SHOTS=<folder> also saves screenshots of the page (light and dark).
refrain_add_test(tst_nostalgiamodel SOURCES tst_nostalgiamodel.cpp nostalgiahistory.h
    LIBS refrain_model refrain_history LABELS ui)
refrain_add_test(tst_nostalgiapage SOURCES tst_nostalgiapage.cpp nostalgiahistory.h
    LIBS refrain_ui refrain_history LABELS ui)
