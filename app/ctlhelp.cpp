#include "app/ctlhelp.h"

namespace refrain::ctl {

QString helpText() {
    return QStringLiteral(
        "Refrain without a window.\n\nCommands:\n"
        "  scan [DIR…]     add folders to the library and scan them (no DIR: rescan all)\n"
        "  search QUERY    find tracks (artist:, album:, title:, genre:, year: filters)\n"
        "  db move-aside   keep a damaged library file under another name and start afresh\n"
        "  playlist list | show NAME|ID | import FILE [--name NAME] |\n"
        "           export NAME|ID FILE [--relative]\n"
        "                  local playlists; files in M3U/M3U8, PLS or XSPF\n"
        "  server add --name NAME --url URL [--url URL2] --user USER\n"
        "           (--password-stdin | --api-key-stdin) [--allow-plain-password]\n"
        "           [--status-url URL]\n"
        "  server list | test [NAME] | sync [NAME] [--full] | remove NAME |\n"
        "           status-url NAME URL   (\"\" for none)\n"
        "                  Subsonic/OpenSubsonic servers and their local mirror\n"
        "  server playlist list | show ID | create NAME [--song ID…] | rename ID NAME |\n"
        "           add ID SONGID… | remove ID INDEX… | delete ID   [--server NAME]\n"
        "  server star|unstar SONGID   server edits [retry|clear]\n"
        "                  server playlists and stars; edits made while the server\n"
        "                  cannot be reached are queued and sent when it answers\n"
        "  health [--status-url URL] [--server NAME]\n"
        "                  check the network, the servers and their status pages once;\n"
        "                  exit 0 operational, 1 degraded or outage, 2 offline or unknown\n"
        "  offline pin|unpin (--playlist NAME|ID | --album ID | --artist ID | --essentials)\n"
        "           [--id N]   keep a playlist, album or artist available offline\n"
        "  offline list | status | pick TRACKID… | unpick TRACKID… |\n"
        "           settings [--essentials-hours H] [--essentials-gb G] [--quota-gb G]\n"
        "           [--parallel N] [--cache-gb G]\n"
        "  offline sync    download what is missing (progress on stderr); exit 1 if some wait\n"
        "  offline verify  check every offline file again; damaged ones are queued again\n"
        "  readiness       how ready Emergency Essentials is; exit 0 when all of it is\n"
        "  history import PATH…  listening history from Spotify, ListenBrainz, Last.fm or\n"
        "                  a scrobbler log (files, folders or zips; the format is detected)\n"
        "  history status  listens kept, by origin, and scrobbles waiting to be sent\n"
        "  recap YEAR [--month M] [--tz ZONE]   a year or month of listening\n"
        "  on-this-day [--date YYYY-MM-DD] [--tz ZONE]   what you played that day before\n"
        "  first-listen --artist NAME [--title TITLE | --album ALBUM] [--tz ZONE]\n"
        "                  when you first heard it; exit 1 when never\n\n"
        "Exit status: 0 ok, 1 finished with problems, 2 usage error, 3 database error.");
}

} // namespace refrain::ctl
