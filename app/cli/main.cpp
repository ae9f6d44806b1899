// SPDX-License-Identifier: MIT
#include "commands.h"

int main(int argc, char **argv)
{
    return effscope::cli::run(std::vector<std::string>(argv + 1, argv + argc));
}
