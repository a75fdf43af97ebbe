// The libFuzzer driver of one target: REFRAIN_FUZZ_ENTRY names its entry in fuzzentries.h.
#include "tests/fuzz/fuzzentries.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    refrain::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    REFRAIN_FUZZ_ENTRY(data, size);
    return 0;
}
