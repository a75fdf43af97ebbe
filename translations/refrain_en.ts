<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>refrain::CatalogSync</name>
    <message>
      <source>The server connection is gone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Listing albums</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Albums</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Playlists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Starred</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::DatabaseNotice</name>
    <message>
      <source>Move Aside and Start a Fresh Library</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::GroupView</name>
    <message>
      <source>Filter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter %1 list</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::HealthBanner</name>
    <message>
      <source>Service status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Components, incidents and maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismiss service status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide this until things get worse</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::HealthDetails</name>
    <message>
      <source>Components</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Component</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service components</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status History…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last 30 days of observed incidents and uptime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No status page is set up for this server, so Refrain's own checks are all it knows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The status page reports no incidents and no maintenance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>since %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>affects %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::HealthHistoryModel</name>
    <message>
      <source>since %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ongoing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Server %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>100 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no incidents</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n incident(s)</source>
      <translation>
        <numerusform>%n incident</numerusform>
        <numerusform>%n incidents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n maintenance(s)</source>
      <translation>
        <numerusform>%n maintenance</numerusform>
        <numerusform>%n maintenances</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt; 1 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 d %2 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not observed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The status history could not be read: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::HealthMerge</name>
    <message numerus="yes">
      <source>%n s</source>
      <translation>
        <numerusform>%n s</numerusform>
        <numerusform>%n s</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n h</source>
      <translation>
        <numerusform>%n h</numerusform>
        <numerusform>%n h</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Local library — no streaming server configured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything plays from this computer. Add a Subsonic server (File ▸ Servers…) to stream and keep offline copies.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 of %n recent requests failed</source>
      <translation>
        <numerusform>%1 of %n recent requests failed</numerusform>
        <numerusform>%1 of %n recent requests failed</numerusform>
      </translation>
    </message>
    <message>
      <source>Your library and offline music still play.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 reports: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You're offline — playing from this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This computer has no network connection, so %1 can't be reached. %2 Refrain checks again as soon as the network is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 has not answered for %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 keeps dropping out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Can't reach %1 (your network is fine)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Can't reach %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status page says all clear, but the server has not answered for %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It has not answered for %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refrain keeps checking.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 Refrain checks again as soon as the network is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 still answers here, so playing may keep working.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 on %2 is failing</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 of %n recent requests failed.</source>
      <translation>
        <numerusform>%1 of %n recent requests failed.</numerusform>
        <numerusform>%1 of %n recent requests failed.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 is slow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 takes %2 to answer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The status page says all clear.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 refused the sign-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the user name and password in File ▸ Servers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is working normally</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 plans maintenance: %2. Keep what you need offline before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Its status page can't be read right now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your library and offline music are available meanwhile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Can't read the status page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No status known</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::HealthModel</name>
    <message>
      <source>Status unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on your settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on this computer's network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on checks of the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on the service's status page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on recent requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 h</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message>
      <source>Operational</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Degraded performance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partial outage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Major outage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Under maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Investigating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monitoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Postmortem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verifying</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>checked just now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>checked %1 ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>server last answered %1 ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>server not answering for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>status page unreachable for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>status page read %1 ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retry now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open status page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play Emergency Essentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maintenance completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maintenance in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maintenance in progress until %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance from %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance %1–%2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance %1 – %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::HealthMonitor</name>
    <message>
      <source>Overall</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::LibraryActivity</name>
    <message numerus="yes">
      <source>%n track(s) in your library</source>
      <translation>
        <numerusform>%n track in your library</numerusform>
        <numerusform>%n tracks in your library</numerusform>
      </translation>
    </message>
    <message>
      <source>The damaged library was kept as “%1”; a fresh one was started.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::LibraryBrowser</name>
    <message>
      <source>Library sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Songs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Albums</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Artists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Genres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Playlists</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::LibraryView</name>
    <message>
      <source>Search titles, artists, albums… (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search the library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show All Songs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tracks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Music Folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add to Up Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add to Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Playlist…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Playlist on %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading your library…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your library is empty.
Add a folder with music to get started.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No tracks match “%1”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::MainWindow</name>
    <message>
      <source>Up Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add Music Folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import Playlist…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;ervers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add, test, sync or remove streaming servers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Rescan Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look for new, changed and removed files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-read &amp;All Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read the tags of every file again, even those that look unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Playback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Play/Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>P&amp;revious</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show All &amp;Songs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find in Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Up Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Always Show Service &amp;Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the service status banner visible while all is well</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service Status &amp;History…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About Refrain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About Refrain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refrain %1
A local-first music player that keeps playing when the streaming service fails.
Licensed under the GNU GPL, version 3 or later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Playlists (*.m3u *.m3u8 *.pls *.xspf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>M3U8 (*.m3u8);;M3U (*.m3u);;PLS (*.pls);;XSPF (*.xspf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo: bring back “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Music Folder</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::NowPlayingBar</name>
    <message>
      <source>Previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing playing</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::PlaybackEngine</name>
    <message>
      <source>Couldn't play “%1”: %2. Nothing else in the queue could play.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skipped “%1”: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file could not be decoded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>playback failed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::PlayerModel</name>
    <message>
      <source>%1 — %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::PlaylistEntriesModel</name>
    <message>
      <source>Missing — %1 is not in the library or cannot be reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>#</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Artist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Album</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::PlaylistListModel</name>
    <message numerus="yes">
      <source>%n track(s)</source>
      <translation>
        <numerusform>%n track</numerusform>
        <numerusform>%n tracks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n missing</source>
      <translation>
        <numerusform>%n missing</numerusform>
        <numerusform>%n missing</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added %n track(s) to “%1”.</source>
      <translation>
        <numerusform>Added %n track to “%1”.</numerusform>
        <numerusform>Added %n tracks to “%1”.</numerusform>
      </translation>
    </message>
    <message>
      <source>Imported “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Imported “%1”; %n track(s) could not be found and are shown as missing.</source>
      <translation>
        <numerusform>Imported “%1”; %n track could not be found and are shown as missing.</numerusform>
        <numerusform>Imported “%1”; %n tracks could not be found and are shown as missing.</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose a file name ending in .m3u8, .m3u, .pls or .xspf.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Exported %n track(s) to %1.</source>
      <translation>
        <numerusform>Exported %n track to %1.</numerusform>
        <numerusform>Exported %n tracks to %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>refrain::PlaylistView</name>
    <message>
      <source>Play</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Playlist entries</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n song(s)</source>
      <translation>
        <numerusform>%n song</numerusform>
        <numerusform>%n songs</numerusform>
      </translation>
    </message>
    <message>
      <source>On %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n track(s)</source>
      <translation>
        <numerusform>%n track</numerusform>
        <numerusform>%n tracks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n missing</source>
      <translation>
        <numerusform>%n missing</numerusform>
        <numerusform>%n missing</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>refrain::QueueView</name>
    <message>
      <source>Nothing up next.
Double-click a song, choose “Play Next”, or drag songs here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up next</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ScanProgress</name>
    <message numerus="yes">
      <source>Looking for music… %n file(s) found</source>
      <translation>
        <numerusform>Looking for music… %n file found</numerusform>
        <numerusform>Looking for music… %n files found</numerusform>
      </translation>
    </message>
    <message>
      <source>Reading tags: %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> — about %1 left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finishing scan…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ScanReport</name>
    <message>
      <source>Scan stopped: %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n file(s)</source>
      <translation>
        <numerusform>%n file</numerusform>
        <numerusform>%n files</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n new</numerusform>
        <numerusform>%n new</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation>
        <numerusform>%n updated</numerusform>
        <numerusform>%n updated</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n removed</source>
      <translation>
        <numerusform>%n removed</numerusform>
        <numerusform>%n removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unreadable</source>
      <translation>
        <numerusform>%n unreadable</numerusform>
        <numerusform>%n unreadable</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n folder(s) missing — tracks kept</source>
      <translation>
        <numerusform>%n folder missing — tracks kept</numerusform>
        <numerusform>%n folders missing — tracks kept</numerusform>
      </translation>
    </message>
    <message>
      <source>Scan cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan finished</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ScanStatusWidget</name>
    <message>
      <source>Stop scanning</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::SecretStore</name>
    <message>
      <source>this build has no keychain support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the keychain is switched off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passwords and API keys are kept in the system keychain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passwords and API keys are kept in %1, readable only by you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No keychain is available (%1): passwords and API keys are kept in %2, readable only by you.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ServerEdit</name>
    <message>
      <source>Create playlist “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create playlist “%1” with %n song(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename playlist “%1” to “%2”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add %n song(s) to “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove %n song(s) from “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete playlist “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Star album %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unstar album %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Star artist %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unstar artist %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Star song %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unstar song %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ServerEditStore</name>
    <message>
      <source>Say what to star.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A playlist needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say which songs to add.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say which entries to remove.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” has no entry %2 (it has %n entries, counted from 0).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not sent: the playlist “%1” could not be created on the server.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ServerEdits</name>
    <message>
      <source>The server connection is gone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its playlist was never created on the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server said it was created but does not list it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ServerHub</name>
    <message>
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The library is not open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This server is not connected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this is not a server's track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its server is not connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the song is no longer mirrored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server has no cover for it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server sent an empty cover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its server is not connected (signed out or removed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server cannot be signed in to without your permission to send the password readably</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ServerListModel</name>
    <message>
      <source>Enter the server's address, such as https://music.example.org.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Servers are not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing: %1 (%2 of %3)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing: %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Songs as of %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not synced yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ServerPlaylistEntriesModel</name>
    <message>
      <source>Missing — this song is not in the library yet; it shows once the server's catalog is synced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>#</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Artist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Album</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ServerPlaylistModel</name>
    <message>
      <source>On %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n song(s)</source>
      <translation>
        <numerusform>%n song</numerusform>
        <numerusform>%n songs</numerusform>
      </translation>
    </message>
    <message>
      <source>Only songs from %1 can be added to its playlists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the playlists of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename to “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add to “%1”</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Added %n song(s) to “%1”.</source>
      <translation>
        <numerusform>Added %n song to “%1”.</numerusform>
        <numerusform>Added %n songs to “%1”.</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove songs from the playlist</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::ServersDialog</name>
    <message>
      <source>Servers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where passwords are kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ser&amp;vers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check that the selected server answers and accepts you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sync Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fetch what changed on the server since the last sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep It</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>https://music.example.org
http://192.168.1.20:4533</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One per line. The first is tried first; after that, whichever answered best.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pass&amp;word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>API ke&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OpenSubsonic servers such as Navidrome can give you an API key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allow the password over plain &amp;HTTP to a public address (old servers only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only matters for servers that refuse secure sign-in tokens: Refrain then has to send the password itself, which anyone between you and an http:// address on the internet could read. Addresses with https:// or on your own network never need this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional, e.g. https://status.example.com</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where the service behind this server publishes its status (Atlassian Statuspage). Refrain shows what it says in the status banner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Test &amp;Connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add Server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting for the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A&amp;ddresses:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in with:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;tatus page:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>API &amp;key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>API key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No servers yet. Add one with the form: its songs then appear in your library next to your own files.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a server to see its details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Addresses: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signs in with an API key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signs in as %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the server a name, such as “Home”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is already a server called “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the user name you sign in to the server with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the address of the status page, such as https://status.example.com.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the API key (the server's web page shows it in your profile).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter your password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the server before adding it…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was added: the details changed while they were being checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1
The server was not added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added “%1”. Its songs are being added to your library.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added “%1”, but it cannot be reached now: %2
Its songs appear once it answers (Sync Now).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove “%1”? Its songs leave your library, and playlists keep them as missing entries. Its password or API key is forgotten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed “%1”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::SourceResolver</name>
    <message>
      <source>no streaming server is connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file is missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file cannot be read</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::StatusHistoryDialog</name>
    <message>
      <source>No incidents observed in the last 30 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service Status History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Uptime, last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uptime per service, last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uptime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 30 days (oldest to today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Incidents observed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident timeline, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reload the status history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not observed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colours of the day bars: %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>All %n day(s) operational</source>
      <translation>
        <numerusform>All %n day operational</numerusform>
        <numerusform>All %n days operational</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) operational</source>
      <translation>
        <numerusform>%n day operational</numerusform>
        <numerusform>%n days operational</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) not observed</source>
      <translation>
        <numerusform>%n day not observed</numerusform>
        <numerusform>%n days not observed</numerusform>
      </translation>
    </message>
    <message>
      <source>Observed for %1 of the last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What this computer observed from %1 to %2 (local time). Maintenance is not counted as downtime; time Refrain was not running is not counted at all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What this computer observed over the last 30 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::SubsonicClient</name>
    <message>
      <source>The server answered with a document instead of the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This server has no address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The secure connection to %1 was refused: %2 (certificate: %3).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::TrackGroupModel</name>
    <message>
      <source>Album</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Artist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Genre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown artist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No genre</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n track(s)</source>
      <translation>
        <numerusform>%n track</numerusform>
        <numerusform>%n tracks</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>refrain::TrackTableModel</name>
    <message>
      <source>From the server “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not available — the server “%1” cannot be reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not available — %1 cannot be reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Artist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Album</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Local</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown server</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::TrayIcon</name>
    <message>
      <source>Refrain — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Refrain — a music player that keeps playing when the streaming service fails.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the library, settings and downloads in &lt;dir&gt; instead of the usual app data folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add &lt;dir&gt; to the music library and scan it (repeatable).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain</name>
    <message>
      <source>No answer from %1 in time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 refused the connection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The name %1 does not resolve.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 cut the connection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This computer has no usable network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The secure connection to %1 was refused: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server was removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no playlist %1 in this server's mirror.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>refrain::HealthState</name>
    <message>
      <source>Operational</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Degraded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partial outage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Major outage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CatalogSync</name>
    <message>
      <source>The server connection is gone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Listing albums</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Albums</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Playlists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Starred</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DatabaseNotice</name>
    <message>
      <source>Move Aside and Start a Fresh Library</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GroupView</name>
    <message>
      <source>Filter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter %1 list</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HealthBanner</name>
    <message>
      <source>Service status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Components, incidents and maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismiss service status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide this until things get worse</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HealthDetails</name>
    <message>
      <source>Components</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Component</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service components</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status History…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last 30 days of observed incidents and uptime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No status page is set up for this server, so Refrain's own checks are all it knows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The status page reports no incidents and no maintenance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>since %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>affects %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HealthHistoryModel</name>
    <message>
      <source>since %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ongoing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Server %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>100 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no incidents</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n incident(s)</source>
      <translation>
        <numerusform>%n incident</numerusform>
        <numerusform>%n incidents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n maintenance(s)</source>
      <translation>
        <numerusform>%n maintenance</numerusform>
        <numerusform>%n maintenances</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt; 1 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 d %2 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not observed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The status history could not be read: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HealthMerge</name>
    <message numerus="yes">
      <source>%n s</source>
      <translation>
        <numerusform>%n s</numerusform>
        <numerusform>%n s</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n h</source>
      <translation>
        <numerusform>%n h</numerusform>
        <numerusform>%n h</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Local library — no streaming server configured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything plays from this computer. Add a Subsonic server (File ▸ Servers…) to stream and keep offline copies.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 of %n recent requests failed</source>
      <translation>
        <numerusform>%1 of %n recent requests failed</numerusform>
        <numerusform>%1 of %n recent requests failed</numerusform>
      </translation>
    </message>
    <message>
      <source>Your library and offline music still play.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 reports: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You're offline — playing from this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This computer has no network connection, so %1 can't be reached. %2 Refrain checks again as soon as the network is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 has not answered for %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 keeps dropping out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Can't reach %1 (your network is fine)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Can't reach %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status page says all clear, but the server has not answered for %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It has not answered for %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refrain keeps checking.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 Refrain checks again as soon as the network is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 still answers here, so playing may keep working.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 on %2 is failing</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 of %n recent requests failed.</source>
      <translation>
        <numerusform>%1 of %n recent requests failed.</numerusform>
        <numerusform>%1 of %n recent requests failed.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 is slow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 takes %2 to answer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The status page says all clear.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 refused the sign-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the user name and password in File ▸ Servers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is working normally</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 plans maintenance: %2. Keep what you need offline before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Its status page can't be read right now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your library and offline music are available meanwhile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Can't read the status page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No status known</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HealthModel</name>
    <message>
      <source>Status unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on your settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on this computer's network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on checks of the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on the service's status page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Based on recent requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 h</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message>
      <source>Operational</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Degraded performance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partial outage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Major outage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Under maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Investigating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monitoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Postmortem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verifying</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>checked just now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>checked %1 ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>server last answered %1 ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>server not answering for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>status page unreachable for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>status page read %1 ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retry now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open status page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play Emergency Essentials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maintenance completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maintenance in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maintenance in progress until %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance from %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance %1–%2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled maintenance %1 – %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HealthMonitor</name>
    <message>
      <source>Overall</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LibraryActivity</name>
    <message numerus="yes">
      <source>%n track(s) in your library</source>
      <translation>
        <numerusform>%n track in your library</numerusform>
        <numerusform>%n tracks in your library</numerusform>
      </translation>
    </message>
    <message>
      <source>The damaged library was kept as “%1”; a fresh one was started.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LibraryBrowser</name>
    <message>
      <source>Library sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Songs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Albums</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Artists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Genres</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Playlists</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LibraryView</name>
    <message>
      <source>Search titles, artists, albums… (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search the library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show All Songs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tracks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Music Folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add to Up Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add to Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Playlist…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Playlist on %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading your library…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your library is empty.
Add a folder with music to get started.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No tracks match “%1”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Up Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add Music Folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import Playlist…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;ervers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add, test, sync or remove streaming servers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Rescan Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look for new, changed and removed files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-read &amp;All Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read the tags of every file again, even those that look unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Playback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Play/Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>P&amp;revious</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show All &amp;Songs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find in Library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Up Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Always Show Service &amp;Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the service status banner visible while all is well</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service Status &amp;History…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About Refrain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About Refrain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refrain %1
A local-first music player that keeps playing when the streaming service fails.
Licensed under the GNU GPL, version 3 or later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Playlists (*.m3u *.m3u8 *.pls *.xspf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>M3U8 (*.m3u8);;M3U (*.m3u);;PLS (*.pls);;XSPF (*.xspf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo: bring back “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add Music Folder</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NowPlayingBar</name>
    <message>
      <source>Previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing playing</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlaybackEngine</name>
    <message>
      <source>Couldn't play “%1”: %2. Nothing else in the queue could play.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skipped “%1”: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file could not be decoded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>playback failed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlayerModel</name>
    <message>
      <source>%1 — %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlaylistEntriesModel</name>
    <message>
      <source>Missing — %1 is not in the library or cannot be reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>#</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Artist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Album</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlaylistListModel</name>
    <message numerus="yes">
      <source>%n track(s)</source>
      <translation>
        <numerusform>%n track</numerusform>
        <numerusform>%n tracks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n missing</source>
      <translation>
        <numerusform>%n missing</numerusform>
        <numerusform>%n missing</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added %n track(s) to “%1”.</source>
      <translation>
        <numerusform>Added %n track to “%1”.</numerusform>
        <numerusform>Added %n tracks to “%1”.</numerusform>
      </translation>
    </message>
    <message>
      <source>Imported “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Imported “%1”; %n track(s) could not be found and are shown as missing.</source>
      <translation>
        <numerusform>Imported “%1”; %n track could not be found and are shown as missing.</numerusform>
        <numerusform>Imported “%1”; %n tracks could not be found and are shown as missing.</numerusform>
      </translation>
    </message>
    <message>
      <source>Choose a file name ending in .m3u8, .m3u, .pls or .xspf.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Exported %n track(s) to %1.</source>
      <translation>
        <numerusform>Exported %n track to %1.</numerusform>
        <numerusform>Exported %n tracks to %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlaylistView</name>
    <message>
      <source>Play</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Playlist entries</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n song(s)</source>
      <translation>
        <numerusform>%n song</numerusform>
        <numerusform>%n songs</numerusform>
      </translation>
    </message>
    <message>
      <source>On %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n track(s)</source>
      <translation>
        <numerusform>%n track</numerusform>
        <numerusform>%n tracks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n missing</source>
      <translation>
        <numerusform>%n missing</numerusform>
        <numerusform>%n missing</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>QueueView</name>
    <message>
      <source>Nothing up next.
Double-click a song, choose “Play Next”, or drag songs here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Up next</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScanProgress</name>
    <message numerus="yes">
      <source>Looking for music… %n file(s) found</source>
      <translation>
        <numerusform>Looking for music… %n file found</numerusform>
        <numerusform>Looking for music… %n files found</numerusform>
      </translation>
    </message>
    <message>
      <source>Reading tags: %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> — about %1 left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finishing scan…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScanReport</name>
    <message>
      <source>Scan stopped: %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n file(s)</source>
      <translation>
        <numerusform>%n file</numerusform>
        <numerusform>%n files</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n new</numerusform>
        <numerusform>%n new</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation>
        <numerusform>%n updated</numerusform>
        <numerusform>%n updated</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n removed</source>
      <translation>
        <numerusform>%n removed</numerusform>
        <numerusform>%n removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unreadable</source>
      <translation>
        <numerusform>%n unreadable</numerusform>
        <numerusform>%n unreadable</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n folder(s) missing — tracks kept</source>
      <translation>
        <numerusform>%n folder missing — tracks kept</numerusform>
        <numerusform>%n folders missing — tracks kept</numerusform>
      </translation>
    </message>
    <message>
      <source>Scan cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scan finished</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScanStatusWidget</name>
    <message>
      <source>Stop scanning</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SecretStore</name>
    <message>
      <source>this build has no keychain support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the keychain is switched off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passwords and API keys are kept in the system keychain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passwords and API keys are kept in %1, readable only by you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No keychain is available (%1): passwords and API keys are kept in %2, readable only by you.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServerEdit</name>
    <message>
      <source>Create playlist “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create playlist “%1” with %n song(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename playlist “%1” to “%2”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add %n song(s) to “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove %n song(s) from “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete playlist “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Star album %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unstar album %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Star artist %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unstar artist %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Star song %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unstar song %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServerEditStore</name>
    <message>
      <source>Say what to star.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A playlist needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say which songs to add.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say which entries to remove.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” has no entry %2 (it has %n entries, counted from 0).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not sent: the playlist “%1” could not be created on the server.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServerEdits</name>
    <message>
      <source>The server connection is gone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its playlist was never created on the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server said it was created but does not list it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServerHub</name>
    <message>
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The library is not open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This server is not connected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this is not a server's track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its server is not connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the song is no longer mirrored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server has no cover for it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server sent an empty cover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its server is not connected (signed out or removed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server cannot be signed in to without your permission to send the password readably</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServerListModel</name>
    <message>
      <source>Enter the server's address, such as https://music.example.org.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Servers are not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing: %1 (%2 of %3)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing: %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Songs as of %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not synced yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServerPlaylistEntriesModel</name>
    <message>
      <source>Missing — this song is not in the library yet; it shows once the server's catalog is synced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>#</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Artist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Album</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServerPlaylistModel</name>
    <message>
      <source>On %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n song(s)</source>
      <translation>
        <numerusform>%n song</numerusform>
        <numerusform>%n songs</numerusform>
      </translation>
    </message>
    <message>
      <source>Only songs from %1 can be added to its playlists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the playlists of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename to “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the playlist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add to “%1”</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Added %n song(s) to “%1”.</source>
      <translation>
        <numerusform>Added %n song to “%1”.</numerusform>
        <numerusform>Added %n songs to “%1”.</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove songs from the playlist</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServersDialog</name>
    <message>
      <source>Servers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where passwords are kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ser&amp;vers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check that the selected server answers and accepts you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Sync Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fetch what changed on the server since the last sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep It</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>https://music.example.org
http://192.168.1.20:4533</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One per line. The first is tried first; after that, whichever answered best.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pass&amp;word</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>API ke&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OpenSubsonic servers such as Navidrome can give you an API key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allow the password over plain &amp;HTTP to a public address (old servers only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only matters for servers that refuse secure sign-in tokens: Refrain then has to send the password itself, which anyone between you and an http:// address on the internet could read. Addresses with https:// or on your own network never need this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional, e.g. https://status.example.com</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where the service behind this server publishes its status (Atlassian Statuspage). Refrain shows what it says in the status banner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Test &amp;Connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add Server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting for the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A&amp;ddresses:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in with:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;tatus page:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>API &amp;key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>API key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No servers yet. Add one with the form: its songs then appear in your library next to your own files.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a server to see its details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Addresses: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signs in with an API key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signs in as %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the server a name, such as “Home”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is already a server called “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the user name you sign in to the server with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the address of the status page, such as https://status.example.com.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the API key (the server's web page shows it in your profile).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter your password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the server before adding it…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was added: the details changed while they were being checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1
The server was not added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added “%1”. Its songs are being added to your library.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added “%1”, but it cannot be reached now: %2
Its songs appear once it answers (Sync Now).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove “%1”? Its songs leave your library, and playlists keep them as missing entries. Its password or API key is forgotten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed “%1”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SourceResolver</name>
    <message>
      <source>no streaming server is connected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file is missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file cannot be read</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatusHistoryDialog</name>
    <message>
      <source>No incidents observed in the last 30 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service Status History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Uptime, last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uptime per service, last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uptime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 30 days (oldest to today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Incidents observed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident timeline, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reload the status history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not observed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colours of the day bars: %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>All %n day(s) operational</source>
      <translation>
        <numerusform>All %n day operational</numerusform>
        <numerusform>All %n days operational</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) operational</source>
      <translation>
        <numerusform>%n day operational</numerusform>
        <numerusform>%n days operational</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) not observed</source>
      <translation>
        <numerusform>%n day not observed</numerusform>
        <numerusform>%n days not observed</numerusform>
      </translation>
    </message>
    <message>
      <source>Observed for %1 of the last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What this computer observed from %1 to %2 (local time). Maintenance is not counted as downtime; time Refrain was not running is not counted at all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What this computer observed over the last 30 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SubsonicClient</name>
    <message>
      <source>The server answered with a document instead of the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This server has no address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The secure connection to %1 was refused: %2 (certificate: %3).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrackGroupModel</name>
    <message>
      <source>Album</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Artist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Genre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown artist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No genre</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n track(s)</source>
      <translation>
        <numerusform>%n track</numerusform>
        <numerusform>%n tracks</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrackTableModel</name>
    <message>
      <source>From the server “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not available — the server “%1” cannot be reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not available — %1 cannot be reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Artist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Album</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Local</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown server</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrayIcon</name>
    <message>
      <source>Refrain — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>