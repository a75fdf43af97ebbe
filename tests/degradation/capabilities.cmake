# Capabilities (#7): the rules as a table over every level and combination, and the model.
refrain_add_test(tst_capabilities SOURCES tst_capabilities.cpp LIBS refrain_model LABELS unit)
