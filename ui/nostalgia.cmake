# The Nostalgia page (#8): recap figures, painted charts, on this day and the recap card.
target_sources(refrain_ui PRIVATE
    nostalgiapage.h nostalgiapage.cpp
    nostalgiacard.h nostalgiacard.cpp
    nostalgiachart.h nostalgiachart.cpp
    nostalgiacolumnchart.h nostalgiacolumnchart.cpp
    nostalgiabarlist.h nostalgiabarlist.cpp
    nostalgiaheatmap.h nostalgiaheatmap.cpp
    nostalgiafigures.h nostalgiafigures.cpp
    nostalgiaonthisday.h nostalgiaonthisday.cpp
    nostalgiarankdelegate.h nostalgiarankdelegate.cpp
    recapcard.h recapcard.cpp
    nostalgiatext.h
)
