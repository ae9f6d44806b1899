// SPDX-License-Identifier: MIT
#pragma once
// What every harness accepts: an input is either read or refused with effscope's own Error.
// Anything else (another exception, a crash, a leak, undefined behaviour, a hang) is a finding.
#include "common/error.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace effscope::fuzz {

inline std::shared_ptr<const std::string> bytesOf(const uint8_t *data, size_t size)
{
    return std::make_shared<const std::string>(reinterpret_cast<const char *>(data), size);
}

/// Runs `read`, swallowing the refusals effscope promises (core::Error) and nothing else.
template <typename F>
void refusedOrRead(F &&read)
{
    try {
        read();
    } catch (const core::Error &) {
    }
}

} // namespace effscope::fuzz
