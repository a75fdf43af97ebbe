#include "core/playback/replaygain.h"

#include <cmath>

namespace refrain {

double replayGainFactor(const Track &track, ReplayGainMode mode, double preampDb) {
    if (mode == ReplayGainMode::Off)
        return 1.0;
    std::optional<double> gain =
        mode == ReplayGainMode::Album ? track.albumGainDb : track.trackGainDb;
    std::optional<double> peak = mode == ReplayGainMode::Album ? track.albumPeak : track.trackPeak;
    if (!gain) {
        gain = track.trackGainDb ? track.trackGainDb : track.albumGainDb;
        peak = track.trackGainDb ? track.trackPeak : track.albumPeak;
    }
    if (!gain)
        return 1.0; // no data: leave the track as mastered
    double factor = std::pow(10.0, (*gain + preampDb) / 20.0);
    if (peak && *peak > 0)
        factor = std::min(factor, 1.0 / *peak);
    return std::clamp(factor, 0.0, 1.0);
}

} // namespace refrain
