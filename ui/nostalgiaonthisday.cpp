#include "ui/nostalgiaonthisday.h"

#include "ui/formlabels.h"
#include "ui/nostalgiafigures.h"

#include "core/history/listenkey.h"

#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace refrain {

namespace {

// Enough to jog the memory without turning the card into a list.
constexpr int kYearsShown = 4;
constexpr int kSongsPerYear = 4;

// "Jolene — Dolly Parton · Hounds of Love — Kate Bush (3×) and 5 more".
QString songsText(const ListenList &listens) {
    QStringList keys;
    QHash<QString, int> plays;
    QHash<QString, QString> names;
    for (const Listen &l : listens) {
        const QString key = listenkey::normalize(l.artist) + u'\n' + listenkey::normalize(l.title);
        if (!plays.contains(key)) {
            keys.append(key);
            names.insert(key, l.title + QStringLiteral(" — ") + l.artist);
        }
        ++plays[key];
    }
    QStringList shown;
    for (int i = 0; i < std::min<qsizetype>(kSongsPerYear, keys.size()); ++i) {
        const QString &key = keys.at(i);
        QString text = names.value(key);
        if (plays.value(key) > 1)
            text += NostalgiaOnThisDay::tr(" (%1×)").arg(plays.value(key));
        shown.append(text);
    }
    QString text = shown.join(QStringLiteral("  ·  "));
    if (keys.size() > kSongsPerYear)
        text += QStringLiteral("  ")
                + NostalgiaOnThisDay::tr("and %n more", nullptr, int(keys.size() - kSongsPerYear));
    return text;
}

} // namespace

NostalgiaOnThisDay::NostalgiaOnThisDay(QWidget *parent)
    : NostalgiaCard(tr("On this day"), parent) {
    setObjectName(QStringLiteral("onThisDayCard"));
    setAccessibleName(tr("On this day"));
    m_play = new QPushButton(tr("Play These"), this);
    m_play->setObjectName(QStringLiteral("playOnThisDayButton"));
    m_play->setAutoDefault(false);
    m_play->setToolTip(tr("Play the songs of this day in earlier years"));
    headerLayout()->addWidget(m_play);
    connect(m_play, &QPushButton::clicked, this, &NostalgiaOnThisDay::playRequested);
}

QString NostalgiaOnThisDay::yearsAgoText(int yearsAgo) {
    if (yearsAgo == 1)
        return tr("A year ago");
    return tr("%n years ago", nullptr, yearsAgo);
}

void NostalgiaOnThisDay::setDays(const QList<OnThisDayYear> &years, const QDate &today) {
    setSubheading(NostalgiaFigures::dayMonthText(today));
    delete m_rows;
    m_rows = new QWidget(this);
    auto *grid = new QGridLayout(m_rows);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(fontMetrics().height() * 3 / 2);
    grid->setVerticalSpacing(fontMetrics().height() / 2);
    grid->setColumnStretch(1, 1);
    int row = 0;
    QStringList spoken;
    for (const OnThisDayYear &year : years) {
        if (row == kYearsShown)
            break;
        const QString ago = yearsAgoText(today.year() - year.year);
        QLabel *when = plainTextLabel(m_rows, ago);
        when->setObjectName(QStringLiteral("onThisDayYear"));
        when->setWordWrap(false);
        when->setForegroundRole(QPalette::Text);
        QFont bold = when->font();
        bold.setBold(true);
        when->setFont(bold);
        QLabel *yearLabel = plainTextLabel(m_rows, QString::number(year.year));
        yearLabel->setWordWrap(false);
        makeSecondary(yearLabel);
        auto *whenBox = new QVBoxLayout;
        whenBox->setSpacing(0);
        whenBox->addWidget(when);
        whenBox->addWidget(yearLabel);
        const QString songs = songsText(year.listens);
        QLabel *songsLabel = plainTextLabel(m_rows, songs);
        songsLabel->setObjectName(QStringLiteral("onThisDaySongs"));
        songsLabel->setForegroundRole(QPalette::Text);
        grid->addLayout(whenBox, row, 0, Qt::AlignTop);
        grid->addWidget(songsLabel, row, 1, Qt::AlignTop);
        spoken.append(ago + QStringLiteral(" (") + QString::number(year.year)
                      + QStringLiteral("): ") + songs);
        ++row;
    }
    if (years.size() > kYearsShown) {
        QLabel *more = plainTextLabel(
            m_rows, tr("and %n earlier years", nullptr, int(years.size()) - kYearsShown));
        makeSecondary(more);
        grid->addWidget(more, row, 1);
    }
    contentLayout()->addWidget(m_rows);
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    m_play->setEnabled(!years.isEmpty());
}

} // namespace refrain
