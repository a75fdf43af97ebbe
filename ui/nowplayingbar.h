// NowPlayingBar: transport buttons, what is playing (and, in one line, why it is not as asked —
// a downloaded copy standing in for a stalled stream, a skipped song), the seek slider with
// elapsed and total time, and the volume — bound to the PlayerModel.
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
    // The source note: elided to fit, the whole line in its tooltip; hidden when there is none.
    QLabel *noteLabel() const { return m_note; }
    // What history says about the song playing ("First heard 14 March 2019"), as the title's
    // tooltip; cleared when the song changes.
    void setFirstHeard(const QString &sentence);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showNote(const QString &text);
    void elideNote();
    void refreshState();
    void refreshPosition(qint64 positionMs);
    void refreshDuration(qint64 durationMs);
    // The elapsed time and the slider's spoken value follow the position, second by second.
    void showPosition(qint64 positionMs);
    void showVolume(int percent);

    PlayerModel *m_player;
    QToolButton *m_previous;
    QToolButton *m_playPause;
    QToolButton *m_next;
    QLabel *m_title;
    QLabel *m_note;
    QString m_noteText;
    QLabel *m_elapsed;
    QSlider *m_seek;
    QLabel *m_total;
    QSlider *m_volume;
    bool m_seeking = false;
};

} // namespace refrain
