"""Held-out check: neurocycle `run --precision fp64` against the authors' PyTorch model in FP64.

usage: python check_fp64.py DATADIR NEUROCYCLE [--cases n:320,s:320,s:640] [--images a,b,...]
                            [--safetensors] [--out summary.json]

DATADIR is what build_models.py wrote (spikeyolo-<scale>.pt/.safetensors, <photo>_<size>.npy).
Per case and photo: the checkpoint is loaded the way ultralytics does (torch.load, `ema`), run in
FP32 (`.float()`) and FP64 (`.double()`) with forward hooks on every `mem_update` module, and
neurocycle runs the same checkpoint and input with --precision fp64 and fp32 (--json). FP64 must
agree spike for spike (every population's total and 0..4 histogram); FP32 agrees only within
PyTorch's own FP32-vs-FP64 spread, which is reported. With --safetensors neurocycle also reads
the .safetensors (--scale, --bn-eps 1e-3, the eps the authors' ultralytics init sets) in FP64.
Exit status 1 when any FP64 population differs.
"""
import argparse
import copy
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

import spikeyolo_torch


def nc_run(nc, model, inp, precision, extra=()):
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / 'r.json'
        cmd = [nc, 'run', '--model', str(model), '--input', str(inp), '--precision', precision,
               '--json', str(out), *extra]
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        dt = time.perf_counter() - t
        rep = json.loads(out.read_text())
    pops = {p['name']: [p['spikes']] + p['histogram'] for p in rep['neurons']}
    return pops, dt


def compare(a, b):
    """Per-population comparison of {pop: [sum, h0..h4]} dicts: names that differ in total or
    histogram, and the largest relative difference of totals."""
    assert set(a) == set(b), (sorted(set(a) ^ set(b)))
    differ = [n for n in a if a[n] != b[n]]
    rel = max(abs(a[n][0] - b[n][0]) / max(b[n][0], 1) for n in a)
    ta, tb = sum(v[0] for v in a.values()), sum(v[0] for v in b.values())
    return {'populations': len(a), 'differing': len(differ), 'first_differing': differ[:3],
            'max_rel_pop': rel, 'total_a': ta, 'total_b': tb, 'total_rel': abs(ta - tb) / max(tb, 1)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data')
    ap.add_argument('neurocycle')
    ap.add_argument('--cases', default='n:320,s:320,s:640')
    ap.add_argument('--images', default=','.join(spikeyolo_torch.IMAGES))
    ap.add_argument('--safetensors', action='store_true')
    ap.add_argument('--out', default='fp64_summary.json')
    a = ap.parse_args()
    torch.set_num_threads(2)
    data = Path(a.data)
    results, failed = [], False
    loaded = None
    for case in a.cases.split(','):
        scale, size = case.split(':')
        if loaded != scale:
            ck = torch.load(data / f'spikeyolo-{scale}.pt', map_location='cpu', weights_only=False)
            base = ck.get('ema') or ck['model']  # what ultralytics loads
            m32, m64 = copy.deepcopy(base).float().eval(), copy.deepcopy(base).double().eval()
            loaded = scale
        for img in a.images.split(','):
            inp = data / f'{img}_{size}.npy'
            x = torch.from_numpy(np.load(inp))
            _, t32 = spikeyolo_torch.run_populations(m32, x)
            _, t64 = spikeyolo_torch.run_populations(m64, x.double())
            n64, dt64 = nc_run(a.neurocycle, data / f'spikeyolo-{scale}.pt', inp, 'fp64')
            n32, dt32 = nc_run(a.neurocycle, data / f'spikeyolo-{scale}.pt', inp, 'fp32')
            r = {'scale': scale, 'size': int(size), 'image': img,
                 'nc64_vs_pt64': compare(n64, t64),
                 'pt32_vs_pt64': compare(t32, t64),
                 'nc32_vs_pt32': compare(n32, t32),
                 'nc32_vs_pt64': compare(n32, t64),
                 'neurons': sum(sum(v[1:]) for v in t64.values()),
                 'nc_seconds': {'fp64': dt64, 'fp32': dt32}}
            if a.safetensors:
                st, _ = nc_run(a.neurocycle, data / f'spikeyolo-{scale}.safetensors', inp, 'fp64',
                               ['--scale', scale, '--bn-eps', '0.001'])
                r['nc64_safetensors_vs_pt64'] = compare(st, t64)
            ok = r['nc64_vs_pt64']['differing'] == 0 and r.get('nc64_safetensors_vs_pt64', {'differing': 0})['differing'] == 0
            failed |= not ok
            results.append(r)
            print(f"{scale}@{size} {img:16s} FP64 {'EQUAL' if ok else 'DIFFER'} "
                  f"({r['nc64_vs_pt64']['populations'] - r['nc64_vs_pt64']['differing']}/{r['nc64_vs_pt64']['populations']} populations"
                  f"{', safetensors too' if a.safetensors and ok else ''}, {r['pt32_vs_pt64']['total_b']} spikes); "
                  f"PyTorch FP32 vs FP64: {r['pt32_vs_pt64']['differing']} pops differ, max {100 * r['pt32_vs_pt64']['max_rel_pop']:.2f} %; "
                  f"neurocycle FP32 vs PyTorch FP32: {r['nc32_vs_pt32']['differing']} pops, max {100 * r['nc32_vs_pt32']['max_rel_pop']:.2f} %; "
                  f"vs FP64: {r['nc32_vs_pt64']['differing']} pops, max {100 * r['nc32_vs_pt64']['max_rel_pop']:.2f} %",
                  flush=True)
    Path(a.out).write_text(json.dumps({'torch': torch.__version__, 'results': results}, indent=1))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
