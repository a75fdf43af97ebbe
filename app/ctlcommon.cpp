#include "app/ctlcommon.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace refrain::ctl {

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

bool stderrIsTerminal() {
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr)) != 0;
#else
    return false;
#endif
}

void printJson(const QJsonDocument &doc) {
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

int openDatabase(const Context &ctx, std::optional<Database> &db) {
    auto opened = Database::open(ctx.profile.databasePath());
    if (!opened) {
        err() << "refrainctl: " << opened.error().message << Qt::endl;
        if (opened.error().kind == Error::Kind::Corrupt)
            err() << "refrainctl: to keep it and start afresh, run: refrainctl db move-aside"
                  << Qt::endl;
        return kDatabase;
    }
    db.emplace(std::move(opened).value());
    return kOk;
}

} // namespace refrain::ctl
