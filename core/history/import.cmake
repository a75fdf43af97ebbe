# History importers (#8): readers of other services' listening histories (Spotify, ListenBrainz,
# Last.fm and scrobbler logs) into Listen values, streaming; zips read in place with libzip.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
target_sources(refrain_history PRIVATE
    import/historyreader.h import/historyreader.cpp
    import/historyformat.h import/historyformat.cpp
    import/historyinput.h import/historyinput.cpp
    import/historytime.h import/historytime.cpp
    import/importcontext.h import/importcontext.cpp
    import/zoneoffsets.h import/zoneoffsets.cpp
    import/jsonlite.h import/jsonlite.cpp
    import/jsonstream.h import/jsonstream.cpp
    import/jsonrows.h import/jsonrows.cpp
    import/linereader.h import/linereader.cpp
    import/csvreader.h import/csvreader.cpp
    import/spotifyformat.h import/spotifyformat.cpp
    import/listenbrainzformat.h import/listenbrainzformat.cpp
    import/lastfmformat.h import/lastfmformat.cpp
    import/scrobblerlogformat.h import/scrobblerlogformat.cpp
)
target_link_libraries(refrain_history PRIVATE PkgConfig::LIBZIP)
