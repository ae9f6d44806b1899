#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Training oracles: what PyTorch and timm do to identical weights on identical batches.

The network is torchvision 0.14's EfficientNet at width 0.5, depth 0.5 with 5 classes (no
dropout, no stochastic depth), BN in train mode with momentum 0.01 (TF's decay 0.99, the
paper's recipe). Weights are seeded and scaled as for the parity fixtures, so gradients are
not vanishingly small. Each run takes two steps on two different batches (the second step uses
the momentum / RMS state the first one left) with cross-entropy and label smoothing 0.1; weight
decay 0.05 (large, so that which tensors decay shows) on weights of two or more dimensions only (timm's param_groups_weight_decay: no decay
on biases and BN), then writes every parameter and buffer:

  sgd        torch.optim.SGD, lr 0.1, momentum 0.9, the gradient clipped to norm 0.5 first
  rmsproptf  timm.optim.RMSpropTF (TF semantics), lr 0.01, decay 0.9, momentum 0.9, eps 1e-3

and, for stochastic depth, timm 0.9.16's per-block drop rates of efficientnet_b0 with
drop_path_rate 0.2 and the kept fraction and mean of timm.layers.drop_path over many draws.

Output: <out>/manifest.json, initial.safetensors, batch{1,2}.bin (float32 [4, 3, 64, 64]),
sgd.safetensors, rmsproptf.safetensors. Rerun only when this script changes.
"""
import argparse
import hashlib
import json
import os
import sys

import torch
from safetensors.torch import save_file
from torchvision.models import efficientnet as tv

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_parity_fixtures import randomize  # noqa: E402

WIDTH, DEPTH, CLASSES, SIZE, BATCH = 0.5, 0.5, 5, 64, 4
SMOOTHING, BN_MOMENTUM, WEIGHT_DECAY = 0.1, 0.01, 0.05


def build():
    setting, last = tv._efficientnet_conf("efficientnet_b0", width_mult=WIDTH, depth_mult=DEPTH)
    model = tv.EfficientNet(setting, dropout=0.0, stochastic_depth_prob=0.0, num_classes=CLASSES, last_channel=last)
    return model


def param_groups(model):
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if p.ndim <= 1 or name.endswith(".bias") else decay).append(p)
    return [{"params": decay, "weight_decay": WEIGHT_DECAY}, {"params": no_decay, "weight_decay": 0.0}]


def state(model):
    return {k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}


def train(initial, batches, make_optimizer, clip=None):
    model = build()
    model.load_state_dict(initial)
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            m.momentum = BN_MOMENTUM
    model.train()
    opt = make_optimizer(param_groups(model))
    losses = []
    for x, y in batches:
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), y, label_smoothing=SMOOTHING)
        loss.backward()
        if clip is not None:
            torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
        opt.step()
        losses.append(loss.item())
    return state(model), losses


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    script_hash = hashlib.sha256(open(__file__, "rb").read()).hexdigest()
    manifest_path = os.path.join(args.out, "manifest.json")
    if os.path.exists(manifest_path):
        with open(manifest_path) as f:
            if json.load(f).get("script_sha256") == script_hash:
                print("training fixtures are up to date")
                return
    os.makedirs(args.out, exist_ok=True)
    torch.set_num_threads(1)
    g = torch.Generator().manual_seed(20261130)

    model = build()
    randomize(model, g, set(), SIZE)
    initial = state(model)
    save_file(initial, os.path.join(args.out, "initial.safetensors"))
    batches = []
    for i in (1, 2):
        x = torch.randn(BATCH, 3, SIZE, SIZE, generator=g)
        y = torch.randint(0, CLASSES, (BATCH,), generator=g)
        x.numpy().astype("<f4").tofile(os.path.join(args.out, f"batch{i}.bin"))
        batches.append((x, y))

    from timm.optim import RMSpropTF
    runs = {
        "sgd": (lambda groups: torch.optim.SGD(groups, lr=0.1, momentum=0.9), 0.5),
        "rmsproptf": (lambda groups: RMSpropTF(groups, lr=0.01, alpha=0.9, momentum=0.9, eps=1e-3), None),
    }
    results = {}
    for name, (make, clip) in runs.items():
        final, losses = train(initial, batches, make, clip)
        save_file(final, os.path.join(args.out, f"{name}.safetensors"))
        moved = max((final[k] - initial[k]).abs().max().item() for k in final if final[k].is_floating_point())
        assert moved > 1e-4, f"{name}: the weights hardly moved ({moved})"
        results[name] = {"losses": losses, "largest_change": moved}

    import timm
    from timm.layers import drop_path
    net = timm.create_model("efficientnet_b0", drop_path_rate=0.2)
    rates = [float(getattr(b.drop_path, "drop_prob", 0.0)) for stage in net.blocks for b in stage]
    draws = 200000
    torch.manual_seed(7)
    ones = torch.ones(draws, 1, 1, 1)
    drop = {}
    for p in (0.1, 0.2, 0.5):
        out = drop_path(ones, p, training=True)
        drop[str(p)] = {"kept_fraction": (out != 0).float().mean().item(), "mean": out.mean().item(),
                        "kept_value": out[out != 0][0].item()}

    manifest = {
        "script_sha256": script_hash,
        "torch": torch.__version__,
        "timm": timm.__version__,
        "model": {"width": WIDTH, "depth": DEPTH, "classes": CLASSES, "size": SIZE, "batch": BATCH},
        "labels": [batches[0][1].tolist(), batches[1][1].tolist()],
        "label_smoothing": SMOOTHING, "bn_momentum": BN_MOMENTUM, "weight_decay": WEIGHT_DECAY,
        "sgd": {"lr": 0.1, "momentum": 0.9, "clip_norm": 0.5, **results["sgd"]},
        "rmsproptf": {"lr": 0.01, "decay": 0.9, "momentum": 0.9, "eps": 1e-3, **results["rmsproptf"]},
        "drop_path": {"draws": draws, "rates_b0_0.2": rates, "by_rate": drop},
    }
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1)
    print(json.dumps({k: manifest[k] for k in ("sgd", "rmsproptf")}, indent=1))


if __name__ == "__main__":
    main()
