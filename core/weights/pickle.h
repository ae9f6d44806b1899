// SPDX-License-Identifier: MIT
#pragma once
// A restricted unpickler for torch.save files. It understands the opcodes of protocols 2-4 that
// a state_dict needs and resolves only an allow-list of globals: collections.OrderedDict,
// torch._utils._rebuild_tensor_v2 / _rebuild_parameter and the torch.*Storage types. Any other
// global is refused, so a weight file can never run code. Values live in an arena owned by the
// Unpickler (no recursion on destruction, cycles are harmless).
#include "weights/state_dict.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace effscope::core {

struct PickleValue
{
    enum class Kind { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Global, Storage, Tensor };
    Kind kind = Kind::None;
    int64_t i = 0;
    double f = 0.0;
    std::string s;      ///< String / Bytes payload; Global module; Storage key
    std::string s2;     ///< Global name; Storage location
    std::vector<PickleValue *> items;                           ///< Tuple / List
    std::vector<std::pair<PickleValue *, PickleValue *>> dict;  ///< Dict (insertion order)
    // Storage: dtype, element count, element offset of a legacy view into its root storage.
    DType dtype = DType::F32;
    int64_t storageNumel = 0;
    int64_t viewOffset = 0;
    PickleValue *storage = nullptr; ///< Tensor: its storage
    TensorRecord tensor;            ///< Tensor: dtype, shape, strides, storageOffset
};

class Unpickler
{
public:
    /// Turns a persistent id (the tuple torch writes for a storage) into a Storage value.
    using PersistentLoad = std::function<PickleValue *(Unpickler &, const PickleValue &pid)>;

    Unpickler(std::string_view data, size_t offset, PersistentLoad persistentLoad = {});
    ~Unpickler();

    /// Runs to the STOP opcode and returns the top of the stack.
    PickleValue *load();
    /// Byte position just after STOP.
    size_t position() const { return m_pos; }

    PickleValue *make(PickleValue::Kind kind);
    /// DType for a storage type global such as torch.FloatStorage; throws otherwise.
    static DType storageDType(const PickleValue &global);

private:
    [[noreturn]] void fail(const std::string &why) const;
    uint8_t u8();
    uint64_t uLE(int bytes);
    std::string_view take(uint64_t n);
    PickleValue *pop();
    PickleValue *top();
    std::vector<PickleValue *> popToMark();
    void push(PickleValue *v);
    void memoPut(uint64_t key);
    PickleValue *reduce(PickleValue *callable, PickleValue *args);
    PickleValue *makeGlobal(std::string module, std::string name);

    std::string_view m_data;
    size_t m_pos;
    PersistentLoad m_persistentLoad;
    std::vector<std::unique_ptr<PickleValue>> m_arena;
    std::vector<PickleValue *> m_stack;
    std::vector<size_t> m_marks;
    std::vector<PickleValue *> m_memo;
};

} // namespace effscope::core
