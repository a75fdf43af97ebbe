<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Capabilities</name>
    <message>
        <source>The service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No streaming server is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports degraded performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is slow or failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports a partial outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the server is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports a major outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down for scheduled maintenance until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down for scheduled maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n downloaded song(s) still play</source>
        <translation>
            <numerusform>%n downloaded song still plays</numerusform>
            <numerusform>%n downloaded songs still play</numerusform>
        </translation>
    </message>
    <message>
        <source>music on this computer still plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no copy of the catalog is saved on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browsing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing saved artwork only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listens are kept and sent later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edits are kept here and merged when the server is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloads wait until the network is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloads wait until the server is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>songs are not fetched ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extras that need the server step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>songs are not fetched ahead to spare the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy extras step back to spare the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streams may fail, so downloaded copies play first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browsing falls back to %1 when the server fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browsing may fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching falls back to %1 when the server fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching may fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listens are queued and sent when the server takes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed downloads are retried later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing saved artwork only, no new artwork is fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search still covers the music on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listens are still recorded on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrobbling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing server playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching songs ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extras such as recaps with artwork</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayQueue</name>
    <message>
        <source>it cannot play now</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing scan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>Scan stopped: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerEdit</name>
    <message>
        <source>There is no playlist %1 in this server&apos;s mirror.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceResolver</name>
    <message>
        <source>no streaming server is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain</name>
    <message>
        <source>Reading the offline files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::Anniversary</name>
    <message>
        <source>Reading the span of listening history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading first listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the years of listening history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::CatalogSync</name>
    <message>
        <source>The server connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::CloseToTray</name>
    <message>
        <source>Refrain is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The music keeps playing. Click the tray icon to bring the window back; to quit, choose Quit Refrain in its menu or File ▸ Quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The music keeps playing. Click the tray icon to bring the window back; to quit, choose Quit Refrain in its menu or File ▸ Quit (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::CompositionRoot</name>
    <message>
        <source>%1 refused a playlist change made while it was away: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no playlist called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playlist “%1” has no songs in your library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::DatabaseNotice</name>
    <message>
        <source>Move Aside and Start a Fresh Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::DegradationWiring</name>
    <message>
        <source>Refrain did not close properly last time, so optional extras (artwork, prefetching, recaps) start switched off this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept off after two crashes in a row: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the queue can play now (%1): playing Emergency Essentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the queue can play now (%1). Emergency Essentials has %n song(s) ready: use “Play Emergency Essentials”.</source>
        <translation>
            <numerusform>Nothing in the queue can play now (%1). Emergency Essentials has %n song ready: use “Play Emergency Essentials”.</numerusform>
            <numerusform>Nothing in the queue can play now (%1). Emergency Essentials has %n songs ready: use “Play Emergency Essentials”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::DownloadListModel</name>
    <message>
        <source>Unknown title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::DownloadManager</name>
    <message numerus="yes">
        <source>%n offline file(s) were damaged and are downloaded again.</source>
        <translation>
            <numerusform>%n offline file was damaged and is downloaded again.</numerusform>
            <numerusform>%n offline files were damaged and are downloaded again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline storage has reached its limit of %1: %n song(s) wait. Raise the limit in Settings or keep fewer things offline.</source>
        <translation>
            <numerusform>Offline storage has reached its limit of %1: %n song waits. Raise the limit in Settings or keep fewer things offline.</numerusform>
            <numerusform>Offline storage has reached its limit of %1: %n songs wait. Raise the limit in Settings or keep fewer things offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads wait for the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Downloads are paused and nothing was lost: free some space, then resume them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a document instead of the song.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::DownloadsDialog</name>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Essentials readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why downloads wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the files that are downloaded and verified too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected downloads; a failed one is tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop downloading the selected files; Resume brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected files before everything else waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n downloading</numerusform>
            <numerusform>%n downloading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the whole queue download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every download; each keeps what it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;finished (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::GroupView</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1 list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::HealthBanner</name>
    <message>
        <source>Service status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components, incidents and maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss service status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this until things get worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Extras Back &amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the optional extras on again now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::HealthDetails</name>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 30 days of observed incidents and uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status page is set up for this server, so Refrain&apos;s own checks are all it knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status page reports no incidents and no maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affects %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::HealthHistoryModel</name>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incidents</source>
        <translation type="unfinished"></translation>
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
        <source>not observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::HealthMerge</name>
    <message>
        <source>Scheduled maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled maintenance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local library — no streaming server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything plays from this computer. Add a Subsonic server (File ▸ Servers…) to stream and keep offline copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recent requests failed</source>
        <translation>
            <numerusform>%1 of %n recent request failed</numerusform>
            <numerusform>%1 of %n recent requests failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Your library and offline music still play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re offline — playing from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no network connection, so %1 can&apos;t be reached. %2 Refrain checks again as soon as the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not answered for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps dropping out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t reach %1 (your network is fine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page says all clear, but the server has not answered for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not answered for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrain keeps checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Refrain checks again as soon as the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still answers here, so playing may keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recent requests failed.</source>
        <translation>
            <numerusform>%1 of %n recent request failed.</numerusform>
            <numerusform>%1 of %n recent requests failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status page says all clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password in File ▸ Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is working normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plans maintenance: %2. Keep what you need offline before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status page can&apos;t be read right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library and offline music are available meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t read the status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::HealthModel</name>
    <message>
        <source>Status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on this computer&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on checks of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on the service&apos;s status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on recent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server last answered %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server not answering for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status page unreachable for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status page read %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance in progress until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled maintenance from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled maintenance %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled maintenance %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Emergency Essentials — %1 ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::HealthMonitor</name>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::HealthState</name>
    <message>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::HistoryWiring</name>
    <message>
        <source>A listen could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nostalgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Listening &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your listening history from Spotify, ListenBrainz or Last.fm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;ListenBrainz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your listens to ListenBrainz with your user token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listen(s) to send</source>
        <translation>
            <numerusform>%n listen to send</numerusform>
            <numerusform>%n listens to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Refrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListenBrainz disconnected; your listens stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens will be sent to ListenBrainz, older ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect ListenBrainz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ListenBrainz user token (listenbrainz.org ▸ Settings). Leave it empty to disconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Listening History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening history (*.json *.jsonl *.csv *.zip *.xml *.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing history… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening history import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop importing; what was imported stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listen(s) added</source>
        <translation>
            <numerusform>%n listen added</numerusform>
            <numerusform>%n listens added</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: %1 listens added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 were already in your history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these songs is in your library now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::LaunchActions</name>
    <message>
        <source>%1: %2 entries are not local files and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to play in the files given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::LaunchRequest</name>
    <message>
        <source>--play-playlist needs the name of a playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the library, settings and downloads in &lt;dir&gt; instead of the usual app data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &lt;dir&gt; to the music library and scan it (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause when playing, play otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous track (or the start of this one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop playing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the Refrain window to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the queue with the playlist &lt;name&gt; (a local or server playlist, or &quot;essentials&quot; for Emergency Essentials) and play it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrain — a music player that keeps playing when the streaming service fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio files and playlists (M3U, PLS, XSPF) to play, folders to add to the library. A running Refrain takes them over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only local files and folders can be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an audio file or playlist: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::LibraryBrowser</name>
    <message>
        <source>Library sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::LibraryView</name>
    <message>
        <source>Search titles, artists, albums… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Music Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Up Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Playlist on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty.
Add a folder with music to get started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracks match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download this album&apos;s or artist&apos;s songs from the server, so they play during an outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only songs that play without a network: your files and verified downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this artist offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this album offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Emergency Essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Album Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep A&amp;rtist Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can&apos;t play now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here plays without a network yet.
Keep playlists, albums or artists offline, or add songs to Emergency Essentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::MainWindow</name>
    <message>
        <source>Up Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Music Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ervers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, test, sync or remove streaming servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for new, changed and removed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the tags of every file again, even those that look unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All &amp;Songs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always Show Service &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the service status banner visible while all is well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Status &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Refrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Refrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrain %1
A local-first music player that keeps playing when the streaming service fails.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlists (*.m3u *.m3u8 *.pls *.xspf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M3U8 (*.m3u8);;M3U (*.m3u);;PLS (*.pls);;XSPF (*.xspf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: bring back “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Music Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is downloading for offline listening, and its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Up Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read All &amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::MergePlan</name>
    <message>
        <source>%1: meanwhile it was renamed “%2” on the server. The server keeps “%2”; this computer shows “%3” until you rename the playlist again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server moved %2 meanwhile and now has fewer copies of it, so which one you meant cannot be told; it was not removed. Remove the copy you mean again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the playlist was deleted on the server meanwhile, so this was not sent. This computer keeps showing your version; to keep it, make a new playlist with its songs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::MprisPlayer</name>
    <message>
        <source>Refrain opens only file:// URIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::MprisService</name>
    <message>
        <source>There is no session bus to publish the media controls on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media controls could not be published: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaBarList</name>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by listens: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n listen</numerusform>
            <numerusform>%n listens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaColumnChart</name>
    <message>
        <source>%1k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaFigures</name>
    <message>
        <source>listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busiest day · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n listen</numerusform>
            <numerusform>%n listens</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busiest hour · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busiest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaHeatMap</name>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, most at %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n listen</numerusform>
            <numerusform>%n listens</numerusform>
        </translation>
    </message>
    <message>
        <source>Listens by weekday and hour: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens by weekday and hour. Busiest: %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaModel</name>
    <message>
        <source>First heard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year ago today you first heard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years ago today you first heard %1</source>
        <translation>
            <numerusform>%n year ago today you first heard %1</numerusform>
            <numerusform>%n years ago today you first heard %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaOnThisDay</name>
    <message>
        <source> (%1×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play These</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the songs of this day in earlier years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier years</source>
        <translation>
            <numerusform>and %n earlier year</numerusform>
            <numerusform>and %n earlier years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaPage</name>
    <message>
        <source>Nostalgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your listening history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No listens yet — play something, or import your history from Spotify, ListenBrainz or Last.fm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Recap Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this recap as a picture to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in what you played elsewhere, from an export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes listened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listens by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No albums known for these listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres come from songs in your library; none of these listens matched one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 in music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was played in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Top track: %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n listen</numerusform>
            <numerusform>%n listens</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes listened per month. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes listened per day. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes listened per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes listened per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Recap Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recap to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the recap card as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the recap card as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaRankModel</name>
    <message>
        <source>%1. %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n listen</numerusform>
            <numerusform>%n listens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NowPlayingBar</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::OfflineAvailability</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays from the server only: keep it offline to have it during an outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is being downloaded; until it is verified the song needs the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified copy is on this computer: it plays without the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of your library: it plays without any network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be reached now (a removed drive or share?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::OfflineIo</name>
    <message>
        <source>The file name “%1” would leave the offline folder; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for “%1” could not be made in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download&apos;s file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full (or the file may not grow further).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be emptied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name leaves the offline folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verified file could not be moved into place as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playlist name leaves the offline folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::OfflinePage</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet: star songs on your server or use “Add to Emergency Essentials” on any song.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Essentials readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your picks, then starred songs, then your most played, up to your budget. They play when the server does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why downloads wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Emergency Essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the songs of Emergency Essentials on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is downloading and waiting, and the offline settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Songs of Emergency Essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Emergency Essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Keeping Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the songs of Emergency Essentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Essentials is always kept; take songs out of it above instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the offline copies this keeps (songs another pin keeps stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::OfflinePinsModel</name>
    <message>
        <source>%1 of %2 ready · %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n downloading</numerusform>
            <numerusform>%n downloading</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::OfflineQueue</name>
    <message>
        <source>Reading the download queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stream cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the offline files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::OfflineSettingsFields</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (free disk space only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much music Emergency Essentials keeps, by length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much music Emergency Essentials keeps, by size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most every offline file together may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many files download at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of streamed songs kept for later; the least recently played go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Essentials, &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Essentials, si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage &amp;quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream cach&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::OfflineStore</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n downloading</numerusform>
            <numerusform>%n downloading</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the offline settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is called or numbered “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such %1 to keep offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pin was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pinned has that number (Essentials stays pinned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what is kept offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Essentials is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The song is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free file name for song %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the offline files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the songs of a pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essentials is empty: star songs or pick some to keep them offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essentials ready: %1 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essentials: %1 of %2 ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::OfflineWiring</name>
    <message>
        <source>Refrain is quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in Emergency Essentials can play without the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::PlaybackEngine</name>
    <message>
        <source>Couldn&apos;t play “%1”: %2. Nothing else in the queue could play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playback failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left in the queue can play now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing the downloaded copy — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::PlayerModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::PlaylistEntriesModel</name>
    <message>
        <source>Missing — %1 is not in the library or cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”; %n track(s) could not be found and are shown as missing.</source>
        <translation>
            <numerusform>Imported “%1”; %n track could not be found and is shown as missing.</numerusform>
            <numerusform>Imported “%1”; %n tracks could not be found and are shown as missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name ending in .m3u8, .m3u, .pls or .xspf.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlist entries</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>Keep Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download this playlist&apos;s songs from the server and keep them in step with it, so they play during an outage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::QueueModel</name>
    <message>
        <source>Can&apos;t play now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::QueueView</name>
    <message>
        <source>Nothing up next.
Double-click a song, choose “Play Next”, or drag songs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::RecapCard</name>
    <message>
        <source>Refrain Recap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFRAIN RECAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your year in music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your month in music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes listened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busiest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per month · made on this computer by Refrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per day · made on this computer by Refrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ScanStatusWidget</name>
    <message>
        <source>Stop scanning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::SecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and API keys are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and API keys are kept in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1): passwords and API keys are kept in %2, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ServerEdit</name>
    <message>
        <source>Create playlist “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create playlist “%1” with %n song(s)</source>
        <translation>
            <numerusform>Create playlist “%1” with %n song</numerusform>
            <numerusform>Create playlist “%1” with %n songs</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename playlist “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n song(s) to “%1”</source>
        <translation>
            <numerusform>Add %n song to “%1”</numerusform>
            <numerusform>Add %n songs to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n song(s) from “%1”</source>
        <translation>
            <numerusform>Remove %n song from “%1”</numerusform>
            <numerusform>Remove %n songs from “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete playlist “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star album %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar album %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star artist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar artist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star song %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar song %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ServerEditStore</name>
    <message>
        <source>Say what to star.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A playlist needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which songs to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which entries to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has no entry %2 (it has %n entries, counted from 0).</source>
        <translation>
            <numerusform>“%1” has no entry %2 (it has %n entry, counted from 0).</numerusform>
            <numerusform>“%1” has no entry %2 (it has %n entries, counted from 0).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the playlist “%1” could not be created on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no playlist %1 in this server&apos;s mirror.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ServerEdits</name>
    <message>
        <source>The server connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its playlist was never created on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server said it was created but does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ServerForm</name>
    <message>
        <source>Add a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://music.example.org
http://192.168.1.20:4533</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line. The first is tried first; after that, whichever answered best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API ke&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSubsonic servers such as Navidrome can give you an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the password over plain &amp;HTTP to a public address (old servers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only matters for servers that refuse secure sign-in tokens: Refrain then has to send the password itself, which anyone between you and an http:// address on the internet could read. Addresses with https:// or on your own network never need this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. https://status.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the service behind this server publishes its status (Atlassian Statuspage). Refrain shows what it says in the status banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status pag&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server a name, such as “Home”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a server called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name you sign in to the server with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key (the server&apos;s web page shows it in your profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server before adding it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added: the details changed while they were being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The server was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”. Its songs are being added to your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”, but it cannot be reached now: %2
Its songs appear once it answers (Sync Now).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ServerHub</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a server&apos;s track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its server is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the song is no longer mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no cover for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an empty cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its server is not connected (signed out or removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be signed in to without your permission to send the password readably</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ServerListModel</name>
    <message>
        <source>Enter the server&apos;s address, such as https://music.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Songs as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the status page, such as https://status.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (plain HTTP outside your home network): %1. Anyone on the way can see what you play and reuse your sign-in; use https:// if the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ServerPlaylistEntriesModel</name>
    <message>
        <source>Missing — this song is not in the library yet; it shows once the server&apos;s catalog is synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ServerPlaylistModel</name>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the playlists of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ServerProbe</name>
    <message>
        <source>No answer from %1 in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 does not resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cut the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no usable network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::ServersDialog</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where passwords are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the selected server answers and accepts you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch what changed on the server since the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No servers yet. Add one with the form: its songs then appear in your library next to your own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”? Its songs leave your library, and playlists keep them as missing entries. Its password or API key is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page of the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status pa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page saved: the status banner follows it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::SettingsDialog</name>
    <message>
        <source>Refrain Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::SettingsWiring</name>
    <message>
        <source>Fetches album covers from your servers. Off: only covers already saved on this computer are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads the next songs in the queue ahead of time, so a short outage does not stop the music.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recaps, charts and other work that reads the whole history. The first to step back when the computer or service struggles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option of Refrain in one searchable window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional Extras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Refrain starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translation locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep playing in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu or with File ▸ Quit. Only where the desktop has a system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimize background close window system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;notification when a new song starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while Refrain&apos;s window is not in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop notification popup track song change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when the &amp;service&apos;s health changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once for each change: an outage is announced once, and its end once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop notification outage status health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always show the service &amp;status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise it appears only while something is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banner health status pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the queue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the queue and keep playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue, the song and how far it had played are saved as you listen, so they come back even after a crash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume remember session last position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ReplayGain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each song at the same loudness (track gain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albums as mastered (album gain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the loudness stored in the files&apos; tags; songs without it play as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume loudness normalize normalise gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;nothing can play:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer Emergency Essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Emergency Essentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server is down and no song in the queue has a copy here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outage offline emergency essentials stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;plays to your servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your servers count plays and show them in other apps. Listens are always kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrobble scrobbling play count subsonic navidrome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me about &amp;anniversaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one a day: “A year ago today you first heard …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nostalgia on this day notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect ListenBrainz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Listening History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListenBrainz keeps your listens online too; your token is stored in the system&apos;s keyring. Imports read Spotify, ListenBrainz and Last.fm exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrobble token spotify last.fm lastfm import export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features degrade safe mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListenBrainz &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a self-hosted ListenBrainz. Empty: listenbrainz.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server url api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feature document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the service publishes which extras to switch off during an incident. Takes effect the next time Refrain starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote rollout url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for new, changed and removed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read All &amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the tags of every file again, even those that look unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrain watches these folders and reads the tags of the songs in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan rescan directory folder add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found at the last scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add, Edit or Remove Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsonic and OpenSubsonic servers (Navidrome, Gonic, Airsonic…). Their catalogs are mirrored here, so browsing works while they are down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subsonic navidrome gonic airsonic password login status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget size limit disk space download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency Essentials: the songs kept here for when the service is down. It fills with your picks, starred songs, the most played and the most recently played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> emergency essentials hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> emergency essentials gigabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most every offline copy together may take on this disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> quota storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download parallel simultaneous connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of streamed songs kept for later; the least recently played go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cache stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Downloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download queue progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected folder and its songs out of the library; the files stay on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Music Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take “%1” and its songs out of the library? The files stay on disk, and playlists keep their entries as missing songs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::SingleInstance</name>
    <message>
        <source>The request has no protocol version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request speaks protocol %1; this Refrain speaks %2. Quit Refrain and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running Refrain could not take the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::SmtcControls</name>
    <message>
        <source>There is no window to show the media controls for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows offers no media controls for this window (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows did not accept the media buttons (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::StatusHistoryDialog</name>
    <message>
        <source>No incidents observed in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Status History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uptime, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime per service, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days (oldest to today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident timeline, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of the day bars: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n day(s) operational</source>
        <translation>
            <numerusform>%n day operational</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this computer observed from %1 to %2 (local time). Maintenance is not counted as downtime; time Refrain was not running is not counted at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this computer observed over the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::SubsonicClient</name>
    <message>
        <source>The server answered with a document instead of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2 (certificate: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::TrackGroupModel</name>
    <message>
        <source>Album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No genre</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available — the server “%1” cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available — %1 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refrain::TrayIcon</name>
    <message>
        <source>Refrain — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Refrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Refrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Refrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
