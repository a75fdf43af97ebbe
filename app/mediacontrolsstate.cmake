# app/mediacontrolsstate: what the desktop's media controls show and may do, shared by MPRIS
# (app/mpris), the Windows controls (app/smtc) and macOS's Now Playing (app/macos). Included by each
# of them and by tests/mpris; platform-neutral, so it is built and tested on every platform. The
# library is defined once, wherever it comes first.
if(NOT TARGET refrain_mediacontrols_state)
    add_library(refrain_mediacontrols_state STATIC
        ${CMAKE_CURRENT_LIST_DIR}/mediacontrolsstate.h
        ${CMAKE_CURRENT_LIST_DIR}/mediacontrolsstate.cpp)
    target_include_directories(refrain_mediacontrols_state PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(refrain_mediacontrols_state
        PUBLIC Qt6::Core refrain_model refrain_playback
        PRIVATE refrain_build_flags)
endif()
