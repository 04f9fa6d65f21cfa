#!/usr/bin/env python3
"""Writes the fuzz seeds that Python can make: small zips, torch checkpoints, safetensors, npy/npz,
PNGs, firing-rate files and hardware configs, into Fuzz/corpus/<target>/ (trace seeds come from
`bash Fuzz/run.sh --make-seeds`, which uses the library's own writer).

Needs numpy and Pillow only. Torch checkpoints are pickled here with stand-in classes named like
torch's (the pickle records classes by name, so the bytes match what torch.save writes for the
same structure: protocol 2, persistent storage ids, _rebuild_tensor_v2, OrderedDict state).
Deterministic: the same files on every run.
"""
import collections
import io
import json
import os
import pickle
import shutil
import struct
import sys
import types
import zipfile
import zlib

import numpy as np
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # Fuzz/
CORPUS = os.path.join(ROOT, "corpus")


def out(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def fixed_zip(entries, compression=zipfile.ZIP_STORED, force_zip64=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compression
            with z.open(info, "w", force_zip64=force_zip64) as f:
                f.write(data)
    return buf.getvalue()


# --- zip -------------------------------------------------------------------------------------
def zips():
    payload = bytes(range(256)) * 2
    out("zip", "stored.zip", fixed_zip([("a/data.pkl", b"\x80\x02}q\x00."), ("a/data/0", payload)]))
    out("zip", "deflated.zip", fixed_zip([("a/x.npy", payload), ("a/y", b"hello " * 40)], zipfile.ZIP_DEFLATED))
    out("zip", "zip64.zip", fixed_zip([("a/big", payload[:100])], force_zip64=True))
    # A data descriptor (streamed write): local header sizes zero, real sizes after the data.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open(zipfile.ZipInfo("a/stream", date_time=(1980, 1, 1, 0, 0, 0)), "w") as f:
            f.write(payload[:300])
    raw = bytearray(buf.getvalue())
    out("zip", "descriptor.zip", bytes(raw))
    out("zip", "empty.zip", fixed_zip([]))


# --- torch -----------------------------------------------------------------------------------
def stand_in_torch():
    """Classes and functions named like torch's, so pickle writes torch's global names."""
    torch = types.ModuleType("torch")
    utils = types.ModuleType("torch._utils")
    nn = types.ModuleType("torch.nn")
    mods = {}
    for m in ["torch.nn.modules", "torch.nn.modules.conv", "torch.nn.modules.batchnorm",
              "torch.nn.modules.container", "ultralytics", "ultralytics.nn", "ultralytics.nn.tasks",
              "ultralytics.nn.modules", "ultralytics.nn.modules.block"]:
        mods[m] = types.ModuleType(m)

    class Storage:
        def __init__(self, key, numel):
            self.key, self.numel = key, numel

    for cls in ["HalfStorage", "FloatStorage", "LongStorage", "IntStorage"]:
        c = type(cls, (Storage,), {"__module__": "torch", "__qualname__": cls})
        setattr(torch, cls, c)

    def _rebuild_tensor_v2(*a):
        raise NotImplementedError

    def _rebuild_parameter(*a):
        raise NotImplementedError

    for f in (_rebuild_tensor_v2, _rebuild_parameter):
        f.__module__, f.__qualname__ = "torch._utils", f.__name__
    utils._rebuild_tensor_v2 = _rebuild_tensor_v2
    utils._rebuild_parameter = _rebuild_parameter
    torch._utils = utils
    for name, m in [("torch", torch), ("torch._utils", utils), ("torch.nn", nn)] + list(mods.items()):
        sys.modules[name] = m

    def module_class(module, name):
        c = type(name, (object,), {"__module__": module})
        setattr(sys.modules[module], name, c)
        return c

    return {
        "Conv2d": module_class("torch.nn.modules.conv", "Conv2d"),
        "BatchNorm2d": module_class("torch.nn.modules.batchnorm", "BatchNorm2d"),
        "Sequential": module_class("torch.nn.modules.container", "Sequential"),
        "DetectionModel": module_class("ultralytics.nn.tasks", "DetectionModel"),
        "MultiSpike4": module_class("ultralytics.nn.modules.block", "MultiSpike4"),
        "torch": torch,
    }


class Tensor:
    """A tensor as torch pickles it: _rebuild_tensor_v2(storage, offset, size, stride, grad, hooks)."""

    def __init__(self, storage, offset, shape, stride, parameter=False):
        self.storage, self.offset, self.shape, self.stride, self.parameter = storage, offset, shape, stride, parameter

    def __reduce_ex__(self, protocol):
        utils = sys.modules["torch._utils"]
        t = (utils._rebuild_tensor_v2,
             (self.storage, self.offset, tuple(self.shape), tuple(self.stride), False, collections.OrderedDict()))
        if self.parameter:
            return (utils._rebuild_parameter, (_Reduced(t), True, collections.OrderedDict()))
        return t


class _Reduced:
    def __init__(self, r):
        self.r = r

    def __reduce_ex__(self, protocol):
        return self.r


class TorchPickler(pickle.Pickler):
    def persistent_id(self, obj):
        torch = sys.modules["torch"]
        if isinstance(obj, tuple(getattr(torch, n) for n in ["HalfStorage", "FloatStorage", "LongStorage", "IntStorage"])):
            return ("storage", type(obj), obj.key, "cpu", obj.numel)
        return None


def torch_zip(prefix, root, storages):
    buf = io.BytesIO()
    p = TorchPickler(buf, protocol=2)
    p.dump(root)
    entries = [(f"{prefix}/data.pkl", buf.getvalue()), (f"{prefix}/.format_version", b"1"),
               (f"{prefix}/.storage_alignment", b"64"), (f"{prefix}/byteorder", b"little")]
    entries += [(f"{prefix}/data/{k}", v) for k, v in storages]
    entries += [(f"{prefix}/version", b"3\n")]
    return fixed_zip(entries)


def module(cls, attributes, parameters, buffers, children):
    m = cls.__new__(cls)
    state = {"training": False, "_parameters": collections.OrderedDict(parameters),
             "_buffers": collections.OrderedDict(buffers), "_non_persistent_buffers_set": set(),
             "_modules": collections.OrderedDict(children)}
    state.update(attributes)
    m.__dict__.update(state)
    return m


def checkpoints():
    c = stand_in_torch()
    torch = c["torch"]
    w = np.arange(4 * 3, dtype=np.float16).reshape(4, 3, 1, 1) / 8
    g = np.ones(4, dtype=np.float16)
    b = np.zeros(4, dtype=np.float16)
    storages = [("0", w.tobytes()), ("1", g.tobytes()), ("2", b.tobytes()), ("3", b.tobytes()),
                ("4", g.tobytes()), ("5", np.array([7], dtype=np.int64).tobytes())]
    half = lambda k, n: torch.HalfStorage(k, n)

    def tiny_model():
        conv = module(c["Conv2d"], {"in_channels": 3, "out_channels": 4, "kernel_size": (1, 1), "stride": (1, 1),
                                    "padding": (0, 0), "groups": 1},
                      [("weight", Tensor(half("0", 12), 0, [4, 3, 1, 1], [3, 1, 1, 1], True)), ("bias", None)], [], [])
        bn = module(c["BatchNorm2d"], {"eps": 0.001, "momentum": 0.03, "num_features": 4},
                    [("weight", Tensor(half("1", 4), 0, [4], [1], True)), ("bias", Tensor(half("2", 4), 0, [4], [1], True))],
                    [("running_mean", Tensor(half("3", 4), 0, [4], [1])), ("running_var", Tensor(half("4", 4), 0, [4], [1])),
                     ("num_batches_tracked", Tensor(torch.LongStorage("5", 1), 0, [], []))], [])
        q = module(c["MultiSpike4"], {}, [], [], [])
        seq = module(c["Sequential"], {}, [], [], [("0", conv), ("1", bn), ("qtrick", q)])
        yaml = {"nc": 4, "scales": {"t": [0.33, 0.25, 1024]}, "backbone": [[-1, 1, "Conv", [16, 3, 2]]], "head": []}
        return module(c["DetectionModel"], {"yaml": yaml, "stride": [8.0, 16.0, 32.0], "names": {0: "a", 1: "b"}},
                      [], [], [("model", seq)])

    ckpt = {"epoch": -1, "best_fitness": None, "model": tiny_model(), "ema": tiny_model(), "updates": 0,
            "optimizer": None, "train_args": {"imgsz": 640}, "date": "2024-01-01T00:00:00", "version": "8.0.197"}
    out("torch", "ultralytics.pt", torch_zip("tiny", ckpt, storages))
    sd = collections.OrderedDict([
        ("model.1.encode_conv.weight", Tensor(torch.FloatStorage("0", 12), 0, [4, 3, 1, 1], [3, 1, 1, 1])),
        ("model.1.encode_bn.running_var", Tensor(torch.FloatStorage("1", 4), 0, [4], [1])),
        ("model.1.encode_bn.num_batches_tracked", Tensor(torch.LongStorage("2", 1), 0, [], [])),
        ("view", Tensor(torch.FloatStorage("0", 12), 2, [2, 2], [1, 3])),
    ])
    f32 = [("0", w.astype(np.float32).tobytes()), ("1", np.ones(4, np.float32).tobytes()),
           ("2", np.array([3], np.int64).tobytes())]
    out("torch", "state_dict.pt", torch_zip("sd", sd, f32))
    out("torch", "wrapped_state_dict.pt", torch_zip("w", {"state_dict": sd, "epoch": 3}, f32))
    # The same archive with one storage deflated (torch writes stored; other zippers may not).
    buf = io.BytesIO()
    TorchPickler(buf, protocol=2).dump(sd)
    out("torch", "deflated.pt", fixed_zip([("d/data.pkl", buf.getvalue()), ("d/byteorder", b"little")]
                                          + [(f"d/data/{k}", v) for k, v in f32], zipfile.ZIP_DEFLATED))


# --- safetensors -----------------------------------------------------------------------------
def safetensors():
    def st(tensors, metadata=None):
        header, data, offset = {}, b"", 0
        if metadata is not None:
            header["__metadata__"] = metadata
        for name, dtype, shape, raw in tensors:
            header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(raw)]}
            data += raw
            offset += len(raw)
        text = json.dumps(header, separators=(",", ":")).encode()
        text += b" " * (-len(text) % 8)
        return struct.pack("<Q", len(text)) + text + data

    w = np.arange(12, dtype=np.float16).tobytes()
    out("safetensors", "small.safetensors", st([("model.1.encode_conv.weight", "F16", [4, 3, 1, 1], w),
                                                ("model.1.encode_bn.running_var", "F32", [4], np.ones(4, np.float32).tobytes()),
                                                ("model.1.encode_bn.num_batches_tracked", "I64", [], np.zeros(1, np.int64).tobytes())],
                                               {"format": "pt"}))
    out("safetensors", "dtypes.safetensors", st([(n, d, [2], bytes(range(2 * s))) for n, d, s in
                                                 [("a", "BF16", 2), ("b", "F64", 8), ("c", "I32", 4), ("d", "I16", 2),
                                                  ("e", "I8", 1), ("f", "U8", 1), ("g", "BOOL", 1)]]))
    out("safetensors", "empty.safetensors", st([]))


# --- npy / npz -------------------------------------------------------------------------------
def npys():
    def save(a, **kw):
        b = io.BytesIO()
        np.save(b, a, **kw)
        return b.getvalue()

    img = (np.arange(1 * 3 * 4 * 4, dtype=np.float32).reshape(1, 3, 4, 4) / 48)
    out("npy", "image.npy", save(img))
    out("npy", "fortran.npy", save(np.asfortranarray(img[0])))
    out("npy", "bigendian.npy", save(img.astype(">f4")))
    out("npy", "half.npy", save(img.astype(np.float16)))
    out("npy", "uint8.npy", save((img * 255).astype(np.uint8)))
    out("npy", "float64.npy", save(img.astype(np.float64)[0]))
    # The two smallest .npy fixtures, as the authors' numpy wrote them.
    fixtures = os.path.join(os.path.dirname(ROOT), "Tests", "Fixtures")
    for name, seed in [("ref_t_real_astronaut_320_det_conf0.001.npy", "fixture_detections.npy"),
                       ("ref_t_128_head2.npy", "fixture_head2.npy")]:
        with open(os.path.join(fixtures, name), "rb") as f:
            out("npy", seed, f.read())
    b = io.BytesIO()
    np.savez(b, x=img[0, 0], y=np.arange(3, dtype=np.int64))
    out("npy", "arrays.npz", b.getvalue())
    b = io.BytesIO()
    np.savez_compressed(b, x=img[0, 0], spikes=np.array([0, 1, 4, 0], dtype=np.uint8))
    out("npy", "compressed.npz", b.getvalue())


# --- png -------------------------------------------------------------------------------------
def pngs():
    def save(im, **kw):
        b = io.BytesIO()
        im.save(b, "PNG", **kw)
        return b.getvalue()

    rgb = Image.fromarray((np.arange(4 * 5 * 3) * 7 % 256).astype(np.uint8).reshape(4, 5, 3), "RGB")
    out("png", "rgb.png", save(rgb))
    out("png", "rgba.png", save(rgb.convert("RGBA")))
    out("png", "gray.png", save(rgb.convert("L")))
    out("png", "gray_alpha.png", save(rgb.convert("LA")))
    out("png", "palette.png", save(rgb.convert("P", palette=Image.ADAPTIVE, colors=4)))
    out("png", "gray16.png", save(Image.fromarray((np.arange(20, dtype=np.uint16) * 3000).reshape(4, 5))))
    out("png", "bilevel.png", save(rgb.convert("1")))
    # An Adam7-interlaced image, written by hand (Pillow cannot write interlaced PNGs).
    out("png", "adam7.png", adam7_png(np.arange(8 * 8 * 3, dtype=np.uint8).reshape(8, 8, 3)))


def adam7_png(pixels):
    h, w, _ = pixels.shape
    passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
    raw = b""
    for x0, y0, dx, dy in passes:
        rows = pixels[y0::dy, x0::dx]
        if rows.size == 0:
            continue
        for r in rows:
            raw += b"\x00" + r.tobytes()

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 1))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# --- hardware configs and firing rates ---------------------------------------------------------
def configs():
    src = os.path.join(os.path.dirname(ROOT), "hwconfigs")
    for name in sorted(os.listdir(src)):
        if name.endswith(".json"):
            with open(os.path.join(src, name), "rb") as f:
                out("hwconfig", name, f.read())
    out("hwconfig", "minimal.json", b'{"version": 1}')


def rates():
    # The populations of the fuzz network (Sources/Fuzz/FuzzNetwork.swift), as test.py prints them.
    names = ["model.0.lif", "model.2.lif", "model.5.lif1", "model.5.lif2"]
    values = ["0.1872", "1.25", "0.0417", "0.0417"]
    text = "{" + ", ".join(f"'model.model.{n}': tensor({v})" for n, v in zip(names, values)) + "}\n"
    out("firing-rates", "test_py.txt", text.encode())
    text = "{" + ", ".join(f"'{n}': tensor({v}, device='cuda:0')" for n, v in zip(names, values)) + "}\n"
    out("firing-rates", "device.txt", text.encode())
    out("firing-rates", "json.txt", json.dumps({n: float(v) for n, v in zip(names, values)}).encode())
    out("firing-rates", "strings.txt", json.dumps({n: v for n, v in zip(names, values)}).encode())


if __name__ == "__main__":
    for target in ["zip", "torch", "safetensors", "npy", "png", "hwconfig", "firing-rates"]:
        shutil.rmtree(os.path.join(CORPUS, target), ignore_errors=True)
    zips()
    checkpoints()
    safetensors()
    npys()
    pngs()
    configs()
    rates()
