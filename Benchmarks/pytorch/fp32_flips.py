"""Where neurocycle's FP32 spikes first leave FP64: the flipped neurons' membranes in PyTorch.

usage: python fp32_flips.py CKPT INPUT.npy NEUROCYCLE

Runs neurocycle run --precision fp32 and fp64 with --record, exports the first population whose
spikes differ as CSV (one row per binary event), and finds the neurons whose integer spike
differs. Then runs the authors' model in FP32 and FP64 with a hook on that population's input
(its membrane, T = 1) and prints, per flipped neuron, the FP64 membrane, its distance to the
rounding boundary k + 0.5, and PyTorch FP32's membrane there; and, for the whole population,
PyTorch FP32's largest |FP32 - FP64| membrane error and how many neurons lie closer than that to
a boundary.
"""
import collections
import copy
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch

import spikeyolo_torch  # noqa: F401  (puts the authors' code on sys.path for torch.load)


def run(nc, ckpt, inp, prec, d):
    j, t = Path(d) / f'{prec}.json', Path(d) / f'{prec}.nctrace'
    subprocess.run([nc, 'run', '--model', ckpt, '--input', inp, '--precision', prec, '--json', str(j),
                    '--record', str(t)], check=True, stdout=subprocess.DEVNULL)
    rep = json.loads(j.read_text())
    return [(p['name'], [p['spikes']] + p['histogram']) for p in rep['neurons']], t


def neuron_counts(nc, trace, pop, d):
    out = Path(d) / 'pop.csv'
    subprocess.run([nc, 'trace', 'export', str(trace), '--csv', str(out), '--population', pop], check=True,
                   stdout=subprocess.DEVNULL)
    cnt = collections.Counter()
    with open(out) as f:
        for r in csv.DictReader(f):
            cnt[(int(r['channel']), int(r['y']), int(r['x']))] += 1
    return cnt


def main():
    ckpt, inp, nc = sys.argv[1:4]
    torch.set_num_threads(2)
    with tempfile.TemporaryDirectory() as d:
        p32, t32 = run(nc, ckpt, inp, 'fp32', d)
        p64, t64 = run(nc, ckpt, inp, 'fp64', d)
        pop = next(n for (n, a), (_, b) in zip(p32, p64) if a != b)
        c32, c64 = neuron_counts(nc, t32, pop, d), neuron_counts(nc, t64, pop, d)
    flips = [k for k in set(c32) | set(c64) if c32[k] != c64[k]]
    print(f'first population where neurocycle FP32 != FP64: {pop}, {len(flips)} neuron(s) differ')

    ck = torch.load(ckpt, map_location='cpu', weights_only=False)
    base = ck.get('ema') or ck['model']
    x = torch.from_numpy(np.load(inp))
    mem = {}
    for prec, m, xx in (('fp32', copy.deepcopy(base).float().eval(), x),
                        ('fp64', copy.deepcopy(base).double().eval(), x.double())):
        mod = dict(m.named_modules())[pop]
        h = mod.register_forward_hook(lambda mod, i, o, prec=prec: mem.__setitem__(prec, i[0][0, 0].double().numpy()))
        with torch.no_grad():
            m(xx)
        h.remove()
    m32, m64 = mem['fp32'], mem['fp64']
    frac = np.abs(m64 - np.floor(m64) - 0.5)  # distance to the nearest k + 0.5
    inside = (m64 > 0) & (m64 < 4)
    err = np.abs(m32 - m64)
    for (c, y, xx) in sorted(flips):
        u = m64[c, y, xx]
        print(f'  neuron c{c} y{y} x{xx}: neurocycle fp32 {c32[(c, y, xx)]} fp64 {c64[(c, y, xx)]}; '
              f'PyTorch FP64 membrane {u:.12f} (distance to boundary {abs(u - np.floor(u) - 0.5):.2e}), '
              f'PyTorch FP32 {m32[c, y, xx]:.9f}')
    emax = err.max()
    print(f'  PyTorch FP32 membrane error on {pop}: max {emax:.2e}, mean {err.mean():.2e}; '
          f'neurons within that max of a boundary: {int(((frac < emax) & inside).sum())} of {m64.size}')
    print(f'  neurons within 1e-7 / 1e-6 of a boundary: {int(((frac < 1e-7) & inside).sum())} / '
          f'{int(((frac < 1e-6) & inside).sum())}')


if __name__ == '__main__':
    main()
