# Listening history (#8): the recorder that turns playback into listens.
target_sources(refrain_model PRIVATE listenrecorder.h listenrecorder.cpp)
