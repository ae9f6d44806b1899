// SPDX-License-Identifier: MIT
#include "weights/pickle.h"

#include "common/error.h"

#include <cstring>

namespace effscope::core {

namespace {
constexpr size_t kMaxValues = size_t(1) << 24;  // far above any state_dict's needs
constexpr size_t kMaxMemo = size_t(1) << 22;
} // namespace

Unpickler::Unpickler(std::string_view data, size_t offset, PersistentLoad persistentLoad)
    : m_data(data), m_pos(offset), m_persistentLoad(std::move(persistentLoad))
{
}

Unpickler::~Unpickler() = default;

void Unpickler::fail(const std::string &why) const
{
    throw Error(ErrorCategory::UnsupportedFormat,
                "bad pickle data at byte " + std::to_string(m_pos) + ": " + why);
}

PickleValue *Unpickler::make(PickleValue::Kind kind)
{
    if (m_arena.size() >= kMaxValues)
        fail("too many objects");
    m_arena.push_back(std::make_unique<PickleValue>());
    m_arena.back()->kind = kind;
    return m_arena.back().get();
}

uint8_t Unpickler::u8()
{
    if (m_pos >= m_data.size())
        fail("unexpected end of data");
    return static_cast<uint8_t>(m_data[m_pos++]);
}

uint64_t Unpickler::uLE(int bytes)
{
    if (m_data.size() - m_pos < size_t(bytes))
        fail("unexpected end of data");
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= uint64_t(static_cast<uint8_t>(m_data[m_pos + i])) << (8 * i);
    m_pos += bytes;
    return v;
}

std::string_view Unpickler::take(uint64_t n)
{
    if (n > m_data.size() - m_pos)
        fail("a length of " + std::to_string(n) + " bytes runs past the end of the data");
    std::string_view v = m_data.substr(m_pos, n);
    m_pos += n;
    return v;
}

void Unpickler::push(PickleValue *v)
{
    if (m_stack.size() >= kMaxValues)
        fail("stack too deep");
    m_stack.push_back(v);
}

PickleValue *Unpickler::pop()
{
    if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
        fail("stack underflow");
    PickleValue *v = m_stack.back();
    m_stack.pop_back();
    return v;
}

PickleValue *Unpickler::top()
{
    if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
        fail("stack underflow");
    return m_stack.back();
}

std::vector<PickleValue *> Unpickler::popToMark()
{
    if (m_marks.empty())
        fail("no mark on the stack");
    const size_t mark = m_marks.back();
    m_marks.pop_back();
    std::vector<PickleValue *> items(m_stack.begin() + mark, m_stack.end());
    m_stack.resize(mark);
    return items;
}

void Unpickler::memoPut(uint64_t key)
{
    if (key >= kMaxMemo)
        fail("memo index " + std::to_string(key) + " too large");
    if (m_memo.size() <= key)
        m_memo.resize(key + 1, nullptr);
    m_memo[key] = top();
}

PickleValue *Unpickler::makeGlobal(std::string module, std::string name)
{
    static const char *const kStorages[] = {"FloatStorage", "DoubleStorage", "HalfStorage",
                                            "BFloat16Storage", "LongStorage", "IntStorage",
                                            "ShortStorage", "CharStorage", "ByteStorage",
                                            "BoolStorage"};
    bool allowed = (module == "collections" && name == "OrderedDict")
        || (module == "torch._utils"
            && (name == "_rebuild_tensor_v2" || name == "_rebuild_parameter"));
    if (module == "torch")
        for (const char *s : kStorages)
            allowed = allowed || name == s;
    if (!allowed)
        throw Error(ErrorCategory::UnsupportedFormat,
                    "the file refers to the Python object '" + module + "." + name
                        + "', which a plain state_dict never needs; effscope refuses to load it "
                          "(only tensors, storages and OrderedDict are allowed)");
    PickleValue *g = make(PickleValue::Kind::Global);
    g->s = std::move(module);
    g->s2 = std::move(name);
    return g;
}

DType Unpickler::storageDType(const PickleValue &g)
{
    static const std::pair<const char *, DType> kMap[] = {
        {"FloatStorage", DType::F32}, {"DoubleStorage", DType::F64}, {"HalfStorage", DType::F16},
        {"BFloat16Storage", DType::BF16}, {"LongStorage", DType::I64}, {"IntStorage", DType::I32},
        {"ShortStorage", DType::I16}, {"CharStorage", DType::I8}, {"ByteStorage", DType::U8},
        {"BoolStorage", DType::Bool}};
    if (g.kind == PickleValue::Kind::Global && g.s == "torch")
        for (const auto &[name, dtype] : kMap)
            if (g.s2 == name)
                return dtype;
    throw Error(ErrorCategory::UnsupportedFormat, "a storage has an unknown type");
}

namespace {

int64_t asInt(const PickleValue *v, const char *what)
{
    if (!v || v->kind != PickleValue::Kind::Int)
        throw Error(ErrorCategory::UnsupportedFormat, std::string("expected an integer for ") + what);
    return v->i;
}

std::vector<int64_t> asIntTuple(const PickleValue *v, const char *what)
{
    if (!v || v->kind != PickleValue::Kind::Tuple)
        throw Error(ErrorCategory::UnsupportedFormat, std::string("expected a tuple for ") + what);
    std::vector<int64_t> out;
    for (const PickleValue *x : v->items)
        out.push_back(asInt(x, what));
    return out;
}

} // namespace

PickleValue *Unpickler::reduce(PickleValue *callable, PickleValue *args)
{
    if (callable->kind != PickleValue::Kind::Global || args->kind != PickleValue::Kind::Tuple)
        fail("REDUCE needs an allowed global and an argument tuple");
    const std::string &name = callable->s2;
    if (name == "OrderedDict") {
        if (!args->items.empty())
            fail("OrderedDict called with arguments");
        return make(PickleValue::Kind::Dict);
    }
    if (name == "_rebuild_tensor_v2") {
        // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
        if (args->items.size() < 6 || args->items.size() > 7)
            fail("_rebuild_tensor_v2 takes 6 or 7 arguments");
        PickleValue *storage = args->items[0];
        if (storage->kind != PickleValue::Kind::Storage)
            fail("_rebuild_tensor_v2 needs a storage");
        PickleValue *t = make(PickleValue::Kind::Tensor);
        t->storage = storage;
        t->tensor.dtype = storage->dtype;
        t->tensor.storageOffset = asInt(args->items[1], "a storage offset") + storage->viewOffset;
        t->tensor.shape = asIntTuple(args->items[2], "a tensor size");
        t->tensor.strides = asIntTuple(args->items[3], "a tensor stride");
        checkView(t->tensor, storage->viewOffset + storage->storageNumel);
        return t;
    }
    if (name == "_rebuild_parameter") {
        if (args->items.size() != 3 || args->items[0]->kind != PickleValue::Kind::Tensor)
            fail("_rebuild_parameter needs (tensor, requires_grad, hooks)");
        return args->items[0];
    }
    fail("'" + callable->s + "." + name + "' cannot be called");
}

PickleValue *Unpickler::load()
{
    using K = PickleValue::Kind;
    for (;;) {
        const uint8_t op = u8();
        switch (op) {
        case 0x80: // PROTO
            if (u8() > 5)
                fail("pickle protocol above 5");
            break;
        case 0x95: // FRAME
            uLE(8);
            break;
        case '}': push(make(K::Dict)); break;
        case ']': push(make(K::List)); break;
        case ')': push(make(K::Tuple)); break;
        case '(': m_marks.push_back(m_stack.size()); break;
        case 't': {
            PickleValue *t = make(K::Tuple);
            t->items = popToMark();
            push(t);
            break;
        }
        case 0x85: case 0x86: case 0x87: { // TUPLE1..3
            const int n = op - 0x84;
            PickleValue *t = make(K::Tuple);
            t->items.resize(n);
            for (int i = n - 1; i >= 0; --i)
                t->items[i] = pop();
            push(t);
            break;
        }
        case 'l': {
            PickleValue *l = make(K::List);
            l->items = popToMark();
            push(l);
            break;
        }
        case 'd': {
            auto items = popToMark();
            if (items.size() % 2)
                fail("DICT with an odd number of items");
            PickleValue *d = make(K::Dict);
            for (size_t i = 0; i < items.size(); i += 2)
                d->dict.emplace_back(items[i], items[i + 1]);
            push(d);
            break;
        }
        case 'a': {
            PickleValue *v = pop();
            PickleValue *l = top();
            if (l->kind != K::List)
                fail("APPEND to a non-list");
            l->items.push_back(v);
            break;
        }
        case 'e': {
            auto items = popToMark();
            PickleValue *l = top();
            if (l->kind != K::List)
                fail("APPENDS to a non-list");
            l->items.insert(l->items.end(), items.begin(), items.end());
            break;
        }
        case 's': {
            PickleValue *v = pop();
            PickleValue *k = pop();
            PickleValue *d = top();
            if (d->kind != K::Dict)
                fail("SETITEM on a non-dict");
            d->dict.emplace_back(k, v);
            break;
        }
        case 'u': {
            auto items = popToMark();
            PickleValue *d = top();
            if (d->kind != K::Dict || items.size() % 2)
                fail("bad SETITEMS");
            for (size_t i = 0; i < items.size(); i += 2)
                d->dict.emplace_back(items[i], items[i + 1]);
            break;
        }
        case 'q': memoPut(u8()); break;
        case 'r': memoPut(uLE(4)); break;
        case 0x94: memoPut(m_memo.size()); break; // MEMOIZE
        case 'h': case 'j': {
            const uint64_t key = op == 'h' ? u8() : uLE(4);
            if (key >= m_memo.size() || !m_memo[key])
                fail("memo key " + std::to_string(key) + " was never stored");
            push(m_memo[key]);
            break;
        }
        case 'J': {
            PickleValue *v = make(K::Int);
            v->i = static_cast<int32_t>(uLE(4));
            push(v);
            break;
        }
        case 'K': case 'M': {
            PickleValue *v = make(K::Int);
            v->i = static_cast<int64_t>(uLE(op == 'K' ? 1 : 2));
            push(v);
            break;
        }
        case 0x8a: { // LONG1
            const uint8_t n = u8();
            if (n > 8)
                fail("integer wider than 64 bits");
            PickleValue *v = make(K::Int);
            uint64_t raw = n ? uLE(n) : 0;
            if (n > 0 && n < 8 && (raw >> (8 * n - 1)) & 1)
                raw |= ~uint64_t(0) << (8 * n); // sign-extend
            v->i = static_cast<int64_t>(raw);
            push(v);
            break;
        }
        case 'X': case 0x8c: case 0x8d: case 'T': case 'U': { // unicode / py2 str
            const uint64_t n = op == 0x8c || op == 'U' ? u8() : op == 0x8d ? uLE(8) : uLE(4);
            PickleValue *v = make(K::String);
            v->s = std::string(take(n));
            push(v);
            break;
        }
        case 'B': case 'C': case 0x8e: {
            const uint64_t n = op == 'C' ? u8() : op == 0x8e ? uLE(8) : uLE(4);
            PickleValue *v = make(K::Bytes);
            v->s = std::string(take(n));
            push(v);
            break;
        }
        case 'N': push(make(K::None)); break;
        case 0x88: case 0x89: {
            PickleValue *v = make(K::Bool);
            v->i = op == 0x88;
            push(v);
            break;
        }
        case 'G': {
            std::string_view raw = take(8);
            uint64_t bits = 0;
            for (char c : raw)
                bits = (bits << 8) | static_cast<uint8_t>(c);
            PickleValue *v = make(K::Float);
            std::memcpy(&v->f, &bits, 8);
            push(v);
            break;
        }
        case 'c': {
            auto line = [this]() {
                const size_t end = m_data.find('\n', m_pos);
                if (end == std::string_view::npos || end - m_pos > 256)
                    fail("unterminated GLOBAL");
                std::string s(m_data.substr(m_pos, end - m_pos));
                m_pos = end + 1;
                return s;
            };
            std::string module = line();
            std::string name = line();
            push(makeGlobal(std::move(module), std::move(name)));
            break;
        }
        case 0x93: { // STACK_GLOBAL
            PickleValue *name = pop();
            PickleValue *module = pop();
            if (name->kind != K::String || module->kind != K::String)
                fail("STACK_GLOBAL needs two strings");
            push(makeGlobal(module->s, name->s));
            break;
        }
        case 'R': {
            PickleValue *args = pop();
            PickleValue *callable = pop();
            push(reduce(callable, args));
            break;
        }
        case 0x81: { // NEWOBJ: cls.__new__(cls, *args); only OrderedDict is allowed
            PickleValue *args = pop();
            PickleValue *cls = pop();
            if (cls->kind != K::Global || cls->s2 != "OrderedDict")
                fail("NEWOBJ of anything but OrderedDict");
            push(reduce(cls, args));
            break;
        }
        case 'Q': { // BINPERSID
            PickleValue *pid = pop();
            if (!m_persistentLoad)
                fail("persistent id without a storage table");
            push(m_persistentLoad(*this, *pid));
            break;
        }
        case 'b': { // BUILD: attribute state on a dict (state_dict._metadata) or tensor; ignored
            pop();
            PickleValue *target = top();
            if (target->kind != K::Dict && target->kind != K::Tensor)
                fail("BUILD on an object that is not a dict or tensor");
            break;
        }
        case 0x32: // DUP
            push(top());
            break;
        case '0': pop(); break; // POP
        case '1': popToMark(); break; // POP_MARK
        case '.': {
            if (m_stack.size() != 1 || !m_marks.empty())
                fail("STOP with " + std::to_string(m_stack.size()) + " values on the stack");
            return m_stack.back();
        }
        default:
            fail("opcode 0x" + [op] {
                const char *hex = "0123456789abcdef";
                return std::string{hex[op >> 4], hex[op & 15]};
            }() + " is not allowed in a weight file");
        }
    }
}

} // namespace effscope::core
