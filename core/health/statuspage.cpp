#include "core/health/statuspage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QUtf8StringView>

#include <algorithm>

namespace refrain::statuspage {

namespace {

// How many entries of any one list are looked at. Lists are cut to kMaxItems anyway; looking a
// little further lets groups and unresolved incidents listed late still count, while a list of
// 100,000 entries costs no more than one of 4,000.
constexpr qsizetype kMaxScan = 8 * kMaxItems;
// Nothing in the format needs a longer time stamp; a longer string is not one.
constexpr qsizetype kMaxTimestampChars = 64;
// HTML is looked for only near the start: an error page says so early.
constexpr qsizetype kHtmlSniffBytes = 64 * 1024;

Error htmlError() {
    return Error::make(Error::Kind::Unsupported,
                       QStringLiteral("The status page sent an HTML page, not a status document."));
}

// A text of the feed, kept as it is given (plain text, never interpreted) apart from the
// whitespace around it; anything that is not a string reads as empty text.
QString plainText(const QJsonValue &value) {
    if (!value.isString())
        return {};
    QString text = value.toString().trimmed();
    if (text.size() > kMaxTextChars) {
        qsizetype cut = kMaxTextChars;
        if (text.at(cut - 1).isHighSurrogate())
            --cut; // never leave half a character behind
        text.truncate(cut);
    }
    return text;
}

// A link the user may open: http(s) with a host, nothing else (no javascript:, file:, …).
QUrl webUrl(const QJsonValue &value) {
    const QString text = plainText(value);
    if (text.isEmpty())
        return {};
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || url.host().isEmpty())
        return {};
    url.setUserInfo({});
    return url;
}

// ISO 8601 ("2022-11-25T15:50:05.892Z", offsets, any fraction) in UTC; invalid when missing or
// unreadable. A time without a zone is taken as UTC, as Statuspage means it.
QDateTime timestamp(const QJsonValue &value) {
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text.size() > kMaxTimestampChars)
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), Qt::UTC);
    return at.toUTC();
}

bool isTrue(const QJsonValue &value) {
    return value.isBool() && value.toBool();
}

// Calls fn for each object among the first kMaxScan entries of an array (anything else in the
// array, or a value that is not an array, is passed over); fn returns false to stop.
template<typename Fn>
void forEachObject(const QJsonValue &value, Fn fn) {
    if (!value.isArray())
        return;
    const QJsonArray array = value.toArray();
    const qsizetype count = std::min<qsizetype>(array.size(), kMaxScan);
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonValue item = array.at(i);
        if (item.isObject() && !fn(item.toObject()))
            return;
    }
}

// Newest first; what has no time goes last, in feed order (callers sort stably).
bool newerFirst(const QDateTime &a, const QDateTime &b) {
    if (a.isValid() != b.isValid())
        return a.isValid();
    return a > b;
}

bool soonerFirst(const QDateTime &a, const QDateTime &b) {
    if (a.isValid() != b.isValid())
        return a.isValid();
    return a < b;
}

// Collects names once each, in the order first seen, up to kMaxItems.
class NameList {
public:
    void add(const QString &name) {
        if (name.isEmpty() || m_names.size() >= kMaxItems || m_seen.contains(name))
            return;
        m_seen.insert(name);
        m_names.append(name);
    }
    bool isEmpty() const { return m_names.isEmpty(); }
    QStringList take() { return std::move(m_names); }

private:
    QStringList m_names;
    QSet<QString> m_seen;
};

// The dated messages of an incident or a maintenance, newest first, and the components they
// name (each name once, newest update first).
QList<StatusUpdate> readUpdates(const QJsonValue &value, NameList &affected) {
    struct Read {
        StatusUpdate update;
        QJsonValue affected;
    };
    QList<Read> read;
    forEachObject(value, [&read](const QJsonObject &item) {
        Read r;
        r.update.status = plainText(item.value(QLatin1String("status")));
        r.update.body = plainText(item.value(QLatin1String("body")));
        r.update.at = timestamp(item.value(QLatin1String("display_at")));
        if (!r.update.at.isValid())
            r.update.at = timestamp(item.value(QLatin1String("created_at")));
        r.affected = item.value(QLatin1String("affected_components"));
        read.append(std::move(r));
        return true;
    });
    std::stable_sort(read.begin(), read.end(), [](const Read &a, const Read &b) {
        return newerFirst(a.update.at, b.update.at);
    });
    if (read.size() > kMaxItems)
        read.resize(kMaxItems);

    QList<StatusUpdate> updates;
    updates.reserve(read.size());
    for (Read &r : read) {
        forEachObject(r.affected, [&affected](const QJsonObject &component) {
            affected.add(plainText(component.value(QLatin1String("name"))));
            return true;
        });
        updates.append(std::move(r.update));
    }
    return updates;
}

// Names from the updates, else from the incident's own list of components.
QStringList affectedNames(NameList &fromUpdates, const QJsonValue &components) {
    if (fromUpdates.isEmpty()) {
        forEachObject(components, [&fromUpdates](const QJsonObject &component) {
            fromUpdates.add(plainText(component.value(QLatin1String("name"))));
            return true;
        });
    }
    return fromUpdates.take();
}

// Closed: it no longer belongs on the banner.
bool isClosed(const QString &status) {
    return status == QLatin1String("resolved") || status == QLatin1String("postmortem")
           || status == QLatin1String("completed");
}

QList<ServiceComponent> readComponents(const QJsonValue &value) {
    // Groups first, wherever they stand in the list: a member may come before its group.
    QHash<QString, QString> groupNames;  // group id → name
    QHash<QString, QString> memberGroup; // member id → group name, from the group's own list
    qsizetype memberBudget = kMaxScan;   // member lists are bounded together, not per group
    forEachObject(value, [&](const QJsonObject &item) {
        if (!isTrue(item.value(QLatin1String("group"))))
            return true;
        const QString id = plainText(item.value(QLatin1String("id")));
        const QString name = plainText(item.value(QLatin1String("name")));
        if (!id.isEmpty())
            groupNames.insert(id, name);
        const QJsonValue members = item.value(QLatin1String("components"));
        if (members.isArray()) {
            const QJsonArray list = members.toArray();
            const qsizetype count = std::min(list.size(), memberBudget);
            memberBudget -= count;
            for (qsizetype i = 0; i < count; ++i) {
                const QString member = plainText(list.at(i));
                if (!member.isEmpty() && !memberGroup.contains(member))
                    memberGroup.insert(member, name);
            }
        }
        return true;
    });

    QList<ServiceComponent> components;
    forEachObject(value, [&](const QJsonObject &item) {
        ServiceComponent c;
        c.id = plainText(item.value(QLatin1String("id")));
        c.name = plainText(item.value(QLatin1String("name")));
        c.status = plainText(item.value(QLatin1String("status")));
        c.level = levelFromComponentStatus(c.status);
        c.onlyShowIfDegraded = isTrue(item.value(QLatin1String("only_show_if_degraded")));
        c.isGroup = isTrue(item.value(QLatin1String("group")));
        c.source = QStringLiteral("status_page");
        if (!c.isGroup) {
            const QString groupId = plainText(item.value(QLatin1String("group_id")));
            if (!groupId.isEmpty() && groupNames.contains(groupId))
                c.group = groupNames.value(groupId);
            else if (!c.id.isEmpty())
                c.group = memberGroup.value(c.id);
        }
        components.append(std::move(c));
        return components.size() < kMaxItems;
    });
    return components;
}

QList<ServiceIncident> readIncidents(const QJsonValue &value) {
    struct Read {
        ServiceIncident incident;
        QDateTime order; // updated_at, else created_at
    };
    QList<Read> read;
    forEachObject(value, [&read](const QJsonObject &item) {
        Read r;
        ServiceIncident &i = r.incident;
        i.status = plainText(item.value(QLatin1String("status")));
        if (isClosed(i.status))
            return true;
        i.id = plainText(item.value(QLatin1String("id")));
        i.name = plainText(item.value(QLatin1String("name")));
        i.impact = plainText(item.value(QLatin1String("impact")));
        i.level = levelFromImpact(i.impact);
        i.url = webUrl(item.value(QLatin1String("shortlink")));
        const QDateTime created = timestamp(item.value(QLatin1String("created_at")));
        i.startedAt = timestamp(item.value(QLatin1String("started_at")));
        if (!i.startedAt.isValid())
            i.startedAt = created;
        i.updatedAt = timestamp(item.value(QLatin1String("updated_at")));
        r.order = i.updatedAt.isValid() ? i.updatedAt : created;
        NameList affected;
        i.updates = readUpdates(item.value(QLatin1String("incident_updates")), affected);
        i.affectedComponents = affectedNames(affected, item.value(QLatin1String("components")));
        read.append(std::move(r));
        return true;
    });
    std::stable_sort(read.begin(), read.end(),
                     [](const Read &a, const Read &b) { return newerFirst(a.order, b.order); });

    QList<ServiceIncident> incidents;
    const qsizetype count = std::min<qsizetype>(read.size(), kMaxItems);
    incidents.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        incidents.append(std::move(read[i].incident));
    return incidents;
}

QList<ServiceMaintenance> readMaintenances(const QJsonValue &value) {
    QList<ServiceMaintenance> maintenances;
    forEachObject(value, [&maintenances](const QJsonObject &item) {
        ServiceMaintenance m;
        m.status = plainText(item.value(QLatin1String("status")));
        if (isClosed(m.status))
            return true;
        m.id = plainText(item.value(QLatin1String("id")));
        m.name = plainText(item.value(QLatin1String("name")));
        m.url = webUrl(item.value(QLatin1String("shortlink")));
        m.scheduledFor = timestamp(item.value(QLatin1String("scheduled_for")));
        m.scheduledUntil = timestamp(item.value(QLatin1String("scheduled_until")));
        NameList affected;
        m.updates = readUpdates(item.value(QLatin1String("incident_updates")), affected);
        m.affectedComponents = affectedNames(affected, item.value(QLatin1String("components")));
        maintenances.append(std::move(m));
        return true;
    });
    std::stable_sort(maintenances.begin(), maintenances.end(),
                     [](const ServiceMaintenance &a, const ServiceMaintenance &b) {
                         return soonerFirst(a.scheduledFor, b.scheduledFor);
                     });
    if (maintenances.size() > kMaxItems)
        maintenances.resize(kMaxItems);
    return maintenances;
}

// Whether the document is a Statuspage v2 summary (or one of its sibling documents, such as
// incidents.json, which lacks "status" but has the same "page" and lists).
bool isStatuspageV2(const QJsonObject &root) {
    if (!root.value(QLatin1String("page")).isObject())
        return false;
    const QJsonValue status = root.value(QLatin1String("status"));
    if (status.isObject() && status.toObject().contains(QLatin1String("indicator")))
        return true;
    return root.contains(QLatin1String("components")) || root.contains(QLatin1String("incidents"))
           || root.contains(QLatin1String("scheduled_maintenances"));
}

bool looksLikeHtml(const QByteArray &body) {
    return body.left(kHtmlSniffBytes).toLower().contains("<html");
}

bool isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

HealthLevel levelFromIndicator(const QString &indicator) {
    if (indicator == QLatin1String("none"))
        return HealthLevel::Operational;
    if (indicator == QLatin1String("minor"))
        return HealthLevel::Degraded;
    if (indicator == QLatin1String("major"))
        return HealthLevel::PartialOutage;
    if (indicator == QLatin1String("critical"))
        return HealthLevel::MajorOutage;
    if (indicator == QLatin1String("maintenance"))
        return HealthLevel::Maintenance;
    return HealthLevel::Unknown;
}

HealthLevel levelFromComponentStatus(const QString &status) {
    if (status == QLatin1String("operational"))
        return HealthLevel::Operational;
    if (status == QLatin1String("degraded_performance"))
        return HealthLevel::Degraded;
    if (status == QLatin1String("partial_outage"))
        return HealthLevel::PartialOutage;
    if (status == QLatin1String("major_outage"))
        return HealthLevel::MajorOutage;
    if (status == QLatin1String("under_maintenance"))
        return HealthLevel::Maintenance;
    return HealthLevel::Unknown;
}

HealthLevel levelFromImpact(const QString &impact) {
    // The impact scale has the indicator's words.
    return levelFromIndicator(impact);
}

Result<StatusReport> parse(const QByteArray &body, const QDateTime &now) {
    qsizetype start = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < body.size() && isJsonSpace(body.at(start)))
        ++start;
    if (start == body.size())
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("The status page sent an empty document."));
    const char first = body.at(start);
    if (first == '<')
        return htmlError();
    if (first != '{' && first != '[') {
        if (looksLikeHtml(body))
            return htmlError();
        return Error::make(Error::Kind::Unsupported,
                           QStringLiteral("The status page sent something that is not a status "
                                          "document (no JSON object)."));
    }

    // A stray byte that is not UTF-8 would sink the whole document; it becomes U+FFFD in the
    // one text it was in instead.
    const QByteArray utf8 =
        QUtf8StringView(body).isValidUtf8() ? body : QString::fromUtf8(body).toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (looksLikeHtml(body))
            return htmlError();
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("The status document is cut short or malformed (%1 at "
                                          "byte %2).")
                               .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject())
        return Error::make(
            Error::Kind::Unsupported,
            QStringLiteral("The status page sent a JSON list, not a status document."));

    const QJsonObject root = document.object();
    if (!isStatuspageV2(root))
        return Error::make(
            Error::Kind::Unsupported,
            QStringLiteral("The status page sent a JSON document Refrain does not know: "
                           "an Atlassian Statuspage v2 summary (with \"page\" and "
                           "\"status\") was expected."));

    StatusReport report;
    report.format = QStringLiteral("statuspage_v2");
    const QJsonObject page = root.value(QLatin1String("page")).toObject();
    report.pageName = plainText(page.value(QLatin1String("name")));
    report.pageUrl = webUrl(page.value(QLatin1String("url")));
    report.updatedAt = timestamp(page.value(QLatin1String("updated_at")));
    const QJsonObject status = root.value(QLatin1String("status")).toObject();
    report.indicator = plainText(status.value(QLatin1String("indicator")));
    report.description = plainText(status.value(QLatin1String("description")));
    report.components = readComponents(root.value(QLatin1String("components")));
    report.incidents = readIncidents(root.value(QLatin1String("incidents")));
    report.maintenances = readMaintenances(root.value(QLatin1String("scheduled_maintenances")));

    report.level = levelFromIndicator(report.indicator);
    // A declared window outranks "all clear": the service is down on purpose.
    if (report.level == HealthLevel::Operational || report.level == HealthLevel::Maintenance) {
        const bool inWindow =
            std::any_of(report.maintenances.cbegin(), report.maintenances.cend(),
                        [&now](const ServiceMaintenance &m) { return m.activeAt(now); });
        if (inWindow)
            report.level = HealthLevel::Maintenance;
    }
    return report;
}

QUrl summaryUrl(const QUrl &typed) {
    if (typed.isEmpty())
        return {};
    QUrl url = typed;
    if (url.scheme().isEmpty()) // "www.githubstatus.com" reads as a path
        url = QUrl(QStringLiteral("https://") + typed.toString(), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    url.setFragment({});
    QString path = url.path();
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return url;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // Someone who typed the API's folder means its summary.
    if (path.endsWith(QLatin1String("/api/v2"), Qt::CaseInsensitive))
        path += QStringLiteral("/summary.json");
    else
        path += QStringLiteral("/api/v2/summary.json");
    url.setPath(path);
    return url;
}

} // namespace refrain::statuspage
