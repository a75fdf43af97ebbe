// RecapCard: a year (or month) of listening as one shareable picture — 1080×1350, the size
// social apps show uncropped — painted with QPainter from a Recap, with no network and no
// artwork. Its colours are its own, so the card looks the same whatever theme made it.
#pragma once

#include "core/history/recap.h"

#include <QImage>
#include <QLocale>
#include <QSize>

namespace refrain {

class RecapCard {
public:
    static constexpr QSize kSize{1080, 1350};

    // Paints the card; safe on any thread (it draws into a QImage only).
    static QImage render(const Recap &recap, const QLocale &locale = QLocale());
    // "Refrain Recap 2024.png" / "Refrain Recap 2024-03.png".
    static QString suggestedFileName(const Recap &recap);
};

} // namespace refrain
