// Shared by the status page tests: the fixtures in tests/data/statuspage, small documents to
// build on, and JSON written with single quotes so hostile documents read easily in C++.
#pragma once

#include "core/health/statuspage.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace refrain::test {

inline QByteArray fixture(const char *name) {
    QFile file(QStringLiteral(REFRAIN_TEST_DATA "/statuspage/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

inline QJsonObject fixtureObject(const char *name) {
    return QJsonDocument::fromJson(fixture(name)).object();
}

// JSON written with single quotes, so that documents read easily in C++ (and moc, which trips
// over raw string literals, stays out of trouble).
inline QByteArray json(const char *singleQuoted) {
    return QByteArray(singleQuoted).replace('\'', '"');
}

inline QByteArray bytes(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

inline QString errorOf(const Result<StatusReport> &result) {
    return result.ok() ? QString() : result.error().message;
}

// The smallest summary the reader accepts, for tests to add to.
inline QJsonObject summary(const QString &indicator = QStringLiteral("none")) {
    return QJsonObject{
        {QStringLiteral("page"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")},
                     {QStringLiteral("name"), QStringLiteral("Example Music")},
                     {QStringLiteral("url"), QStringLiteral("https://status.example.com")},
                     {QStringLiteral("updated_at"), QStringLiteral("2026-08-07T02:48:45.271Z")}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("indicator"), indicator},
                     {QStringLiteral("description"), QStringLiteral("All Systems Operational")}}},
        {QStringLiteral("components"), QJsonArray{}},
        {QStringLiteral("incidents"), QJsonArray{}},
        {QStringLiteral("scheduled_maintenances"), QJsonArray{}},
    };
}

inline QJsonObject incident(const QString &name, const QString &status, const QString &impact) {
    return QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("i-") + name)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("impact"), impact}};
}

inline const QDateTime kNow = utc("2026-08-07T03:00:00Z");

} // namespace refrain::test
