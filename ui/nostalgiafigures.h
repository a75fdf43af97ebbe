// NostalgiaFigures: the headline numbers of a recap as tiles — listens, minutes and hours, the
// longest streak, the busiest day and hour, new artists — that reflow into fewer columns when the
// page is narrow or the text is large.
#pragma once

#include "core/history/recap.h"

#include <QWidget>

#include <array>

class QGridLayout;
class QLabel;

namespace refrain {

class NostalgiaCard;

class NostalgiaFigures : public QWidget {
    Q_OBJECT
public:
    enum Figure { Listens, Minutes, Streak, BusiestDay, BusiestHour, NewArtists, FigureCount };

    explicit NostalgiaFigures(QWidget *parent = nullptr);

    void setRecap(const Recap &recap);
    QLabel *valueLabel(Figure figure) const { return m_tiles.at(figure).value; }
    QLabel *captionLabel(Figure figure) const { return m_tiles.at(figure).caption; }

    // "14 March": the locale's long date without weekday and year.
    static QString dayMonthText(const QDate &date);

    bool hasHeightForWidth() const override { return false; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Tile {
        NostalgiaCard *card = nullptr;
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
    };
    void set(Figure figure, const QString &value, const QString &caption);
    void reflow();

    std::array<Tile, FigureCount> m_tiles;
    QGridLayout *m_grid;
    int m_columns = 0;
};

} // namespace refrain
