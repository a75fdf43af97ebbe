#include "ui/recapcard.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

namespace refrain {

namespace {

// This file's tr(): one context for all its text, the one lupdate files it under, so the
// translations in translations/*.ts are found at run time (lupdate files a free tr() function's
// strings under the enclosing class or namespace, whatever context it passes at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(refrain::RecapCard)
};

const QColor kInk(0xff, 0xf7, 0xf0);
const QColor kAccent(0xff, 0xb8, 0x6b);
const QColor kAccent2(0xff, 0x7a, 0x9c);

QColor faded(QColor colour, int alpha) {
    colour.setAlpha(alpha);
    return colour;
}

QFont cardFont(int pixelSize, int weight = QFont::Normal) {
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixelSize);
    font.setWeight(QFont::Weight(weight));
    return font;
}

// Draws text at (x, top) in one line, elided to width; returns the line's height.
qreal line(QPainter &p, const QFont &font, const QColor &colour, qreal x, qreal top, qreal width,
           const QString &text, Qt::Alignment align = Qt::AlignLeft) {
    const QFontMetricsF fm(font);
    p.setFont(font);
    p.setPen(colour);
    p.drawText(QRectF(x, top, width, fm.height()), align | Qt::AlignVCenter,
               fm.elidedText(text, Qt::ElideRight, width));
    return fm.height();
}

void figure(QPainter &p, qreal x, qreal top, qreal width, const QString &value,
            const QString &caption, int valueSize, const QColor &colour) {
    const qreal h = line(p, cardFont(valueSize, QFont::Bold), colour, x, top, width, value);
    line(p, cardFont(valueSize / 3 + 10), faded(kInk, 190), x, top + h - valueSize * 0.08, width,
         caption);
}

// Five lines of a top list under a heading; returns where it ends.
qreal topList(QPainter &p, qreal x, qreal top, qreal width, const QString &heading,
              const QList<RankedItem> &items, bool withArtist, const QLocale &locale) {
    qreal y = top + line(p, cardFont(28, QFont::Bold), kAccent, x, top, width, heading) + 12;
    const int shown = int(std::min<qsizetype>(5, items.size()));
    if (shown == 0)
        y += line(p, cardFont(28), faded(kInk, 150), x, y, width, Text::tr("Nothing yet"));
    for (int i = 0; i < shown; ++i) {
        const RankedItem &item = items.at(i);
        line(p, cardFont(28, QFont::Bold), faded(kInk, 140), x, y, 44, locale.toString(i + 1));
        const qreal h =
            line(p, cardFont(30, QFont::DemiBold), kInk, x + 46, y, width - 46, item.name);
        if (withArtist && !item.artist.isEmpty()) {
            line(p, cardFont(22), faded(kInk, 175), x + 46, y + h - 5, width - 46, item.artist);
            y += h + 32;
        } else {
            y += h + 20;
        }
    }
    return y;
}

void bars(QPainter &p, const QRectF &area, const Recap &recap, const QLocale &locale) {
    const int count = recap.month == 0 ? 12 : QDate(recap.year, recap.month, 1).daysInMonth();
    qint64 max = 1;
    for (int i = 0; i < count; ++i)
        max = std::max(max, recap.minutesPerPeriod.at(i));
    const qreal labelHeight = 34;
    const qreal pitch = area.width() / count;
    const qreal width = pitch * 0.62;
    const qreal plot = area.height() - labelHeight;
    QLinearGradient fill(0, area.top(), 0, area.top() + plot);
    fill.setColorAt(0, kAccent);
    fill.setColorAt(1, kAccent2);
    for (int i = 0; i < count; ++i) {
        const qreal x = area.left() + pitch * i + (pitch - width) / 2;
        const qreal h = std::max(6.0, plot * double(recap.minutesPerPeriod.at(i)) / double(max));
        QPainterPath path;
        path.addRoundedRect(QRectF(x, area.top() + plot - h, width, h), width / 2.6, width / 2.6);
        p.setPen(Qt::NoPen);
        p.setBrush(recap.minutesPerPeriod.at(i) > 0 ? QBrush(fill) : QBrush(faded(kInk, 40)));
        p.drawPath(path);
        const bool label = recap.month == 0 || i == 0 || (i + 1) % 5 == 0;
        if (label) {
            const QString text = recap.month == 0
                                     ? locale.standaloneMonthName(i + 1, QLocale::NarrowFormat)
                                     : locale.toString(i + 1);
            line(p, cardFont(22), faded(kInk, 170), area.left() + pitch * i - 10,
                 area.top() + plot + 6, pitch + 20, text, Qt::AlignHCenter);
        }
    }
}

QString periodTitle(const Recap &recap, const QLocale &locale) {
    if (recap.month == 0)
        return QString::number(recap.year);
    return locale.standaloneMonthName(recap.month, QLocale::LongFormat) + u' '
           + QString::number(recap.year);
}

} // namespace

QString RecapCard::suggestedFileName(const Recap &recap) {
    const QString period =
        recap.month == 0
            ? QString::number(recap.year)
            : QStringLiteral("%1-%2").arg(recap.year).arg(recap.month, 2, 10, QLatin1Char('0'));
    return Text::tr("Refrain Recap %1").arg(period) + QStringLiteral(".png");
}

QImage RecapCard::render(const Recap &recap, const QLocale &locale) {
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF all(QPointF(0, 0), QSizeF(kSize));

    QLinearGradient background(all.topLeft(), all.bottomRight());
    background.setColorAt(0, QColor(0x1c, 0x17, 0x3d));
    background.setColorAt(0.55, QColor(0x3a, 0x1c, 0x55));
    background.setColorAt(1, QColor(0x6e, 0x22, 0x4f));
    p.fillRect(all, background);
    // Two soft lights for depth.
    QRadialGradient glow(QPointF(900, 170), 420);
    glow.setColorAt(0, faded(kAccent, 70));
    glow.setColorAt(1, faded(kAccent, 0));
    p.fillRect(all, glow);
    QRadialGradient glow2(QPointF(120, 1260), 480);
    glow2.setColorAt(0, faded(kAccent2, 60));
    glow2.setColorAt(1, faded(kAccent2, 0));
    p.fillRect(all, glow2);

    const qreal margin = 80;
    const qreal inner = kSize.width() - margin * 2;
    QFont label = cardFont(24, QFont::Bold);
    label.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    line(p, label, faded(kInk, 200), margin, 72, inner, Text::tr("REFRAIN RECAP"));
    const QString title = periodTitle(recap, locale);
    const int titleSize = recap.month == 0 ? 170 : 110;
    qreal y = 96 + line(p, cardFont(titleSize, QFont::Black), kInk, margin - 8, 96, inner, title);
    y += line(p, cardFont(36), faded(kInk, 220), margin, y - 8, inner,
              recap.month == 0 ? Text::tr("Your year in music") : Text::tr("Your month in music"));

    // The two numbers people compare.
    y += 34;
    figure(p, margin, y, inner / 2, locale.toString(recap.minutes), Text::tr("minutes listened"),
           92, kAccent);
    figure(p, margin + inner / 2, y, inner / 2, locale.toString(recap.listens), Text::tr("listens"),
           92, kInk);

    // Three smaller ones.
    y += 165;
    const qreal third = inner / 3;
    figure(p, margin, y, third, Text::tr("%n days", nullptr, recap.longestStreakDays),
           Text::tr("longest streak"), 48, kInk);
    figure(p, margin + third, y, third, locale.toString(qint64(recap.newArtists.size())),
           Text::tr("new artists"), 48, kInk);
    const QString busiest = recap.busiestDay.isValid()
                                ? locale.toString(recap.busiestDay, QStringLiteral("d MMM"))
                                : QStringLiteral("—");
    figure(p, margin + third * 2, y, third, busiest, Text::tr("busiest day"), 48, kInk);

    // Thin rule, then the top lists side by side, then the bars in what is left.
    y += 112;
    p.setPen(QPen(faded(kInk, 60), 2));
    p.drawLine(QPointF(margin, y), QPointF(margin + inner, y));
    y += 30;
    const qreal half = (inner - 40) / 2;
    const qreal listsEnd = std::max(
        topList(p, margin, y, half, Text::tr("Top artists"), recap.topArtists, false, locale),
        topList(p, margin + half + 40, y, half, Text::tr("Top tracks"), recap.topTracks, true,
                locale));
    const qreal footer = kSize.height() - 64;
    const qreal barsTop = std::min(listsEnd + 24, footer - 120);
    bars(p, QRectF(margin, barsTop, inner, footer - 14 - barsTop), recap, locale);
    line(p, cardFont(22), faded(kInk, 150), margin, footer, inner,
         recap.month == 0 ? Text::tr("Minutes per month · made on this computer by Refrain")
                          : Text::tr("Minutes per day · made on this computer by Refrain"));
    p.end();
    return image;
}

} // namespace refrain
