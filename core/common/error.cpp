// SPDX-License-Identifier: MIT
#include "common/error.h"

namespace effscope::core {

const char *categoryName(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::InvalidInput: return "invalid input";
    case ErrorCategory::UnsupportedFormat: return "unsupported format";
    case ErrorCategory::ShapeMismatch: return "shape mismatch";
    case ErrorCategory::ResourceLimit: return "resource limit";
    case ErrorCategory::Cancelled: return "cancelled";
    case ErrorCategory::Io: return "i/o error";
    case ErrorCategory::Damaged: return "damaged file";
    }
    return "error";
}

} // namespace effscope::core
