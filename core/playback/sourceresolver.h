// SourceResolver: decides where a track's audio comes from right now: a local file, or a
// server's live stream signed at this moment (through a hook the composition root sets, so
// playback does not depend on the service layer). Later issues add a verified offline copy and
// the stream cache before the live stream — chosen from the capabilities, never by the engine.
#pragma once

#include "core/library/result.h"
#include "core/library/track.h"

#include <QUrl>

#include <functional>

namespace refrain {

class SourceResolver {
public:
    using RemoteResolver = std::function<Result<QUrl>(const Track &)>;

    virtual ~SourceResolver() = default;
    // How a server's track becomes a URL (ServerHub::streamUrl).
    void setRemoteResolver(RemoteResolver remote) { m_remote = std::move(remote); }
    // A URL QMediaPlayer can open, or the reason the track cannot play now.
    virtual Result<QUrl> resolve(const Track &track) const;

private:
    RemoteResolver m_remote;
};

} // namespace refrain
