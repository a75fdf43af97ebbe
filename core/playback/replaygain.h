// ReplayGain: how much to scale a track's volume so tracks and albums play equally loud, without
// clipping where the peak is known.
#pragma once

#include "core/library/track.h"

namespace refrain {

enum class ReplayGainMode { Off, Track, Album };

// Linear factor in (0, 1]: QAudioOutput cannot amplify, so gains above 0 dB are capped at 1 and
// untagged tracks play as mastered.
double replayGainFactor(const Track &track, ReplayGainMode mode, double preampDb = 0.0);

} // namespace refrain
