// What the history import tests share: a sink that records everything a reader hands it, and
// listens written as one line each so a failed comparison shows both sides in full.
#pragma once

#include "core/history/import/historyreader.h"

#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QStringList>
#include <QTest>

namespace refrain::test {

class RecordingSink : public ListenSink {
public:
    bool add(Listen listen) override {
        listens.append(std::move(listen));
        return stopAfter < 0 || listens.size() < stopAfter;
    }
    void skip(const QString &reason) override { skips[reason] += 1; }
    void progress(qint64 done, qint64 total) override { steps.append({done, total}); }

    QList<Listen> listens;
    QMap<QString, int> skips;
    QList<std::pair<qint64, qint64>> steps; // progress calls, in order
    int stopAfter = -1;                     // return false from add() at this many listens
};

// A listen as the tests expect it: the fields a reader fills, in one line.
inline QString describe(const Listen &l) {
    return QStringLiteral("%1 | %2 | %3 | %4 | played %5 | length %6 | offset %7 | %8%9")
        .arg(l.artist, l.title, l.album,
             l.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")))
        .arg(l.playedMs)
        .arg(l.durationMs)
        .arg(l.utcOffsetSeconds)
        .arg(l.origin, l.counted ? QString() : QStringLiteral(" (not counted)"));
}

inline QStringList describe(const QList<Listen> &listens) {
    QStringList lines;
    for (const Listen &l : listens)
        lines.append(describe(l));
    return lines;
}

// The line describe() gives for a listen with these fields (start as ISO 8601 with ms, UTC).
inline QString expected(const char *artist, const char *title, const char *album,
                        const char *startUtc, qint64 playedMs, qint64 durationMs, int offsetSeconds,
                        const char *origin) {
    Listen l;
    l.artist = QString::fromUtf8(artist);
    l.title = QString::fromUtf8(title);
    l.album = QString::fromUtf8(album);
    l.startedAt = QDateTime::fromString(QString::fromLatin1(startUtc), Qt::ISODateWithMs);
    l.playedMs = playedMs;
    l.durationMs = durationMs;
    l.utcOffsetSeconds = offsetSeconds;
    l.origin = QString::fromLatin1(origin);
    l.counted = true;
    return describe(l);
}

inline QString dataFile(const char *name) {
    return QStringLiteral(REFRAIN_TEST_DATA "/history/import/") + QString::fromUtf8(name);
}

inline QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline QMap<QString, int> skipCounts(std::initializer_list<std::pair<const char *, int>> counts) {
    QMap<QString, int> map;
    for (const auto &[reason, count] : counts)
        map.insert(QString::fromLatin1(reason), count);
    return map;
}

// Central European Time: +1 h in winter, +2 h in summer; the offsets below follow from it.
inline QTimeZone berlin() {
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

} // namespace refrain::test

#define COMPARE_LISTENS(actual, expectedLines)                                                     \
    QCOMPARE(refrain::test::describe(actual), (expectedLines))

#define VERIFY_READ(result)                                                                        \
    QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().message))
