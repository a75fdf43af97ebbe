// NostalgiaModel: what the Nostalgia page shows — the recap of a chosen year or month, the years
// that have listens, what was played on this day in earlier years, "first heard" sentences and
// at most one anniversary notification a day. Every question is answered on the database thread
// (through the runner the app gives) and delivered here, on the UI thread. No widgets.
#pragma once

#include "core/history/anniversary.h"
#include "core/history/recap.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QTimer>
#include <QTimeZone>

#include <functional>

namespace refrain {

class Database;

class NostalgiaModel : public QObject {
    Q_OBJECT
    // The app keeps this between runs (in its settings) so a restart never notifies twice a day.
    Q_PROPERTY(QDate lastAnniversaryDate READ lastAnniversaryDate WRITE setLastAnniversaryDate
                   NOTIFY lastAnniversaryDateChanged)
    Q_PROPERTY(bool anniversariesEnabled READ anniversariesEnabled WRITE setAnniversariesEnabled)
public:
    using DatabaseRunner = std::function<void(std::function<void(Database &)>)>;
    using Clock = std::function<QDateTime()>;

    explicit NostalgiaModel(DatabaseRunner runner, QObject *parent = nullptr);

    // "Today" is the clock's now in the zone. Tests set both; the app keeps the defaults (the
    // system clock and time zone). Neither reads anything again: refresh() does.
    void setClock(Clock clock);
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    QDate today() const;

    // The period: a year, or one month of it (1–12; 0: the whole year). Until someone chooses,
    // the newest year with listens. Changing it reads its recap (recapChanged follows).
    int year() const { return m_year; }
    int month() const { return m_month; }
    void setPeriod(int year, int month = 0);

    // As of the last answers.
    bool isLoaded() const { return m_loaded; } // the first refresh has answered
    bool hasListens() const { return !m_years.isEmpty(); }
    const QList<int> &years() const { return m_years; } // newest first
    bool isRecapCurrent() const; // the recap is the chosen period's (not an older one's)
    const Recap &recap() const { return m_recap; }
    const QList<OnThisDayYear> &onThisDay() const { return m_onThisDay; }
    QDate onThisDayDate() const { return m_onThisDayDate; }
    // On this day's listens as a queue: newest year first, each song once a year, in time order.
    ListenList onThisDayQueue() const;

    // Reads the years, the recap and "on this day" again, then looks for an anniversary. The app
    // calls it when listens change (a play recorded, an import finished).
    void refresh();

    // Asks when a track (or, with an empty title, an artist) was first heard; the answer comes as
    // firstHeardFound, with an empty sentence when it never was.
    void firstHeard(const QString &artist, const QString &title = {});
    // "First heard 14 March 2019": the locale's long date without the weekday.
    static QString firstHeardSentence(const QDate &date, const QLocale &locale = QLocale());
    // "A year ago today you first heard Björk" / "5 years ago today you first heard …".
    static QString anniversaryText(const Anniversary &anniversary);

    bool anniversariesEnabled() const { return m_anniversariesEnabled; }
    void setAnniversariesEnabled(bool enabled);
    // The last day an anniversary was announced; none again until the next day.
    QDate lastAnniversaryDate() const { return m_lastAnniversary; }
    void setLastAnniversaryDate(const QDate &date);
    // Looks for today's anniversary unless one was announced today (refresh and the change of
    // day call it; tests too, after moving the clock).
    void checkAnniversary();

Q_SIGNALS:
    void periodChanged();
    void yearsChanged();
    void recapChanged();
    void onThisDayChanged();
    void firstHeardFound(const QString &artist, const QString &title, const QString &sentence);
    void anniversary(const QString &text);
    void lastAnniversaryDateChanged(const QDate &date);
    // A question could not be answered (a database error): one sentence for an inline notice.
    void notice(const QString &text);

private:
    struct Snapshot;
    void loadRecap();
    void apply(Snapshot snapshot);
    void applyRecap(quint64 request, Result<Recap> recap);
    void noticeDayChange();

    DatabaseRunner m_runner;
    Clock m_clock;
    QTimeZone m_zone;
    QTimer m_dayCheck;

    int m_year = 0; // 0: not chosen yet
    int m_month = 0;
    bool m_yearChosen = false;
    bool m_loaded = false;
    QList<int> m_years;
    Recap m_recap;
    quint64 m_recapRequest = 0; // the newest asked for; older answers are dropped
    quint64 m_recapShown = 0;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    QList<OnThisDayYear> m_onThisDay;
    QDate m_onThisDayDate;

    bool m_anniversariesEnabled = true;
    bool m_checkingAnniversary = false;
    QDate m_lastAnniversary;
};

} // namespace refrain
