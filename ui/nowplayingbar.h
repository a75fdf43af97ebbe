// NowPlayingBar: transport buttons, what is playing, the seek slider with elapsed and total time,
// and the volume — bound to the PlayerModel.
#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace refrain {

class PlayerModel;

class NowPlayingBar : public QWidget {
    Q_OBJECT
public:
    explicit NowPlayingBar(PlayerModel *player, QWidget *parent = nullptr);

    QToolButton *playPauseButton() const { return m_playPause; }
    QSlider *seekSlider() const { return m_seek; }
    QLabel *elapsedLabel() const { return m_elapsed; }
    QLabel *titleLabel() const { return m_title; }

private:
    void refreshState();
    void refreshPosition(qint64 positionMs);
    void refreshDuration(qint64 durationMs);

    PlayerModel *m_player;
    QToolButton *m_previous;
    QToolButton *m_playPause;
    QToolButton *m_next;
    QLabel *m_title;
    QLabel *m_elapsed;
    QSlider *m_seek;
    QLabel *m_total;
    QSlider *m_volume;
    bool m_seeking = false;
};

} // namespace refrain
