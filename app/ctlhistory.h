// refrainctl history, recap, on-this-day and first-listen: importing other services' histories
// and asking the local history about the past — offline, for scripts (--json) and for people.
#pragma once

#include "app/ctlcommon.h"

namespace refrain::ctl {

struct HistoryOptions {
    QString timeZone; // IANA id; empty: the system's
    QString month;    // recap --month
    QString date;     // on-this-day --date YYYY-MM-DD
    QString artist;   // first-listen
    QString title;
    QString album;
};

// history import PATH… | history status
int runHistory(const Context &ctx, const HistoryOptions &options);
// recap YEAR [--month M]
int runRecap(const Context &ctx, const HistoryOptions &options);
// on-this-day [--date YYYY-MM-DD]
int runOnThisDay(const Context &ctx, const HistoryOptions &options);
// first-listen --artist NAME [--title TITLE | --album ALBUM]: exit 1 when never heard.
int runFirstListen(const Context &ctx, const HistoryOptions &options);

} // namespace refrain::ctl
