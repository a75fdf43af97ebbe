# CPack settings for every platform's package: DEB on Linux (built and checked here by
# packaging/check-package.sh), NSIS on Windows and DragNDrop on macOS (complete, but they can
# only be built on those systems). Included at the end of packaging/CMakeLists.txt, after every
# install() rule of the project has been declared.

# Values reach cpack exactly as written here (no second round of CMake escaping).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME refrain)
set(CPACK_PACKAGE_VENDOR "The Refrain developers")
set(CPACK_PACKAGE_CONTACT "The Refrain developers <refrain@example.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Music player that keeps playing when the streaming service fails")
# Lines under 80 columns: the Debian control file shows them as they are.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Refrain is a local-first desktop music player. It scans your music folders"
    "into a local library with instant search, connects to Subsonic and"
    "OpenSubsonic servers with a local copy of their catalog, keeps playlists"
    "offline, and goes on playing from local and offline copies when the"
    "streaming service fails.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://refrain.github.io/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Refrain)
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_SOURCE_DIR}/icons/hicolor/128x128/apps/io.github.refrain.Refrain.png)
# refrain;Refrain: the Start menu entry on Windows (the executable, then the entry's label).
set(CPACK_PACKAGE_EXECUTABLES refrain Refrain)
set(CPACK_STRIP_FILES ON)
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
endif()
# Only this build's files: keep build trees and editor clutter out of a source package.
set(CPACK_SOURCE_IGNORE_FILES [=[/build/]=] [=[/\.git/]=] [=[/\.cache/]=] [=[\.user$]=])

# --- Debian ---------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME refrain)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The Description's first line is CPACK_PACKAGE_DESCRIPTION_SUMMARY, the rest
# CPACK_PACKAGE_DESCRIPTION.
# Libraries the binaries link come from dpkg-shlibdeps; what Qt loads at run time does not show
# there: the media backend plays through GStreamer, whose plugins decode the files.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gstreamer1.0-libav, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")

# --- Windows (NSIS) -------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME Refrain)
set(CPACK_NSIS_DISPLAY_NAME Refrain)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/icons/windows/refrain.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/icons/windows/refrain.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME [=[bin\refrain.exe]=])
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN refrain.exe)
# File associations: one ProgID per kind, offered in "Open with" (OpenWithProgids) rather than
# taking over files another player already owns. NSIS lines are written as bracket text (no
# CMake escapes; CPACK_VERBATIM_VARIABLES passes them on unchanged) with @PLACEHOLDERS@.
set(REFRAIN_NSIS_AUDIO_EXTENSIONS .mp3 .flac .ogg .oga .opus .m4a .aac .wav)
set(REFRAIN_NSIS_PLAYLIST_EXTENSIONS .m3u .m3u8 .pls .xspf)
set(refrain_nsis_progid_install [=[
WriteRegStr HKLM 'Software\Classes\@PROGID@' '' 'Refrain @KIND@'
WriteRegStr HKLM 'Software\Classes\@PROGID@\DefaultIcon' '' '$INSTDIR\bin\refrain.exe,0'
WriteRegStr HKLM 'Software\Classes\@PROGID@\shell\open\command' '' '"$INSTDIR\bin\refrain.exe" "%1"'
]=])
set(refrain_nsis_ext_install [=[
WriteRegStr HKLM 'Software\Classes\@EXT@\OpenWithProgids' '@PROGID@' ''
WriteRegStr HKLM 'Software\Classes\Applications\refrain.exe\SupportedTypes' '@EXT@' ''
]=])
set(refrain_nsis_install "")
set(refrain_nsis_uninstall "")
foreach(KIND Audio Playlist)
    set(PROGID "Refrain.${KIND}")
    string(CONFIGURE "${refrain_nsis_progid_install}" lines @ONLY)
    string(APPEND refrain_nsis_install "${lines}")
    string(CONFIGURE [=[DeleteRegKey HKLM 'Software\Classes\@PROGID@'
]=] lines @ONLY)
    string(APPEND refrain_nsis_uninstall "${lines}")
    string(TOUPPER ${KIND} kind_upper)
    foreach(EXT ${REFRAIN_NSIS_${kind_upper}_EXTENSIONS})
        string(CONFIGURE "${refrain_nsis_ext_install}" lines @ONLY)
        string(APPEND refrain_nsis_install "${lines}")
        string(CONFIGURE [=[DeleteRegValue HKLM 'Software\Classes\@EXT@\OpenWithProgids' '@PROGID@'
]=] lines @ONLY)
        string(APPEND refrain_nsis_uninstall "${lines}")
    endforeach()
endforeach()
# SHChangeNotify(SHCNE_ASSOCCHANGED): Explorer picks the new associations up without a restart.
string(APPEND refrain_nsis_install [=[
WriteRegStr HKLM 'Software\Classes\Applications\refrain.exe' 'FriendlyAppName' 'Refrain'
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
string(APPEND refrain_nsis_uninstall [=[
DeleteRegKey HKLM 'Software\Classes\Applications\refrain.exe'
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "${refrain_nsis_install}")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "${refrain_nsis_uninstall}")

# --- macOS (DragNDrop: a .dmg holding Refrain.app and a link to /Applications) --------------
set(CPACK_DMG_VOLUME_NAME Refrain)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_BUNDLE_NAME Refrain)
set(CPACK_BUNDLE_ICON ${CMAKE_CURRENT_SOURCE_DIR}/icons/macos/refrain.icns)
set(CPACK_BUNDLE_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
