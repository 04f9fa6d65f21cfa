#!/usr/bin/env python3
"""Pipelined against layer-barrier, binary against graded, on every preset (Python standard library only).

    swift build -c release
    python3 Benchmarks/chip_schedules.py [.build/release/neurocycle] > /tmp/table.md

For SpikeYOLO-s at 640x640 (synthetic weights, the built-in test image) and SpikeYOLO-t at
320x320 (the fixture checkpoint on input320.npy), on each preset, three runs:
  today      layer-barrier, fewest-cores, per-tile kernels, binary packets (neurocycle before #11)
  barrier    layer-barrier with the new default mapping (spread, shared kernels)
  pipelined  the new defaults (pipelined, spread, shared kernels), with --compare-packets
and prints one markdown row per model, preset and run: latency, mean core utilisation, leakage
share, chip energy, and for the pipelined run the graded-packet latency and energy. Wall-clock
seconds of each run (calibration and folding included) go to standard error.
"""
import json, os, subprocess, sys, tempfile, time

B = sys.argv[1] if len(sys.argv) > 1 else ".build/release/neurocycle"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PRESETS = ["default", "edge-small", "loihi-like", "paper-45nm", "speck-like"]
MODELS = [
    ("s@640", ["--scale", "s", "--imgsz", "640"]),
    ("t@320", ["--model", f"{ROOT}/Tests/Fixtures/spikeyolo-t.pt", "--input", f"{ROOT}/Tests/Fixtures/input320.npy"]),
]
RUNS = [
    ("today", {"chip": {"schedule": "layer-barrier"}, "mapping": {"strategy": "fewest-cores", "weights": "per-tile"}}, []),
    ("barrier", {"chip": {"schedule": "layer-barrier"}}, []),
    ("pipelined", {}, ["--compare-packets"]),
]


def config(preset, changes, directory):
    with open(f"{ROOT}/hwconfigs/{preset}.json") as f:
        c = json.load(f)
    for section, values in changes.items():
        c.setdefault(section, {}).update(values)
    path = os.path.join(directory, "hw.json")
    with open(path, "w") as f:
        json.dump(c, f)
    return path


def main():
    print("| model | preset | run | mapping | latency (ms) | mean utilisation | leakage share | energy (mJ) | graded latency (ms) | graded energy (mJ) |")
    print("|---|---|---|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as d:
        for model, model_args in MODELS:
            for preset in PRESETS:
                for run, changes, extra in RUNS:
                    out = os.path.join(d, "r.json")
                    start = time.time()
                    r = subprocess.run([B, "simulate", *model_args, "--hw", config(preset, changes, d), "--no-compare",
                                        "--json", out, *extra], capture_output=True, text=True)
                    seconds = time.time() - start
                    if r.returncode != 0:
                        print(f"| {model} | {preset} | {run} | failed: {r.stderr.strip()} | | | | | | |", flush=True)
                        continue
                    with open(out) as f:
                        rep = json.load(f)
                    h, e = rep["hardware"], rep["energy"]["hardware"]
                    util = sum(c["utilisation"] for c in h["cores"]) / len(h["cores"])
                    leak = e["breakdown"]["leakage"] / e["total_mJ"] if e["total_mJ"] > 0 else 0
                    graded = [p for p in h.get("packet_comparison") or [] if p["model"].startswith("graded")]
                    g_lat = f"{graded[0]['latency_s'] * 1e3:.3f}" if graded else ""
                    g_e = f"{graded[0]['energy_mJ']:.3f}" if graded else ""
                    segments = h.get("components", {}).get("segments", 1)
                    mapping = h["mapping_mode"] + (f", {segments} segments" if segments > 1 else "")
                    print(f"| {model} | {preset} | {run} | {mapping} | {h['latency_s'] * 1e3:.3f} | {util * 100:.1f} % | "
                          f"{leak * 100:.1f} % | {e['total_mJ']:.3f} | {g_lat} | {g_e} |", flush=True)
                    print(f"{model} {preset} {run}: {seconds:.1f} s", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
