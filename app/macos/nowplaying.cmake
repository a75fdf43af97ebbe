# app/macos: macOS's Now Playing (MPNowPlayingInfoCenter) and remote commands
# (MPRemoteCommandCenter: Control Centre, Touch Bar, headphones, media keys), behind
# app/mediacontrols.h. Included by app/CMakeLists.txt. Objective-C++ with ARC.
if(APPLE)
    # The .mm file is Objective-C++. enable_language wants the highest folder of every target that
    # builds or links it: tests link refrain_app too, so the top-level CMakeLists enables it on
    # APPLE as well; here it only makes this file work on its own (enabling twice is harmless).
    enable_language(OBJCXX)
    include(${CMAKE_CURRENT_LIST_DIR}/../mediacontrolsstate.cmake)
endif()
if(APPLE AND NOT TARGET refrain_nowplaying)
    add_library(refrain_nowplaying STATIC
        ${CMAKE_CURRENT_LIST_DIR}/../mediacontrols.h
        ${CMAKE_CURRENT_LIST_DIR}/nowplayingcontrols.h
        ${CMAKE_CURRENT_LIST_DIR}/nowplayingcontrols.mm)
    target_include_directories(refrain_nowplaying PUBLIC ${PROJECT_SOURCE_DIR})
    target_compile_options(refrain_nowplaying PRIVATE $<$<COMPILE_LANGUAGE:OBJCXX>:-fobjc-arc>)
    target_compile_definitions(refrain_nowplaying PUBLIC REFRAIN_HAVE_MEDIA_CONTROLS)
    target_link_libraries(refrain_nowplaying
        PUBLIC refrain_mediacontrols_state refrain_model refrain_playback
        PRIVATE "-framework MediaPlayer" "-framework AppKit" refrain_build_flags)
endif()
