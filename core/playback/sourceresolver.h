// SourceResolver: decides where a track's audio comes from right now: a local file; for a
// server's track, a verified offline copy (pinned or from the stream cache) before the live
// stream signed at this moment. Both come through hooks the composition root sets, so playback
// depends on neither the offline store nor the service layer.
#pragma once

#include "core/library/result.h"
#include "core/library/track.h"

#include <QUrl>

#include <functional>

namespace refrain {

class SourceResolver {
public:
    using RemoteResolver = std::function<Result<QUrl>(const Track &)>;
    // The absolute path of a verified offline copy, or empty.
    using OfflineResolver = std::function<QString(const Track &)>;

    virtual ~SourceResolver() = default;
    // How a server's track becomes a URL (ServerHub::streamUrl).
    void setRemoteResolver(RemoteResolver remote) { m_remote = std::move(remote); }
    void setOfflineResolver(OfflineResolver offline) { m_offline = std::move(offline); }
    // How the last resolve() of a server's track was answered: from a copy here, or streamed.
    bool lastWasOffline() const { return m_lastOffline; }
    // A URL QMediaPlayer can open, or the reason the track cannot play now.
    virtual Result<QUrl> resolve(const Track &track) const;

private:
    RemoteResolver m_remote;
    OfflineResolver m_offline;
    mutable bool m_lastOffline = false;
};

} // namespace refrain
