// refrainctl server playlist|star|unstar|edits: a server's playlists and stars from a terminal —
// read from the local mirror (so they work offline), changed through the same edit queue the
// window uses: applied at once when the server answers, queued until it does otherwise.
#pragma once

#include "app/ctlcommon.h"
#include "app/ctlserver.h"

namespace refrain::ctl {

// ctx.args: {"playlist", ACTION, …}.
int runServerPlaylist(const Context &ctx, const ServerOptions &options);
// ctx.args: {"star" or "unstar", ID}.
int runServerStar(const Context &ctx, const ServerOptions &options);
// ctx.args: {"edits", [retry|clear], [SERVER]}.
int runServerEdits(const Context &ctx, const ServerOptions &options);

} // namespace refrain::ctl
