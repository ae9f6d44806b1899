// SPDX-License-Identifier: MIT
// The session reader (File > Open Session): any bytes give a session or a reason, never a crash.
#include "session.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    effscope::Session s;
    QString error;
    const bool ok = effscope::sessionFromJson(QByteArray(reinterpret_cast<const char *>(data), int(size)), &s, &error);
    if (!ok && error.isEmpty())
        __builtin_trap(); // a refusal must say why
    if (ok)
        effscope::sessionToJson(s); // and what was read can be written again
    return 0;
}
