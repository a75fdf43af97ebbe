# Capabilities (#7): what each feature can do given health, network and offline inventory.
target_sources(refrain_model PRIVATE
    capabilities.h capabilities.cpp
    capabilitiesmodel.h capabilitiesmodel.cpp)
