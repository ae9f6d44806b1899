// SPDX-License-Identifier: MIT
// The unpickler alone, on any pickle: opcodes, memo, marks, globals (only the allowed ones may be
// built), persistent ids turned into storages as the torch readers do.
#include "fuzz_util.h"
#include "weights/pickle.h"

using effscope::core::PickleValue;
using effscope::core::Unpickler;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    effscope::fuzz::refusedOrRead([&] {
        Unpickler u(bytes, 0, [](Unpickler &self, const PickleValue &pid) {
            // torch's ("storage", type, key, location, numel) tuple, checked as the readers do
            if (pid.kind != PickleValue::Kind::Tuple || pid.items.size() < 5 || !pid.items[1]
                || pid.items[1]->kind != PickleValue::Kind::Global || !pid.items[4]
                || pid.items[4]->kind != PickleValue::Kind::Int || pid.items[4]->i < 0)
                throw effscope::core::Error(effscope::core::ErrorCategory::UnsupportedFormat, "bad persistent id");
            PickleValue *s = self.make(PickleValue::Kind::Storage);
            s->dtype = Unpickler::storageDType(*pid.items[1]);
            s->storageNumel = pid.items[4]->i;
            return s;
        });
        u.load();
    });
    return 0;
}
