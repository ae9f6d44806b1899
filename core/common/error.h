// SPDX-License-Identifier: MIT
#pragma once
// effscope::core::Error is the one exception type the engine throws. Its category lets the
// services and the CLI decide how to present it; its message says what was wrong and what to do.
#include <stdexcept>
#include <string>

namespace effscope::core {

/// Damaged: a cached file no longer matches its recorded digest (changed on disk since it was
/// downloaded or installed); the app offers to fetch it again.
enum class ErrorCategory { InvalidInput, UnsupportedFormat, ShapeMismatch, ResourceLimit, Cancelled, Io, Damaged };

const char *categoryName(ErrorCategory category);

class Error : public std::runtime_error
{
public:
    Error(ErrorCategory category, const std::string &message)
        : std::runtime_error(message), m_category(category) {}
    ErrorCategory category() const { return m_category; }

private:
    ErrorCategory m_category;
};

} // namespace effscope::core
