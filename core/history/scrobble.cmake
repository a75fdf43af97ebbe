# Scrobbling drains from the record of listens: the queues in SQL, the drainer, and one sink per
# kind of target (a Subsonic server's `scrobble`, ListenBrainz `submit-listens`).
target_sources(refrain_history PRIVATE
    scrobblequeue.h scrobblequeue.cpp
    scrobblesink.h
    scrobbler.h scrobbler.cpp
    listenbrainzsubmitter.h listenbrainzsubmitter.cpp
    subsonicscrobbler.h subsonicscrobbler.cpp
)
