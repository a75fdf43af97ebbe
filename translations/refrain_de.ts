<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Capabilities</name>
    <message>
        <source>The service</source>
        <translation>Der Dienst</translation>
    </message>
    <message>
        <source>No streaming server is set up</source>
        <translation>Kein Streaming-Server eingerichtet</translation>
    </message>
    <message>
        <source>This computer is offline</source>
        <translation>Dieser Computer ist offline</translation>
    </message>
    <message>
        <source>%1 reports degraded performance</source>
        <translation>%1 meldet eingeschränkte Leistung</translation>
    </message>
    <message>
        <source>The server refused the sign-in</source>
        <translation>Der Server hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The server is slow or failing</source>
        <translation>Der Server ist langsam oder fällt aus</translation>
    </message>
    <message>
        <source>%1 reports a partial outage</source>
        <translation>%1 meldet einen teilweisen Ausfall</translation>
    </message>
    <message>
        <source>Part of the server is failing</source>
        <translation>Ein Teil des Servers fällt aus</translation>
    </message>
    <message>
        <source>%1 reports a major outage</source>
        <translation>%1 meldet einen schweren Ausfall</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>Der Server antwortet nicht</translation>
    </message>
    <message>
        <source>%1 is down for scheduled maintenance until %2</source>
        <translation>%1 ist bis %2 wegen geplanter Wartung nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 is down for scheduled maintenance</source>
        <translation>%1 ist wegen geplanter Wartung nicht erreichbar</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message numerus="yes">
        <source>%n downloaded song(s) still play</source>
        <translation>
            <numerusform>%n heruntergeladener Titel spielt weiter</numerusform>
            <numerusform>%n heruntergeladene Titel spielen weiter</numerusform>
        </translation>
    </message>
    <message>
        <source>music on this computer still plays</source>
        <translation>Musik auf diesem Computer spielt weiter</translation>
    </message>
    <message>
        <source>the copy saved %1</source>
        <translation>die Kopie vom %1</translation>
    </message>
    <message>
        <source>the saved copy</source>
        <translation>die gespeicherte Kopie</translation>
    </message>
    <message>
        <source>no copy of the catalog is saved on this computer yet</source>
        <translation>auf diesem Computer ist noch keine Kopie des Katalogs gespeichert</translation>
    </message>
    <message>
        <source>browsing %1</source>
        <translation>Stöbern in %1</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>Suche in %1</translation>
    </message>
    <message>
        <source>showing saved artwork only</source>
        <translation>nur gespeicherte Cover werden gezeigt</translation>
    </message>
    <message>
        <source>listens are kept and sent later</source>
        <translation>Wiedergaben werden aufbewahrt und später gesendet</translation>
    </message>
    <message>
        <source>edits are kept here and merged when the server is back</source>
        <translation>Änderungen bleiben hier und werden zusammengeführt, sobald der Server wieder da ist</translation>
    </message>
    <message>
        <source>downloads wait until the network is back</source>
        <translation>Downloads warten, bis das Netzwerk wieder da ist</translation>
    </message>
    <message>
        <source>downloads wait until the server is back</source>
        <translation>Downloads warten, bis der Server wieder da ist</translation>
    </message>
    <message>
        <source>songs are not fetched ahead</source>
        <translation>Titel werden nicht vorab geladen</translation>
    </message>
    <message>
        <source>extras that need the server step back</source>
        <translation>Extras, die den Server brauchen, treten zurück</translation>
    </message>
    <message>
        <source>songs are not fetched ahead to spare the server</source>
        <translation>Titel werden nicht vorab geladen, um den Server zu schonen</translation>
    </message>
    <message>
        <source>heavy extras step back to spare the server</source>
        <translation>aufwendige Extras treten zurück, um den Server zu schonen</translation>
    </message>
    <message>
        <source>streams may fail, so downloaded copies play first</source>
        <translation>Streams können ausfallen, daher spielen heruntergeladene Kopien zuerst</translation>
    </message>
    <message>
        <source>browsing falls back to %1 when the server fails</source>
        <translation>Stöbern weicht auf %1 aus, wenn der Server ausfällt</translation>
    </message>
    <message>
        <source>browsing may fail</source>
        <translation>Stöbern kann fehlschlagen</translation>
    </message>
    <message>
        <source>searching falls back to %1 when the server fails</source>
        <translation>die Suche weicht auf %1 aus, wenn der Server ausfällt</translation>
    </message>
    <message>
        <source>searching may fail</source>
        <translation>die Suche kann fehlschlagen</translation>
    </message>
    <message>
        <source>listens are queued and sent when the server takes them</source>
        <translation>Wiedergaben werden gesammelt und gesendet, sobald der Server sie annimmt</translation>
    </message>
    <message>
        <source>failed downloads are retried later</source>
        <translation>fehlgeschlagene Downloads werden später wiederholt</translation>
    </message>
    <message>
        <source>showing saved artwork only, no new artwork is fetched</source>
        <translation>nur gespeicherte Cover werden gezeigt, neue werden nicht geladen</translation>
    </message>
    <message>
        <source>search still covers the music on this computer</source>
        <translation>die Suche umfasst weiterhin die Musik auf diesem Computer</translation>
    </message>
    <message>
        <source>listens are still recorded on this computer</source>
        <translation>Wiedergaben werden weiterhin auf diesem Computer erfasst</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Browsing the server</source>
        <translation>Stöbern auf dem Server</translation>
    </message>
    <message>
        <source>Searching the server</source>
        <translation>Suche auf dem Server</translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Scrobbling</source>
        <translation>Scrobbeln</translation>
    </message>
    <message>
        <source>Editing server playlists</source>
        <translation>Server-Playlists bearbeiten</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Fetching songs ahead</source>
        <translation>Titel vorab laden</translation>
    </message>
    <message>
        <source>Extras such as recaps with artwork</source>
        <translation>Extras wie Rückblicke mit Covern</translation>
    </message>
</context>
<context>
    <name>PlayQueue</name>
    <message>
        <source>it cannot play now</source>
        <translation>kann gerade nicht abgespielt werden</translation>
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message numerus="yes">
        <source>Looking for music… %n file(s) found</source>
        <translation>
            <numerusform>Suche nach Musik … %n Datei gefunden</numerusform>
            <numerusform>Suche nach Musik … %n Dateien gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading tags: %1 of %2</source>
        <translation>Tags lesen: %1 von %2</translation>
    </message>
    <message>
        <source> — about %1 left</source>
        <translation> – noch etwa %1</translation>
    </message>
    <message>
        <source>Finishing scan…</source>
        <translation>Suchlauf wird abgeschlossen …</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>Scan stopped: %1</source>
        <translation>Suchlauf abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) missing — tracks kept</source>
        <translation>
            <numerusform>%n Ordner fehlt – Titel bleiben erhalten</numerusform>
            <numerusform>%n Ordner fehlen – Titel bleiben erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation>Suchlauf abgebrochen</translation>
    </message>
    <message>
        <source>Scan finished</source>
        <translation>Suchlauf beendet</translation>
    </message>
</context>
<context>
    <name>ServerEdit</name>
    <message>
        <source>There is no playlist %1 in this server&apos;s mirror.</source>
        <translation>Im Spiegel dieses Servers gibt es keine Playlist %1.</translation>
    </message>
</context>
<context>
    <name>SourceResolver</name>
    <message>
        <source>no streaming server is connected</source>
        <translation>kein Streaming-Server ist verbunden</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>die Datei fehlt</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>refrain</name>
    <message>
        <source>Reading the offline files</source>
        <translation>Offline-Dateien werden gelesen</translation>
    </message>
</context>
<context>
    <name>refrain::Anniversary</name>
    <message>
        <source>Reading the span of listening history</source>
        <translation>Zeitraum der Hörhistorie wird gelesen</translation>
    </message>
    <message>
        <source>Reading first listens</source>
        <translation>Erste Wiedergaben werden gelesen</translation>
    </message>
    <message>
        <source>Reading the years of listening history</source>
        <translation>Jahre der Hörhistorie werden gelesen</translation>
    </message>
</context>
<context>
    <name>refrain::CatalogSync</name>
    <message>
        <source>The server connection is gone.</source>
        <translation>Die Verbindung zum Server ist weg.</translation>
    </message>
    <message>
        <source>Listing albums</source>
        <translation>Alben werden aufgelistet</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
</context>
<context>
    <name>refrain::CloseToTray</name>
    <message>
        <source>Refrain is still running</source>
        <translation>Refrain läuft weiter</translation>
    </message>
    <message>
        <source>The music keeps playing. Click the tray icon to bring the window back; to quit, choose Quit Refrain in its menu or File ▸ Quit.</source>
        <translation>Die Musik spielt weiter. Klicke auf das Symbol im Infobereich, um das Fenster zurückzuholen; zum Beenden wähle „Refrain beenden“ in seinem Menü oder Datei ▸ Beenden.</translation>
    </message>
    <message>
        <source>The music keeps playing. Click the tray icon to bring the window back; to quit, choose Quit Refrain in its menu or File ▸ Quit (%1).</source>
        <translation>Die Musik spielt weiter. Klicke auf das Symbol im Infobereich, um das Fenster zurückzuholen; zum Beenden wähle „Refrain beenden“ in seinem Menü oder Datei ▸ Beenden (%1).</translation>
    </message>
</context>
<context>
    <name>refrain::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>refrain::CompositionRoot</name>
    <message>
        <source>%1 refused a playlist change made while it was away: %2</source>
        <translation>%1 hat eine Playlist-Änderung abgelehnt, die während seiner Abwesenheit gemacht wurde: %2</translation>
    </message>
    <message>
        <source>There is no playlist called “%1”.</source>
        <translation>Es gibt keine Wiedergabeliste namens „%1“.</translation>
    </message>
    <message>
        <source>The playlist “%1” has no songs in your library.</source>
        <translation>Die Wiedergabeliste „%1“ hat keine Titel in deiner Bibliothek.</translation>
    </message>
</context>
<context>
    <name>refrain::DatabaseNotice</name>
    <message>
        <source>Move Aside and Start a Fresh Library</source>
        <translation>Beiseitelegen und neue Bibliothek beginnen</translation>
    </message>
</context>
<context>
    <name>refrain::DegradationWiring</name>
    <message>
        <source>Refrain did not close properly last time, so optional extras (artwork, prefetching, recaps) start switched off this time.</source>
        <translation>Refrain wurde beim letzten Mal nicht richtig beendet, daher starten optionale Extras (Cover, Vorabladen, Rückblicke) diesmal ausgeschaltet.</translation>
    </message>
    <message>
        <source>Kept off after two crashes in a row: %1.</source>
        <translation>Nach zwei Abstürzen in Folge ausgeschaltet: %1.</translation>
    </message>
    <message>
        <source>Switched off in the settings.</source>
        <translation>In den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>Nothing in the queue can play now (%1): playing Emergency Essentials.</source>
        <translation>Nichts in der Warteschlange kann gerade spielen (%1): Notfallvorrat wird abgespielt.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the queue can play now (%1). Emergency Essentials has %n song(s) ready: use “Play Emergency Essentials”.</source>
        <translation>
            <numerusform>Nichts in der Warteschlange kann gerade spielen (%1). Der Notfallvorrat hat %n Titel bereit: „Notfallvorrat abspielen“ wählen.</numerusform>
            <numerusform>Nichts in der Warteschlange kann gerade spielen (%1). Der Notfallvorrat hat %n Titel bereit: „Notfallvorrat abspielen“ wählen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::DownloadListModel</name>
    <message>
        <source>Unknown title</source>
        <translation>Unbekannter Titel</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Offline behalten</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>Wird heruntergeladen: %1 %</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>refrain::DownloadManager</name>
    <message numerus="yes">
        <source>%n offline file(s) were damaged and are downloaded again.</source>
        <translation>
            <numerusform>%n Offline-Datei war beschädigt und wird erneut heruntergeladen.</numerusform>
            <numerusform>%n Offline-Dateien waren beschädigt und werden erneut heruntergeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline storage has reached its limit of %1: %n song(s) wait. Raise the limit in Settings or keep fewer things offline.</source>
        <translation>
            <numerusform>Der Offline-Speicher hat seine Grenze von %1 erreicht: %n Titel wartet. Erhöhe die Grenze in den Einstellungen oder behalte weniger offline.</numerusform>
            <numerusform>Der Offline-Speicher hat seine Grenze von %1 erreicht: %n Titel warten. Erhöhe die Grenze in den Einstellungen oder behalte weniger offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads wait for the server: %1</source>
        <translation>Downloads warten auf den Server: %1</translation>
    </message>
    <message>
        <source>%1 Downloads are paused and nothing was lost: free some space, then resume them.</source>
        <translation>%1 Downloads sind angehalten, nichts ist verloren: Schaffe etwas Platz und setze sie dann fort.</translation>
    </message>
    <message>
        <source>The server sent a document instead of the song.</source>
        <translation>Der Server hat ein Dokument statt des Titels gesendet.</translation>
    </message>
</context>
<context>
    <name>refrain::DownloadsDialog</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Emergency Essentials readiness</source>
        <translation>Bereitschaft des Notfallvorrats</translation>
    </message>
    <message>
        <source>Why downloads wait</source>
        <translation>Warum Downloads warten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Download &amp;Next</source>
        <translation>Als &amp;Nächstes herunterladen</translation>
    </message>
    <message>
        <source>List the files that are downloaded and verified too</source>
        <translation>Auch die heruntergeladenen und geprüften Dateien auflisten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected downloads; a failed one is tried again</source>
        <translation>Die ausgewählten Downloads fortsetzen; ein fehlgeschlagener wird erneut versucht</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop downloading the selected files; Resume brings them back</source>
        <translation>Die ausgewählten Dateien nicht mehr herunterladen; „Fortsetzen“ holt sie zurück</translation>
    </message>
    <message>
        <source>Download Next</source>
        <translation>Als Nächstes herunterladen</translation>
    </message>
    <message>
        <source>Download the selected files before everything else waiting</source>
        <translation>Die ausgewählten Dateien vor allem anderen Wartenden herunterladen</translation>
    </message>
    <message>
        <source>Offline settings</source>
        <translation>Offline-Einstellungen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n wird heruntergeladen</numerusform>
            <numerusform>%n werden heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Nothing is waiting to download.</source>
        <translation>Nichts wartet auf den Download.</translation>
    </message>
    <message>
        <source>Resume &amp;All</source>
        <translation>&amp;Alle fortsetzen</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>&amp;Alle anhalten</translation>
    </message>
    <message>
        <source>Let the whole queue download again</source>
        <translation>Die ganze Warteschlange wieder herunterladen lassen</translation>
    </message>
    <message>
        <source>Stop every download; each keeps what it has</source>
        <translation>Alle Downloads anhalten; jeder behält, was er schon hat</translation>
    </message>
    <message>
        <source>Show &amp;finished (%1)</source>
        <translation>&amp;Fertige anzeigen (%1)</translation>
    </message>
</context>
<context>
    <name>refrain::GroupView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern …</translation>
    </message>
    <message>
        <source>Filter %1 list</source>
        <translation>Liste %1 filtern</translation>
    </message>
</context>
<context>
    <name>refrain::HealthBanner</name>
    <message>
        <source>Turn Extras Back &amp;On</source>
        <translation>Extras wieder &amp;einschalten</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <source>Switch the optional extras on again now</source>
        <translation>Die optionalen Extras jetzt wieder einschalten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Components, incidents and maintenance</source>
        <translation>Komponenten, Störungen und Wartung</translation>
    </message>
    <message>
        <source>Dismiss service status</source>
        <translation>Dienststatus ausblenden</translation>
    </message>
    <message>
        <source>Hide this until things get worse</source>
        <translation>Ausblenden, bis es schlechter wird</translation>
    </message>
</context>
<context>
    <name>refrain::HealthDetails</name>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service components</source>
        <translation>Dienstkomponenten</translation>
    </message>
    <message>
        <source>Status History…</source>
        <translation>Statusverlauf …</translation>
    </message>
    <message>
        <source>The last 30 days of observed incidents and uptime</source>
        <translation>Die beobachteten Störungen und die Verfügbarkeit der letzten 30 Tage</translation>
    </message>
    <message>
        <source>No status page is set up for this server, so Refrain&apos;s own checks are all it knows.</source>
        <translation>Für diesen Server ist keine Statusseite eingerichtet, daher weiß Refrain nur, was seine eigenen Prüfungen ergeben.</translation>
    </message>
    <message>
        <source>The status page reports no incidents and no maintenance.</source>
        <translation>Die Statusseite meldet keine Störungen und keine Wartung.</translation>
    </message>
    <message>
        <source>%1 impact</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>affects %1</source>
        <translation>betrifft %1</translation>
    </message>
</context>
<context>
    <name>refrain::HealthHistoryModel</name>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no incidents</source>
        <translation>keine Störungen</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Störung</numerusform>
            <numerusform>%n Störungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance(s)</source>
        <translation>
            <numerusform>%n Wartung</numerusform>
            <numerusform>%n Wartungen</numerusform>
        </translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>nicht beobachtet</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <source>%1 maintenance</source>
        <translation>%1 Wartung</translation>
    </message>
    <message>
        <source>The status history could not be read: %1</source>
        <translation>Der Statusverlauf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>refrain::HealthMerge</name>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <source>Scheduled maintenance %1</source>
        <translation>Geplante Wartung %1</translation>
    </message>
    <message>
        <source>Local library — no streaming server configured</source>
        <translation>Lokale Bibliothek – kein Streaming-Server eingerichtet</translation>
    </message>
    <message>
        <source>Everything plays from this computer. Add a Subsonic server (File ▸ Servers…) to stream and keep offline copies.</source>
        <translation>Alles spielt von diesem Computer. Füge einen Subsonic-Server hinzu (Datei ▸ Server …), um zu streamen und Offline-Kopien zu behalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recent requests failed</source>
        <translation>
            <numerusform>%1 von %n kürzlichen Anfrage fehlgeschlagen</numerusform>
            <numerusform>%1 von %n kürzlichen Anfragen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your library and offline music still play.</source>
        <translation>Deine Bibliothek und deine Offline-Musik spielen weiter.</translation>
    </message>
    <message>
        <source>%1 reports: %2</source>
        <translation>%1 meldet: %2</translation>
    </message>
    <message>
        <source>You&apos;re offline — playing from this computer</source>
        <translation>Du bist offline – Wiedergabe von diesem Computer</translation>
    </message>
    <message>
        <source>This computer has no network connection, so %1 can&apos;t be reached. %2 Refrain checks again as soon as the network is back.</source>
        <translation>Dieser Computer hat keine Netzwerkverbindung, daher ist %1 nicht erreichbar. %2 Refrain prüft erneut, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>%1 has not answered for %2.</source>
        <translation>%1 antwortet seit %2 nicht.</translation>
    </message>
    <message>
        <source>%1 keeps dropping out</source>
        <translation>%1 fällt immer wieder aus</translation>
    </message>
    <message>
        <source>Can&apos;t reach %1 (your network is fine)</source>
        <translation>%1 ist nicht erreichbar (dein Netzwerk ist in Ordnung)</translation>
    </message>
    <message>
        <source>Can&apos;t reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Status page says all clear, but the server has not answered for %1.</source>
        <translation>Die Statusseite meldet alles in Ordnung, aber der Server antwortet seit %1 nicht.</translation>
    </message>
    <message>
        <source>It has not answered for %1.</source>
        <translation>Er antwortet seit %1 nicht.</translation>
    </message>
    <message>
        <source>Refrain keeps checking.</source>
        <translation>Refrain prüft weiter.</translation>
    </message>
    <message>
        <source>%1 Refrain checks again as soon as the network is back.</source>
        <translation>%1 Refrain prüft erneut, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>%1 still answers here, so playing may keep working.</source>
        <translation>%1 antwortet hier noch, die Wiedergabe funktioniert also womöglich weiter.</translation>
    </message>
    <message>
        <source>%1 on %2 is failing</source>
        <translation>%1 auf %2 fällt aus</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recent requests failed.</source>
        <translation>
            <numerusform>%1 von %n kürzlichen Anfrage ist fehlgeschlagen.</numerusform>
            <numerusform>%1 von %n kürzlichen Anfragen sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is slow</source>
        <translation>%1 ist langsam</translation>
    </message>
    <message>
        <source>%1 takes %2 to answer.</source>
        <translation>%1 braucht %2 für eine Antwort.</translation>
    </message>
    <message>
        <source>The status page says all clear.</source>
        <translation>Die Statusseite meldet alles in Ordnung.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in</source>
        <translation>%1 hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Check the user name and password in File ▸ Servers…</source>
        <translation>Prüfe Benutzername und Passwort unter Datei ▸ Server …</translation>
    </message>
    <message>
        <source>%1 is working normally</source>
        <translation>%1 funktioniert normal</translation>
    </message>
    <message>
        <source>%1 plans maintenance: %2. Keep what you need offline before it starts.</source>
        <translation>%1 plant eine Wartung: %2. Behalte offline, was du brauchst, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Its status page can&apos;t be read right now.</source>
        <translation>Seine Statusseite lässt sich gerade nicht lesen.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Your library and offline music are available meanwhile.</source>
        <translation>Deine Bibliothek und deine Offline-Musik sind währenddessen verfügbar.</translation>
    </message>
    <message>
        <source>Can&apos;t read the status page</source>
        <translation>Die Statusseite lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>No status known</source>
        <translation>Kein Status bekannt</translation>
    </message>
</context>
<context>
    <name>refrain::HealthModel</name>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>Based on your settings</source>
        <translation>Laut deinen Einstellungen</translation>
    </message>
    <message>
        <source>Based on this computer&apos;s network</source>
        <translation>Laut dem Netzwerk dieses Computers</translation>
    </message>
    <message>
        <source>Based on checks of the server</source>
        <translation>Laut Prüfungen des Servers</translation>
    </message>
    <message>
        <source>Based on the service&apos;s status page</source>
        <translation>Laut der Statusseite des Dienstes</translation>
    </message>
    <message>
        <source>Based on recent requests</source>
        <translation>Laut den letzten Anfragen</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Eingeschränkte Leistung</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Teilweiser Ausfall</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Schwerer Ausfall</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>In Wartung</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Ursache erkannt</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Wird beobachtet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>checked just now</source>
        <translation>gerade eben geprüft</translation>
    </message>
    <message>
        <source>checked %1 ago</source>
        <translation>vor %1 geprüft</translation>
    </message>
    <message>
        <source>server last answered %1 ago</source>
        <translation>Server hat zuletzt vor %1 geantwortet</translation>
    </message>
    <message>
        <source>server not answering for %1</source>
        <translation>Server antwortet seit %1 nicht</translation>
    </message>
    <message>
        <source>status page unreachable for %1</source>
        <translation>Statusseite seit %1 nicht erreichbar</translation>
    </message>
    <message>
        <source>status page read %1 ago</source>
        <translation>Statusseite vor %1 gelesen</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Open status page</source>
        <translation>Statusseite öffnen</translation>
    </message>
    <message>
        <source>Play Emergency Essentials — %1 ready</source>
        <translation>Notfallvorrat abspielen – %1 bereit</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>Maintenance completed</source>
        <translation>Wartung abgeschlossen</translation>
    </message>
    <message>
        <source>Maintenance in progress</source>
        <translation>Wartung läuft</translation>
    </message>
    <message>
        <source>Maintenance in progress until %1</source>
        <translation>Wartung läuft bis %1</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <source>Scheduled maintenance from %1</source>
        <translation>Geplante Wartung ab %1</translation>
    </message>
    <message>
        <source>Scheduled maintenance %1–%2</source>
        <translation>Geplante Wartung %1–%2</translation>
    </message>
    <message>
        <source>Scheduled maintenance %1 – %2</source>
        <translation>Geplante Wartung %1 – %2</translation>
    </message>
</context>
<context>
    <name>refrain::HealthMonitor</name>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>refrain::HealthState</name>
    <message>
        <source>Operational</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Teilweiser Ausfall</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Schwerer Ausfall</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>refrain::HistoryWiring</name>
    <message>
        <source>A listen could not be saved: %1</source>
        <translation>Eine Wiedergabe konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nostalgia</source>
        <translation>Nostalgie</translation>
    </message>
    <message>
        <source>Import Listening &amp;History…</source>
        <translation>&amp;Hörhistorie importieren …</translation>
    </message>
    <message>
        <source>Add your listening history from Spotify, ListenBrainz or Last.fm</source>
        <translation>Deine Hörhistorie von Spotify, ListenBrainz oder Last.fm hinzufügen</translation>
    </message>
    <message>
        <source>Connect &amp;ListenBrainz…</source>
        <translation>&amp;ListenBrainz verbinden …</translation>
    </message>
    <message>
        <source>Send your listens to ListenBrainz with your user token</source>
        <translation>Deine Wiedergaben mit deinem Benutzertoken an ListenBrainz senden</translation>
    </message>
    <message numerus="yes">
        <source>%n listen(s) to send</source>
        <translation>
            <numerusform>%n Wiedergabe zu senden</numerusform>
            <numerusform>%n Wiedergaben zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Refrain</source>
        <translation>Refrain</translation>
    </message>
    <message>
        <source>ListenBrainz disconnected; your listens stay on this computer.</source>
        <translation>ListenBrainz getrennt; deine Wiedergaben bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Listens will be sent to ListenBrainz, older ones too.</source>
        <translation>Wiedergaben werden an ListenBrainz gesendet, ältere auch.</translation>
    </message>
    <message>
        <source>Connect ListenBrainz</source>
        <translation>ListenBrainz verbinden</translation>
    </message>
    <message>
        <source>Your ListenBrainz user token (listenbrainz.org ▸ Settings). Leave it empty to disconnect.</source>
        <translation>Dein ListenBrainz-Benutzertoken (listenbrainz.org ▸ Settings). Leer lassen, um die Verbindung zu trennen.</translation>
    </message>
    <message>
        <source>Import Listening History</source>
        <translation>Hörhistorie importieren</translation>
    </message>
    <message>
        <source>Listening history (*.json *.jsonl *.csv *.zip *.xml *.log)</source>
        <translation>Hörhistorie (*.json *.jsonl *.csv *.zip *.xml *.log)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing history… %p%</source>
        <translation>Historie wird importiert … %p%</translation>
    </message>
    <message>
        <source>Listening history import</source>
        <translation>Import der Hörhistorie</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop importing; what was imported stays</source>
        <translation>Import beenden; was schon importiert ist, bleibt</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listen(s) added</source>
        <translation>
            <numerusform>%n Wiedergabe hinzugefügt</numerusform>
            <numerusform>%n Wiedergaben hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: %1 listens added</source>
        <translation>Import beendet: %1 Wiedergaben hinzugefügt</translation>
    </message>
    <message>
        <source>Imported %1 listens</source>
        <translation>%1 Wiedergaben importiert</translation>
    </message>
    <message>
        <source> (%1 were already in your history)</source>
        <translation> (%1 waren schon in deiner Historie)</translation>
    </message>
    <message>
        <source>. Not read: %1</source>
        <translation>. Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>None of these songs is in your library now.</source>
        <translation>Keiner dieser Titel ist gerade in deiner Bibliothek.</translation>
    </message>
</context>
<context>
    <name>refrain::LaunchActions</name>
    <message>
        <source>%1: %2 entries are not local files and were left out.</source>
        <translation>%1: %2 Einträge sind keine lokalen Dateien und wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Nothing to play in the files given.</source>
        <translation>In den angegebenen Dateien gibt es nichts abzuspielen.</translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
</context>
<context>
    <name>refrain::LaunchRequest</name>
    <message>
        <source>--play-playlist needs the name of a playlist.</source>
        <translation>--play-playlist braucht den Namen einer Playlist.</translation>
    </message>
    <message>
        <source>Keep the library, settings and downloads in &lt;dir&gt; instead of the usual app data folder.</source>
        <translation>Bibliothek, Einstellungen und Downloads in &lt;dir&gt; statt im üblichen App-Datenordner ablegen.</translation>
    </message>
    <message>
        <source>Add &lt;dir&gt; to the music library and scan it (repeatable).</source>
        <translation>&lt;dir&gt; zur Musikbibliothek hinzufügen und durchsuchen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Pause when playing, play otherwise.</source>
        <translation>Pausieren, wenn etwas läuft, sonst abspielen.</translation>
    </message>
    <message>
        <source>Skip to the next track.</source>
        <translation>Zum nächsten Titel springen.</translation>
    </message>
    <message>
        <source>Go back to the previous track (or the start of this one).</source>
        <translation>Zum vorherigen Titel zurückgehen (oder an den Anfang dieses Titels).</translation>
    </message>
    <message>
        <source>Stop playing.</source>
        <translation>Wiedergabe stoppen.</translation>
    </message>
    <message>
        <source>Bring the Refrain window to the front.</source>
        <translation>Das Refrain-Fenster in den Vordergrund holen.</translation>
    </message>
    <message>
        <source>Replace the queue with the playlist &lt;name&gt; (a local or server playlist, or &quot;essentials&quot; for Emergency Essentials) and play it.</source>
        <translation>Die Warteschlange durch die Playlist &lt;name&gt; ersetzen (eine lokale oder Server-Playlist oder &quot;essentials&quot; für den Notfallvorrat) und abspielen.</translation>
    </message>
    <message>
        <source>Refrain — a music player that keeps playing when the streaming service fails.</source>
        <translation>Refrain – ein Musikplayer, der weiterspielt, wenn der Streaming-Dienst ausfällt.</translation>
    </message>
    <message>
        <source>Audio files and playlists (M3U, PLS, XSPF) to play, folders to add to the library. A running Refrain takes them over.</source>
        <translation>Audiodateien und Playlists (M3U, PLS, XSPF) zum Abspielen, Ordner zum Hinzufügen zur Bibliothek. Ein laufendes Refrain übernimmt sie.</translation>
    </message>
    <message>
        <source>Only local files and folders can be opened: %1</source>
        <translation>Nur lokale Dateien und Ordner können geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner existiert nicht: %1</translation>
    </message>
    <message>
        <source>Not an audio file or playlist: %1</source>
        <translation>Keine Audiodatei oder Playlist: %1</translation>
    </message>
</context>
<context>
    <name>refrain::LibraryActivity</name>
    <message numerus="yes">
        <source>%n track(s) in your library</source>
        <translation>
            <numerusform>%n Titel in deiner Bibliothek</numerusform>
            <numerusform>%n Titel in deiner Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged library was kept as “%1”; a fresh one was started.</source>
        <translation>Die beschädigte Bibliothek wurde als „%1“ aufbewahrt; eine neue wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>refrain::LibraryBrowser</name>
    <message>
        <source>Library sections</source>
        <translation>Bereiche der Bibliothek</translation>
    </message>
    <message>
        <source>Songs</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Interpreten</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Keep &amp;Offline</source>
        <translation>&amp;Offline behalten</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
</context>
<context>
    <name>refrain::LibraryView</name>
    <message>
        <source>Available &amp;offline</source>
        <translation>&amp;Offline verfügbar</translation>
    </message>
    <message>
        <source>Keep Offline</source>
        <translation>Offline behalten</translation>
    </message>
    <message>
        <source>Search titles, artists, albums… (Ctrl+F)</source>
        <translation>Titel, Interpreten, Alben suchen … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Show All Songs</source>
        <translation>Alle Titel zeigen</translation>
    </message>
    <message>
        <source>Download this album&apos;s or artist&apos;s songs from the server, so they play during an outage</source>
        <translation>Die Titel dieses Albums oder Interpreten vom Server herunterladen, damit sie bei einem Ausfall spielen</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Add Music Folder…</source>
        <translation>Musikordner hinzufügen …</translation>
    </message>
    <message>
        <source>Show only songs that play without a network: your files and verified downloads</source>
        <translation>Nur Titel zeigen, die ohne Netzwerk spielen: deine Dateien und geprüfte Downloads</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play Next</source>
        <translation>Als Nächstes abspielen</translation>
    </message>
    <message>
        <source>Add to Up Next</source>
        <translation>Zu „Als Nächstes“ hinzufügen</translation>
    </message>
    <message>
        <source>Add to Playlist</source>
        <translation>Zur Playlist hinzufügen</translation>
    </message>
    <message>
        <source>New Playlist…</source>
        <translation>Neue Playlist …</translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation>Neue Playlist</translation>
    </message>
    <message>
        <source>Keep this artist offline</source>
        <translation>Diesen Interpreten offline behalten</translation>
    </message>
    <message>
        <source>Keep this album offline</source>
        <translation>Dieses Album offline behalten</translation>
    </message>
    <message>
        <source>Add to &amp;Emergency Essentials</source>
        <translation>Zum &amp;Notfallvorrat hinzufügen</translation>
    </message>
    <message>
        <source>Keep &amp;Album Offline</source>
        <translation>&amp;Album offline behalten</translation>
    </message>
    <message>
        <source>Keep A&amp;rtist Offline</source>
        <translation>&amp;Interpreten offline behalten</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>New Playlist on %1…</source>
        <translation>Neue Playlist auf %1 …</translation>
    </message>
    <message>
        <source>“%1” can&apos;t play now: %2</source>
        <translation>„%1“ kann gerade nicht spielen: %2</translation>
    </message>
    <message>
        <source>Loading your library…</source>
        <translation>Deine Bibliothek wird geladen …</translation>
    </message>
    <message>
        <source>Your library is empty.
Add a folder with music to get started.</source>
        <translation>Deine Bibliothek ist leer.
Füge einen Ordner mit Musik hinzu, um loszulegen.</translation>
    </message>
    <message>
        <source>Nothing here plays without a network yet.
Keep playlists, albums or artists offline, or add songs to Emergency Essentials.</source>
        <translation>Hier spielt noch nichts ohne Netzwerk.
Behalte Playlists, Alben oder Interpreten offline oder füge Titel zum Notfallvorrat hinzu.</translation>
    </message>
    <message>
        <source>No tracks match “%1”.</source>
        <translation>Keine Titel passen zu „%1“.</translation>
    </message>
</context>
<context>
    <name>refrain::MainWindow</name>
    <message>
        <source>Up Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Music Folder…</source>
        <translation>&amp;Musikordner hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;New Playlist</source>
        <translation>&amp;Neue Playlist</translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation>Neue Playlist</translation>
    </message>
    <message>
        <source>&amp;Import Playlist…</source>
        <translation>Playlist &amp;importieren …</translation>
    </message>
    <message>
        <source>S&amp;ervers…</source>
        <translation>Ser&amp;ver …</translation>
    </message>
    <message>
        <source>Add, test, sync or remove streaming servers</source>
        <translation>Streaming-Server hinzufügen, testen, synchronisieren oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Downloads…</source>
        <translation>&amp;Downloads …</translation>
    </message>
    <message>
        <source>What is downloading for offline listening, and its settings</source>
        <translation>Was für das Offline-Hören heruntergeladen wird, und die Einstellungen dazu</translation>
    </message>
    <message>
        <source>&amp;Rescan Library</source>
        <translation>Bibliothek neu d&amp;urchsuchen</translation>
    </message>
    <message>
        <source>Look for new, changed and removed files</source>
        <translation>Nach neuen, geänderten und entfernten Dateien suchen</translation>
    </message>
    <message>
        <source>Read the tags of every file again, even those that look unchanged</source>
        <translation>Die Tags aller Dateien neu lesen, auch die scheinbar unveränderten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Abspielen/Pause</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Show All &amp;Songs</source>
        <translation>Alle &amp;Titel zeigen</translation>
    </message>
    <message>
        <source>&amp;Find in Library</source>
        <translation>In Bibliothek &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Up Next</source>
        <translation>Als &amp;Nächstes</translation>
    </message>
    <message>
        <source>Always Show Service &amp;Status</source>
        <translation>Dienst&amp;status immer zeigen</translation>
    </message>
    <message>
        <source>Keep the service status banner visible while all is well</source>
        <translation>Das Banner mit dem Dienststatus sichtbar lassen, auch wenn alles in Ordnung ist</translation>
    </message>
    <message>
        <source>Service Status &amp;History…</source>
        <translation>Dienststatus-&amp;Verlauf …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Refrain</source>
        <translation>&amp;Über Refrain</translation>
    </message>
    <message>
        <source>About Refrain</source>
        <translation>Über Refrain</translation>
    </message>
    <message>
        <source>Refrain %1
A local-first music player that keeps playing when the streaming service fails.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Refrain %1
Ein lokaler Musikplayer, der weiterspielt, wenn der Streaming-Dienst ausfällt.
Lizenziert unter der GNU GPL, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Import Playlist</source>
        <translation>Playlist importieren</translation>
    </message>
    <message>
        <source>Playlists (*.m3u *.m3u8 *.pls *.xspf)</source>
        <translation>Playlists (*.m3u *.m3u8 *.pls *.xspf)</translation>
    </message>
    <message>
        <source>Export Playlist</source>
        <translation>Playlist exportieren</translation>
    </message>
    <message>
        <source>M3U8 (*.m3u8);;M3U (*.m3u);;PLS (*.pls);;XSPF (*.xspf)</source>
        <translation>M3U8 (*.m3u8);;M3U (*.m3u);;PLS (*.pls);;XSPF (*.xspf)</translation>
    </message>
    <message>
        <source>Undo: bring back “%1”</source>
        <translation>Rückgängig: „%1“ zurückholen</translation>
    </message>
    <message>
        <source>Add Music Folder</source>
        <translation>Musikordner hinzufügen</translation>
    </message>
    <message>
        <source>Hide Up Next</source>
        <translation>„Als Nächstes“ ausblenden</translation>
    </message>
    <message>
        <source>Re-read All &amp;Files</source>
        <translation>&amp;Alle Dateien neu lesen</translation>
    </message>
</context>
<context>
    <name>refrain::MergePlan</name>
    <message>
        <source>%1: meanwhile it was renamed “%2” on the server. The server keeps “%2”; this computer shows “%3” until you rename the playlist again.</source>
        <translation>%1: Inzwischen wurde sie auf dem Server in „%2“ umbenannt. Der Server behält „%2“; dieser Computer zeigt „%3“, bis du die Playlist erneut umbenennst.</translation>
    </message>
    <message>
        <source>%1: the server moved %2 meanwhile and now has fewer copies of it, so which one you meant cannot be told; it was not removed. Remove the copy you mean again.</source>
        <translation>%1: Der Server hat %2 inzwischen verschoben und hat jetzt weniger Kopien davon, daher lässt sich nicht sagen, welche gemeint war; nichts wurde entfernt. Entferne die gemeinte Kopie erneut.</translation>
    </message>
    <message>
        <source>%1: the playlist was deleted on the server meanwhile, so this was not sent. This computer keeps showing your version; to keep it, make a new playlist with its songs.</source>
        <translation>%1: Die Playlist wurde inzwischen auf dem Server gelöscht, daher wurde dies nicht gesendet. Dieser Computer zeigt weiter deine Version; um sie zu behalten, lege eine neue Playlist mit ihren Titeln an.</translation>
    </message>
</context>
<context>
    <name>refrain::MprisPlayer</name>
    <message>
        <source>Refrain opens only file:// URIs.</source>
        <translation>Refrain öffnet nur file://-URIs.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Diese Datei gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>refrain::MprisService</name>
    <message>
        <source>There is no session bus to publish the media controls on.</source>
        <translation>Es gibt keinen Sitzungsbus, auf dem die Mediensteuerung angeboten werden könnte.</translation>
    </message>
    <message>
        <source>The media controls could not be published: %1</source>
        <translation>Die Mediensteuerung konnte nicht angeboten werden: %1</translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaBarList</name>
    <message>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source>%1, by listens: %2</source>
        <translation>%1, nach Wiedergaben: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n Wiedergabe</numerusform>
            <numerusform>%n Wiedergaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaColumnChart</name>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaFigures</name>
    <message>
        <source>listens</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>minutes · %1</source>
        <translation>Minuten · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <source>Every day from %1 to %2</source>
        <translation>Jeden Tag vom %1 bis %2</translation>
    </message>
    <message>
        <source>busiest day · %1</source>
        <translation>aktivster Tag · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n Wiedergabe</numerusform>
            <numerusform>%n Wiedergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest day</source>
        <translation>aktivster Tag</translation>
    </message>
    <message>
        <source>busiest hour · %1</source>
        <translation>aktivste Stunde · %1</translation>
    </message>
    <message>
        <source>busiest hour</source>
        <translation>aktivste Stunde</translation>
    </message>
    <message>
        <source>new artists</source>
        <translation>neue Interpreten</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaHeatMap</name>
    <message>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source>%1: %2, most at %3 (%4)</source>
        <translation>%1: %2, am meisten um %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n Wiedergabe</numerusform>
            <numerusform>%n Wiedergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Listens by weekday and hour: none.</source>
        <translation>Wiedergaben nach Wochentag und Stunde: keine.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Listens by weekday and hour. Busiest: %1. %2.</source>
        <translation>Wiedergaben nach Wochentag und Stunde. Am meisten: %1. %2.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaModel</name>
    <message>
        <source>First heard %1</source>
        <translation>Zum ersten Mal gehört %1</translation>
    </message>
    <message>
        <source>A year ago today you first heard %1</source>
        <translation>Heute vor einem Jahr hast du %1 zum ersten Mal gehört</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago today you first heard %1</source>
        <translation>
            <numerusform>Heute vor %n Jahr hast du %1 zum ersten Mal gehört</numerusform>
            <numerusform>Heute vor %n Jahren hast du %1 zum ersten Mal gehört</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaOnThisDay</name>
    <message>
        <source> (%1×)</source>
        <translation> (%1×)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <source>Play These</source>
        <translation>Diese abspielen</translation>
    </message>
    <message>
        <source>Play the songs of this day in earlier years</source>
        <translation>Die Titel dieses Tages aus früheren Jahren abspielen</translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>Vor einem Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>Vor %n Jahr</numerusform>
            <numerusform>Vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier years</source>
        <translation>
            <numerusform>und %n früheres Jahr</numerusform>
            <numerusform>und %n frühere Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaPage</name>
    <message>
        <source>Nostalgia</source>
        <translation>Nostalgie</translation>
    </message>
    <message>
        <source>Reading your listening history…</source>
        <translation>Deine Hörhistorie wird gelesen …</translation>
    </message>
    <message>
        <source>No listens yet — play something, or import your history from Spotify, ListenBrainz or Last.fm</source>
        <translation>Noch keine Wiedergaben – spiel etwas ab oder importiere deine Historie von Spotify, ListenBrainz oder Last.fm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Ganzes Jahr</translation>
    </message>
    <message>
        <source>Export Recap Card…</source>
        <translation>Rückblick-Karte exportieren …</translation>
    </message>
    <message>
        <source>Save this recap as a picture to share</source>
        <translation>Diesen Rückblick als Bild zum Teilen speichern</translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation>Historie importieren …</translation>
    </message>
    <message>
        <source>Bring in what you played elsewhere, from an export file</source>
        <translation>Was du anderswo gehört hast, aus einer Exportdatei übernehmen</translation>
    </message>
    <message>
        <source>by listens</source>
        <translation>nach Wiedergaben</translation>
    </message>
    <message>
        <source>Minutes listened</source>
        <translation>Gehörte Minuten</translation>
    </message>
    <message>
        <source>Top artists</source>
        <translation>Top-Interpreten</translation>
    </message>
    <message>
        <source>When you listen</source>
        <translation>Wann du hörst</translation>
    </message>
    <message>
        <source>listens by weekday and hour</source>
        <translation>Wiedergaben nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>Listens by weekday and hour</source>
        <translation>Wiedergaben nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>Top tracks</source>
        <translation>Top-Titel</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>Keine in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Top albums</source>
        <translation>Top-Alben</translation>
    </message>
    <message>
        <source>No albums known for these listens</source>
        <translation>Für diese Wiedergaben sind keine Alben bekannt</translation>
    </message>
    <message>
        <source>Top genres</source>
        <translation>Top-Genres</translation>
    </message>
    <message>
        <source>Genres come from songs in your library; none of these listens matched one</source>
        <translation>Genres stammen von Titeln deiner Bibliothek; keine dieser Wiedergaben passte zu einem</translation>
    </message>
    <message>
        <source>Your %1 in music</source>
        <translation>Dein %1 in Musik</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>Nothing was played in %1.</source>
        <translation>Im Zeitraum %1 wurde nichts gespielt.</translation>
    </message>
    <message>
        <source>New to you: %1</source>
        <translation>Neu für dich: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Top track: %1 — %2 (%3)</source>
        <translation>Top-Titel: %1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n Wiedergabe</numerusform>
            <numerusform>%n Wiedergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes listened per month. %1.</source>
        <translation>Gehörte Minuten pro Monat. %1.</translation>
    </message>
    <message>
        <source>Minutes listened per day. %1.</source>
        <translation>Gehörte Minuten pro Tag. %1.</translation>
    </message>
    <message>
        <source>Most in %1: %2.</source>
        <translation>Am meisten im %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes listened per month</source>
        <translation>Gehörte Minuten pro Monat</translation>
    </message>
    <message>
        <source>Minutes listened per day</source>
        <translation>Gehörte Minuten pro Tag</translation>
    </message>
    <message>
        <source>Export Recap Card</source>
        <translation>Rückblick-Karte exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>There is no recap to export yet.</source>
        <translation>Es gibt noch keinen Rückblick zum Exportieren.</translation>
    </message>
    <message>
        <source>Saved the recap card as %1</source>
        <translation>Rückblick-Karte als %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the recap card as %1: %2</source>
        <translation>Die Rückblick-Karte konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaRankModel</name>
    <message>
        <source>%1. %2: %3, %4</source>
        <translation>%1. %2: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n Wiedergabe</numerusform>
            <numerusform>%n Wiedergaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NowPlayingBar</name>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Nothing playing</source>
        <translation>Es läuft nichts</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>Lautstärke: %1</translation>
    </message>
</context>
<context>
    <name>refrain::OfflineAvailability</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Plays from the server only: keep it offline to have it during an outage</source>
        <translation>Spielt nur vom Server: offline behalten, um es bei einem Ausfall zu haben</translation>
    </message>
    <message>
        <source>A copy is being downloaded; until it is verified the song needs the server</source>
        <translation>Eine Kopie wird heruntergeladen; bis sie geprüft ist, braucht der Titel den Server</translation>
    </message>
    <message>
        <source>A verified copy is on this computer: it plays without the server</source>
        <translation>Eine geprüfte Kopie liegt auf diesem Computer: Sie spielt ohne den Server</translation>
    </message>
    <message>
        <source>A file of your library: it plays without any network</source>
        <translation>Eine Datei deiner Bibliothek: Sie spielt ohne jedes Netzwerk</translation>
    </message>
    <message>
        <source>The file cannot be reached now (a removed drive or share?)</source>
        <translation>Die Datei ist gerade nicht erreichbar (ein entferntes Laufwerk oder eine Freigabe?)</translation>
    </message>
</context>
<context>
    <name>refrain::OfflineIo</name>
    <message>
        <source>The file name “%1” would leave the offline folder; it was refused.</source>
        <translation>Der Dateiname „%1“ würde den Offline-Ordner verlassen; er wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The folder for “%1” could not be made in %2.</source>
        <translation>Der Ordner für „%1“ konnte in %2 nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The download&apos;s file is not open.</source>
        <translation>Die Datei des Downloads ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (or the file may not grow further).</source>
        <translation>Das Laufwerk mit %1 ist voll (oder die Datei darf nicht weiter wachsen).</translation>
    </message>
    <message>
        <source>“%1” could not be emptied: %2</source>
        <translation>„%1“ konnte nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>The file name leaves the offline folder.</source>
        <translation>Der Dateiname verlässt den Offline-Ordner.</translation>
    </message>
    <message>
        <source>The verified file could not be moved into place as “%1”.</source>
        <translation>Die geprüfte Datei konnte nicht als „%1“ an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <source>The playlist name leaves the offline folder.</source>
        <translation>Der Playlist-Name verlässt den Offline-Ordner.</translation>
    </message>
</context>
<context>
    <name>refrain::OfflinePage</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Nothing here yet: star songs on your server or use “Add to Emergency Essentials” on any song.</source>
        <translation>Hier ist noch nichts: Markiere Titel auf deinem Server mit Stern oder nutze „Zum Notfallvorrat hinzufügen“ bei einem beliebigen Titel.</translation>
    </message>
    <message>
        <source>Emergency Essentials</source>
        <translation>Notfallvorrat</translation>
    </message>
    <message>
        <source>Emergency Essentials readiness</source>
        <translation>Bereitschaft des Notfallvorrats</translation>
    </message>
    <message>
        <source>Your picks, then starred songs, then your most played, up to your budget. They play when the server does not.</source>
        <translation>Deine Auswahl, dann Titel mit Stern, dann deine meistgespielten, bis zu deinem Budget. Sie spielen, wenn der Server es nicht tut.</translation>
    </message>
    <message>
        <source>Why downloads wait</source>
        <translation>Warum Downloads warten</translation>
    </message>
    <message>
        <source>Play Emergency Essentials</source>
        <translation>Notfallvorrat abspielen</translation>
    </message>
    <message>
        <source>Play the songs of Emergency Essentials on this computer</source>
        <translation>Die Titel des Notfallvorrats auf diesem Computer abspielen</translation>
    </message>
    <message>
        <source>Downloads…</source>
        <translation>Downloads …</translation>
    </message>
    <message>
        <source>What is downloading and waiting, and the offline settings</source>
        <translation>Was heruntergeladen wird und wartet, und die Offline-Einstellungen</translation>
    </message>
    <message>
        <source>Songs of Emergency Essentials</source>
        <translation>Titel des Notfallvorrats</translation>
    </message>
    <message>
        <source>Remove from Emergency Essentials</source>
        <translation>Aus dem Notfallvorrat entfernen</translation>
    </message>
    <message>
        <source>Kept Offline</source>
        <translation>Offline behalten</translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation>Offline behalten</translation>
    </message>
    <message>
        <source>Stop Keeping Offline</source>
        <translation>Nicht mehr offline behalten</translation>
    </message>
    <message>
        <source>Loading the songs of Emergency Essentials…</source>
        <translation>Titel des Notfallvorrats werden geladen …</translation>
    </message>
    <message>
        <source>Emergency Essentials is always kept; take songs out of it above instead.</source>
        <translation>Der Notfallvorrat wird immer behalten; nimm stattdessen oben Titel heraus.</translation>
    </message>
    <message>
        <source>Remove the offline copies this keeps (songs another pin keeps stay)</source>
        <translation>Die Offline-Kopien entfernen, die dies behält (Titel, die ein anderer Eintrag behält, bleiben)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>refrain::OfflinePinsModel</name>
    <message>
        <source>%1 of %2 ready · %3 of %4</source>
        <translation>%1 von %2 bereit · %3 von %4</translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n wird heruntergeladen</numerusform>
            <numerusform>%n werden heruntergeladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::OfflineQueue</name>
    <message>
        <source>Reading the download queue</source>
        <translation>Download-Warteschlange wird gelesen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Reading the stream cache</source>
        <translation>Stream-Cache wird gelesen</translation>
    </message>
    <message>
        <source>Reading the offline files</source>
        <translation>Offline-Dateien werden gelesen</translation>
    </message>
</context>
<context>
    <name>refrain::OfflineSettingsFields</name>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>None (free disk space only)</source>
        <translation>Keine (nur freier Speicherplatz)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>How much music Emergency Essentials keeps, by length</source>
        <translation>Wie viel Musik der Notfallvorrat behält, nach Spieldauer</translation>
    </message>
    <message>
        <source>How much music Emergency Essentials keeps, by size</source>
        <translation>Wie viel Musik der Notfallvorrat behält, nach Größe</translation>
    </message>
    <message>
        <source>The most every offline file together may take</source>
        <translation>Wie viel alle Offline-Dateien zusammen höchstens belegen dürfen</translation>
    </message>
    <message>
        <source>How many files download at the same time</source>
        <translation>Wie viele Dateien gleichzeitig heruntergeladen werden</translation>
    </message>
    <message>
        <source>Copies of streamed songs kept for later; the least recently played go first</source>
        <translation>Kopien gestreamter Titel für später; die am längsten nicht gespielten gehen zuerst</translation>
    </message>
    <message>
        <source>Emergency Essentials, &amp;hours:</source>
        <translation>Notfallvorrat, &amp;Stunden:</translation>
    </message>
    <message>
        <source>Emergency Essentials, si&amp;ze:</source>
        <translation>Notfallvorrat, &amp;Größe:</translation>
    </message>
    <message>
        <source>Storage &amp;quota:</source>
        <translation>Speichergren&amp;ze:</translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation>&amp;Parallele Downloads:</translation>
    </message>
    <message>
        <source>Stream cach&amp;e:</source>
        <translation>Stream-Cach&amp;e:</translation>
    </message>
</context>
<context>
    <name>refrain::OfflineStore</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n wird heruntergeladen</numerusform>
            <numerusform>%n werden heruntergeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the offline settings</source>
        <translation>Offline-Einstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Emergency Essentials</source>
        <translation>Notfallvorrat</translation>
    </message>
    <message>
        <source>No %1 is called or numbered “%2”.</source>
        <translation>Kein Eintrag der Art „%1“ heißt „%2“ oder hat diese Nummer.</translation>
    </message>
    <message>
        <source>There is no such %1 to keep offline.</source>
        <translation>Es gibt kein solches Element der Art „%1“ zum Offline-Behalten.</translation>
    </message>
    <message>
        <source>The pin was not stored.</source>
        <translation>Der Eintrag wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Nothing pinned has that number (Essentials stays pinned).</source>
        <translation>Kein Offline-Eintrag hat diese Nummer (der Notfallvorrat bleibt immer).</translation>
    </message>
    <message>
        <source>Reading what is kept offline</source>
        <translation>Was offline behalten wird, wird gelesen</translation>
    </message>
    <message>
        <source>Emergency Essentials is missing.</source>
        <translation>Der Notfallvorrat fehlt.</translation>
    </message>
    <message>
        <source>The song is no longer in the library.</source>
        <translation>Der Titel ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>No free file name for song %1.</source>
        <translation>Kein freier Dateiname für Titel %1.</translation>
    </message>
    <message>
        <source>Reading the offline files</source>
        <translation>Offline-Dateien werden gelesen</translation>
    </message>
    <message>
        <source>Reading the songs of a pin</source>
        <translation>Titel eines Offline-Eintrags werden gelesen</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Essentials is empty: star songs or pick some to keep them offline</source>
        <translation>Notfallvorrat ist leer: Markiere Titel mit Stern oder wähle welche aus, um sie offline zu behalten</translation>
    </message>
    <message>
        <source>Essentials ready: %1 verified</source>
        <translation>Notfallvorrat bereit: %1 geprüft</translation>
    </message>
    <message>
        <source>Essentials: %1 of %2 ready</source>
        <translation>Notfallvorrat: %1 von %2 bereit</translation>
    </message>
</context>
<context>
    <name>refrain::OfflineWiring</name>
    <message>
        <source>Refrain is quitting</source>
        <translation>Refrain wird beendet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Nothing in Emergency Essentials can play without the server yet.</source>
        <translation>Noch nichts im Notfallvorrat kann ohne den Server spielen.</translation>
    </message>
</context>
<context>
    <name>refrain::PlaybackEngine</name>
    <message>
        <source>the stream stalled</source>
        <translation>der Stream ist ins Stocken geraten</translation>
    </message>
    <message>
        <source>Skipped “%1”: %2.</source>
        <translation>„%1“ übersprungen: %2.</translation>
    </message>
    <message>
        <source>Nothing left in the queue can play now: %1.</source>
        <translation>Nichts in der Warteschlange kann gerade spielen: %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t play “%1”: %2. Nothing else in the queue could play.</source>
        <translation>„%1“ konnte nicht abgespielt werden: %2. Nichts anderes in der Warteschlange konnte spielen.</translation>
    </message>
    <message>
        <source>Playing the downloaded copy — %1.</source>
        <translation>Die heruntergeladene Kopie wird abgespielt – %1.</translation>
    </message>
    <message>
        <source>the stream ended early</source>
        <translation>der Stream endete zu früh</translation>
    </message>
    <message>
        <source>the file could not be decoded</source>
        <translation>die Datei konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>playback failed</source>
        <translation>die Wiedergabe ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the stream failed</source>
        <translation>der Stream ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>refrain::PlayerModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>refrain::PlaylistEntriesModel</name>
    <message>
        <source>Missing — %1 is not in the library or cannot be reached</source>
        <translation>Fehlt – %1 ist nicht in der Bibliothek oder nicht erreichbar</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>refrain::PlaylistListModel</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n Titel</numerusform>
            <numerusform>%n Titel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s) to “%1”.</source>
        <translation>
            <numerusform>%n Titel zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Titel zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”; %n track(s) could not be found and are shown as missing.</source>
        <translation>
            <numerusform>„%1“ importiert; %n Titel wurde nicht gefunden und wird als fehlend angezeigt.</numerusform>
            <numerusform>„%1“ importiert; %n Titel wurden nicht gefunden und werden als fehlend angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name ending in .m3u8, .m3u, .pls or .xspf.</source>
        <translation>Wähle einen Dateinamen mit der Endung .m3u8, .m3u, .pls oder .xspf.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n track(s) to %1.</source>
        <translation>
            <numerusform>%n Titel nach %1 exportiert.</numerusform>
            <numerusform>%n Titel nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::PlaylistView</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Keep Offline</source>
        <translation>Offline behalten</translation>
    </message>
    <message>
        <source>Download this playlist&apos;s songs from the server and keep them in step with it, so they play during an outage</source>
        <translation>Die Titel dieser Playlist vom Server herunterladen und mit ihr abgleichen, damit sie bei einem Ausfall spielen</translation>
    </message>
    <message>
        <source>Delete Playlist</source>
        <translation>Playlist löschen</translation>
    </message>
    <message>
        <source>Playlist entries</source>
        <translation>Einträge der Playlist</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n Titel</numerusform>
            <numerusform>%n Titel</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n Titel</numerusform>
            <numerusform>%n Titel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::QueueModel</name>
    <message>
        <source>Can&apos;t play now: %1</source>
        <translation>Kann gerade nicht spielen: %1</translation>
    </message>
</context>
<context>
    <name>refrain::QueueView</name>
    <message>
        <source>Nothing up next.
Double-click a song, choose “Play Next”, or drag songs here.</source>
        <translation>Als Nächstes kommt nichts.
Doppelklicke auf einen Titel, wähle „Als Nächstes abspielen“ oder ziehe Titel hierher.</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
</context>
<context>
    <name>refrain::RecapCard</name>
    <message>
        <source>Refrain Recap %1</source>
        <translation>Refrain-Rückblick %1</translation>
    </message>
    <message>
        <source>REFRAIN RECAP</source>
        <translation>REFRAIN-RÜCKBLICK</translation>
    </message>
    <message>
        <source>Your year in music</source>
        <translation>Dein Jahr in Musik</translation>
    </message>
    <message>
        <source>Your month in music</source>
        <translation>Dein Monat in Musik</translation>
    </message>
    <message>
        <source>minutes listened</source>
        <translation>gehörte Minuten</translation>
    </message>
    <message>
        <source>listens</source>
        <translation>Wiedergaben</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <source>new artists</source>
        <translation>neue Interpreten</translation>
    </message>
    <message>
        <source>busiest day</source>
        <translation>aktivster Tag</translation>
    </message>
    <message>
        <source>Top artists</source>
        <translation>Top-Interpreten</translation>
    </message>
    <message>
        <source>Top tracks</source>
        <translation>Top-Titel</translation>
    </message>
    <message>
        <source>Minutes per month · made on this computer by Refrain</source>
        <translation>Minuten pro Monat · auf diesem Computer von Refrain erstellt</translation>
    </message>
    <message>
        <source>Minutes per day · made on this computer by Refrain</source>
        <translation>Minuten pro Tag · auf diesem Computer von Refrain erstellt</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
</context>
<context>
    <name>refrain::ScanStatusWidget</name>
    <message>
        <source>Stop scanning</source>
        <translation>Suchlauf beenden</translation>
    </message>
</context>
<context>
    <name>refrain::SecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund</translation>
    </message>
    <message>
        <source>the keychain is switched off</source>
        <translation>der Schlüsselbund ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Passwords and API keys are kept in the system keychain.</source>
        <translation>Passwörter und API-Schlüssel liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Passwords and API keys are kept in %1, readable only by you.</source>
        <translation>Passwörter und API-Schlüssel liegen in %1, nur für dich lesbar.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): passwords and API keys are kept in %2, readable only by you.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Passwörter und API-Schlüssel liegen in %2, nur für dich lesbar.</translation>
    </message>
</context>
<context>
    <name>refrain::ServerEdit</name>
    <message>
        <source>Create playlist “%1”</source>
        <translation>Playlist „%1“ anlegen</translation>
    </message>
    <message numerus="yes">
        <source>Create playlist “%1” with %n song(s)</source>
        <translation>
            <numerusform>Playlist „%1“ mit %n Titel anlegen</numerusform>
            <numerusform>Playlist „%1“ mit %n Titeln anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename playlist “%1” to “%2”</source>
        <translation>Playlist „%1“ in „%2“ umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n song(s) to “%1”</source>
        <translation>
            <numerusform>%n Titel zu „%1“ hinzufügen</numerusform>
            <numerusform>%n Titel zu „%1“ hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n song(s) from “%1”</source>
        <translation>
            <numerusform>%n Titel aus „%1“ entfernen</numerusform>
            <numerusform>%n Titel aus „%1“ entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete playlist “%1”</source>
        <translation>Playlist „%1“ löschen</translation>
    </message>
    <message>
        <source>Star album %1</source>
        <translation>Album %1 mit Stern markieren</translation>
    </message>
    <message>
        <source>Unstar album %1</source>
        <translation>Stern von Album %1 entfernen</translation>
    </message>
    <message>
        <source>Star artist %1</source>
        <translation>Interpret %1 mit Stern markieren</translation>
    </message>
    <message>
        <source>Unstar artist %1</source>
        <translation>Stern von Interpret %1 entfernen</translation>
    </message>
    <message>
        <source>Star song %1</source>
        <translation>Titel %1 mit Stern markieren</translation>
    </message>
    <message>
        <source>Unstar song %1</source>
        <translation>Stern von Titel %1 entfernen</translation>
    </message>
</context>
<context>
    <name>refrain::ServerEditStore</name>
    <message>
        <source>Say what to star.</source>
        <translation>Gib an, was mit Stern markiert werden soll.</translation>
    </message>
    <message>
        <source>A playlist needs a name.</source>
        <translation>Eine Playlist braucht einen Namen.</translation>
    </message>
    <message>
        <source>Say which songs to add.</source>
        <translation>Gib an, welche Titel hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <source>Say which entries to remove.</source>
        <translation>Gib an, welche Einträge entfernt werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has no entry %2 (it has %n entries, counted from 0).</source>
        <translation>
            <numerusform>„%1“ hat keinen Eintrag %2 (es hat %n Eintrag, ab 0 gezählt).</numerusform>
            <numerusform>„%1“ hat keinen Eintrag %2 (es hat %n Einträge, ab 0 gezählt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the playlist “%1” could not be created on the server.</source>
        <translation>Nicht gesendet: Die Playlist „%1“ konnte auf dem Server nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no playlist %1 in this server&apos;s mirror.</source>
        <translation>Im Spiegel dieses Servers gibt es keine Playlist %1.</translation>
    </message>
</context>
<context>
    <name>refrain::ServerEdits</name>
    <message>
        <source>The server connection is gone.</source>
        <translation>Die Verbindung zum Server ist weg.</translation>
    </message>
    <message>
        <source>its playlist was never created on the server</source>
        <translation>ihre Playlist wurde auf dem Server nie angelegt</translation>
    </message>
    <message>
        <source>the server said it was created but does not list it</source>
        <translation>der Server meldete sie als angelegt, führt sie aber nicht auf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>refrain::ServerForm</name>
    <message>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>https://music.example.org
http://192.168.1.20:4533</source>
        <translation>https://music.example.org
http://192.168.1.20:4533</translation>
    </message>
    <message>
        <source>One per line. The first is tried first; after that, whichever answered best.</source>
        <translation>Eine pro Zeile. Die erste wird zuerst versucht, danach die, die am besten geantwortet hat.</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>API ke&amp;y</source>
        <translation>API-Schl&amp;üssel</translation>
    </message>
    <message>
        <source>OpenSubsonic servers such as Navidrome can give you an API key</source>
        <translation>OpenSubsonic-Server wie Navidrome können dir einen API-Schlüssel geben</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Allow the password over plain &amp;HTTP to a public address (old servers only)</source>
        <translation>Passwort über unverschlüsseltes &amp;HTTP an eine öffentliche Adresse erlauben (nur alte Server)</translation>
    </message>
    <message>
        <source>Only matters for servers that refuse secure sign-in tokens: Refrain then has to send the password itself, which anyone between you and an http:// address on the internet could read. Addresses with https:// or on your own network never need this.</source>
        <translation>Nur wichtig für Server, die sichere Anmelde-Tokens ablehnen: Refrain muss dann das Passwort selbst senden, das jeder zwischen dir und einer http://-Adresse im Internet mitlesen könnte. Adressen mit https:// oder in deinem eigenen Netzwerk brauchen das nie.</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <source>Optional, e.g. https://status.example.com</source>
        <translation>Optional, z. B. https://status.example.com</translation>
    </message>
    <message>
        <source>Where the service behind this server publishes its status (Atlassian Statuspage). Refrain shows what it says in the status banner.</source>
        <translation>Wo der Dienst hinter diesem Server seinen Status veröffentlicht (Atlassian Statuspage). Refrain zeigt, was dort steht, im Status-Banner.</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Add Server</source>
        <translation>Server &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Warte auf den Server</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ddresses:</source>
        <translation>A&amp;dressen:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>Status pag&amp;e:</source>
        <translation>Status&amp;seite:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Give the server a name, such as “Home”.</source>
        <translation>Gib dem Server einen Namen, etwa „Zuhause“.</translation>
    </message>
    <message>
        <source>There is already a server called “%1”.</source>
        <translation>Es gibt schon einen Server namens „%1“.</translation>
    </message>
    <message>
        <source>Enter the user name you sign in to the server with.</source>
        <translation>Gib den Benutzernamen ein, mit dem du dich am Server anmeldest.</translation>
    </message>
    <message>
        <source>Enter the API key (the server&apos;s web page shows it in your profile).</source>
        <translation>Gib den API-Schlüssel ein (die Webseite des Servers zeigt ihn in deinem Profil).</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Checking the server before adding it…</source>
        <translation>Der Server wird vor dem Hinzufügen geprüft …</translation>
    </message>
    <message>
        <source>Nothing was added: the details changed while they were being checked.</source>
        <translation>Nichts wurde hinzugefügt: Die Angaben haben sich während der Prüfung geändert.</translation>
    </message>
    <message>
        <source>%1
The server was not added.</source>
        <translation>%1
Der Server wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Added “%1”. Its songs are being added to your library.</source>
        <translation>„%1“ hinzugefügt. Seine Titel kommen gerade in deine Bibliothek.</translation>
    </message>
    <message>
        <source>Added “%1”, but it cannot be reached now: %2
Its songs appear once it answers (Sync Now).</source>
        <translation>„%1“ hinzugefügt, ist aber gerade nicht erreichbar: %2
Seine Titel erscheinen, sobald er antwortet (Jetzt synchronisieren).</translation>
    </message>
</context>
<context>
    <name>refrain::ServerHub</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The library is not open.</source>
        <translation>Die Bibliothek ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>This server is not connected.</source>
        <translation>Dieser Server ist nicht verbunden.</translation>
    </message>
    <message>
        <source>this is not a server&apos;s track</source>
        <translation>dies ist kein Titel eines Servers</translation>
    </message>
    <message>
        <source>its server is not connected</source>
        <translation>sein Server ist nicht verbunden</translation>
    </message>
    <message>
        <source>the song is no longer mirrored</source>
        <translation>der Titel wird nicht mehr gespiegelt</translation>
    </message>
    <message>
        <source>the server has no cover for it</source>
        <translation>der Server hat kein Cover dafür</translation>
    </message>
    <message>
        <source>the server sent an empty cover</source>
        <translation>der Server hat ein leeres Cover gesendet</translation>
    </message>
    <message>
        <source>its server is not connected (signed out or removed)</source>
        <translation>sein Server ist nicht verbunden (abgemeldet oder entfernt)</translation>
    </message>
    <message>
        <source>the server cannot be signed in to without your permission to send the password readably</source>
        <translation>ohne deine Erlaubnis, das Passwort lesbar zu senden, ist keine Anmeldung am Server möglich</translation>
    </message>
</context>
<context>
    <name>refrain::ServerListModel</name>
    <message>
        <source>Enter the server&apos;s address, such as https://music.example.org.</source>
        <translation>Gib die Adresse des Servers ein, etwa https://music.example.org.</translation>
    </message>
    <message>
        <source>Enter the address of the status page, such as https://status.example.com.</source>
        <translation>Gib die Adresse der Statusseite ein, etwa https://status.example.com.</translation>
    </message>
    <message>
        <source>Servers are not available.</source>
        <translation>Server sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <source>Syncing: %1 (%2 of %3)…</source>
        <translation>Wird synchronisiert: %1 (%2 von %3) …</translation>
    </message>
    <message>
        <source>Syncing: %1…</source>
        <translation>Wird synchronisiert: %1 …</translation>
    </message>
    <message>
        <source>Songs as of %1.</source>
        <translation>Titel mit Stand %1.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Not encrypted (plain HTTP outside your home network): %1. Anyone on the way can see what you play and reuse your sign-in; use https:// if the server offers it.</source>
        <translation>Nicht verschlüsselt (einfaches HTTP außerhalb deines Heimnetzes): %1. Jeder auf dem Weg kann sehen, was du hörst, und deine Anmeldung wiederverwenden; nutze https://, wenn der Server es anbietet.</translation>
    </message>
</context>
<context>
    <name>refrain::ServerPlaylistEntriesModel</name>
    <message>
        <source>Missing — this song is not in the library yet; it shows once the server&apos;s catalog is synced</source>
        <translation>Fehlt – dieser Titel ist noch nicht in der Bibliothek; er erscheint, sobald der Katalog des Servers synchronisiert ist</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>refrain::ServerPlaylistModel</name>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n Titel</numerusform>
            <numerusform>%n Titel</numerusform>
        </translation>
    </message>
    <message>
        <source>Only songs from %1 can be added to its playlists</source>
        <translation>Nur Titel von %1 können zu seinen Playlists hinzugefügt werden</translation>
    </message>
    <message>
        <source>Show the playlists of %1</source>
        <translation>Die Playlists von %1 zeigen</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Delete the playlist</source>
        <translation>Die Playlist löschen</translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation>Zu „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n song(s) to “%1”.</source>
        <translation>
            <numerusform>%n Titel zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Titel zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove songs from the playlist</source>
        <translation>Titel aus der Playlist entfernen</translation>
    </message>
</context>
<context>
    <name>refrain::ServerProbe</name>
    <message>
        <source>No answer from %1 in time.</source>
        <translation>Keine rechtzeitige Antwort von %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve.</source>
        <translation>Der Name %1 lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>%1 cut the connection.</source>
        <translation>%1 hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <source>This computer has no usable network.</source>
        <translation>Dieser Computer hat kein nutzbares Netzwerk.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server was removed.</source>
        <translation>Der Server wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>refrain::ServersDialog</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Where passwords are kept</source>
        <translation>Wo Passwörter aufbewahrt werden</translation>
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Check that the selected server answers and accepts you</source>
        <translation>Prüfen, ob der ausgewählte Server antwortet und dich annimmt</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Fetch what changed on the server since the last sync</source>
        <translation>Holen, was sich seit der letzten Synchronisierung auf dem Server geändert hat</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Status page of the selected server</source>
        <translation>Statusseite des ausgewählten Servers</translation>
    </message>
    <message>
        <source>No status page</source>
        <translation>Keine Statusseite</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Status pa&amp;ge:</source>
        <translation>Status&amp;seite:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>No servers yet. Add one with the form: its songs then appear in your library next to your own files.</source>
        <translation>Noch keine Server. Füge einen mit dem Formular hinzu: Seine Titel erscheinen dann in deiner Bibliothek neben deinen eigenen Dateien.</translation>
    </message>
    <message>
        <source>Select a server to see its details.</source>
        <translation>Wähle einen Server aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adressen: %1</translation>
    </message>
    <message>
        <source>Signs in with an API key.</source>
        <translation>Meldet sich mit einem API-Schlüssel an.</translation>
    </message>
    <message>
        <source>Signs in as %1.</source>
        <translation>Meldet sich als %1 an.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Remove “%1”? Its songs leave your library, and playlists keep them as missing entries. Its password or API key is forgotten.</source>
        <translation>„%1“ entfernen? Seine Titel verlassen deine Bibliothek, und Playlists behalten sie als fehlende Einträge. Sein Passwort oder API-Schlüssel wird vergessen.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Status page saved: the status banner follows it now.</source>
        <translation>Statusseite gespeichert: Das Status-Banner folgt ihr jetzt.</translation>
    </message>
</context>
<context>
    <name>refrain::SettingsDialog</name>
    <message>
        <source>Refrain Settings</source>
        <translation>Refrain-Einstellungen</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>Einstellungen durchsuchen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>No setting matches “%1”.</source>
        <translation>Keine Einstellung passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>refrain::SettingsWiring</name>
    <message>
        <source>Fetches album covers from your servers. Off: only covers already saved on this computer are shown.</source>
        <translation>Lädt Albumcover von deinen Servern. Aus: Nur bereits auf diesem Computer gespeicherte Cover werden gezeigt.</translation>
    </message>
    <message>
        <source>Downloads the next songs in the queue ahead of time, so a short outage does not stop the music.</source>
        <translation>Lädt die nächsten Titel der Warteschlange vorab, damit ein kurzer Ausfall die Musik nicht unterbricht.</translation>
    </message>
    <message>
        <source>Recaps, charts and other work that reads the whole history. The first to step back when the computer or service struggles.</source>
        <translation>Rückblicke, Diagramme und andere Aufgaben, die die ganze Historie lesen. Sie treten als Erste zurück, wenn der Computer oder der Dienst an seine Grenzen kommt.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Every option of Refrain in one searchable window</source>
        <translation>Alle Optionen von Refrain in einem durchsuchbaren Fenster</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Listening History</source>
        <translation>Hörhistorie</translation>
    </message>
    <message>
        <source>Optional Extras</source>
        <translation>Optionale Extras</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect the next time Refrain starts.</source>
        <translation>Wirkt ab dem nächsten Start von Refrain.</translation>
    </message>
    <message>
        <source>translation locale</source>
        <translation>Übersetzung Gebietsschema Locale</translation>
    </message>
    <message>
        <source>&amp;Keep playing in the tray when the window is closed</source>
        <translation>Im Infobereich &amp;weiterspielen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu or with File ▸ Quit. Only where the desktop has a system tray.</source>
        <translation>Beenden über das Menü des Symbols im Infobereich oder mit Datei ▸ Beenden. Nur, wenn die Arbeitsumgebung einen Infobereich hat.</translation>
    </message>
    <message>
        <source>minimize background close window system tray</source>
        <translation>minimieren Hintergrund schließen Fenster Infobereich Systemleiste Systemabschnitt Taskleiste Tray</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a new song starts</source>
        <translation>&amp;Benachrichtigung zeigen, wenn ein neuer Titel beginnt</translation>
    </message>
    <message>
        <source>Only while Refrain&apos;s window is not in front.</source>
        <translation>Nur, wenn das Fenster von Refrain nicht im Vordergrund ist.</translation>
    </message>
    <message>
        <source>desktop notification popup track song change</source>
        <translation>Desktop Benachrichtigung Popup Titel Lied Song Wechsel</translation>
    </message>
    <message>
        <source>Notify when the &amp;service&apos;s health changes</source>
        <translation>Benachrichtigen, wenn sich der &amp;Zustand des Dienstes ändert</translation>
    </message>
    <message>
        <source>Once for each change: an outage is announced once, and its end once.</source>
        <translation>Einmal pro Änderung: Ein Ausfall wird einmal gemeldet und sein Ende ebenfalls einmal.</translation>
    </message>
    <message>
        <source>desktop notification outage status health</source>
        <translation>Desktop Benachrichtigung Ausfall Störung Status Zustand</translation>
    </message>
    <message>
        <source>Always show the service &amp;status bar</source>
        <translation>&amp;Dienststatus-Leiste immer zeigen</translation>
    </message>
    <message>
        <source>Otherwise it appears only while something is wrong.</source>
        <translation>Sonst erscheint sie nur, solange etwas nicht stimmt.</translation>
    </message>
    <message>
        <source>banner health status pinned</source>
        <translation>Banner Zustand Status angeheftet</translation>
    </message>
    <message>
        <source>At &amp;start:</source>
        <translation>Beim &amp;Start:</translation>
    </message>
    <message>
        <source>Start with an empty queue</source>
        <translation>Mit leerer Warteschlange beginnen</translation>
    </message>
    <message>
        <source>Restore the queue where I left off</source>
        <translation>Warteschlange so wiederherstellen, wie ich sie verlassen habe</translation>
    </message>
    <message>
        <source>Restore the queue and keep playing</source>
        <translation>Warteschlange wiederherstellen und weiterspielen</translation>
    </message>
    <message>
        <source>The queue, the song and how far it had played are saved as you listen, so they come back even after a crash.</source>
        <translation>Warteschlange, Titel und Wiedergabeposition werden beim Hören gespeichert, sodass sie selbst nach einem Absturz zurückkommen.</translation>
    </message>
    <message>
        <source>resume remember session last position</source>
        <translation>fortsetzen merken Sitzung letzte Position</translation>
    </message>
    <message>
        <source>&amp;ReplayGain:</source>
        <translation>&amp;ReplayGain:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Each song at the same loudness (track gain)</source>
        <translation>Jeder Titel gleich laut (Track-Gain)</translation>
    </message>
    <message>
        <source>Albums as mastered (album gain)</source>
        <translation>Alben wie gemastert (Album-Gain)</translation>
    </message>
    <message>
        <source>Uses the loudness stored in the files&apos; tags; songs without it play as they are.</source>
        <translation>Nutzt die in den Tags der Dateien gespeicherte Lautheit; Titel ohne diese Angabe spielen unverändert.</translation>
    </message>
    <message>
        <source>volume loudness normalize normalise gain</source>
        <translation>Lautstärke Lautheit normalisieren angleichen Gain</translation>
    </message>
    <message>
        <source>When &amp;nothing can play:</source>
        <translation>Wenn &amp;nichts spielen kann:</translation>
    </message>
    <message>
        <source>Offer Emergency Essentials</source>
        <translation>Notfallvorrat anbieten</translation>
    </message>
    <message>
        <source>Start Emergency Essentials</source>
        <translation>Notfallvorrat abspielen</translation>
    </message>
    <message>
        <source>When the server is down and no song in the queue has a copy here.</source>
        <translation>Wenn der Server ausgefallen ist und kein Titel der Warteschlange hier eine Kopie hat.</translation>
    </message>
    <message>
        <source>outage offline emergency essentials stuck</source>
        <translation>Ausfall offline Notfallvorrat hängt</translation>
    </message>
    <message>
        <source>Send &amp;plays to your servers</source>
        <translation>&amp;Wiedergaben an deine Server senden</translation>
    </message>
    <message>
        <source>Your servers count plays and show them in other apps. Listens are always kept on this computer.</source>
        <translation>Deine Server zählen die Wiedergaben und zeigen sie in anderen Apps. Auf diesem Computer bleiben deine Wiedergaben in jedem Fall erhalten.</translation>
    </message>
    <message>
        <source>scrobble scrobbling play count subsonic navidrome</source>
        <translation>scrobbeln Scrobbling Wiedergabezähler Subsonic Navidrome</translation>
    </message>
    <message>
        <source>Tell me about &amp;anniversaries</source>
        <translation>Über &amp;Jahrestage informieren</translation>
    </message>
    <message>
        <source>At most one a day: “A year ago today you first heard …”.</source>
        <translation>Höchstens einer pro Tag: „Heute vor einem Jahr hast du … zum ersten Mal gehört“.</translation>
    </message>
    <message>
        <source>nostalgia on this day notification</source>
        <translation>Nostalgie heute vor Jahren Jahrestag Benachrichtigung</translation>
    </message>
    <message>
        <source>Connect ListenBrainz…</source>
        <translation>ListenBrainz verbinden …</translation>
    </message>
    <message>
        <source>Import Listening History…</source>
        <translation>Hörhistorie importieren …</translation>
    </message>
    <message>
        <source>ListenBrainz keeps your listens online too; your token is stored in the system&apos;s keyring. Imports read Spotify, ListenBrainz and Last.fm exports.</source>
        <translation>ListenBrainz bewahrt deine Wiedergaben zusätzlich online auf; dein Token liegt im Schlüsselbund des Systems. Importe lesen Exporte von Spotify, ListenBrainz und Last.fm.</translation>
    </message>
    <message>
        <source>scrobble token spotify last.fm lastfm import export</source>
        <translation>scrobbeln Token Spotify Last.fm lastfm Import Export importieren exportieren</translation>
    </message>
    <message>
        <source>features degrade safe mode</source>
        <translation>Funktionen Features einschränken abgesicherter Modus</translation>
    </message>
    <message>
        <source>ListenBrainz &amp;address:</source>
        <translation>ListenBrainz-&amp;Adresse:</translation>
    </message>
    <message>
        <source>For a self-hosted ListenBrainz. Empty: listenbrainz.org.</source>
        <translation>Für ein selbst gehostetes ListenBrainz. Leer: listenbrainz.org.</translation>
    </message>
    <message>
        <source>server url api</source>
        <translation>Server URL API Adresse</translation>
    </message>
    <message>
        <source>&amp;Feature document:</source>
        <translation>&amp;Feature-Dokument:</translation>
    </message>
    <message>
        <source>Where the service publishes which extras to switch off during an incident. Takes effect the next time Refrain starts.</source>
        <translation>Wo der Dienst veröffentlicht, welche Extras während einer Störung ausgeschaltet werden. Wirkt ab dem nächsten Start von Refrain.</translation>
    </message>
    <message>
        <source>remote rollout url</source>
        <translation>Fernsteuerung Rollout URL</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Music folders</source>
        <translation>Musikordner</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu durchsuchen</translation>
    </message>
    <message>
        <source>Look for new, changed and removed files</source>
        <translation>Nach neuen, geänderten und entfernten Dateien suchen</translation>
    </message>
    <message>
        <source>Re-read All &amp;Files</source>
        <translation>&amp;Alle Dateien neu lesen</translation>
    </message>
    <message>
        <source>Read the tags of every file again, even those that look unchanged</source>
        <translation>Die Tags aller Dateien neu lesen, auch die scheinbar unveränderten</translation>
    </message>
    <message>
        <source>Music folders:</source>
        <translation>Musikordner:</translation>
    </message>
    <message>
        <source>Refrain watches these folders and reads the tags of the songs in them.</source>
        <translation>Refrain beobachtet diese Ordner und liest die Tags der Titel darin.</translation>
    </message>
    <message>
        <source>scan rescan directory folder add tags</source>
        <translation>Suchlauf durchsuchen Verzeichnis Ordner hinzufügen Tags</translation>
    </message>
    <message>
        <source>%1 (not found at the last scan)</source>
        <translation>%1 (beim letzten Suchlauf nicht gefunden)</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Streaming servers</source>
        <translation>Streaming-Server</translation>
    </message>
    <message>
        <source>&amp;Add, Edit or Remove Servers…</source>
        <translation>Server &amp;hinzufügen, bearbeiten oder entfernen …</translation>
    </message>
    <message>
        <source>Streaming servers:</source>
        <translation>Streaming-Server:</translation>
    </message>
    <message>
        <source>Subsonic and OpenSubsonic servers (Navidrome, Gonic, Airsonic…). Their catalogs are mirrored here, so browsing works while they are down.</source>
        <translation>Subsonic- und OpenSubsonic-Server (Navidrome, Gonic, Airsonic …). Ihre Kataloge werden hier gespiegelt, sodass Stöbern auch funktioniert, wenn sie ausgefallen sind.</translation>
    </message>
    <message>
        <source>subsonic navidrome gonic airsonic password login status page</source>
        <translation>Subsonic Navidrome Gonic Airsonic Passwort Anmeldung Statusseite</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>budget size limit disk space download</source>
        <translation>Budget Größe Grenze Limit Speicherplatz Festplatte Download</translation>
    </message>
    <message>
        <source>Emergency Essentials: the songs kept here for when the service is down. It fills with your picks, starred songs, the most played and the most recently played.</source>
        <translation>Notfallvorrat: die Titel, die hier für den Fall eines Dienstausfalls bereitliegen. Er füllt sich mit deiner Auswahl, Titeln mit Stern, den meistgespielten und den zuletzt gespielten.</translation>
    </message>
    <message>
        <source> emergency essentials hours</source>
        <translation> Notfallvorrat Stunden</translation>
    </message>
    <message>
        <source> emergency essentials gigabytes</source>
        <translation> Notfallvorrat Gigabyte GB</translation>
    </message>
    <message>
        <source>The most every offline copy together may take on this disk.</source>
        <translation>Wie viel alle Offline-Kopien zusammen höchstens auf diesem Datenträger belegen dürfen.</translation>
    </message>
    <message>
        <source> quota storage</source>
        <translation> Kontingent Speicher Speichergrenze</translation>
    </message>
    <message>
        <source>download parallel simultaneous connections</source>
        <translation>Download parallel gleichzeitig Verbindungen</translation>
    </message>
    <message>
        <source>Copies of streamed songs kept for later; the least recently played go first.</source>
        <translation>Kopien gestreamter Titel für später; die am längsten nicht gespielten gehen zuerst.</translation>
    </message>
    <message>
        <source> cache stream</source>
        <translation> Cache Zwischenspeicher Stream</translation>
    </message>
    <message>
        <source>Show &amp;Downloads…</source>
        <translation>&amp;Downloads anzeigen …</translation>
    </message>
    <message>
        <source>download queue progress</source>
        <translation>Download Warteschlange Fortschritt</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the selected folder and its songs out of the library; the files stay on disk</source>
        <translation>Den ausgewählten Ordner samt seinen Titeln aus der Bibliothek nehmen; die Dateien bleiben auf dem Datenträger</translation>
    </message>
    <message>
        <source>Remove Music Folder</source>
        <translation>Musikordner entfernen</translation>
    </message>
    <message>
        <source>Take “%1” and its songs out of the library? The files stay on disk, and playlists keep their entries as missing songs.</source>
        <translation>„%1“ samt seinen Titeln aus der Bibliothek nehmen? Die Dateien bleiben auf dem Datenträger, und Playlists behalten ihre Einträge als fehlende Titel.</translation>
    </message>
</context>
<context>
    <name>refrain::SingleInstance</name>
    <message>
        <source>The request has no protocol version.</source>
        <translation>Die Anfrage hat keine Protokollversion.</translation>
    </message>
    <message>
        <source>The request speaks protocol %1; this Refrain speaks %2. Quit Refrain and start it again.</source>
        <translation>Die Anfrage spricht Protokoll %1; dieses Refrain spricht %2. Beende Refrain und starte es erneut.</translation>
    </message>
    <message>
        <source>The request is incomplete.</source>
        <translation>Die Anfrage ist unvollständig.</translation>
    </message>
    <message>
        <source>The running Refrain could not take the request.</source>
        <translation>Das laufende Refrain konnte die Anfrage nicht annehmen.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>Die Anfrage ist kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>refrain::SmtcControls</name>
    <message>
        <source>There is no window to show the media controls for.</source>
        <translation>Es gibt kein Fenster, für das die Mediensteuerung angezeigt werden könnte.</translation>
    </message>
    <message>
        <source>Windows offers no media controls for this window (%1).</source>
        <translation>Windows bietet für dieses Fenster keine Mediensteuerung an (%1).</translation>
    </message>
    <message>
        <source>Windows did not accept the media buttons (%1).</source>
        <translation>Windows hat die Medientasten nicht angenommen (%1).</translation>
    </message>
</context>
<context>
    <name>refrain::StatusHistoryDialog</name>
    <message>
        <source>No incidents observed in the last 30 days.</source>
        <translation>In den letzten 30 Tagen wurden keine Störungen beobachtet.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Service Status History</source>
        <translation>Verlauf des Dienststatus</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <source>&amp;Uptime, last 30 days</source>
        <translation>&amp;Verfügbarkeit, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Uptime per service, last 30 days</source>
        <translation>Verfügbarkeit je Dienst, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Last 30 days (oldest to today)</source>
        <translation>Letzte 30 Tage (vom ältesten bis heute)</translation>
    </message>
    <message>
        <source>&amp;Incidents observed</source>
        <translation>Beobachtete &amp;Störungen</translation>
    </message>
    <message>
        <source>Incident timeline, newest first</source>
        <translation>Zeitleiste der Störungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Reload the status history</source>
        <translation>Den Statusverlauf neu laden</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Nicht beobachtet</translation>
    </message>
    <message>
        <source>Colours of the day bars: %1</source>
        <translation>Farben der Tagesbalken: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n day(s) operational</source>
        <translation>
            <numerusform>%n Tag: in Betrieb</numerusform>
            <numerusform>Alle %n Tage in Betrieb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) operational</source>
        <translation>
            <numerusform>%n Tag in Betrieb</numerusform>
            <numerusform>%n Tage in Betrieb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) not observed</source>
        <translation>
            <numerusform>%n Tag nicht beobachtet</numerusform>
            <numerusform>%n Tage nicht beobachtet</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed for %1 of the last 30 days</source>
        <translation>An %1 der letzten 30 Tage beobachtet</translation>
    </message>
    <message>
        <source>What this computer observed from %1 to %2 (local time). Maintenance is not counted as downtime; time Refrain was not running is not counted at all.</source>
        <translation>Was dieser Computer von %1 bis %2 beobachtet hat (Ortszeit). Wartung zählt nicht als Ausfall; Zeit, in der Refrain nicht lief, zählt gar nicht.</translation>
    </message>
    <message>
        <source>What this computer observed over the last 30 days.</source>
        <translation>Was dieser Computer in den letzten 30 Tagen beobachtet hat.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>refrain::SubsonicClient</name>
    <message>
        <source>The server answered with a document instead of the file.</source>
        <translation>Der Server hat mit einem Dokument statt der Datei geantwortet.</translation>
    </message>
    <message>
        <source>This server has no address.</source>
        <translation>Dieser Server hat keine Adresse.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2 (certificate: %3).</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2 (Zertifikat: %3).</translation>
    </message>
</context>
<context>
    <name>refrain::TrackGroupModel</name>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Unknown artist</source>
        <translation>Unbekannter Interpret</translation>
    </message>
    <message>
        <source>No genre</source>
        <translation>Kein Genre</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n Titel</numerusform>
            <numerusform>%n Titel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::TrackTableModel</name>
    <message>
        <source>From the server “%1”</source>
        <translation>Vom Server „%1“</translation>
    </message>
    <message>
        <source>Not available — the server “%1” cannot be reached</source>
        <translation>Nicht verfügbar – der Server „%1“ ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Not available — %1 cannot be reached</source>
        <translation>Nicht verfügbar – %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation>Unbekannter Server</translation>
    </message>
</context>
<context>
    <name>refrain::TrayIcon</name>
    <message>
        <source>Refrain — %1</source>
        <translation>Refrain – %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing playing</source>
        <translation>Es läuft nichts</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Quit Refrain</source>
        <translation>Refrain beenden</translation>
    </message>
    <message>
        <source>Hide Refrain</source>
        <translation>Refrain ausblenden</translation>
    </message>
    <message>
        <source>Show Refrain</source>
        <translation>Refrain anzeigen</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (angehalten)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
</TS>
