// SourceResolver: decides where a track's audio comes from right now: a local file; for a
// server's track, a verified offline copy (pinned or from the stream cache) before the live
// stream signed at this moment — unless the stream gate says streaming cannot work now. All come
// through hooks the composition root sets, so playback depends on neither the offline store, the
// capabilities nor the service layer.
#pragma once

#include "core/library/result.h"
#include "core/library/track.h"

#include <QUrl>

#include <functional>

namespace refrain {

class SourceResolver {
public:
    // Where the audio of the last resolve() came from.
    enum class Origin { None, LocalFile, OfflineCopy, Stream };

    using RemoteResolver = std::function<Result<QUrl>(const Track &)>;
    // The absolute path of a verified offline copy, or empty.
    using OfflineResolver = std::function<QString(const Track &)>;
    // Empty while streaming can work; otherwise why not, in words a person reads ("the server
    // cannot be reached"). Asked at every resolve, so it follows the capabilities as they change.
    using StreamGate = std::function<QString()>;

    virtual ~SourceResolver() = default;
    // How a server's track becomes a URL (ServerHub::streamUrl).
    void setRemoteResolver(RemoteResolver remote) { m_remote = std::move(remote); }
    void setOfflineResolver(OfflineResolver offline) { m_offline = std::move(offline); }
    void setStreamGate(StreamGate gate) { m_gate = std::move(gate); }

    // A URL QMediaPlayer can open, or the reason the track cannot play now. A server's track
    // with no verified copy fails at once, without touching the network, while the gate is shut.
    virtual Result<QUrl> resolve(const Track &track) const;
    // The verified local copy of a server's track, or empty: what a failing stream falls back to.
    QString offlineCopy(const Track &track) const;
    // Why streaming cannot work now (the gate's answer), or empty.
    QString streamBlockedReason() const { return m_gate ? m_gate() : QString(); }

    Origin lastOrigin() const { return m_lastOrigin; }
    // How the last resolve() of a server's track was answered: from a copy here, or streamed.
    bool lastWasOffline() const { return m_lastOrigin == Origin::OfflineCopy; }

private:
    RemoteResolver m_remote;
    OfflineResolver m_offline;
    StreamGate m_gate;
    mutable Origin m_lastOrigin = Origin::None;
};

} // namespace refrain
