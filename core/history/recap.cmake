# The nostalgia engine: recaps of a year or month, on this day, first listens.
target_sources(refrain_history PRIVATE
    recap.cpp
    recapcalendar.h recapcalendar.cpp
    recapranking.h recapranking.cpp
)
