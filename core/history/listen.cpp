#include "core/history/listen.h"

#include <algorithm>

namespace refrain {

bool countsAsListen(qint64 durationMs, qint64 playedMs) {
    constexpr qint64 kMinimumTrackMs = 30'000;
    constexpr qint64 kEnoughMs = 4 * 60'000;
    if (durationMs > 0 && durationMs <= kMinimumTrackMs)
        return false;
    const qint64 needed = durationMs > 0 ? std::min(durationMs / 2, kEnoughMs) : kEnoughMs;
    return playedMs >= needed;
}

} // namespace refrain
