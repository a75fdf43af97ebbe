// NostalgiaOnThisDay: the "On this day" card — what was played on today's date in earlier years,
// a few songs a year, and a button that plays them as a queue.
#pragma once

#include "core/history/recap.h"
#include "ui/nostalgiacard.h"

class QPushButton;

namespace refrain {

class NostalgiaOnThisDay : public NostalgiaCard {
    Q_OBJECT
public:
    explicit NostalgiaOnThisDay(QWidget *parent = nullptr);

    void setDays(const QList<OnThisDayYear> &years, const QDate &today);
    QPushButton *playButton() const { return m_play; }
    // "3 years ago" for a year `yearsAgo` back.
    static QString yearsAgoText(int yearsAgo);

Q_SIGNALS:
    void playRequested();

private:
    QPushButton *m_play;
    QWidget *m_rows = nullptr;
};

} // namespace refrain
