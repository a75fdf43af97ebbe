// SourceResolver: decides where a track's audio comes from right now. Today: its local file.
// Later issues add, in order, a verified offline copy, the stream cache and the live stream —
// each chosen from the capabilities, never by the engine on its own.
#pragma once

#include "core/library/result.h"
#include "core/library/track.h"

#include <QUrl>

namespace refrain {

class SourceResolver {
public:
    virtual ~SourceResolver() = default;
    // A URL QMediaPlayer can open, or the reason the track cannot play now.
    virtual Result<QUrl> resolve(const Track &track) const;
};

} // namespace refrain
