// albumKey: the identity under which an album's cover is found, cached and shared by its tracks.
#pragma once

#include "core/library/track.h"

#include <QString>

namespace refrain {

// Case-folded, NFC "album artist (or artist) \x1f album", so "ABBA"/"Abba" and composed/decomposed
// accents share one cover. A track without an album tag is keyed by its folder instead, because
// that is where its folder image lives and how untagged rips are grouped. Empty for a non-local
// track without an album: there is nothing to group it by.
QString albumKey(const Track &t);

} // namespace refrain
