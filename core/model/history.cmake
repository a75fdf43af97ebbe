# Listening history (#8) in the model layer: the Nostalgia page's recap, years, on this day,
# first-heard sentences and anniversaries, and the ranked lists it shows.
target_sources(refrain_model PRIVATE
    nostalgiamodel.h nostalgiamodel.cpp
    nostalgiarankmodel.h nostalgiarankmodel.cpp
)