# app/smtc: the Windows System Media Transport Controls (media overlay, lock screen, media keys),
# behind app/mediacontrols.h. Included by app/CMakeLists.txt. MSVC only: the WinRT ABI headers
# and WRL of the Windows SDK are not usable with MinGW, whose build goes without media controls
# (makeMediaControls() is then the inline "none" of app/mediacontrols.h).
if(WIN32 AND MSVC)
    include(${CMAKE_CURRENT_LIST_DIR}/../mediacontrolsstate.cmake)
endif()
if(WIN32 AND MSVC AND NOT TARGET refrain_smtc)
    add_library(refrain_smtc STATIC
        ${CMAKE_CURRENT_LIST_DIR}/../mediacontrols.h
        ${CMAKE_CURRENT_LIST_DIR}/smtccontrols.h ${CMAKE_CURRENT_LIST_DIR}/smtccontrols.cpp)
    target_include_directories(refrain_smtc PUBLIC ${PROJECT_SOURCE_DIR})
    # NOMINMAX: windows.h would otherwise turn std::min/std::max into macros.
    target_compile_definitions(refrain_smtc PRIVATE NOMINMAX PUBLIC REFRAIN_HAVE_MEDIA_CONTROLS)
    # runtimeobject: RoInitialize, RoGetActivationFactory, RoActivateInstance, HSTRINGs.
    target_link_libraries(refrain_smtc
        PUBLIC Qt6::Gui refrain_mediacontrols_state refrain_model refrain_playback
        PRIVATE runtimeobject refrain_build_flags)
endif()
