#include "ui/nowplayingbar.h"

#include "core/library/track.h"
#include "core/model/playermodel.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QAccessibleWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace refrain {

namespace {

// The words a screen reader says for a slider's value ("1:23 of 4:05", "80 %"): without them it
// reads the position as a bare count of milliseconds.
constexpr auto kValueTextProperty = "refrainAccessibleValue";

class WordedSliderAccessible : public QAccessibleWidget, public QAccessibleValueInterface {
public:
    explicit WordedSliderAccessible(QSlider *slider)
        : QAccessibleWidget(slider, QAccessible::Slider) {}

    void *interface_cast(QAccessible::InterfaceType type) override {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }
    QString text(QAccessible::Text t) const override {
        if (t == QAccessible::Value)
            return slider()->property(kValueTextProperty).toString();
        return QAccessibleWidget::text(t);
    }
    QVariant currentValue() const override { return slider()->value(); }
    // Moves as a key press would, so the bar seeks (or sets the volume) the same way.
    void setCurrentValue(const QVariant &value) override {
        slider()->setSliderPosition(value.toInt());
        slider()->triggerAction(QAbstractSlider::SliderNoAction);
    }
    QVariant maximumValue() const override { return slider()->maximum(); }
    QVariant minimumValue() const override { return slider()->minimum(); }
    QVariant minimumStepSize() const override { return slider()->singleStep(); }

private:
    QSlider *slider() const { return static_cast<QSlider *>(widget()); }
};

QAccessibleInterface *wordedSliderFactory(const QString &, QObject *object) {
    auto *slider = qobject_cast<QSlider *>(object);
    if (slider && slider->property(kValueTextProperty).isValid())
        return new WordedSliderAccessible(slider);
    return nullptr;
}

void setValueText(QSlider *slider, const QString &text) {
    static const bool installed = [] {
        QAccessible::installFactory(wordedSliderFactory);
        return true;
    }();
    Q_UNUSED(installed)
    slider->setProperty(kValueTextProperty, text);
}

QToolButton *transportButton(QWidget *parent, QStyle::StandardPixmap icon, const QString &name,
                             const QString &shortcut) {
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setIconSize(QSize(24, 24));
    button->setAutoRaise(true);
    button->setToolTip(name + QStringLiteral(" (") + shortcut + QLatin1Char(')'));
    button->setAccessibleName(name); // icon-only: screen readers need the word
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

NowPlayingBar::NowPlayingBar(PlayerModel *player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_previous(
          transportButton(this, QStyle::SP_MediaSkipBackward, tr("Previous"),
                          QKeySequence(Qt::CTRL | Qt::Key_Left).toString(QKeySequence::NativeText)))
    , m_playPause(transportButton(this, QStyle::SP_MediaPlay, tr("Play"),
                                  QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)))
    , m_next(transportButton(
          this, QStyle::SP_MediaSkipForward, tr("Next"),
          QKeySequence(Qt::CTRL | Qt::Key_Right).toString(QKeySequence::NativeText)))
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_total(new QLabel(this))
    , m_volume(new QSlider(Qt::Horizontal, this)) {
    setObjectName(QStringLiteral("nowPlayingBar"));
    // Before anything else touches the sliders: Qt makes (and keeps) a slider's accessible
    // interface at the first change it reports, and ours must be the one made.
    setValueText(m_seek, tr("%1 of %2").arg(formatDuration(0), formatDuration(0)));
    setValueText(m_volume, {});
    m_playPause->setObjectName(QStringLiteral("playPauseButton"));
    m_playPause->setIconSize(QSize(32, 32));
    m_title->setObjectName(QStringLiteral("nowPlayingTitle"));
    m_title->setTextFormat(Qt::PlainText);
    // Room for a short title in any font size; fixed pixels would clip large fonts.
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 24);
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
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setMaximumWidth(m_volume->fontMetrics().averageCharWidth() * 15);
    m_volume->setValue(m_player->volumePercent());
    showVolume(m_volume->value());
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
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    volumeIcon->setPixmap(style()->standardIcon(QStyle::SP_MediaVolume).pixmap(iconSize, iconSize));

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
    connect(m_volume, &QSlider::valueChanged, this, &NowPlayingBar::showVolume);
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
    connect(m_seek, &QSlider::sliderMoved, this, &NowPlayingBar::showPosition);

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
    m_playPause->setToolTip(action + QStringLiteral(" (")
                            + QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)
                            + QLatin1Char(')'));
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
    showPosition(positionMs);
}

void NowPlayingBar::showPosition(qint64 positionMs) {
    const QString elapsed = formatDuration(positionMs);
    if (elapsed == m_elapsed->text() && m_seek->property(kValueTextProperty).isValid())
        return; // a new second is news, a new millisecond is not
    m_elapsed->setText(elapsed);
    setValueText(m_seek, tr("%1 of %2").arg(elapsed, m_total->text()));
}

void NowPlayingBar::showVolume(int percent) {
    const QString text = tr("%1 %").arg(percent);
    setValueText(m_volume, text);
    m_volume->setToolTip(tr("Volume: %1").arg(text));
}

void NowPlayingBar::refreshDuration(qint64 durationMs) {
    m_seek->setRange(0, int(std::min<qint64>(durationMs, std::numeric_limits<int>::max())));
    m_seek->setSingleStep(5000);
    m_seek->setPageStep(30000);
    m_total->setText(formatDuration(durationMs));
    setValueText(m_seek, tr("%1 of %2").arg(m_elapsed->text(), m_total->text()));
}

void NowPlayingBar::setFirstHeard(const QString &sentence) {
    m_title->setToolTip(sentence);
    m_title->setAccessibleDescription(sentence);
}

} // namespace refrain
