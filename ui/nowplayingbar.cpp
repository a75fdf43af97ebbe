#include "ui/nowplayingbar.h"

#include "core/library/track.h"
#include "core/model/playermodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace refrain {

namespace {

QToolButton *transportButton(QWidget *parent, QStyle::StandardPixmap icon, const QString &name) {
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setIconSize(QSize(24, 24));
    button->setAutoRaise(true);
    button->setToolTip(name);
    button->setAccessibleName(name); // icon-only: screen readers need the word
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

NowPlayingBar::NowPlayingBar(PlayerModel *player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_previous(transportButton(this, QStyle::SP_MediaSkipBackward, tr("Previous")))
    , m_playPause(transportButton(this, QStyle::SP_MediaPlay, tr("Play")))
    , m_next(transportButton(this, QStyle::SP_MediaSkipForward, tr("Next")))
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_total(new QLabel(this))
    , m_volume(new QSlider(Qt::Horizontal, this)) {
    setObjectName(QStringLiteral("nowPlayingBar"));
    m_playPause->setObjectName(QStringLiteral("playPauseButton"));
    m_playPause->setIconSize(QSize(32, 32));
    m_title->setObjectName(QStringLiteral("nowPlayingTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setMinimumWidth(200);
    m_note->setObjectName(QStringLiteral("sourceNoteLabel"));
    m_note->setTextFormat(Qt::PlainText); // the reason may come from a status feed
    // Its own line under the title, shown only when something happened, so it is never squeezed
    // out by a long title; elided rather than widening the bar: the tooltip has the rest.
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->installEventFilter(this);
    m_note->hide();
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setAccessibleName(tr("Position"));
    m_seek->setRange(0, 0);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setMaximumWidth(120);
    m_volume->setValue(m_player->volumePercent());
    for (QLabel *label : {m_elapsed, m_total}) {
        label->setText(formatDuration(0));
        label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")));
        label->setAlignment(Qt::AlignCenter);
    }

    auto *seekRow = new QHBoxLayout;
    seekRow->addWidget(m_elapsed);
    seekRow->addWidget(m_seek, 1);
    seekRow->addWidget(m_total);
    auto *middle = new QVBoxLayout;
    middle->setSpacing(2);
    middle->addWidget(m_title);
    middle->addWidget(m_note);
    middle->addLayout(seekRow);

    auto *volumeIcon = new QLabel(this);
    volumeIcon->setPixmap(style()->standardIcon(QStyle::SP_MediaVolume).pixmap(16, 16));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_previous);
    layout->addWidget(m_playPause);
    layout->addWidget(m_next);
    layout->addSpacing(8);
    layout->addLayout(middle, 1);
    layout->addSpacing(8);
    layout->addWidget(volumeIcon);
    layout->addWidget(m_volume);

    connect(m_previous, &QToolButton::clicked, m_player, &PlayerModel::previous);
    connect(m_playPause, &QToolButton::clicked, m_player, &PlayerModel::togglePlayPause);
    connect(m_next, &QToolButton::clicked, m_player, &PlayerModel::next);
    connect(m_volume, &QSlider::valueChanged, m_player, &PlayerModel::setVolumePercent);
    // Seek when the person lets go (or clicks/keys), not on every pixel of a drag.
    connect(m_seek, &QSlider::sliderPressed, this, [this] { m_seeking = true; });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        m_seeking = false;
        m_player->seek(m_seek->value());
    });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            m_player->seek(m_seek->sliderPosition());
    });
    connect(m_seek, &QSlider::sliderMoved, this,
            [this](int value) { m_elapsed->setText(formatDuration(value)); });

    connect(m_player, &PlayerModel::stateChanged, this, &NowPlayingBar::refreshState);
    connect(m_player, &PlayerModel::positionChanged, this, &NowPlayingBar::refreshPosition);
    connect(m_player, &PlayerModel::durationChanged, this, &NowPlayingBar::refreshDuration);
    connect(m_player, &PlayerModel::sourceNoteChanged, this, &NowPlayingBar::showNote);
    refreshState();
    showNote(m_player->sourceNote());
}

void NowPlayingBar::showNote(const QString &text) {
    m_noteText = text;
    m_note->setToolTip(text);
    m_note->setAccessibleDescription(text);
    m_note->setVisible(!text.isEmpty());
    elideNote();
}

void NowPlayingBar::elideNote() {
    m_note->setText(
        m_note->fontMetrics().elidedText(m_noteText, Qt::ElideRight, std::max(0, m_note->width())));
}

bool NowPlayingBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_note && event->type() == QEvent::Resize)
        elideNote();
    return QWidget::eventFilter(watched, event);
}

void NowPlayingBar::refreshState() {
    const bool playing = m_player->isPlaying();
    m_playPause->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const QString action = playing ? tr("Pause") : tr("Play");
    m_playPause->setToolTip(action + QStringLiteral(" (Space)"));
    m_playPause->setAccessibleName(action);
    m_playPause->setEnabled(m_player->canPlay());
    m_previous->setEnabled(m_player->canGoPrevious());
    m_next->setEnabled(m_player->canGoNext());
    const QString text = m_player->nowPlayingText();
    const QString shown = text.isEmpty() ? tr("Nothing playing") : text;
    if (m_title->text() != shown) {
        m_title->setText(shown);
        setFirstHeard({}); // it was about the song before
    }
    m_seek->setEnabled(m_player->hasCurrent());
    refreshDuration(m_player->duration());
}

void NowPlayingBar::refreshPosition(qint64 positionMs) {
    if (m_seeking)
        return;
    m_seek->blockSignals(true);
    m_seek->setValue(int(std::min<qint64>(positionMs, std::numeric_limits<int>::max())));
    m_seek->blockSignals(false);
    m_elapsed->setText(formatDuration(positionMs));
}

void NowPlayingBar::refreshDuration(qint64 durationMs) {
    m_seek->setRange(0, int(std::min<qint64>(durationMs, std::numeric_limits<int>::max())));
    m_seek->setSingleStep(5000);
    m_seek->setPageStep(30000);
    m_total->setText(formatDuration(durationMs));
}

void NowPlayingBar::setFirstHeard(const QString &sentence) {
    m_title->setToolTip(sentence);
    m_title->setAccessibleDescription(sentence);
}

} // namespace refrain
