// SPDX-License-Identifier: MIT
// The dataset CSV reader (path,label lines; labels as WordNet ids, class names or indices).
#include "fuzz_util.h"
#include "common/dataset.h"

#include <unistd.h>

#include <cstdio>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // the reader takes a path: one file per fuzzing process, rewritten for every input
    static const std::string path = "/tmp/effscope-fuzz-" + std::to_string(getpid()) + ".csv";
    FILE *f = std::fopen(path.c_str(), "wb");
    if (!f)
        return 0;
    std::fwrite(data, 1, size, f);
    std::fclose(f);
    effscope::fuzz::refusedOrRead([&] { effscope::core::listLabelledImages(path); });
    return 0;
}
