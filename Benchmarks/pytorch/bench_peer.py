"""Times neurocycle against the authors' PyTorch code on the same model, input and machine.

usage: python bench_peer.py DATADIR NEUROCYCLE [--scale s] [--image astronaut] [--size 640]
                            [--threads 2] [--repeat 5] [--out bench.json]

PyTorch: the checkpoint DATADIR/spikeyolo-<scale>.pt loaded as ultralytics does (`ema`),
`.float().eval()`, torch.set_num_threads(threads), one warm-up forward, then timed forwards of
DATADIR/<image>_<size>.npy under torch.no_grad() (the forward alone: no loading, no
preprocessing, no NMS). neurocycle: the whole command `NEUROCYCLE simulate --model <same .pt>
--input <same .npy> --threads <threads>` (default chip: load, fold, the chip's functional and
timing model, the FP32 comparison run, decode, report) and the same with --no-compare (no FP32
comparison run), and the bare `NEUROCYCLE simulate` (its own synthetic SpikeYOLO-s, built-in 640x640
image: the same architecture and size, other weights); wall time and peak resident memory of each
child (os.wait4), and CPU time (user + system) of both sides, which a busy machine inflates less.
The two sides run back to back in `repeat` interleaved rounds (3 forwards, then one of each
command), so both see the same load on a shared machine. Medians and ranges.
Prints the ratios neurocycle / PyTorch and writes everything to --out.
"""
import argparse
import copy
import json
import os
import platform
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

import spikeyolo_torch  # noqa: F401  (puts the authors' code on sys.path)


def time_child(cmd):
    # The child's own peak comes from GNU time: wait4's ru_maxrss of a child forked from this
    # process (torch and a model loaded) reports at least this process's resident size.
    with tempfile.NamedTemporaryFile('r') as peak:
        t = time.perf_counter()
        p = subprocess.Popen(['/usr/bin/time', '-f', '%M', '-o', peak.name] + cmd,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t
        if status != 0:
            raise SystemExit(f'{cmd} failed with status {status}')
        return dt, ru.ru_utime + ru.ru_stime, int(peak.read().split()[-1]) / 1024  # MiB (%M is KiB)


def stats(xs):
    return {'median': statistics.median(xs), 'min': min(xs), 'max': max(xs), 'all': xs}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data')
    ap.add_argument('neurocycle')
    ap.add_argument('--scale', default='s')
    ap.add_argument('--image', default='astronaut')
    ap.add_argument('--size', type=int, default=640)
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--repeat', type=int, default=5)
    ap.add_argument('--out', default='bench_peer.json')
    a = ap.parse_args()
    data = Path(a.data)
    ckpt = data / f'spikeyolo-{a.scale}.pt'
    inp = data / f'{a.image}_{a.size}.npy'

    torch.set_num_threads(a.threads)
    ck = torch.load(ckpt, map_location='cpu', weights_only=False)
    model = copy.deepcopy(ck.get('ema') or ck['model']).float().eval()
    x = torch.from_numpy(np.load(inp))
    cmd = [a.neurocycle, 'simulate', '--model', str(ckpt), '--input', str(inp), '--threads', str(a.threads)]
    runs = {'simulate': cmd, 'simulate --no-compare': cmd + ['--no-compare'],
            # the bare command: its own synthetic s weights and built-in 640x640 test image
            'simulate (bare: synthetic s, built-in image)': [a.neurocycle, 'simulate', '--threads', str(a.threads)]}
    # Interleaved rounds, so that both sides see the same load on a shared machine.
    pt, pt_cpu, nc = [], [], {k: [] for k in runs}
    load = [os.getloadavg()[0]]
    with torch.no_grad():
        model(x)  # warm-up
        for _ in range(a.repeat):
            for _ in range(3):
                t, c0 = time.perf_counter(), time.process_time()
                model(x)
                pt.append(time.perf_counter() - t)
                pt_cpu.append(time.process_time() - c0)
            for name, c in runs.items():
                nc[name].append(time_child(c))
            load.append(os.getloadavg()[0])
    nc = {k: {'seconds': stats([s for s, _, _ in r]), 'cpu_seconds': stats([c for _, c, _ in r]),
              'peak_mib': max(m for _, _, m in r)} for k, r in nc.items()}

    res = {'machine': {'cpu': platform.processor() or platform.machine(), 'cores': os.cpu_count(),
                       'torch': torch.__version__, 'threads': a.threads},
           'model': str(ckpt), 'input': str(inp),
           'load_average_1min': load,
           'pytorch_fp32_forward_seconds': stats(pt), 'pytorch_fp32_forward_cpu_seconds': stats(pt_cpu),
           'neurocycle': nc,
           'ratios': {k: v['seconds']['median'] / statistics.median(pt) for k, v in nc.items()},
           'cpu_ratios': {k: v['cpu_seconds']['median'] / statistics.median(pt_cpu) for k, v in nc.items()}}
    Path(a.out).write_text(json.dumps(res, indent=1))
    print(f"load average (1 min) during the rounds: {' '.join(f'{v:.1f}' for v in load)}")
    print(f"PyTorch FP32 forward ({a.threads} threads): median {statistics.median(pt):.3f} s "
          f"(range {min(pt):.3f}-{max(pt):.3f}, n={len(pt)}), CPU {statistics.median(pt_cpu):.3f} s")
    for k, v in nc.items():
        s, c = v['seconds'], v['cpu_seconds']
        print(f"neurocycle {k}: median {s['median']:.2f} s (range {s['min']:.2f}-{s['max']:.2f}), "
              f"CPU {c['median']:.2f} s, peak {v['peak_mib']:.0f} MiB; "
              f"ratio {res['ratios'][k]:.1f}x wall, {res['cpu_ratios'][k]:.1f}x CPU")


if __name__ == '__main__':
    main()
