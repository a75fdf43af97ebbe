<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Capabilities</name>
    <message>
        <source>The service</source>
        <translation>El servicio</translation>
    </message>
    <message>
        <source>No streaming server is set up</source>
        <translation>No hay ningún servidor de streaming configurado</translation>
    </message>
    <message>
        <source>This computer is offline</source>
        <translation>Este equipo no tiene conexión</translation>
    </message>
    <message>
        <source>%1 reports degraded performance</source>
        <translation>%1 informa de un rendimiento reducido</translation>
    </message>
    <message>
        <source>The server refused the sign-in</source>
        <translation>El servidor rechazó el inicio de sesión</translation>
    </message>
    <message>
        <source>The server is slow or failing</source>
        <translation>El servidor va lento o falla</translation>
    </message>
    <message>
        <source>%1 reports a partial outage</source>
        <translation>%1 informa de una caída parcial</translation>
    </message>
    <message>
        <source>Part of the server is failing</source>
        <translation>Parte del servidor está fallando</translation>
    </message>
    <message>
        <source>%1 reports a major outage</source>
        <translation>%1 informa de una caída grave</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>El servidor no responde</translation>
    </message>
    <message>
        <source>%1 is down for scheduled maintenance until %2</source>
        <translation>%1 no está disponible por mantenimiento programado hasta %2</translation>
    </message>
    <message>
        <source>%1 is down for scheduled maintenance</source>
        <translation>%1 no está disponible por mantenimiento programado</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desactivado</translation>
    </message>
    <message numerus="yes">
        <source>%n downloaded song(s) still play</source>
        <translation>
            <numerusform>%n canción descargada sigue sonando</numerusform>
            <numerusform>%n canciones descargadas siguen sonando</numerusform>
        </translation>
    </message>
    <message>
        <source>music on this computer still plays</source>
        <translation>la música de este equipo sigue sonando</translation>
    </message>
    <message>
        <source>the copy saved %1</source>
        <translation>la copia guardada el %1</translation>
    </message>
    <message>
        <source>the saved copy</source>
        <translation>la copia guardada</translation>
    </message>
    <message>
        <source>no copy of the catalog is saved on this computer yet</source>
        <translation>aún no hay ninguna copia del catálogo guardada en este equipo</translation>
    </message>
    <message>
        <source>browsing %1</source>
        <translation>explorando %1</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>buscando en %1</translation>
    </message>
    <message>
        <source>showing saved artwork only</source>
        <translation>solo se muestran las portadas guardadas</translation>
    </message>
    <message>
        <source>listens are kept and sent later</source>
        <translation>las escuchas se guardan y se envían más tarde</translation>
    </message>
    <message>
        <source>edits are kept here and merged when the server is back</source>
        <translation>los cambios se guardan aquí y se combinan cuando vuelva el servidor</translation>
    </message>
    <message>
        <source>downloads wait until the network is back</source>
        <translation>las descargas esperan a que vuelva la red</translation>
    </message>
    <message>
        <source>downloads wait until the server is back</source>
        <translation>las descargas esperan a que vuelva el servidor</translation>
    </message>
    <message>
        <source>songs are not fetched ahead</source>
        <translation>las canciones no se cargan por adelantado</translation>
    </message>
    <message>
        <source>extras that need the server step back</source>
        <translation>los extras que necesitan el servidor se retiran</translation>
    </message>
    <message>
        <source>songs are not fetched ahead to spare the server</source>
        <translation>las canciones no se cargan por adelantado para aliviar al servidor</translation>
    </message>
    <message>
        <source>heavy extras step back to spare the server</source>
        <translation>los extras pesados se retiran para aliviar al servidor</translation>
    </message>
    <message>
        <source>streams may fail, so downloaded copies play first</source>
        <translation>los streams pueden fallar, así que suenan primero las copias descargadas</translation>
    </message>
    <message>
        <source>browsing falls back to %1 when the server fails</source>
        <translation>la exploración recurre a %1 cuando falla el servidor</translation>
    </message>
    <message>
        <source>browsing may fail</source>
        <translation>la exploración puede fallar</translation>
    </message>
    <message>
        <source>searching falls back to %1 when the server fails</source>
        <translation>la búsqueda recurre a %1 cuando falla el servidor</translation>
    </message>
    <message>
        <source>searching may fail</source>
        <translation>la búsqueda puede fallar</translation>
    </message>
    <message>
        <source>listens are queued and sent when the server takes them</source>
        <translation>las escuchas se ponen en cola y se envían cuando el servidor las acepte</translation>
    </message>
    <message>
        <source>failed downloads are retried later</source>
        <translation>las descargas fallidas se reintentan más tarde</translation>
    </message>
    <message>
        <source>showing saved artwork only, no new artwork is fetched</source>
        <translation>solo se muestran las portadas guardadas, no se cargan nuevas</translation>
    </message>
    <message>
        <source>search still covers the music on this computer</source>
        <translation>la búsqueda sigue abarcando la música de este equipo</translation>
    </message>
    <message>
        <source>listens are still recorded on this computer</source>
        <translation>las escuchas se siguen registrando en este equipo</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Browsing the server</source>
        <translation>Explorar el servidor</translation>
    </message>
    <message>
        <source>Searching the server</source>
        <translation>Buscar en el servidor</translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation>Portadas</translation>
    </message>
    <message>
        <source>Scrobbling</source>
        <translation>Scrobbling</translation>
    </message>
    <message>
        <source>Editing server playlists</source>
        <translation>Editar listas del servidor</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Fetching songs ahead</source>
        <translation>Cargar canciones por adelantado</translation>
    </message>
    <message>
        <source>Extras such as recaps with artwork</source>
        <translation>Extras como resúmenes con portadas</translation>
    </message>
</context>
<context>
    <name>PlayQueue</name>
    <message>
        <source>it cannot play now</source>
        <translation>no se puede reproducir ahora</translation>
    </message>
</context>
<context>
    <name>ScanProgress</name>
    <message numerus="yes">
        <source>Looking for music… %n file(s) found</source>
        <translation>
            <numerusform>Buscando música… %n archivo encontrado</numerusform>
            <numerusform>Buscando música… %n archivos encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading tags: %1 of %2</source>
        <translation>Leyendo etiquetas: %1 de %2</translation>
    </message>
    <message>
        <source> — about %1 left</source>
        <translation> — quedan unos %1</translation>
    </message>
    <message>
        <source>Finishing scan…</source>
        <translation>Terminando el análisis…</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>Scan stopped: %1</source>
        <translation>Análisis detenido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n ilegible</numerusform>
            <numerusform>%n ilegibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) missing — tracks kept</source>
        <translation>
            <numerusform>falta %n carpeta — las pistas se conservan</numerusform>
            <numerusform>faltan %n carpetas — las pistas se conservan</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation>Análisis cancelado</translation>
    </message>
    <message>
        <source>Scan finished</source>
        <translation>Análisis terminado</translation>
    </message>
</context>
<context>
    <name>ServerEdit</name>
    <message>
        <source>There is no playlist %1 in this server&apos;s mirror.</source>
        <translation>No hay ninguna lista %1 en la copia de este servidor.</translation>
    </message>
</context>
<context>
    <name>SourceResolver</name>
    <message>
        <source>no streaming server is connected</source>
        <translation>no hay ningún servidor de streaming conectado</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>no se puede leer el archivo</translation>
    </message>
</context>
<context>
    <name>refrain</name>
    <message>
        <source>Reading the offline files</source>
        <translation>Leyendo los archivos sin conexión</translation>
    </message>
</context>
<context>
    <name>refrain::Anniversary</name>
    <message>
        <source>Reading the span of listening history</source>
        <translation>Leyendo el periodo del historial de escucha</translation>
    </message>
    <message>
        <source>Reading first listens</source>
        <translation>Leyendo las primeras escuchas</translation>
    </message>
    <message>
        <source>Reading the years of listening history</source>
        <translation>Leyendo los años del historial de escucha</translation>
    </message>
</context>
<context>
    <name>refrain::CatalogSync</name>
    <message>
        <source>The server connection is gone.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>Listing albums</source>
        <translation>Listando álbumes</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Con estrella</translation>
    </message>
</context>
<context>
    <name>refrain::CloseToTray</name>
    <message>
        <source>Refrain is still running</source>
        <translation>Refrain sigue en marcha</translation>
    </message>
    <message>
        <source>The music keeps playing. Click the tray icon to bring the window back; to quit, choose Quit Refrain in its menu or File ▸ Quit.</source>
        <translation>La música sigue sonando. Haz clic en el icono de la bandeja del sistema para recuperar la ventana; para salir, elige «Salir de Refrain» en su menú o Archivo ▸ Salir.</translation>
    </message>
    <message>
        <source>The music keeps playing. Click the tray icon to bring the window back; to quit, choose Quit Refrain in its menu or File ▸ Quit (%1).</source>
        <translation>La música sigue sonando. Haz clic en el icono de la bandeja del sistema para recuperar la ventana; para salir, elige «Salir de Refrain» en su menú o Archivo ▸ Salir (%1).</translation>
    </message>
</context>
<context>
    <name>refrain::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>refrain::CompositionRoot</name>
    <message>
        <source>%1 refused a playlist change made while it was away: %2</source>
        <translation>%1 rechazó un cambio de lista hecho mientras no estaba disponible: %2</translation>
    </message>
    <message>
        <source>There is no playlist called “%1”.</source>
        <translation>No hay ninguna lista llamada «%1».</translation>
    </message>
    <message>
        <source>The playlist “%1” has no songs in your library.</source>
        <translation>La lista «%1» no tiene canciones de tu biblioteca.</translation>
    </message>
</context>
<context>
    <name>refrain::DatabaseNotice</name>
    <message>
        <source>Move Aside and Start a Fresh Library</source>
        <translation>Apartar y empezar una biblioteca nueva</translation>
    </message>
</context>
<context>
    <name>refrain::DegradationWiring</name>
    <message>
        <source>Refrain did not close properly last time, so optional extras (artwork, prefetching, recaps) start switched off this time.</source>
        <translation>Refrain no se cerró bien la última vez, así que los extras opcionales (portadas, carga anticipada, resúmenes) empiezan desactivados esta vez.</translation>
    </message>
    <message>
        <source>Kept off after two crashes in a row: %1.</source>
        <translation>Desactivado tras dos cierres inesperados seguidos: %1.</translation>
    </message>
    <message>
        <source>Switched off in the settings.</source>
        <translation>Desactivado en los ajustes.</translation>
    </message>
    <message>
        <source>Nothing in the queue can play now (%1): playing Emergency Essentials.</source>
        <translation>Nada de la cola se puede reproducir ahora (%1): reproduciendo la Reserva de emergencia.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the queue can play now (%1). Emergency Essentials has %n song(s) ready: use “Play Emergency Essentials”.</source>
        <translation>
            <numerusform>Nada de la cola se puede reproducir ahora (%1). La Reserva de emergencia tiene %n canción lista: usa «Reproducir la Reserva de emergencia».</numerusform>
            <numerusform>Nada de la cola se puede reproducir ahora (%1). La Reserva de emergencia tiene %n canciones listas: usa «Reproducir la Reserva de emergencia».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::DownloadListModel</name>
    <message>
        <source>Unknown title</source>
        <translation>Título desconocido</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Álbum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>Descargando %1 %</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>refrain::DownloadManager</name>
    <message numerus="yes">
        <source>%n offline file(s) were damaged and are downloaded again.</source>
        <translation>
            <numerusform>%n archivo sin conexión estaba dañado y se vuelve a descargar.</numerusform>
            <numerusform>%n archivos sin conexión estaban dañados y se vuelven a descargar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline storage has reached its limit of %1: %n song(s) wait. Raise the limit in Settings or keep fewer things offline.</source>
        <translation>
            <numerusform>El almacenamiento sin conexión llegó a su límite de %1: %n canción espera. Sube el límite en los ajustes o guarda menos cosas sin conexión.</numerusform>
            <numerusform>El almacenamiento sin conexión llegó a su límite de %1: %n canciones esperan. Sube el límite en los ajustes o guarda menos cosas sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloads wait for the server: %1</source>
        <translation>Las descargas esperan al servidor: %1</translation>
    </message>
    <message>
        <source>%1 Downloads are paused and nothing was lost: free some space, then resume them.</source>
        <translation>%1 Las descargas están en pausa y no se perdió nada: libera espacio y reanúdalas.</translation>
    </message>
    <message>
        <source>The server sent a document instead of the song.</source>
        <translation>El servidor envió un documento en lugar de la canción.</translation>
    </message>
</context>
<context>
    <name>refrain::DownloadsDialog</name>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de las descargas</translation>
    </message>
    <message>
        <source>Emergency Essentials readiness</source>
        <translation>Estado de la Reserva de emergencia</translation>
    </message>
    <message>
        <source>Why downloads wait</source>
        <translation>Por qué esperan las descargas</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Download &amp;Next</source>
        <translation>Descargar a &amp;continuación</translation>
    </message>
    <message>
        <source>List the files that are downloaded and verified too</source>
        <translation>Mostrar también los archivos descargados y verificados</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume the selected downloads; a failed one is tried again</source>
        <translation>Reanudar las descargas seleccionadas; las fallidas se vuelven a intentar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop downloading the selected files; Resume brings them back</source>
        <translation>Dejar de descargar los archivos seleccionados; «Reanudar» los recupera</translation>
    </message>
    <message>
        <source>Download Next</source>
        <translation>Descargar a continuación</translation>
    </message>
    <message>
        <source>Download the selected files before everything else waiting</source>
        <translation>Descargar los archivos seleccionados antes que todo lo demás en espera</translation>
    </message>
    <message>
        <source>Offline settings</source>
        <translation>Ajustes sin conexión</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n descargando</numerusform>
            <numerusform>%n descargando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <source>Nothing is waiting to download.</source>
        <translation>No hay nada esperando para descargarse.</translation>
    </message>
    <message>
        <source>Resume &amp;All</source>
        <translation>Reanudar &amp;todas</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>Pausar &amp;todas</translation>
    </message>
    <message>
        <source>Let the whole queue download again</source>
        <translation>Dejar que toda la cola vuelva a descargarse</translation>
    </message>
    <message>
        <source>Stop every download; each keeps what it has</source>
        <translation>Pausar todas las descargas; cada una conserva lo que ya tiene</translation>
    </message>
    <message>
        <source>Show &amp;finished (%1)</source>
        <translation>Mostrar &amp;terminadas (%1)</translation>
    </message>
</context>
<context>
    <name>refrain::GroupView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter %1 list</source>
        <translation>Filtrar la lista de %1</translation>
    </message>
</context>
<context>
    <name>refrain::HealthBanner</name>
    <message>
        <source>Turn Extras Back &amp;On</source>
        <translation>&amp;Volver a activar los extras</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Estado del servicio</translation>
    </message>
    <message>
        <source>Switch the optional extras on again now</source>
        <translation>Activar de nuevo ahora los extras opcionales</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Components, incidents and maintenance</source>
        <translation>Componentes, incidencias y mantenimiento</translation>
    </message>
    <message>
        <source>Dismiss service status</source>
        <translation>Ocultar el estado del servicio</translation>
    </message>
    <message>
        <source>Hide this until things get worse</source>
        <translation>Ocultar hasta que las cosas empeoren</translation>
    </message>
</context>
<context>
    <name>refrain::HealthDetails</name>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Service components</source>
        <translation>Componentes del servicio</translation>
    </message>
    <message>
        <source>Status History…</source>
        <translation>Historial de estado…</translation>
    </message>
    <message>
        <source>The last 30 days of observed incidents and uptime</source>
        <translation>Las incidencias observadas y la disponibilidad de los últimos 30 días</translation>
    </message>
    <message>
        <source>No status page is set up for this server, so Refrain&apos;s own checks are all it knows.</source>
        <translation>Este servidor no tiene configurada una página de estado, así que Refrain solo sabe lo que indican sus propias comprobaciones.</translation>
    </message>
    <message>
        <source>The status page reports no incidents and no maintenance.</source>
        <translation>La página de estado no indica incidencias ni mantenimiento.</translation>
    </message>
    <message>
        <source>%1 impact</source>
        <translation>Impacto: %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>affects %1</source>
        <translation>afecta a %1</translation>
    </message>
</context>
<context>
    <name>refrain::HealthHistoryModel</name>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
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
        <translation>sin incidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidencia</numerusform>
            <numerusform>%n incidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance(s)</source>
        <translation>
            <numerusform>%n mantenimiento</numerusform>
            <numerusform>%n mantenimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>no observado</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 caído</translation>
    </message>
    <message>
        <source>%1 maintenance</source>
        <translation>%1 de mantenimiento</translation>
    </message>
    <message>
        <source>The status history could not be read: %1</source>
        <translation>No se pudo leer el historial de estado: %1</translation>
    </message>
</context>
<context>
    <name>refrain::HealthMerge</name>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Mantenimiento programado</translation>
    </message>
    <message>
        <source>Scheduled maintenance %1</source>
        <translation>Mantenimiento programado %1</translation>
    </message>
    <message>
        <source>Local library — no streaming server configured</source>
        <translation>Biblioteca local: no hay ningún servidor de streaming configurado</translation>
    </message>
    <message>
        <source>Everything plays from this computer. Add a Subsonic server (File ▸ Servers…) to stream and keep offline copies.</source>
        <translation>Todo suena desde este equipo. Añade un servidor Subsonic (Archivo ▸ Servidores…) para hacer streaming y guardar copias sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recent requests failed</source>
        <translation>
            <numerusform>%1 de %n petición reciente falló</numerusform>
            <numerusform>%1 de %n peticiones recientes fallaron</numerusform>
        </translation>
    </message>
    <message>
        <source>Your library and offline music still play.</source>
        <translation>Tu biblioteca y tu música sin conexión siguen sonando.</translation>
    </message>
    <message>
        <source>%1 reports: %2</source>
        <translation>%1 informa: %2</translation>
    </message>
    <message>
        <source>You&apos;re offline — playing from this computer</source>
        <translation>Estás sin conexión: se reproduce desde este equipo</translation>
    </message>
    <message>
        <source>This computer has no network connection, so %1 can&apos;t be reached. %2 Refrain checks again as soon as the network is back.</source>
        <translation>Este equipo no tiene conexión de red, así que no se puede llegar a %1. %2 Refrain vuelve a comprobarlo en cuanto vuelva la red.</translation>
    </message>
    <message>
        <source>%1 has not answered for %2.</source>
        <translation>%1 lleva %2 sin responder.</translation>
    </message>
    <message>
        <source>%1 keeps dropping out</source>
        <translation>%1 se cae una y otra vez</translation>
    </message>
    <message>
        <source>Can&apos;t reach %1 (your network is fine)</source>
        <translation>No se puede llegar a %1 (tu red funciona bien)</translation>
    </message>
    <message>
        <source>Can&apos;t reach %1</source>
        <translation>No se puede llegar a %1</translation>
    </message>
    <message>
        <source>Status page says all clear, but the server has not answered for %1.</source>
        <translation>La página de estado dice que todo va bien, pero el servidor lleva %1 sin responder.</translation>
    </message>
    <message>
        <source>It has not answered for %1.</source>
        <translation>Lleva %1 sin responder.</translation>
    </message>
    <message>
        <source>Refrain keeps checking.</source>
        <translation>Refrain sigue comprobándolo.</translation>
    </message>
    <message>
        <source>%1 Refrain checks again as soon as the network is back.</source>
        <translation>%1 Refrain vuelve a comprobarlo en cuanto vuelva la red.</translation>
    </message>
    <message>
        <source>%1 still answers here, so playing may keep working.</source>
        <translation>%1 sigue respondiendo aquí, así que la reproducción puede seguir funcionando.</translation>
    </message>
    <message>
        <source>%1 on %2 is failing</source>
        <translation>%1 en %2 está fallando</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recent requests failed.</source>
        <translation>
            <numerusform>Falló %1 de %n petición reciente.</numerusform>
            <numerusform>Fallaron %1 de %n peticiones recientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is slow</source>
        <translation>%1 va lento</translation>
    </message>
    <message>
        <source>%1 takes %2 to answer.</source>
        <translation>%1 tarda %2 en responder.</translation>
    </message>
    <message>
        <source>The status page says all clear.</source>
        <translation>La página de estado dice que todo va bien.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in</source>
        <translation>%1 rechazó el inicio de sesión</translation>
    </message>
    <message>
        <source>Check the user name and password in File ▸ Servers…</source>
        <translation>Comprueba el usuario y la contraseña en Archivo ▸ Servidores…</translation>
    </message>
    <message>
        <source>%1 is working normally</source>
        <translation>%1 funciona con normalidad</translation>
    </message>
    <message>
        <source>%1 plans maintenance: %2. Keep what you need offline before it starts.</source>
        <translation>%1 tiene previsto un mantenimiento: %2. Guarda sin conexión lo que necesites antes de que empiece.</translation>
    </message>
    <message>
        <source>Its status page can&apos;t be read right now.</source>
        <translation>Ahora mismo no se puede leer su página de estado.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Your library and offline music are available meanwhile.</source>
        <translation>Mientras tanto, tu biblioteca y tu música sin conexión están disponibles.</translation>
    </message>
    <message>
        <source>Can&apos;t read the status page</source>
        <translation>No se puede leer la página de estado</translation>
    </message>
    <message>
        <source>No status known</source>
        <translation>Estado desconocido</translation>
    </message>
</context>
<context>
    <name>refrain::HealthModel</name>
    <message>
        <source>Status unknown</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>Based on your settings</source>
        <translation>Según tus ajustes</translation>
    </message>
    <message>
        <source>Based on this computer&apos;s network</source>
        <translation>Según la red de este equipo</translation>
    </message>
    <message>
        <source>Based on checks of the server</source>
        <translation>Según las comprobaciones del servidor</translation>
    </message>
    <message>
        <source>Based on the service&apos;s status page</source>
        <translation>Según la página de estado del servicio</translation>
    </message>
    <message>
        <source>Based on recent requests</source>
        <translation>Según las peticiones recientes</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Rendimiento reducido</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Caída parcial</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Caída grave</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>En mantenimiento</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigando</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>En observación</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Análisis posterior</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>checked just now</source>
        <translation>comprobado hace un momento</translation>
    </message>
    <message>
        <source>checked %1 ago</source>
        <translation>comprobado hace %1</translation>
    </message>
    <message>
        <source>server last answered %1 ago</source>
        <translation>el servidor respondió por última vez hace %1</translation>
    </message>
    <message>
        <source>server not answering for %1</source>
        <translation>el servidor lleva %1 sin responder</translation>
    </message>
    <message>
        <source>status page unreachable for %1</source>
        <translation>la página de estado lleva %1 inaccesible</translation>
    </message>
    <message>
        <source>status page read %1 ago</source>
        <translation>página de estado leída hace %1</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Open status page</source>
        <translation>Abrir la página de estado</translation>
    </message>
    <message>
        <source>Play Emergency Essentials — %1 ready</source>
        <translation>Reproducir la Reserva de emergencia: %1 lista</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>Maintenance completed</source>
        <translation>Mantenimiento completado</translation>
    </message>
    <message>
        <source>Maintenance in progress</source>
        <translation>Mantenimiento en curso</translation>
    </message>
    <message>
        <source>Maintenance in progress until %1</source>
        <translation>Mantenimiento en curso hasta %1</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Mantenimiento programado</translation>
    </message>
    <message>
        <source>Scheduled maintenance from %1</source>
        <translation>Mantenimiento programado desde %1</translation>
    </message>
    <message>
        <source>Scheduled maintenance %1–%2</source>
        <translation>Mantenimiento programado %1–%2</translation>
    </message>
    <message>
        <source>Scheduled maintenance %1 – %2</source>
        <translation>Mantenimiento programado %1 – %2</translation>
    </message>
</context>
<context>
    <name>refrain::HealthMonitor</name>
    <message>
        <source>Overall</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>refrain::HealthState</name>
    <message>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Caída parcial</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Caída grave</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>refrain::HistoryWiring</name>
    <message>
        <source>A listen could not be saved: %1</source>
        <translation>No se pudo guardar una escucha: %1</translation>
    </message>
    <message>
        <source>Nostalgia</source>
        <translation>Nostalgia</translation>
    </message>
    <message>
        <source>Import Listening &amp;History…</source>
        <translation>Importar el &amp;historial de escucha…</translation>
    </message>
    <message>
        <source>Add your listening history from Spotify, ListenBrainz or Last.fm</source>
        <translation>Añadir tu historial de escucha de Spotify, ListenBrainz o Last.fm</translation>
    </message>
    <message>
        <source>Connect &amp;ListenBrainz…</source>
        <translation>Conectar &amp;ListenBrainz…</translation>
    </message>
    <message>
        <source>Send your listens to ListenBrainz with your user token</source>
        <translation>Enviar tus escuchas a ListenBrainz con tu token de usuario</translation>
    </message>
    <message numerus="yes">
        <source>%n listen(s) to send</source>
        <translation>
            <numerusform>%n escucha por enviar</numerusform>
            <numerusform>%n escuchas por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Refrain</source>
        <translation>Refrain</translation>
    </message>
    <message>
        <source>ListenBrainz disconnected; your listens stay on this computer.</source>
        <translation>ListenBrainz desconectado; tus escuchas se quedan en este equipo.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>No se pudo guardar el token: %1</translation>
    </message>
    <message>
        <source>Listens will be sent to ListenBrainz, older ones too.</source>
        <translation>Las escuchas se enviarán a ListenBrainz, también las anteriores.</translation>
    </message>
    <message>
        <source>Connect ListenBrainz</source>
        <translation>Conectar ListenBrainz</translation>
    </message>
    <message>
        <source>Your ListenBrainz user token (listenbrainz.org ▸ Settings). Leave it empty to disconnect.</source>
        <translation>Tu token de usuario de ListenBrainz (listenbrainz.org ▸ Settings). Déjalo vacío para desconectar.</translation>
    </message>
    <message>
        <source>Import Listening History</source>
        <translation>Importar el historial de escucha</translation>
    </message>
    <message>
        <source>Listening history (*.json *.jsonl *.csv *.zip *.xml *.log)</source>
        <translation>Historial de escucha (*.json *.jsonl *.csv *.zip *.xml *.log)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing history… %p%</source>
        <translation>Importando el historial… %p%</translation>
    </message>
    <message>
        <source>Listening history import</source>
        <translation>Importación del historial de escucha</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop importing; what was imported stays</source>
        <translation>Detener la importación; lo ya importado se queda</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listen(s) added</source>
        <translation>
            <numerusform>%n escucha añadida</numerusform>
            <numerusform>%n escuchas añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: %1 listens added</source>
        <translation>Importación detenida: %1 escuchas añadidas</translation>
    </message>
    <message>
        <source>Imported %1 listens</source>
        <translation>Se importaron %1 escuchas</translation>
    </message>
    <message>
        <source> (%1 were already in your history)</source>
        <translation> (%1 ya estaban en tu historial)</translation>
    </message>
    <message>
        <source>. Not read: %1</source>
        <translation>. Sin leer: %1</translation>
    </message>
    <message>
        <source>None of these songs is in your library now.</source>
        <translation>Ninguna de estas canciones está ahora en tu biblioteca.</translation>
    </message>
</context>
<context>
    <name>refrain::LaunchActions</name>
    <message>
        <source>%1: %2 entries are not local files and were left out.</source>
        <translation>%1: %2 entradas no son archivos locales y se omitieron.</translation>
    </message>
    <message>
        <source>Nothing to play in the files given.</source>
        <translation>No hay nada que reproducir en los archivos indicados.</translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>No se puede reproducir %1: %2</translation>
    </message>
</context>
<context>
    <name>refrain::LaunchRequest</name>
    <message>
        <source>--play-playlist needs the name of a playlist.</source>
        <translation>--play-playlist necesita el nombre de una lista.</translation>
    </message>
    <message>
        <source>Keep the library, settings and downloads in &lt;dir&gt; instead of the usual app data folder.</source>
        <translation>Guardar la biblioteca, los ajustes y las descargas en &lt;dir&gt; en lugar de la carpeta de datos habitual.</translation>
    </message>
    <message>
        <source>Add &lt;dir&gt; to the music library and scan it (repeatable).</source>
        <translation>Añadir &lt;dir&gt; a la biblioteca musical y analizarla (se puede repetir).</translation>
    </message>
    <message>
        <source>Pause when playing, play otherwise.</source>
        <translation>Pausar si está sonando; si no, reproducir.</translation>
    </message>
    <message>
        <source>Skip to the next track.</source>
        <translation>Saltar a la pista siguiente.</translation>
    </message>
    <message>
        <source>Go back to the previous track (or the start of this one).</source>
        <translation>Volver a la pista anterior (o al principio de esta).</translation>
    </message>
    <message>
        <source>Stop playing.</source>
        <translation>Detener la reproducción.</translation>
    </message>
    <message>
        <source>Bring the Refrain window to the front.</source>
        <translation>Traer al frente la ventana de Refrain.</translation>
    </message>
    <message>
        <source>Replace the queue with the playlist &lt;name&gt; (a local or server playlist, or &quot;essentials&quot; for Emergency Essentials) and play it.</source>
        <translation>Sustituir la cola por la lista &lt;name&gt; (una lista local o del servidor, o &quot;essentials&quot; para la Reserva de emergencia) y reproducirla.</translation>
    </message>
    <message>
        <source>Refrain — a music player that keeps playing when the streaming service fails.</source>
        <translation>Refrain: un reproductor de música que sigue sonando cuando falla el servicio de streaming.</translation>
    </message>
    <message>
        <source>Audio files and playlists (M3U, PLS, XSPF) to play, folders to add to the library. A running Refrain takes them over.</source>
        <translation>Archivos de audio y listas (M3U, PLS, XSPF) que reproducir, carpetas que añadir a la biblioteca. Si Refrain ya está abierto, se encarga de ellos.</translation>
    </message>
    <message>
        <source>Only local files and folders can be opened: %1</source>
        <translation>Solo se pueden abrir archivos y carpetas locales: %1</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No existe el archivo o la carpeta: %1</translation>
    </message>
    <message>
        <source>Not an audio file or playlist: %1</source>
        <translation>No es un archivo de audio ni una lista: %1</translation>
    </message>
</context>
<context>
    <name>refrain::LibraryActivity</name>
    <message numerus="yes">
        <source>%n track(s) in your library</source>
        <translation>
            <numerusform>%n pista en tu biblioteca</numerusform>
            <numerusform>%n pistas en tu biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged library was kept as “%1”; a fresh one was started.</source>
        <translation>La biblioteca dañada se guardó como «%1»; se empezó una nueva.</translation>
    </message>
</context>
<context>
    <name>refrain::LibraryBrowser</name>
    <message>
        <source>Library sections</source>
        <translation>Secciones de la biblioteca</translation>
    </message>
    <message>
        <source>Songs</source>
        <translation>Canciones</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Artistas</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Géneros</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Keep &amp;Offline</source>
        <translation>Mantener sin &amp;conexión</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Listas</translation>
    </message>
</context>
<context>
    <name>refrain::LibraryView</name>
    <message>
        <source>Available &amp;offline</source>
        <translation>Disponible sin &amp;conexión</translation>
    </message>
    <message>
        <source>Keep Offline</source>
        <translation>Mantener sin conexión</translation>
    </message>
    <message>
        <source>Search titles, artists, albums… (Ctrl+F)</source>
        <translation>Buscar títulos, artistas, álbumes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Show All Songs</source>
        <translation>Mostrar todas las canciones</translation>
    </message>
    <message>
        <source>Download this album&apos;s or artist&apos;s songs from the server, so they play during an outage</source>
        <translation>Descargar del servidor las canciones de este álbum o artista, para que suenen durante una caída</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>Add Music Folder…</source>
        <translation>Añadir carpeta de música…</translation>
    </message>
    <message>
        <source>Show only songs that play without a network: your files and verified downloads</source>
        <translation>Mostrar solo las canciones que suenan sin red: tus archivos y las descargas verificadas</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play Next</source>
        <translation>Reproducir a continuación</translation>
    </message>
    <message>
        <source>Add to Up Next</source>
        <translation>Añadir a «A continuación»</translation>
    </message>
    <message>
        <source>Add to Playlist</source>
        <translation>Añadir a una lista</translation>
    </message>
    <message>
        <source>New Playlist…</source>
        <translation>Nueva lista…</translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <source>Keep this artist offline</source>
        <translation>Mantener este artista sin conexión</translation>
    </message>
    <message>
        <source>Keep this album offline</source>
        <translation>Mantener este álbum sin conexión</translation>
    </message>
    <message>
        <source>Add to &amp;Emergency Essentials</source>
        <translation>Añadir a la &amp;Reserva de emergencia</translation>
    </message>
    <message>
        <source>Keep &amp;Album Offline</source>
        <translation>Mantener el &amp;álbum sin conexión</translation>
    </message>
    <message>
        <source>Keep A&amp;rtist Offline</source>
        <translation>Mantener el a&amp;rtista sin conexión</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>New Playlist on %1…</source>
        <translation>Nueva lista en %1…</translation>
    </message>
    <message>
        <source>“%1” can&apos;t play now: %2</source>
        <translation>«%1» no se puede reproducir ahora: %2</translation>
    </message>
    <message>
        <source>Loading your library…</source>
        <translation>Cargando tu biblioteca…</translation>
    </message>
    <message>
        <source>Your library is empty.
Add a folder with music to get started.</source>
        <translation>Tu biblioteca está vacía.
Añade una carpeta con música para empezar.</translation>
    </message>
    <message>
        <source>Nothing here plays without a network yet.
Keep playlists, albums or artists offline, or add songs to Emergency Essentials.</source>
        <translation>Aquí todavía no suena nada sin red.
Mantén listas, álbumes o artistas sin conexión, o añade canciones a la Reserva de emergencia.</translation>
    </message>
    <message>
        <source>No tracks match “%1”.</source>
        <translation>Ninguna pista coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>refrain::MainWindow</name>
    <message>
        <source>Up Next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Add Music Folder…</source>
        <translation>&amp;Añadir carpeta de música…</translation>
    </message>
    <message>
        <source>&amp;New Playlist</source>
        <translation>&amp;Nueva lista</translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <source>&amp;Import Playlist…</source>
        <translation>&amp;Importar lista…</translation>
    </message>
    <message>
        <source>S&amp;ervers…</source>
        <translation>S&amp;ervidores…</translation>
    </message>
    <message>
        <source>Add, test, sync or remove streaming servers</source>
        <translation>Añadir, probar, sincronizar o quitar servidores de streaming</translation>
    </message>
    <message>
        <source>&amp;Downloads…</source>
        <translation>&amp;Descargas…</translation>
    </message>
    <message>
        <source>What is downloading for offline listening, and its settings</source>
        <translation>Lo que se está descargando para escuchar sin conexión, y sus ajustes</translation>
    </message>
    <message>
        <source>&amp;Rescan Library</source>
        <translation>&amp;Volver a analizar la biblioteca</translation>
    </message>
    <message>
        <source>Look for new, changed and removed files</source>
        <translation>Buscar archivos nuevos, cambiados y eliminados</translation>
    </message>
    <message>
        <source>Read the tags of every file again, even those that look unchanged</source>
        <translation>Volver a leer las etiquetas de todos los archivos, incluso de los que parecen sin cambios</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Reproducir/Pausar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Show All &amp;Songs</source>
        <translation>Mostrar todas las &amp;canciones</translation>
    </message>
    <message>
        <source>&amp;Find in Library</source>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Up Next</source>
        <translation>A &amp;continuación</translation>
    </message>
    <message>
        <source>Always Show Service &amp;Status</source>
        <translation>Mostrar siempre el &amp;estado del servicio</translation>
    </message>
    <message>
        <source>Keep the service status banner visible while all is well</source>
        <translation>Mantener visible el aviso de estado del servicio aunque todo vaya bien</translation>
    </message>
    <message>
        <source>Service Status &amp;History…</source>
        <translation>&amp;Historial del estado del servicio…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Refrain</source>
        <translation>&amp;Acerca de Refrain</translation>
    </message>
    <message>
        <source>About Refrain</source>
        <translation>Acerca de Refrain</translation>
    </message>
    <message>
        <source>Refrain %1
A local-first music player that keeps playing when the streaming service fails.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Refrain %1
Un reproductor de música local que sigue sonando cuando falla el servicio de streaming.
Con licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Import Playlist</source>
        <translation>Importar lista</translation>
    </message>
    <message>
        <source>Playlists (*.m3u *.m3u8 *.pls *.xspf)</source>
        <translation>Listas (*.m3u *.m3u8 *.pls *.xspf)</translation>
    </message>
    <message>
        <source>Export Playlist</source>
        <translation>Exportar lista</translation>
    </message>
    <message>
        <source>M3U8 (*.m3u8);;M3U (*.m3u);;PLS (*.pls);;XSPF (*.xspf)</source>
        <translation>M3U8 (*.m3u8);;M3U (*.m3u);;PLS (*.pls);;XSPF (*.xspf)</translation>
    </message>
    <message>
        <source>Undo: bring back “%1”</source>
        <translation>Deshacer: recuperar «%1»</translation>
    </message>
    <message>
        <source>Add Music Folder</source>
        <translation>Añadir carpeta de música</translation>
    </message>
    <message>
        <source>Hide Up Next</source>
        <translation>Ocultar «A continuación»</translation>
    </message>
    <message>
        <source>Re-read All &amp;Files</source>
        <translation>Releer &amp;todos los archivos</translation>
    </message>
</context>
<context>
    <name>refrain::MergePlan</name>
    <message>
        <source>%1: meanwhile it was renamed “%2” on the server. The server keeps “%2”; this computer shows “%3” until you rename the playlist again.</source>
        <translation>%1: mientras tanto se renombró a «%2» en el servidor. El servidor mantiene «%2»; este equipo muestra «%3» hasta que vuelvas a renombrar la lista.</translation>
    </message>
    <message>
        <source>%1: the server moved %2 meanwhile and now has fewer copies of it, so which one you meant cannot be told; it was not removed. Remove the copy you mean again.</source>
        <translation>%1: mientras tanto el servidor movió %2 y ahora tiene menos copias, así que no se sabe cuál querías; no se quitó. Vuelve a quitar la copia que querías.</translation>
    </message>
    <message>
        <source>%1: the playlist was deleted on the server meanwhile, so this was not sent. This computer keeps showing your version; to keep it, make a new playlist with its songs.</source>
        <translation>%1: mientras tanto la lista se borró en el servidor, así que esto no se envió. Este equipo sigue mostrando tu versión; para conservarla, crea una lista nueva con sus canciones.</translation>
    </message>
</context>
<context>
    <name>refrain::MprisPlayer</name>
    <message>
        <source>Refrain opens only file:// URIs.</source>
        <translation>Refrain solo abre URI file://.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>No existe ese archivo.</translation>
    </message>
</context>
<context>
    <name>refrain::MprisService</name>
    <message>
        <source>There is no session bus to publish the media controls on.</source>
        <translation>No hay ningún bus de sesión en el que publicar los controles multimedia.</translation>
    </message>
    <message>
        <source>The media controls could not be published: %1</source>
        <translation>No se pudieron publicar los controles multimedia: %1</translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaBarList</name>
    <message>
        <source>%1: none</source>
        <translation>%1: ninguno</translation>
    </message>
    <message>
        <source>%1, by listens: %2</source>
        <translation>%1, por escuchas: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n escucha</numerusform>
            <numerusform>%n escuchas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
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
        <translation>escuchas</translation>
    </message>
    <message>
        <source>minutes · %1</source>
        <translation>minutos · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>racha más larga</translation>
    </message>
    <message>
        <source>Every day from %1 to %2</source>
        <translation>Todos los días del %1 al %2</translation>
    </message>
    <message>
        <source>busiest day · %1</source>
        <translation>día con más escuchas · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n escucha</numerusform>
            <numerusform>%n escuchas</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest day</source>
        <translation>día con más escuchas</translation>
    </message>
    <message>
        <source>busiest hour · %1</source>
        <translation>hora con más escuchas · %1</translation>
    </message>
    <message>
        <source>busiest hour</source>
        <translation>hora con más escuchas</translation>
    </message>
    <message>
        <source>new artists</source>
        <translation>artistas nuevos</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaHeatMap</name>
    <message>
        <source>%1: none</source>
        <translation>%1: ninguno</translation>
    </message>
    <message>
        <source>%1: %2, most at %3 (%4)</source>
        <translation>%1: %2, sobre todo a las %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n escucha</numerusform>
            <numerusform>%n escuchas</numerusform>
        </translation>
    </message>
    <message>
        <source>Listens by weekday and hour: none.</source>
        <translation>Escuchas por día de la semana y hora: ninguna.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Listens by weekday and hour. Busiest: %1. %2.</source>
        <translation>Escuchas por día de la semana y hora. Máximo: %1. %2.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaModel</name>
    <message>
        <source>First heard %1</source>
        <translation>Escuchada por primera vez %1</translation>
    </message>
    <message>
        <source>A year ago today you first heard %1</source>
        <translation>Hoy hace un año escuchaste %1 por primera vez</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago today you first heard %1</source>
        <translation>
            <numerusform>Hoy hace %n año escuchaste %1 por primera vez</numerusform>
            <numerusform>Hoy hace %n años escuchaste %1 por primera vez</numerusform>
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
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Tal día como hoy</translation>
    </message>
    <message>
        <source>Play These</source>
        <translation>Reproducir estas</translation>
    </message>
    <message>
        <source>Play the songs of this day in earlier years</source>
        <translation>Reproducir las canciones de este día en años anteriores</translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>Hace un año</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>Hace %n año</numerusform>
            <numerusform>Hace %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier years</source>
        <translation>
            <numerusform>y %n año anterior</numerusform>
            <numerusform>y %n años anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NostalgiaPage</name>
    <message>
        <source>Nostalgia</source>
        <translation>Nostalgia</translation>
    </message>
    <message>
        <source>Reading your listening history…</source>
        <translation>Leyendo tu historial de escucha…</translation>
    </message>
    <message>
        <source>No listens yet — play something, or import your history from Spotify, ListenBrainz or Last.fm</source>
        <translation>Todavía no hay escuchas: reproduce algo o importa tu historial de Spotify, ListenBrainz o Last.fm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Todo el año</translation>
    </message>
    <message>
        <source>Export Recap Card…</source>
        <translation>Exportar la tarjeta de resumen…</translation>
    </message>
    <message>
        <source>Save this recap as a picture to share</source>
        <translation>Guardar este resumen como imagen para compartir</translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation>Importar historial…</translation>
    </message>
    <message>
        <source>Bring in what you played elsewhere, from an export file</source>
        <translation>Traer lo que escuchaste en otro sitio, desde un archivo exportado</translation>
    </message>
    <message>
        <source>by listens</source>
        <translation>por escuchas</translation>
    </message>
    <message>
        <source>Minutes listened</source>
        <translation>Minutos escuchados</translation>
    </message>
    <message>
        <source>Top artists</source>
        <translation>Artistas principales</translation>
    </message>
    <message>
        <source>When you listen</source>
        <translation>Cuándo escuchas</translation>
    </message>
    <message>
        <source>listens by weekday and hour</source>
        <translation>escuchas por día de la semana y hora</translation>
    </message>
    <message>
        <source>Listens by weekday and hour</source>
        <translation>Escuchas por día de la semana y hora</translation>
    </message>
    <message>
        <source>Top tracks</source>
        <translation>Canciones principales</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>Ninguna en este periodo</translation>
    </message>
    <message>
        <source>Top albums</source>
        <translation>Álbumes principales</translation>
    </message>
    <message>
        <source>No albums known for these listens</source>
        <translation>No se conocen álbumes para estas escuchas</translation>
    </message>
    <message>
        <source>Top genres</source>
        <translation>Géneros principales</translation>
    </message>
    <message>
        <source>Genres come from songs in your library; none of these listens matched one</source>
        <translation>Los géneros salen de las canciones de tu biblioteca; ninguna de estas escuchas coincidió con una</translation>
    </message>
    <message>
        <source>Your %1 in music</source>
        <translation>Tu %1 en música</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>Nothing was played in %1.</source>
        <translation>No se reprodujo nada en %1.</translation>
    </message>
    <message>
        <source>New to you: %1</source>
        <translation>Nuevo para ti: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Top track: %1 — %2 (%3)</source>
        <translation>Canción principal: %1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n listens</source>
        <translation>
            <numerusform>%n escucha</numerusform>
            <numerusform>%n escuchas</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes listened per month. %1.</source>
        <translation>Minutos escuchados por mes. %1.</translation>
    </message>
    <message>
        <source>Minutes listened per day. %1.</source>
        <translation>Minutos escuchados por día. %1.</translation>
    </message>
    <message>
        <source>Most in %1: %2.</source>
        <translation>Máximo en %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes listened per month</source>
        <translation>Minutos escuchados por mes</translation>
    </message>
    <message>
        <source>Minutes listened per day</source>
        <translation>Minutos escuchados por día</translation>
    </message>
    <message>
        <source>Export Recap Card</source>
        <translation>Exportar la tarjeta de resumen</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>There is no recap to export yet.</source>
        <translation>Todavía no hay ningún resumen que exportar.</translation>
    </message>
    <message>
        <source>Saved the recap card as %1</source>
        <translation>Tarjeta de resumen guardada como %1</translation>
    </message>
    <message>
        <source>Could not save the recap card as %1: %2</source>
        <translation>No se pudo guardar la tarjeta de resumen como %1: %2</translation>
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
            <numerusform>%n escucha</numerusform>
            <numerusform>%n escuchas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::NowPlayingBar</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Nothing playing</source>
        <translation>No suena nada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>Volumen: %1</translation>
    </message>
</context>
<context>
    <name>refrain::OfflineAvailability</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargada</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Plays from the server only: keep it offline to have it during an outage</source>
        <translation>Solo suena desde el servidor: mantenla sin conexión para tenerla durante una caída</translation>
    </message>
    <message>
        <source>A copy is being downloaded; until it is verified the song needs the server</source>
        <translation>Se está descargando una copia; hasta que se verifique, la canción necesita el servidor</translation>
    </message>
    <message>
        <source>A verified copy is on this computer: it plays without the server</source>
        <translation>Hay una copia verificada en este equipo: suena sin el servidor</translation>
    </message>
    <message>
        <source>A file of your library: it plays without any network</source>
        <translation>Un archivo de tu biblioteca: suena sin ninguna red</translation>
    </message>
    <message>
        <source>The file cannot be reached now (a removed drive or share?)</source>
        <translation>No se puede acceder al archivo ahora (¿una unidad o recurso compartido desconectado?)</translation>
    </message>
</context>
<context>
    <name>refrain::OfflineIo</name>
    <message>
        <source>The file name “%1” would leave the offline folder; it was refused.</source>
        <translation>El nombre de archivo «%1» saldría de la carpeta sin conexión; se rechazó.</translation>
    </message>
    <message>
        <source>The folder for “%1” could not be made in %2.</source>
        <translation>No se pudo crear la carpeta para «%1» en %2.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>The download&apos;s file is not open.</source>
        <translation>El archivo de la descarga no está abierto.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (or the file may not grow further).</source>
        <translation>El disco que contiene %1 está lleno (o el archivo no puede crecer más).</translation>
    </message>
    <message>
        <source>“%1” could not be emptied: %2</source>
        <translation>No se pudo vaciar «%1»: %2</translation>
    </message>
    <message>
        <source>The file name leaves the offline folder.</source>
        <translation>El nombre de archivo sale de la carpeta sin conexión.</translation>
    </message>
    <message>
        <source>The verified file could not be moved into place as “%1”.</source>
        <translation>No se pudo mover el archivo verificado a su sitio como «%1».</translation>
    </message>
    <message>
        <source>The playlist name leaves the offline folder.</source>
        <translation>El nombre de la lista sale de la carpeta sin conexión.</translation>
    </message>
</context>
<context>
    <name>refrain::OfflinePage</name>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Nothing here yet: star songs on your server or use “Add to Emergency Essentials” on any song.</source>
        <translation>Aquí todavía no hay nada: marca canciones con estrella en tu servidor o usa «Añadir a la Reserva de emergencia» en cualquier canción.</translation>
    </message>
    <message>
        <source>Emergency Essentials</source>
        <translation>Reserva de emergencia</translation>
    </message>
    <message>
        <source>Emergency Essentials readiness</source>
        <translation>Estado de la Reserva de emergencia</translation>
    </message>
    <message>
        <source>Your picks, then starred songs, then your most played, up to your budget. They play when the server does not.</source>
        <translation>Tu selección, luego las canciones con estrella y luego las más escuchadas, hasta tu límite. Suenan cuando el servidor no responde.</translation>
    </message>
    <message>
        <source>Why downloads wait</source>
        <translation>Por qué esperan las descargas</translation>
    </message>
    <message>
        <source>Play Emergency Essentials</source>
        <translation>Reproducir la Reserva de emergencia</translation>
    </message>
    <message>
        <source>Play the songs of Emergency Essentials on this computer</source>
        <translation>Reproducir en este equipo las canciones de la Reserva de emergencia</translation>
    </message>
    <message>
        <source>Downloads…</source>
        <translation>Descargas…</translation>
    </message>
    <message>
        <source>What is downloading and waiting, and the offline settings</source>
        <translation>Lo que se descarga y lo que espera, y los ajustes sin conexión</translation>
    </message>
    <message>
        <source>Songs of Emergency Essentials</source>
        <translation>Canciones de la Reserva de emergencia</translation>
    </message>
    <message>
        <source>Remove from Emergency Essentials</source>
        <translation>Quitar de la Reserva de emergencia</translation>
    </message>
    <message>
        <source>Kept Offline</source>
        <translation>Guardado sin conexión</translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation>Guardado sin conexión</translation>
    </message>
    <message>
        <source>Stop Keeping Offline</source>
        <translation>Dejar de mantener sin conexión</translation>
    </message>
    <message>
        <source>Loading the songs of Emergency Essentials…</source>
        <translation>Cargando las canciones de la Reserva de emergencia…</translation>
    </message>
    <message>
        <source>Emergency Essentials is always kept; take songs out of it above instead.</source>
        <translation>La Reserva de emergencia siempre se conserva; en su lugar, quita canciones de ella arriba.</translation>
    </message>
    <message>
        <source>Remove the offline copies this keeps (songs another pin keeps stay)</source>
        <translation>Quitar las copias sin conexión que guarda esto (se quedan las canciones que guarda otro elemento fijado)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>refrain::OfflinePinsModel</name>
    <message>
        <source>%1 of %2 ready · %3 of %4</source>
        <translation>%1 de %2 listas · %3 de %4</translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n descargando</numerusform>
            <numerusform>%n descargando</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::OfflineQueue</name>
    <message>
        <source>Reading the download queue</source>
        <translation>Leyendo la cola de descargas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Reading the stream cache</source>
        <translation>Leyendo la caché de streaming</translation>
    </message>
    <message>
        <source>Reading the offline files</source>
        <translation>Leyendo los archivos sin conexión</translation>
    </message>
</context>
<context>
    <name>refrain::OfflineSettingsFields</name>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>None (free disk space only)</source>
        <translation>Ninguna (solo el espacio libre en disco)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>How much music Emergency Essentials keeps, by length</source>
        <translation>Cuánta música guarda la Reserva de emergencia, por duración</translation>
    </message>
    <message>
        <source>How much music Emergency Essentials keeps, by size</source>
        <translation>Cuánta música guarda la Reserva de emergencia, por tamaño</translation>
    </message>
    <message>
        <source>The most every offline file together may take</source>
        <translation>Lo máximo que pueden ocupar todos los archivos sin conexión juntos</translation>
    </message>
    <message>
        <source>How many files download at the same time</source>
        <translation>Cuántos archivos se descargan a la vez</translation>
    </message>
    <message>
        <source>Copies of streamed songs kept for later; the least recently played go first</source>
        <translation>Copias de las canciones escuchadas en streaming para más tarde; primero se van las que hace más tiempo que no suenan</translation>
    </message>
    <message>
        <source>Emergency Essentials, &amp;hours:</source>
        <translation>Reserva de emergencia, &amp;horas:</translation>
    </message>
    <message>
        <source>Emergency Essentials, si&amp;ze:</source>
        <translation>Reserva de emergencia, &amp;tamaño:</translation>
    </message>
    <message>
        <source>Storage &amp;quota:</source>
        <translation>&amp;Cuota de almacenamiento:</translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation>&amp;Descargas simultáneas:</translation>
    </message>
    <message>
        <source>Stream cach&amp;e:</source>
        <translation>Caché d&amp;e streaming:</translation>
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
            <numerusform>%n descargando</numerusform>
            <numerusform>%n descargando</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the offline settings</source>
        <translation>Leyendo los ajustes sin conexión</translation>
    </message>
    <message>
        <source>Emergency Essentials</source>
        <translation>Reserva de emergencia</translation>
    </message>
    <message>
        <source>No %1 is called or numbered “%2”.</source>
        <translation>Ningún elemento de tipo «%1» se llama ni tiene el número «%2».</translation>
    </message>
    <message>
        <source>There is no such %1 to keep offline.</source>
        <translation>No existe ese elemento de tipo «%1» para mantener sin conexión.</translation>
    </message>
    <message>
        <source>The pin was not stored.</source>
        <translation>No se guardó el elemento fijado.</translation>
    </message>
    <message>
        <source>Nothing pinned has that number (Essentials stays pinned).</source>
        <translation>Ningún elemento fijado tiene ese número (la Reserva de emergencia siempre se queda).</translation>
    </message>
    <message>
        <source>Reading what is kept offline</source>
        <translation>Leyendo lo que se guarda sin conexión</translation>
    </message>
    <message>
        <source>Emergency Essentials is missing.</source>
        <translation>Falta la Reserva de emergencia.</translation>
    </message>
    <message>
        <source>The song is no longer in the library.</source>
        <translation>La canción ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>No free file name for song %1.</source>
        <translation>No hay ningún nombre de archivo libre para la canción %1.</translation>
    </message>
    <message>
        <source>Reading the offline files</source>
        <translation>Leyendo los archivos sin conexión</translation>
    </message>
    <message>
        <source>Reading the songs of a pin</source>
        <translation>Leyendo las canciones de un elemento fijado</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Essentials is empty: star songs or pick some to keep them offline</source>
        <translation>La Reserva de emergencia está vacía: marca canciones con estrella o elige algunas para tenerlas sin conexión</translation>
    </message>
    <message>
        <source>Essentials ready: %1 verified</source>
        <translation>Reserva de emergencia lista: %1 verificadas</translation>
    </message>
    <message>
        <source>Essentials: %1 of %2 ready</source>
        <translation>Reserva de emergencia: %1 de %2 lista</translation>
    </message>
</context>
<context>
    <name>refrain::OfflineWiring</name>
    <message>
        <source>Refrain is quitting</source>
        <translation>Refrain se está cerrando</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Nothing in Emergency Essentials can play without the server yet.</source>
        <translation>Todavía nada de la Reserva de emergencia puede sonar sin el servidor.</translation>
    </message>
</context>
<context>
    <name>refrain::PlaybackEngine</name>
    <message>
        <source>the stream stalled</source>
        <translation>el stream se atascó</translation>
    </message>
    <message>
        <source>Skipped “%1”: %2.</source>
        <translation>Se saltó «%1»: %2.</translation>
    </message>
    <message>
        <source>Nothing left in the queue can play now: %1.</source>
        <translation>Nada de lo que queda en la cola se puede reproducir ahora: %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t play “%1”: %2. Nothing else in the queue could play.</source>
        <translation>No se pudo reproducir «%1»: %2. Nada más de la cola se pudo reproducir.</translation>
    </message>
    <message>
        <source>Playing the downloaded copy — %1.</source>
        <translation>Reproduciendo la copia descargada: %1.</translation>
    </message>
    <message>
        <source>the stream ended early</source>
        <translation>el stream terminó antes de tiempo</translation>
    </message>
    <message>
        <source>the file could not be decoded</source>
        <translation>no se pudo decodificar el archivo</translation>
    </message>
    <message>
        <source>playback failed</source>
        <translation>la reproducción falló</translation>
    </message>
    <message>
        <source>the stream failed</source>
        <translation>el stream falló</translation>
    </message>
</context>
<context>
    <name>refrain::PlayerModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>refrain::PlaylistEntriesModel</name>
    <message>
        <source>Missing — %1 is not in the library or cannot be reached</source>
        <translation>Falta: %1 no está en la biblioteca o no se puede acceder</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Álbum</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>refrain::PlaylistListModel</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n pista</numerusform>
            <numerusform>%n pistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s) to “%1”.</source>
        <translation>
            <numerusform>Se añadió %n pista a «%1».</numerusform>
            <numerusform>Se añadieron %n pistas a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se importó «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”; %n track(s) could not be found and are shown as missing.</source>
        <translation>
            <numerusform>Se importó «%1»; %n pista no se encontró y se muestra como ausente.</numerusform>
            <numerusform>Se importó «%1»; %n pistas no se encontraron y se muestran como ausentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name ending in .m3u8, .m3u, .pls or .xspf.</source>
        <translation>Elige un nombre de archivo que termine en .m3u8, .m3u, .pls o .xspf.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n track(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n pista a %1.</numerusform>
            <numerusform>Se exportaron %n pistas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::PlaylistView</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Keep Offline</source>
        <translation>Mantener sin conexión</translation>
    </message>
    <message>
        <source>Download this playlist&apos;s songs from the server and keep them in step with it, so they play during an outage</source>
        <translation>Descargar del servidor las canciones de esta lista y mantenerlas al día con ella, para que suenen durante una caída</translation>
    </message>
    <message>
        <source>Delete Playlist</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Playlist entries</source>
        <translation>Entradas de la lista</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n canción</numerusform>
            <numerusform>%n canciones</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>En %1</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n pista</numerusform>
            <numerusform>%n pistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltan %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::QueueModel</name>
    <message>
        <source>Can&apos;t play now: %1</source>
        <translation>No se puede reproducir ahora: %1</translation>
    </message>
</context>
<context>
    <name>refrain::QueueView</name>
    <message>
        <source>Nothing up next.
Double-click a song, choose “Play Next”, or drag songs here.</source>
        <translation>No hay nada a continuación.
Haz doble clic en una canción, elige «Reproducir a continuación» o arrastra canciones aquí.</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>A continuación</translation>
    </message>
</context>
<context>
    <name>refrain::RecapCard</name>
    <message>
        <source>Refrain Recap %1</source>
        <translation>Resumen de Refrain %1</translation>
    </message>
    <message>
        <source>REFRAIN RECAP</source>
        <translation>RESUMEN DE REFRAIN</translation>
    </message>
    <message>
        <source>Your year in music</source>
        <translation>Tu año en música</translation>
    </message>
    <message>
        <source>Your month in music</source>
        <translation>Tu mes en música</translation>
    </message>
    <message>
        <source>minutes listened</source>
        <translation>minutos escuchados</translation>
    </message>
    <message>
        <source>listens</source>
        <translation>escuchas</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>longest streak</source>
        <translation>racha más larga</translation>
    </message>
    <message>
        <source>new artists</source>
        <translation>artistas nuevos</translation>
    </message>
    <message>
        <source>busiest day</source>
        <translation>día con más escuchas</translation>
    </message>
    <message>
        <source>Top artists</source>
        <translation>Artistas principales</translation>
    </message>
    <message>
        <source>Top tracks</source>
        <translation>Canciones principales</translation>
    </message>
    <message>
        <source>Minutes per month · made on this computer by Refrain</source>
        <translation>Minutos por mes · creado en este equipo por Refrain</translation>
    </message>
    <message>
        <source>Minutes per day · made on this computer by Refrain</source>
        <translation>Minutos por día · creado en este equipo por Refrain</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Todavía nada</translation>
    </message>
</context>
<context>
    <name>refrain::ScanStatusWidget</name>
    <message>
        <source>Stop scanning</source>
        <translation>Detener el análisis</translation>
    </message>
</context>
<context>
    <name>refrain::SecretStore</name>
    <message>
        <source>this build has no keychain support</source>
        <translation>esta versión no admite el llavero</translation>
    </message>
    <message>
        <source>the keychain is switched off</source>
        <translation>el llavero está desactivado</translation>
    </message>
    <message>
        <source>Passwords and API keys are kept in the system keychain.</source>
        <translation>Las contraseñas y claves de API se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Passwords and API keys are kept in %1, readable only by you.</source>
        <translation>Las contraseñas y claves de API se guardan en %1, que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): passwords and API keys are kept in %2, readable only by you.</source>
        <translation>No hay ningún llavero disponible (%1): las contraseñas y claves de API se guardan en %2, que solo tú puedes leer.</translation>
    </message>
</context>
<context>
    <name>refrain::ServerEdit</name>
    <message>
        <source>Create playlist “%1”</source>
        <translation>Crear la lista «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Create playlist “%1” with %n song(s)</source>
        <translation>
            <numerusform>Crear la lista «%1» con %n canción</numerusform>
            <numerusform>Crear la lista «%1» con %n canciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename playlist “%1” to “%2”</source>
        <translation>Renombrar la lista «%1» a «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n song(s) to “%1”</source>
        <translation>
            <numerusform>Añadir %n canción a «%1»</numerusform>
            <numerusform>Añadir %n canciones a «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n song(s) from “%1”</source>
        <translation>
            <numerusform>Quitar %n canción de «%1»</numerusform>
            <numerusform>Quitar %n canciones de «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete playlist “%1”</source>
        <translation>Borrar la lista «%1»</translation>
    </message>
    <message>
        <source>Star album %1</source>
        <translation>Marcar con estrella el álbum %1</translation>
    </message>
    <message>
        <source>Unstar album %1</source>
        <translation>Quitar la estrella del álbum %1</translation>
    </message>
    <message>
        <source>Star artist %1</source>
        <translation>Marcar con estrella el artista %1</translation>
    </message>
    <message>
        <source>Unstar artist %1</source>
        <translation>Quitar la estrella del artista %1</translation>
    </message>
    <message>
        <source>Star song %1</source>
        <translation>Marcar con estrella la canción %1</translation>
    </message>
    <message>
        <source>Unstar song %1</source>
        <translation>Quitar la estrella de la canción %1</translation>
    </message>
</context>
<context>
    <name>refrain::ServerEditStore</name>
    <message>
        <source>Say what to star.</source>
        <translation>Indica qué marcar con estrella.</translation>
    </message>
    <message>
        <source>A playlist needs a name.</source>
        <translation>Una lista necesita un nombre.</translation>
    </message>
    <message>
        <source>Say which songs to add.</source>
        <translation>Indica qué canciones añadir.</translation>
    </message>
    <message>
        <source>Say which entries to remove.</source>
        <translation>Indica qué entradas quitar.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has no entry %2 (it has %n entries, counted from 0).</source>
        <translation>
            <numerusform>«%1» no tiene la entrada %2 (tiene %n entrada, contando desde 0).</numerusform>
            <numerusform>«%1» no tiene la entrada %2 (tiene %n entradas, contando desde 0).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the playlist “%1” could not be created on the server.</source>
        <translation>No se envió: no se pudo crear la lista «%1» en el servidor.</translation>
    </message>
    <message>
        <source>There is no playlist %1 in this server&apos;s mirror.</source>
        <translation>No hay ninguna lista %1 en la copia de este servidor.</translation>
    </message>
</context>
<context>
    <name>refrain::ServerEdits</name>
    <message>
        <source>The server connection is gone.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>its playlist was never created on the server</source>
        <translation>su lista nunca se creó en el servidor</translation>
    </message>
    <message>
        <source>the server said it was created but does not list it</source>
        <translation>el servidor dijo que la creó, pero no aparece en su lista</translation>
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
        <translation>Añadir un servidor</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>https://music.example.org
http://192.168.1.20:4533</source>
        <translation>https://music.example.org
http://192.168.1.20:4533</translation>
    </message>
    <message>
        <source>One per line. The first is tried first; after that, whichever answered best.</source>
        <translation>Una por línea. Primero se prueba la primera; después, la que mejor haya respondido.</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <source>API ke&amp;y</source>
        <translation>C&amp;lave de API</translation>
    </message>
    <message>
        <source>OpenSubsonic servers such as Navidrome can give you an API key</source>
        <translation>Los servidores OpenSubsonic como Navidrome pueden darte una clave de API</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Allow the password over plain &amp;HTTP to a public address (old servers only)</source>
        <translation>Permitir la contraseña por &amp;HTTP sin cifrar a una dirección pública (solo servidores antiguos)</translation>
    </message>
    <message>
        <source>Only matters for servers that refuse secure sign-in tokens: Refrain then has to send the password itself, which anyone between you and an http:// address on the internet could read. Addresses with https:// or on your own network never need this.</source>
        <translation>Solo importa en servidores que rechazan los tokens seguros de inicio de sesión: Refrain tiene que enviar entonces la propia contraseña, que cualquiera entre tú y una dirección http:// en internet podría leer. Las direcciones con https:// o de tu propia red nunca lo necesitan.</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Página de estado</translation>
    </message>
    <message>
        <source>Optional, e.g. https://status.example.com</source>
        <translation>Opcional, p. ej. https://status.example.com</translation>
    </message>
    <message>
        <source>Where the service behind this server publishes its status (Atlassian Statuspage). Refrain shows what it says in the status banner.</source>
        <translation>Dónde publica su estado el servicio que hay detrás de este servidor (Atlassian Statuspage). Refrain muestra lo que dice en el aviso de estado.</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Add Server</source>
        <translation>&amp;Añadir servidor</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Esperando al servidor</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;ddresses:</source>
        <translation>&amp;Direcciones:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Status pag&amp;e:</source>
        <translation>Página de &amp;estado:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Give the server a name, such as “Home”.</source>
        <translation>Ponle un nombre al servidor, como «Casa».</translation>
    </message>
    <message>
        <source>There is already a server called “%1”.</source>
        <translation>Ya hay un servidor llamado «%1».</translation>
    </message>
    <message>
        <source>Enter the user name you sign in to the server with.</source>
        <translation>Escribe el usuario con el que inicias sesión en el servidor.</translation>
    </message>
    <message>
        <source>Enter the API key (the server&apos;s web page shows it in your profile).</source>
        <translation>Escribe la clave de API (la página web del servidor la muestra en tu perfil).</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Checking the server before adding it…</source>
        <translation>Comprobando el servidor antes de añadirlo…</translation>
    </message>
    <message>
        <source>Nothing was added: the details changed while they were being checked.</source>
        <translation>No se añadió nada: los datos cambiaron mientras se comprobaban.</translation>
    </message>
    <message>
        <source>%1
The server was not added.</source>
        <translation>%1
No se añadió el servidor.</translation>
    </message>
    <message>
        <source>Added “%1”. Its songs are being added to your library.</source>
        <translation>Se añadió «%1». Sus canciones se están añadiendo a tu biblioteca.</translation>
    </message>
    <message>
        <source>Added “%1”, but it cannot be reached now: %2
Its songs appear once it answers (Sync Now).</source>
        <translation>Se añadió «%1», pero ahora no se puede acceder a él: %2
Sus canciones aparecerán en cuanto responda (Sincronizar ahora).</translation>
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
        <translation>La biblioteca no está abierta.</translation>
    </message>
    <message>
        <source>This server is not connected.</source>
        <translation>Este servidor no está conectado.</translation>
    </message>
    <message>
        <source>this is not a server&apos;s track</source>
        <translation>esta no es una pista de un servidor</translation>
    </message>
    <message>
        <source>its server is not connected</source>
        <translation>su servidor no está conectado</translation>
    </message>
    <message>
        <source>the song is no longer mirrored</source>
        <translation>la canción ya no está en la copia del catálogo</translation>
    </message>
    <message>
        <source>the server has no cover for it</source>
        <translation>el servidor no tiene portada para ella</translation>
    </message>
    <message>
        <source>the server sent an empty cover</source>
        <translation>el servidor envió una portada vacía</translation>
    </message>
    <message>
        <source>its server is not connected (signed out or removed)</source>
        <translation>su servidor no está conectado (sesión cerrada o eliminado)</translation>
    </message>
    <message>
        <source>the server cannot be signed in to without your permission to send the password readably</source>
        <translation>no se puede iniciar sesión en el servidor sin tu permiso para enviar la contraseña de forma legible</translation>
    </message>
</context>
<context>
    <name>refrain::ServerListModel</name>
    <message>
        <source>Enter the server&apos;s address, such as https://music.example.org.</source>
        <translation>Escribe la dirección del servidor, como https://music.example.org.</translation>
    </message>
    <message>
        <source>Enter the address of the status page, such as https://status.example.com.</source>
        <translation>Escribe la dirección de la página de estado, como https://status.example.com.</translation>
    </message>
    <message>
        <source>Servers are not available.</source>
        <translation>Los servidores no están disponibles.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Syncing: %1 (%2 of %3)…</source>
        <translation>Sincronizando: %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Syncing: %1…</source>
        <translation>Sincronizando: %1…</translation>
    </message>
    <message>
        <source>Songs as of %1.</source>
        <translation>Canciones a fecha de %1.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún no sincronizado.</translation>
    </message>
    <message>
        <source>Not encrypted (plain HTTP outside your home network): %1. Anyone on the way can see what you play and reuse your sign-in; use https:// if the server offers it.</source>
        <translation>Sin cifrar (HTTP simple fuera de tu red doméstica): %1. Cualquiera en el camino puede ver lo que escuchas y reutilizar tu inicio de sesión; usa https:// si el servidor lo ofrece.</translation>
    </message>
</context>
<context>
    <name>refrain::ServerPlaylistEntriesModel</name>
    <message>
        <source>Missing — this song is not in the library yet; it shows once the server&apos;s catalog is synced</source>
        <translation>Falta: esta canción aún no está en la biblioteca; aparecerá cuando se sincronice el catálogo del servidor</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Álbum</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>refrain::ServerPlaylistModel</name>
    <message>
        <source>On %1</source>
        <translation>En %1</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n canción</numerusform>
            <numerusform>%n canciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Only songs from %1 can be added to its playlists</source>
        <translation>Solo se pueden añadir canciones de %1 a sus listas</translation>
    </message>
    <message>
        <source>Show the playlists of %1</source>
        <translation>Mostrar las listas de %1</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>Crear «%1»</translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>Renombrar a «%1»</translation>
    </message>
    <message>
        <source>Delete the playlist</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation>Añadir a «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Added %n song(s) to “%1”.</source>
        <translation>
            <numerusform>Se añadió %n canción a «%1».</numerusform>
            <numerusform>Se añadieron %n canciones a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove songs from the playlist</source>
        <translation>Quitar canciones de la lista</translation>
    </message>
</context>
<context>
    <name>refrain::ServerProbe</name>
    <message>
        <source>No answer from %1 in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 rechazó la conexión.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve.</source>
        <translation>El nombre %1 no se puede resolver.</translation>
    </message>
    <message>
        <source>%1 cut the connection.</source>
        <translation>%1 cortó la conexión.</translation>
    </message>
    <message>
        <source>This computer has no usable network.</source>
        <translation>Este equipo no tiene una red utilizable.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation>Se rechazó la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The server was removed.</source>
        <translation>Se eliminó el servidor.</translation>
    </message>
</context>
<context>
    <name>refrain::ServersDialog</name>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Where passwords are kept</source>
        <translation>Dónde se guardan las contraseñas</translation>
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation>Ser&amp;vidores</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Check that the selected server answers and accepts you</source>
        <translation>Comprobar que el servidor seleccionado responde y te acepta</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Fetch what changed on the server since the last sync</source>
        <translation>Traer lo que cambió en el servidor desde la última sincronización</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Status page of the selected server</source>
        <translation>Página de estado del servidor seleccionado</translation>
    </message>
    <message>
        <source>No status page</source>
        <translation>Sin página de estado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Status pa&amp;ge:</source>
        <translation>Página de &amp;estado:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>No servers yet. Add one with the form: its songs then appear in your library next to your own files.</source>
        <translation>Todavía no hay servidores. Añade uno con el formulario: sus canciones aparecerán en tu biblioteca junto a tus propios archivos.</translation>
    </message>
    <message>
        <source>Select a server to see its details.</source>
        <translation>Selecciona un servidor para ver sus detalles.</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Direcciones: %1</translation>
    </message>
    <message>
        <source>Signs in with an API key.</source>
        <translation>Inicia sesión con una clave de API.</translation>
    </message>
    <message>
        <source>Signs in as %1.</source>
        <translation>Inicia sesión como %1.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Remove “%1”? Its songs leave your library, and playlists keep them as missing entries. Its password or API key is forgotten.</source>
        <translation>¿Quitar «%1»? Sus canciones salen de tu biblioteca y las listas las conservan como entradas ausentes. Su contraseña o clave de API se olvida.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <source>Status page saved: the status banner follows it now.</source>
        <translation>Página de estado guardada: el aviso de estado la sigue ahora.</translation>
    </message>
</context>
<context>
    <name>refrain::SettingsDialog</name>
    <message>
        <source>Refrain Settings</source>
        <translation>Ajustes de Refrain</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>Buscar en los ajustes</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>No setting matches “%1”.</source>
        <translation>Ningún ajuste coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>refrain::SettingsWiring</name>
    <message>
        <source>Fetches album covers from your servers. Off: only covers already saved on this computer are shown.</source>
        <translation>Descarga las portadas de los álbumes de tus servidores. Desactivado: solo se muestran las portadas ya guardadas en este equipo.</translation>
    </message>
    <message>
        <source>Downloads the next songs in the queue ahead of time, so a short outage does not stop the music.</source>
        <translation>Descarga por adelantado las siguientes canciones de la cola, para que una caída breve no detenga la música.</translation>
    </message>
    <message>
        <source>Recaps, charts and other work that reads the whole history. The first to step back when the computer or service struggles.</source>
        <translation>Resúmenes, gráficos y otras tareas que leen todo el historial. Son los primeros en retirarse cuando el equipo o el servicio tienen problemas.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>Every option of Refrain in one searchable window</source>
        <translation>Todas las opciones de Refrain en una ventana con búsqueda</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Listening History</source>
        <translation>Historial de escucha</translation>
    </message>
    <message>
        <source>Optional Extras</source>
        <translation>Extras opcionales</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect the next time Refrain starts.</source>
        <translation>Se aplica la próxima vez que se inicie Refrain.</translation>
    </message>
    <message>
        <source>translation locale</source>
        <translation>traducción configuración regional locale</translation>
    </message>
    <message>
        <source>&amp;Keep playing in the tray when the window is closed</source>
        <translation>Seguir sonando en la &amp;bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu or with File ▸ Quit. Only where the desktop has a system tray.</source>
        <translation>Sal desde el menú del icono de la bandeja o con Archivo ▸ Salir. Solo si el escritorio tiene bandeja del sistema.</translation>
    </message>
    <message>
        <source>minimize background close window system tray</source>
        <translation>minimizar segundo plano cerrar ventana bandeja sistema área de notificación</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a new song starts</source>
        <translation>Mostrar una &amp;notificación cuando empiece una canción nueva</translation>
    </message>
    <message>
        <source>Only while Refrain&apos;s window is not in front.</source>
        <translation>Solo mientras la ventana de Refrain no esté en primer plano.</translation>
    </message>
    <message>
        <source>desktop notification popup track song change</source>
        <translation>escritorio notificación aviso emergente pista canción cambio</translation>
    </message>
    <message>
        <source>Notify when the &amp;service&apos;s health changes</source>
        <translation>Avisar cuando cambie el estado del &amp;servicio</translation>
    </message>
    <message>
        <source>Once for each change: an outage is announced once, and its end once.</source>
        <translation>Una vez por cambio: una caída se anuncia una vez, y su final, otra.</translation>
    </message>
    <message>
        <source>desktop notification outage status health</source>
        <translation>escritorio notificación caída incidencia estado</translation>
    </message>
    <message>
        <source>Always show the service &amp;status bar</source>
        <translation>Mostrar siempre la barra de &amp;estado del servicio</translation>
    </message>
    <message>
        <source>Otherwise it appears only while something is wrong.</source>
        <translation>Si no, solo aparece mientras algo va mal.</translation>
    </message>
    <message>
        <source>banner health status pinned</source>
        <translation>aviso banner estado fijado</translation>
    </message>
    <message>
        <source>At &amp;start:</source>
        <translation>Al &amp;iniciar:</translation>
    </message>
    <message>
        <source>Start with an empty queue</source>
        <translation>Empezar con la cola vacía</translation>
    </message>
    <message>
        <source>Restore the queue where I left off</source>
        <translation>Recuperar la cola donde la dejé</translation>
    </message>
    <message>
        <source>Restore the queue and keep playing</source>
        <translation>Recuperar la cola y seguir reproduciendo</translation>
    </message>
    <message>
        <source>The queue, the song and how far it had played are saved as you listen, so they come back even after a crash.</source>
        <translation>La cola, la canción y hasta dónde había sonado se guardan mientras escuchas, así que vuelven incluso tras un cierre inesperado.</translation>
    </message>
    <message>
        <source>resume remember session last position</source>
        <translation>reanudar recordar sesión última posición</translation>
    </message>
    <message>
        <source>&amp;ReplayGain:</source>
        <translation>&amp;ReplayGain:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Each song at the same loudness (track gain)</source>
        <translation>Cada canción con el mismo volumen (ganancia de pista)</translation>
    </message>
    <message>
        <source>Albums as mastered (album gain)</source>
        <translation>Álbumes tal como se masterizaron (ganancia de álbum)</translation>
    </message>
    <message>
        <source>Uses the loudness stored in the files&apos; tags; songs without it play as they are.</source>
        <translation>Usa el volumen guardado en las etiquetas de los archivos; las canciones sin ese dato suenan tal cual.</translation>
    </message>
    <message>
        <source>volume loudness normalize normalise gain</source>
        <translation>volumen sonoridad normalizar ganancia</translation>
    </message>
    <message>
        <source>When &amp;nothing can play:</source>
        <translation>Cuando &amp;nada pueda sonar:</translation>
    </message>
    <message>
        <source>Offer Emergency Essentials</source>
        <translation>Ofrecer la Reserva de emergencia</translation>
    </message>
    <message>
        <source>Start Emergency Essentials</source>
        <translation>Reproducir la Reserva de emergencia</translation>
    </message>
    <message>
        <source>When the server is down and no song in the queue has a copy here.</source>
        <translation>Cuando el servidor está caído y ninguna canción de la cola tiene una copia aquí.</translation>
    </message>
    <message>
        <source>outage offline emergency essentials stuck</source>
        <translation>caída sin conexión reserva emergencia atascado</translation>
    </message>
    <message>
        <source>Send &amp;plays to your servers</source>
        <translation>Enviar las &amp;reproducciones a tus servidores</translation>
    </message>
    <message>
        <source>Your servers count plays and show them in other apps. Listens are always kept on this computer.</source>
        <translation>Tus servidores cuentan las reproducciones y las muestran en otras apps. Las escuchas siempre se guardan en este equipo.</translation>
    </message>
    <message>
        <source>scrobble scrobbling play count subsonic navidrome</source>
        <translation>scrobble scrobbling contador reproducciones subsonic navidrome</translation>
    </message>
    <message>
        <source>Tell me about &amp;anniversaries</source>
        <translation>Avisarme de los &amp;aniversarios</translation>
    </message>
    <message>
        <source>At most one a day: “A year ago today you first heard …”.</source>
        <translation>Como mucho uno al día: «Hoy hace un año escuchaste … por primera vez».</translation>
    </message>
    <message>
        <source>nostalgia on this day notification</source>
        <translation>nostalgia tal día como hoy aniversario notificación</translation>
    </message>
    <message>
        <source>Connect ListenBrainz…</source>
        <translation>Conectar ListenBrainz…</translation>
    </message>
    <message>
        <source>Import Listening History…</source>
        <translation>Importar el historial de escucha…</translation>
    </message>
    <message>
        <source>ListenBrainz keeps your listens online too; your token is stored in the system&apos;s keyring. Imports read Spotify, ListenBrainz and Last.fm exports.</source>
        <translation>ListenBrainz también guarda tus escuchas en línea; tu token se guarda en el llavero del sistema. Las importaciones leen exportaciones de Spotify, ListenBrainz y Last.fm.</translation>
    </message>
    <message>
        <source>scrobble token spotify last.fm lastfm import export</source>
        <translation>scrobble token spotify last.fm lastfm importar exportar importación exportación</translation>
    </message>
    <message>
        <source>features degrade safe mode</source>
        <translation>funciones degradar modo seguro</translation>
    </message>
    <message>
        <source>ListenBrainz &amp;address:</source>
        <translation>&amp;Dirección de ListenBrainz:</translation>
    </message>
    <message>
        <source>For a self-hosted ListenBrainz. Empty: listenbrainz.org.</source>
        <translation>Para un ListenBrainz alojado por tu cuenta. Vacío: listenbrainz.org.</translation>
    </message>
    <message>
        <source>server url api</source>
        <translation>servidor url api dirección</translation>
    </message>
    <message>
        <source>&amp;Feature document:</source>
        <translation>Documento de &amp;funciones:</translation>
    </message>
    <message>
        <source>Where the service publishes which extras to switch off during an incident. Takes effect the next time Refrain starts.</source>
        <translation>Dónde publica el servicio qué extras desactivar durante una incidencia. Se aplica la próxima vez que se inicie Refrain.</translation>
    </message>
    <message>
        <source>remote rollout url</source>
        <translation>remoto despliegue url</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Music folders</source>
        <translation>Carpetas de música</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Volver a analizar</translation>
    </message>
    <message>
        <source>Look for new, changed and removed files</source>
        <translation>Buscar archivos nuevos, cambiados y eliminados</translation>
    </message>
    <message>
        <source>Re-read All &amp;Files</source>
        <translation>Releer &amp;todos los archivos</translation>
    </message>
    <message>
        <source>Read the tags of every file again, even those that look unchanged</source>
        <translation>Volver a leer las etiquetas de todos los archivos, incluso de los que parecen sin cambios</translation>
    </message>
    <message>
        <source>Music folders:</source>
        <translation>Carpetas de música:</translation>
    </message>
    <message>
        <source>Refrain watches these folders and reads the tags of the songs in them.</source>
        <translation>Refrain vigila estas carpetas y lee las etiquetas de sus canciones.</translation>
    </message>
    <message>
        <source>scan rescan directory folder add tags</source>
        <translation>analizar análisis directorio carpeta añadir etiquetas</translation>
    </message>
    <message>
        <source>%1 (not found at the last scan)</source>
        <translation>%1 (no se encontró en el último análisis)</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Streaming servers</source>
        <translation>Servidores de streaming</translation>
    </message>
    <message>
        <source>&amp;Add, Edit or Remove Servers…</source>
        <translation>&amp;Añadir, editar o quitar servidores…</translation>
    </message>
    <message>
        <source>Streaming servers:</source>
        <translation>Servidores de streaming:</translation>
    </message>
    <message>
        <source>Subsonic and OpenSubsonic servers (Navidrome, Gonic, Airsonic…). Their catalogs are mirrored here, so browsing works while they are down.</source>
        <translation>Servidores Subsonic y OpenSubsonic (Navidrome, Gonic, Airsonic…). Sus catálogos se copian aquí, así que se pueden explorar aunque estén caídos.</translation>
    </message>
    <message>
        <source>subsonic navidrome gonic airsonic password login status page</source>
        <translation>subsonic navidrome gonic airsonic contraseña inicio de sesión página de estado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>budget size limit disk space download</source>
        <translation>presupuesto tamaño límite espacio disco descarga</translation>
    </message>
    <message>
        <source>Emergency Essentials: the songs kept here for when the service is down. It fills with your picks, starred songs, the most played and the most recently played.</source>
        <translation>Reserva de emergencia: las canciones que se guardan aquí para cuando el servicio no funcione. Se llena con tu selección, las canciones con estrella, las más escuchadas y las escuchadas más recientemente.</translation>
    </message>
    <message>
        <source> emergency essentials hours</source>
        <translation> reserva emergencia horas</translation>
    </message>
    <message>
        <source> emergency essentials gigabytes</source>
        <translation> reserva emergencia gigabytes GB</translation>
    </message>
    <message>
        <source>The most every offline copy together may take on this disk.</source>
        <translation>Lo máximo que pueden ocupar en este disco todas las copias sin conexión juntas.</translation>
    </message>
    <message>
        <source> quota storage</source>
        <translation> cuota almacenamiento</translation>
    </message>
    <message>
        <source>download parallel simultaneous connections</source>
        <translation>descarga paralelas simultáneas conexiones</translation>
    </message>
    <message>
        <source>Copies of streamed songs kept for later; the least recently played go first.</source>
        <translation>Copias de las canciones escuchadas en streaming para más tarde; primero se van las que hace más tiempo que no suenan.</translation>
    </message>
    <message>
        <source> cache stream</source>
        <translation> caché streaming</translation>
    </message>
    <message>
        <source>Show &amp;Downloads…</source>
        <translation>Mostrar descar&amp;gas…</translation>
    </message>
    <message>
        <source>download queue progress</source>
        <translation>descarga cola progreso</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Take the selected folder and its songs out of the library; the files stay on disk</source>
        <translation>Quitar de la biblioteca la carpeta seleccionada y sus canciones; los archivos se quedan en el disco</translation>
    </message>
    <message>
        <source>Remove Music Folder</source>
        <translation>Quitar carpeta de música</translation>
    </message>
    <message>
        <source>Take “%1” and its songs out of the library? The files stay on disk, and playlists keep their entries as missing songs.</source>
        <translation>¿Quitar «%1» y sus canciones de la biblioteca? Los archivos se quedan en el disco y las listas conservan sus entradas como canciones ausentes.</translation>
    </message>
</context>
<context>
    <name>refrain::SingleInstance</name>
    <message>
        <source>The request has no protocol version.</source>
        <translation>La petición no indica versión de protocolo.</translation>
    </message>
    <message>
        <source>The request speaks protocol %1; this Refrain speaks %2. Quit Refrain and start it again.</source>
        <translation>La petición usa el protocolo %1; este Refrain usa el %2. Cierra Refrain y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>The request is incomplete.</source>
        <translation>La petición está incompleta.</translation>
    </message>
    <message>
        <source>The running Refrain could not take the request.</source>
        <translation>El Refrain abierto no pudo atender la petición.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La petición es demasiado grande.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>La petición no es JSON válido.</translation>
    </message>
</context>
<context>
    <name>refrain::SmtcControls</name>
    <message>
        <source>There is no window to show the media controls for.</source>
        <translation>No hay ninguna ventana para la que mostrar los controles multimedia.</translation>
    </message>
    <message>
        <source>Windows offers no media controls for this window (%1).</source>
        <translation>Windows no ofrece controles multimedia para esta ventana (%1).</translation>
    </message>
    <message>
        <source>Windows did not accept the media buttons (%1).</source>
        <translation>Windows no aceptó los botones multimedia (%1).</translation>
    </message>
</context>
<context>
    <name>refrain::StatusHistoryDialog</name>
    <message>
        <source>No incidents observed in the last 30 days.</source>
        <translation>No se observaron incidencias en los últimos 30 días.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Service Status History</source>
        <translation>Historial del estado del servicio</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>Estado de carga</translation>
    </message>
    <message>
        <source>&amp;Uptime, last 30 days</source>
        <translation>&amp;Disponibilidad, últimos 30 días</translation>
    </message>
    <message>
        <source>Uptime per service, last 30 days</source>
        <translation>Disponibilidad por servicio, últimos 30 días</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Last 30 days (oldest to today)</source>
        <translation>Últimos 30 días (del más antiguo a hoy)</translation>
    </message>
    <message>
        <source>&amp;Incidents observed</source>
        <translation>&amp;Incidencias observadas</translation>
    </message>
    <message>
        <source>Incident timeline, newest first</source>
        <translation>Cronología de incidencias, las más recientes primero</translation>
    </message>
    <message>
        <source>Reload the status history</source>
        <translation>Recargar el historial de estado</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>No observado</translation>
    </message>
    <message>
        <source>Colours of the day bars: %1</source>
        <translation>Colores de las barras diarias: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n day(s) operational</source>
        <translation>
            <numerusform>%n día: operativo</numerusform>
            <numerusform>Los %n días operativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) operational</source>
        <translation>
            <numerusform>%n día operativo</numerusform>
            <numerusform>%n días operativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) not observed</source>
        <translation>
            <numerusform>%n día sin observar</numerusform>
            <numerusform>%n días sin observar</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed for %1 of the last 30 days</source>
        <translation>Observado %1 de los últimos 30 días</translation>
    </message>
    <message>
        <source>What this computer observed from %1 to %2 (local time). Maintenance is not counted as downtime; time Refrain was not running is not counted at all.</source>
        <translation>Lo que este equipo observó del %1 al %2 (hora local). El mantenimiento no cuenta como caída; el tiempo en que Refrain no estaba abierto no cuenta en absoluto.</translation>
    </message>
    <message>
        <source>What this computer observed over the last 30 days.</source>
        <translation>Lo que este equipo observó en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>refrain::SubsonicClient</name>
    <message>
        <source>The server answered with a document instead of the file.</source>
        <translation>El servidor respondió con un documento en lugar del archivo.</translation>
    </message>
    <message>
        <source>This server has no address.</source>
        <translation>Este servidor no tiene dirección.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2 (certificate: %3).</source>
        <translation>Se rechazó la conexión segura con %1: %2 (certificado: %3).</translation>
    </message>
</context>
<context>
    <name>refrain::TrackGroupModel</name>
    <message>
        <source>Album</source>
        <translation>Álbum</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Unknown artist</source>
        <translation>Artista desconocido</translation>
    </message>
    <message>
        <source>No genre</source>
        <translation>Sin género</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n pista</numerusform>
            <numerusform>%n pistas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refrain::TrackTableModel</name>
    <message>
        <source>From the server “%1”</source>
        <translation>Del servidor «%1»</translation>
    </message>
    <message>
        <source>Not available — the server “%1” cannot be reached</source>
        <translation>No disponible: no se puede acceder al servidor «%1»</translation>
    </message>
    <message>
        <source>Not available — %1 cannot be reached</source>
        <translation>No disponible: no se puede acceder a %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Álbum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation>Servidor desconocido</translation>
    </message>
</context>
<context>
    <name>refrain::TrayIcon</name>
    <message>
        <source>Refrain — %1</source>
        <translation>Refrain — %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing playing</source>
        <translation>No suena nada</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Quit Refrain</source>
        <translation>Salir de Refrain</translation>
    </message>
    <message>
        <source>Hide Refrain</source>
        <translation>Ocultar Refrain</translation>
    </message>
    <message>
        <source>Show Refrain</source>
        <translation>Mostrar Refrain</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
