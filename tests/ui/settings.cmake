# Settings and resume in the running app: the searchable Settings dialog applying each option at
# once, and the queue, position and column layout coming back at the next start.
refrain_add_test(tst_settingsdialog SOURCES tst_settingsdialog.cpp LIBS refrain_app LABELS ui)
refrain_add_test(tst_resume SOURCES tst_resume.cpp LIBS refrain_app LABELS ui)
