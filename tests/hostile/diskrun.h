// DiskRun: runs refrainctl the way the disk and database hostile-input tests need — with a full
// disk made by the LD_PRELOAD shim (tests/support/diskfull), or as an unprivileged user when the
// test runs as root (who ignores read-only permissions) — and reads a database without changing
// anything but what SQLite must.
#pragma once

#include "tests/crash/crashharness.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace refrain::test {

struct DiskFull {
    QString dir;      // files under this folder share the budget
    qint64 bytes = 0; // what may still be written there
};

class DiskRun {
public:
    // True when this build is instrumented by AddressSanitizer: a preloaded library then has to
    // come after the sanitizer's runtime (see run()).
    static bool sanitized();
    // The shim's path (REFRAIN_DISKFULL_LIB, set by the build).
    static QString shim();

    // refrainctl with args, under a full disk when `full` has a folder; finished within two
    // minutes or reported as not finished.
    static ProcessRun ctl(const QStringList &args, const DiskFull &full = {},
                          const QByteArray &input = {});
    // refrainctl as the unprivileged user "nobody" when we are root (else as ourselves): file
    // permissions then hold. `program` is a copy of refrainctl that user may run.
    static ProcessRun ctlAsUser(const QString &program, const QStringList &args);
    // Can ctlAsUser drop privileges here (root and runuser present, or not root at all)?
    static bool canDropPrivileges(QString *why);

    // SHA-256 of every file under dir, "relative/path=hex" sorted: a whole profile's bytes.
    static QStringList fingerprint(const QString &dir);
};

// "… is full": how a person is told the disk is full, in our words.
bool saysDiskFull(const QByteArray &text);
// A raw errno or SQLite code leaking to the user instead of a sentence.
bool looksRaw(const QByteArray &text);

} // namespace refrain::test
