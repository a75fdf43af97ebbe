#include "core/model/nostalgiamodel.h"

#include "core/history/listenkey.h"

#include <QMetaObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace refrain {

namespace {

// How often the model looks whether the day changed (a computer asleep over midnight wakes up
// to a timer that is late, so a long single shot to midnight would be unreliable).
constexpr int kDayCheckMs = 5 * 60'000;

// The locale's long date format without the weekday: "dddd, d MMMM yyyy" → "d MMMM yyyy".
QString longDateWithoutWeekday(const QLocale &locale) {
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,\\s]*|[,\\s]*d{4}"));
    format.remove(weekday);
    return format.trimmed();
}

} // namespace

struct NostalgiaModel::Snapshot {
    quint64 recapRequest = 0;
    int year = 0;
    QDate date;
    std::optional<Error> error;
    QList<int> years;
    std::optional<Result<Recap>> recap;
    QList<OnThisDayYear> onThisDay;
};

NostalgiaModel::NostalgiaModel(DatabaseRunner runner, QObject *parent)
    : QObject(parent)
    , m_runner(std::move(runner))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_zone(QTimeZone::systemTimeZone()) {
    m_dayCheck.setInterval(kDayCheckMs);
    connect(&m_dayCheck, &QTimer::timeout, this, &NostalgiaModel::noticeDayChange);
    m_dayCheck.start();
}

void NostalgiaModel::setClock(Clock clock) {
    m_clock = std::move(clock);
}

void NostalgiaModel::setTimeZone(const QTimeZone &zone) {
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QDate NostalgiaModel::today() const {
    return m_clock().toTimeZone(m_zone).date();
}

void NostalgiaModel::setPeriod(int year, int month) {
    month = std::clamp(month, 0, 12);
    const bool same = m_yearChosen && year == m_year && month == m_month;
    m_yearChosen = true;
    if (same)
        return;
    m_year = year;
    m_month = month;
    Q_EMIT periodChanged();
    loadRecap();
}

bool NostalgiaModel::isRecapCurrent() const {
    return m_recapRequest > 0 && m_recapShown == m_recapRequest;
}

ListenList NostalgiaModel::onThisDayQueue() const {
    ListenList out;
    for (const OnThisDayYear &year : m_onThisDay) {
        QSet<QString> seen;
        for (const Listen &listen : year.listens) {
            const QString key =
                listenkey::normalize(listen.artist) + u'\n' + listenkey::normalize(listen.title);
            if (!seen.contains(key)) {
                seen.insert(key);
                out.append(listen);
            }
        }
    }
    return out;
}

void NostalgiaModel::refresh() {
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    Snapshot job;
    job.recapRequest = ++m_recapRequest;
    job.year = m_yearChosen ? m_year : 0;
    job.date = today();
    const int month = m_month;
    const QTimeZone zone = m_zone;
    m_runner([self = QPointer<NostalgiaModel>(this), snap = std::move(job), month,
              zone](Database &db) mutable {
        auto years = yearsWithListens(db, zone);
        auto days = refrain::onThisDay(db, snap.date, zone);
        if (!years || !days) {
            snap.error = !years ? years.error() : days.error();
        } else {
            snap.years = years.value();
            snap.onThisDay = days.value();
            if (snap.year == 0)
                snap.year = snap.years.isEmpty() ? snap.date.year() : snap.years.first();
            snap.recap = computeRecap(db, snap.year, month, zone);
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, snap = std::move(snap)]() mutable {
                if (self)
                    self->apply(std::move(snap));
            },
            Qt::QueuedConnection);
    });
}

void NostalgiaModel::apply(Snapshot snap) {
    m_refreshing = false;
    if (snap.error) {
        Q_EMIT notice(snap.error->message);
    } else {
        const bool firstAnswer = !m_loaded;
        m_loaded = true;
        if (firstAnswer || snap.years != m_years) {
            m_years = snap.years;
            Q_EMIT yearsChanged();
        }
        if (!m_yearChosen && snap.year != m_year) {
            m_year = snap.year;
            Q_EMIT periodChanged();
        }
        m_onThisDay = std::move(snap.onThisDay);
        m_onThisDayDate = snap.date;
        Q_EMIT onThisDayChanged();
        if (snap.recap)
            applyRecap(snap.recapRequest, std::move(*snap.recap));
        checkAnniversary();
    }
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void NostalgiaModel::loadRecap() {
    const quint64 request = ++m_recapRequest;
    const int year = m_year;
    const int month = m_month;
    const QTimeZone zone = m_zone;
    m_runner([self = QPointer<NostalgiaModel>(this), request, year, month, zone](Database &db) {
        Result<Recap> recap = computeRecap(db, year, month, zone);
        QMetaObject::invokeMethod(
            self.data(),
            [self, request, recap = std::move(recap)]() mutable {
                if (self)
                    self->applyRecap(request, std::move(recap));
            },
            Qt::QueuedConnection);
    });
}

void NostalgiaModel::applyRecap(quint64 request, Result<Recap> recap) {
    if (request != m_recapRequest)
        return; // the period changed since; its own answer is on the way
    if (!recap) {
        Q_EMIT notice(recap.error().message);
        return;
    }
    m_recap = std::move(recap).value();
    m_recapShown = request;
    Q_EMIT recapChanged();
}

void NostalgiaModel::firstHeard(const QString &artist, const QString &title) {
    const QTimeZone zone = m_zone;
    m_runner([self = QPointer<NostalgiaModel>(this), artist, title, zone](Database &db) {
        auto found = firstListen(db, artist, title, {}, zone);
        std::optional<QDate> date;
        std::optional<Error> error;
        if (!found)
            error = found.error();
        else if (found.value())
            date = found.value()->localDate;
        QMetaObject::invokeMethod(
            self.data(),
            [self, artist, title, date, error] {
                if (!self)
                    return;
                if (error)
                    Q_EMIT self->notice(error->message);
                Q_EMIT self->firstHeardFound(artist, title,
                                             date ? firstHeardSentence(*date) : QString());
            },
            Qt::QueuedConnection);
    });
}

QString NostalgiaModel::firstHeardSentence(const QDate &date, const QLocale &locale) {
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // The exact phrase for English, whatever the country's order of day and month.
        return QStringLiteral("First heard ")
               + QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
    }
    return tr("First heard %1").arg(locale.toString(date, longDateWithoutWeekday(locale)));
}

QString NostalgiaModel::anniversaryText(const Anniversary &a) {
    if (a.yearsAgo == 1)
        return tr("A year ago today you first heard %1").arg(a.artist);
    return tr("%n years ago today you first heard %1", nullptr, a.yearsAgo).arg(a.artist);
}

void NostalgiaModel::setAnniversariesEnabled(bool enabled) {
    m_anniversariesEnabled = enabled;
}

void NostalgiaModel::setLastAnniversaryDate(const QDate &date) {
    if (date == m_lastAnniversary)
        return;
    m_lastAnniversary = date;
    Q_EMIT lastAnniversaryDateChanged(date);
}

void NostalgiaModel::checkAnniversary() {
    const QDate day = today();
    if (!m_anniversariesEnabled || m_checkingAnniversary || m_lastAnniversary == day)
        return;
    m_checkingAnniversary = true;
    const QTimeZone zone = m_zone;
    m_runner([self = QPointer<NostalgiaModel>(this), day, zone](Database &db) {
        auto found = firstListenAnniversaries(db, day, zone);
        QMetaObject::invokeMethod(
            self.data(),
            [self, day, found = std::move(found)] {
                if (!self)
                    return;
                self->m_checkingAnniversary = false;
                if (!found) {
                    Q_EMIT self->notice(found.error().message);
                    return;
                }
                // Only the day it was asked for, and only once: the app may have announced one
                // (or the day turned) while the question was out.
                if (found.value().isEmpty() || self->m_lastAnniversary == day
                    || !self->m_anniversariesEnabled)
                    return;
                self->setLastAnniversaryDate(day);
                Q_EMIT self->anniversary(anniversaryText(found.value().first()));
            },
            Qt::QueuedConnection);
    });
}

void NostalgiaModel::noticeDayChange() {
    if (m_loaded && today() != m_onThisDayDate)
        refresh();
}

} // namespace refrain
