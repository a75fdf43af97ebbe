# Single instance and the `refrain` command line (#9): parsing a call into a LaunchRequest, handing
# it to a running Refrain over a local socket, and carrying it out there.
add_library(refrain_instance STATIC
    ${CMAKE_CURRENT_LIST_DIR}/singleinstance.h ${CMAKE_CURRENT_LIST_DIR}/singleinstance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/launchrequest.h ${CMAKE_CURRENT_LIST_DIR}/launchrequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/launchactions.h ${CMAKE_CURRENT_LIST_DIR}/launchactions.cpp)
target_include_directories(refrain_instance PUBLIC ${PROJECT_SOURCE_DIR})
target_link_libraries(refrain_instance
    PUBLIC Qt6::Core Qt6::Network Qt6::Widgets refrain_library refrain_playback
    PRIVATE Qt6::Concurrent refrain_build_flags)
