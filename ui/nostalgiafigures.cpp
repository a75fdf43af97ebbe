#include "ui/nostalgiafigures.h"

#include "ui/nostalgiatext.h"

#include "ui/formlabels.h"
#include "ui/nostalgiacard.h"
#include "ui/nostalgiachart.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>
#include <QVBoxLayout>

namespace refrain {

NostalgiaFigures::NostalgiaFigures(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(fontMetrics().height() * 3 / 4);
    static const std::array<const char *, FigureCount> names = {
        "listensFigure",    "minutesFigure",     "streakFigure",
        "busiestDayFigure", "busiestHourFigure", "newArtistsFigure"};
    for (int i = 0; i < FigureCount; ++i) {
        Tile &tile = m_tiles.at(i);
        tile.card = new NostalgiaCard(QString(), this);
        tile.card->headingLabel()->hide();
        tile.card->setObjectName(QString::fromLatin1(names.at(i)));
        tile.value = plainTextLabel(tile.card);
        tile.value->setWordWrap(false);
        tile.value->setObjectName(QString::fromLatin1(names.at(i)) + QStringLiteral("Value"));
        tile.value->setFont(NostalgiaCard::headingFont(font(), 1.9));
        tile.value->setForegroundRole(QPalette::Text);
        tile.caption = plainTextLabel(tile.card);
        tile.caption->setWordWrap(false); // a tile grows or the tiles reflow; never overlap
        tile.caption->setObjectName(QString::fromLatin1(names.at(i)) + QStringLiteral("Caption"));
        NostalgiaCard::makeSecondary(tile.caption);
        tile.card->contentLayout()->setSpacing(2);
        tile.card->contentLayout()->addWidget(tile.value);
        tile.card->contentLayout()->addWidget(tile.caption);
        tile.card->contentLayout()->addStretch(1);
        tile.card->setFocusPolicy(Qt::NoFocus);
    }
    reflow();
}

QString NostalgiaFigures::dayMonthText(const QDate &date) {
    const QLocale locale;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression noise(
        QStringLiteral("d{4}[,\\s]*|[,\\s]*d{4}|[,\\s]*y+\\.?|y+[,\\s]*"));
    format.remove(noise);
    return locale.toString(date, format.trimmed());
}

void NostalgiaFigures::set(Figure figure, const QString &value, const QString &caption) {
    Tile &tile = m_tiles.at(figure);
    tile.value->setText(value);
    tile.caption->setText(caption);
    tile.card->setAccessibleName(caption + QStringLiteral(": ") + value);
}

void NostalgiaFigures::setRecap(const Recap &r) {
    const QLocale locale;
    set(Listens, locale.toString(r.listens), tr("listens"));
    set(Minutes, locale.toString(r.minutes),
        r.minutes >= 60 ? tr("minutes · %1").arg(tr("%n hours", nullptr, int(r.minutes / 60)))
                        : tr("minutes"));
    set(Streak, tr("%n days", nullptr, r.longestStreakDays), tr("longest streak"));
    // When it was, for a look (a tile's caption stays short so six fit in a row).
    const QString streakTip =
        r.longestStreakDays > 0 && r.longestStreakStart.isValid()
            ? tr("Every day from %1 to %2")
                  .arg(dayMonthText(r.longestStreakStart),
                       dayMonthText(r.longestStreakStart.addDays(r.longestStreakDays - 1)))
            : QString();
    m_tiles.at(Streak).card->setToolTip(streakTip);
    if (!streakTip.isEmpty())
        m_tiles.at(Streak).card->setAccessibleName(tr("longest streak") + QStringLiteral(": ")
                                                   + valueLabel(Streak)->text()
                                                   + QStringLiteral(", ") + streakTip);
    if (r.busiestDay.isValid())
        set(BusiestDay, dayMonthText(r.busiestDay),
            tr("busiest day · %1").arg(tr("%n listens", nullptr, int(r.busiestDayListens))));
    else
        set(BusiestDay, QStringLiteral("—"), tr("busiest day"));
    if (r.busiestHour >= 0)
        set(BusiestHour, nostalgiaHourText(r.busiestHour, locale),
            tr("busiest hour · %1").arg(tr("%n listens", nullptr, int(r.busiestHourListens))));
    else
        set(BusiestHour, QStringLiteral("—"), tr("busiest hour"));
    set(NewArtists, locale.toString(qint64(r.newArtists.size())), tr("new artists"));
    // The names, as typed (never markup), for a look without leaving the page.
    const QStringList firstNames = r.newArtists.mid(0, 12);
    QString tip = firstNames.join(u'\n');
    if (r.newArtists.size() > firstNames.size())
        tip += u'\n' + tr("and %n more", nullptr, int(r.newArtists.size() - firstNames.size()));
    m_tiles.at(NewArtists).card->setToolTip(tip.isEmpty() ? QString() : plainToolTip(tip));
}

void NostalgiaFigures::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    reflow();
}

void NostalgiaFigures::reflow() {
    int widest = 0;
    for (const Tile &tile : m_tiles)
        widest = std::max(widest, tile.card->minimumSizeHint().width());
    widest = std::max(widest, fontMetrics().height() * 9);
    const int spacing = m_grid->spacing();
    const int fit = std::max(1, (width() + spacing) / (widest + spacing));
    // 6, 3 or 2 columns keep the rows even.
    const int columns = fit >= 6 ? 6 : fit >= 3 ? 3 : fit >= 2 ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const Tile &tile : m_tiles)
        m_grid->removeWidget(tile.card);
    for (int i = 0; i < FigureCount; ++i)
        m_grid->addWidget(m_tiles.at(i).card, i / columns, i % columns);
    for (int c = 0; c < 6; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace refrain
