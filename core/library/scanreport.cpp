#include "core/library/scanreport.h"

#include "core/library/track.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace refrain {

namespace {

QJsonArray issuesToJson(const QList<ScanIssue> &issues) {
    QJsonArray out;
    for (const ScanIssue &issue : issues)
        out.append(QJsonObject{{QStringLiteral("path"), issue.path},
                               {QStringLiteral("reason"), issue.reason}});
    return out;
}

} // namespace

QJsonObject ScanReport::toJson() const {
    return QJsonObject{
        {QStringLiteral("roots"), QJsonArray::fromStringList(roots)},
        {QStringLiteral("files_seen"), filesSeen},
        {QStringLiteral("tracks_added"), tracksAdded},
        {QStringLiteral("tracks_updated"), tracksUpdated},
        {QStringLiteral("tracks_unchanged"), tracksUnchanged},
        {QStringLiteral("tracks_removed"), tracksRemoved},
        {QStringLiteral("tracks_unavailable"), tracksUnavailable},
        {QStringLiteral("tracks_restored"), tracksRestored},
        {QStringLiteral("failed"), issuesToJson(failed)},
        {QStringLiteral("problems"), issuesToJson(problems)},
        {QStringLiteral("warnings"), issuesToJson(warnings)},
        {QStringLiteral("missing_roots"), QJsonArray::fromStringList(missingRoots)},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("cancelled"), cancelled},
    };
}

QString ScanReport::summary() const {
    if (!fatalError.isEmpty())
        return QCoreApplication::translate("ScanReport", "Scan stopped: %1").arg(fatalError);
    QStringList parts;
    parts << QCoreApplication::translate("ScanReport", "%n file(s)", nullptr, filesSeen);
    if (tracksAdded > 0)
        parts << QCoreApplication::translate("ScanReport", "%n new", nullptr, tracksAdded);
    if (tracksUpdated > 0)
        parts << QCoreApplication::translate("ScanReport", "%n updated", nullptr, tracksUpdated);
    if (tracksRemoved > 0)
        parts << QCoreApplication::translate("ScanReport", "%n removed", nullptr, tracksRemoved);
    if (!failed.isEmpty())
        parts << QCoreApplication::translate("ScanReport", "%n unreadable", nullptr,
                                             int(failed.size()));
    if (!missingRoots.isEmpty())
        parts << QCoreApplication::translate("ScanReport", "%n folder(s) missing — tracks kept",
                                             nullptr, int(missingRoots.size()));
    const QString head = cancelled ? QCoreApplication::translate("ScanReport", "Scan cancelled")
                                   : QCoreApplication::translate("ScanReport", "Scan finished");
    return head + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

QString ScanProgress::text() const {
    switch (phase) {
    case Phase::Walking:
        return QCoreApplication::translate("ScanProgress", "Looking for music… %n file(s) found",
                                           nullptr, filesSeen);
    case Phase::Reading: {
        QString line = QCoreApplication::translate("ScanProgress", "Reading tags: %1 of %2")
                           .arg(read)
                           .arg(toRead);
        if (etaMs >= 0)
            line += QCoreApplication::translate("ScanProgress", " — about %1 left")
                        .arg(formatDuration(etaMs + 999));
        return line;
    }
    case Phase::Finishing:
        return QCoreApplication::translate("ScanProgress", "Finishing scan…");
    }
    return {};
}

} // namespace refrain
