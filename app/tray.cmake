# The tray icon (menu, play controls, health badge, notifications) and close-to-tray.
# Included from app/CMakeLists.txt after refrain_app is defined.
target_sources(refrain_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/closetotray.h ${CMAKE_CURRENT_LIST_DIR}/closetotray.cpp)
