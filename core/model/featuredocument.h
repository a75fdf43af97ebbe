// FeatureDocument: the remote feature document read — which optional extras its publisher has
// switched off, for everyone or for all but a rollout share of installs — so an extra that
// misbehaves after a release can be stepped back without an update.
//
// The schema (UTF-8 JSON, at most kMaxBytes):
//   {"features": {
//       "heavy_extras": {"enabled": false},
//       "artwork":      {"enabled": true, "rollout": 25}}}
// - The root must be an object holding a "features" object, or the document is refused whole.
// - Each entry is "<key>": {"enabled": bool, "rollout": whole number 0..100}; both members are
//   optional ("enabled" defaults to true, "rollout" to 100). An install is in when its bucket
//   (bucketFor) is below "rollout": 0 is nobody, 100 everybody, 25 the buckets 0..24.
// - An entry that is not an object, has a member of the wrong type, a rollout out of range or
//   not whole, or a key that is not 1..64 of [a-z0-9_] is ignored, as if it were not there.
//   Other members (at the root, beside "features", inside entries) are ignored too, so the
//   publisher can add to the format without breaking older installs.
// - Keys the app does not know are kept but never asked about.
// A refused document (too big, not JSON, not UTF-8, not an object, no "features") changes
// nothing: the caller keeps the one it had.
#pragma once

#include "core/library/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace refrain {

class FeatureDocument {
public:
    static constexpr qint64 kMaxBytes = 64 * 1024;

    struct Entry {
        bool enabled = true;
        int rollout = 100; // percent of installs (buckets 0..rollout-1)
        bool operator==(const Entry &) const = default;
    };

    static Result<FeatureDocument> parse(const QByteArray &bytes);

    // On or off for an install in `bucket` (0..99); nullopt: the document says nothing about
    // `key`, so other gates decide.
    std::optional<bool> allows(const QString &key, int bucket) const;
    // The keys an install in `bucket` must keep off, sorted.
    QStringList switchedOff(int bucket) const;
    // Every key the document names (switched off or not), sorted.
    QStringList keys() const;
    bool isEmpty() const { return m_entries.isEmpty(); }

    // A stable bucket 0..99 for an install: the first four bytes of SHA-256(UTF-8 of the id),
    // big-endian, modulo 100 — the same on every run and every platform.
    static int bucketFor(const QString &installId);

    bool operator==(const FeatureDocument &) const = default;

private:
    QHash<QString, Entry> m_entries;
};

} // namespace refrain
