// SPDX-License-Identifier: MIT
// effscope-cli's dispatch: the parsed command line to its command, errors to exit codes.
#include "commands.h"

#include "command_line.h"
#include "explain_commands.h"

#include "common/error.h"
#include "infer/engine.h"

#include <cstdio>
#include <map>
#include <new>

namespace effscope::cli {

using namespace effscope::core;

namespace {

using Command = int (*)(const Args &);

Command commandNamed(const std::string &name)
{
    static const std::map<std::string, Command> commands{
        {"info", cmdInfo},         {"scale", cmdScale},         {"classify", cmdClassify},
        {"train", cmdTrain},       {"calibrate", cmdCalibrate}, {"quantize", cmdQuantize},
        {"grid", cmdGrid},         {"probe", cmdProbe},         {"eval", cmdEval},
        {"eval-merge", cmdEvalMerge}, {"bench", cmdBench},      {"forward", cmdForward},
        {"profile", cmdProfile},   {"peak", cmdPeak},           {"memory", cmdMemory},
        {"layers", cmdLayers},     {"cam", cmdCam},             {"activations", cmdActivations},
        {"devices", cmdDevices},   {"presets", cmdPresets},     {"importance", cmdImportance},
        {"study", cmdStudy},
    };
    const auto it = commands.find(name);
    if (it == commands.end())
        throw std::logic_error("effscope-cli: the command '" + name + "' is declared but has no function");
    return it->second;
}

int exitCodeOf(const Error &e)
{
    switch (e.category()) {
    case ErrorCategory::Cancelled: return kInterrupted;
    case ErrorCategory::ResourceLimit: return kResourceLimit;
    default: return kBadInput;
    }
}

} // namespace

int run(const std::vector<std::string> &argv)
{
    const ParsedCommandLine p = parseCommandLine(argv);
    if (p.exitCode)
        return *p.exitCode;
    try {
        useThreads(); // every logical CPU unless OMP_NUM_THREADS or --threads says otherwise
        return commandNamed(p.args.command)(p.args);
    } catch (const UsageError &e) {
        std::fprintf(stderr, "error: %s (see 'effscope-cli %s --help')\n", e.what(), p.args.command.c_str());
        return kUsage;
    } catch (const Error &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return exitCodeOf(e);
    } catch (const std::bad_alloc &) {
        std::fprintf(stderr, "error: out of memory\n");
        return kResourceLimit;
    } catch (const std::exception &e) {
        const std::string what = e.what();
        std::fprintf(stderr, "error: %s\n", what.c_str());
        // LibTorch reports an allocation it could not make (CPU or CUDA) as a c10::Error
        return what.find("out of memory") != std::string::npos || what.find("DefaultCPUAllocator: can't allocate") != std::string::npos
                   ? kResourceLimit
                   : kFailure;
    }
}

} // namespace effscope::cli
