# app/mpris: MPRIS 2 over the session bus (Linux), behind app/mediacontrols.h. Included by
# app/CMakeLists.txt and by tests/mpris; the library is defined once, wherever it comes first.
# Qt6::DBus is looked up in every including folder, since imported targets are folder-local.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    find_package(Qt6 QUIET COMPONENTS DBus)
endif()
if(TARGET Qt6::DBus)
    include(${CMAKE_CURRENT_LIST_DIR}/../mediacontrolsstate.cmake)
endif()
if(TARGET Qt6::DBus AND NOT TARGET refrain_mpris)
    add_library(refrain_mpris STATIC
        ${CMAKE_CURRENT_LIST_DIR}/../mediacontrols.h
        ${CMAKE_CURRENT_LIST_DIR}/mprisservice.h ${CMAKE_CURRENT_LIST_DIR}/mprisservice.cpp
        ${CMAKE_CURRENT_LIST_DIR}/mprisroot.h ${CMAKE_CURRENT_LIST_DIR}/mprisroot.cpp
        ${CMAKE_CURRENT_LIST_DIR}/mprisplayer.h ${CMAKE_CURRENT_LIST_DIR}/mprisplayer.cpp)
    target_include_directories(refrain_mpris PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(refrain_mpris
        PUBLIC Qt6::DBus refrain_mediacontrols_state refrain_model refrain_playback
        PRIVATE refrain_build_flags)
    # REFRAIN_HAVE_MEDIA_CONTROLS turns on makeMediaControls() in app/mediacontrols.h for whoever
    # links this; REFRAIN_HAVE_MPRIS is for code that needs to know it is MPRIS.
    target_compile_definitions(refrain_mpris PUBLIC REFRAIN_HAVE_MPRIS REFRAIN_HAVE_MEDIA_CONTROLS)
endif()
