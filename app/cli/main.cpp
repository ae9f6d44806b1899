// SPDX-License-Identifier: MIT
#include "commands.h"
#include "train/block_cache.h"

int main(int argc, char **argv)
{
    effscope::core::installCpuBlockCache(); // before any thread allocates a tensor
    return effscope::cli::run(std::vector<std::string>(argv + 1, argv + argc));
}
