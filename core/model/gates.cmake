# Feature gates (#7): crash safe mode and the remote feature document, which can switch optional
# extras off without an update.
target_sources(refrain_model PRIVATE
    crashguard.h crashguard.cpp
    featuredocument.h featuredocument.cpp
    featuredocumentsource.h featuredocumentsource.cpp
)
