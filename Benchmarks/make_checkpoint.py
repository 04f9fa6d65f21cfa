"""Writes a torch.save-format state_dict of a given size, for `neurocycle bench load`.

Only the Python standard library: the pickle names torch's classes the way torch.save does
(`torch._utils._rebuild_tensor_v2`, `torch.FloatStorage` as persistent ids), so neurocycle reads
it exactly like a real checkpoint. Usage: python3 Benchmarks/make_checkpoint.py out.pt [megabytes]
"""
import collections
import pickle
import random
import struct
import sys
import zipfile


class _Pickler(pickle.Pickler):
    def __init__(self, f, storages):
        super().__init__(f, protocol=2)
        self.storages = storages

    def persistent_id(self, obj):
        if isinstance(obj, _Storage):
            return ("storage", _global("torch", "FloatStorage"), obj.key, "cpu", obj.numel)
        return None

    def reducer_override(self, obj):
        if isinstance(obj, _Tensor):
            rebuild = _global("torch._utils", "_rebuild_tensor_v2")
            stride = []
            acc = 1
            for d in reversed(obj.shape):
                stride.insert(0, acc)
                acc *= d
            return (rebuild, (obj.storage, 0, tuple(obj.shape), tuple(stride), False, collections.OrderedDict()))
        return NotImplemented


def _global(module, name):
    # A function object whose __module__/__qualname__ make pickle emit GLOBAL module name.
    def f(*args):
        return None
    f.__module__, f.__qualname__, f.__name__ = module, name, name
    parts = module.split(".")
    for i in range(1, len(parts) + 1):
        full = ".".join(parts[:i])
        sys.modules.setdefault(full, type(sys)(full))
        if i > 1:
            setattr(sys.modules[".".join(parts[:i - 1])], parts[i - 1], sys.modules[full])
    setattr(sys.modules[module], name, f)
    return f


class _Storage:
    def __init__(self, key, numel):
        self.key, self.numel = key, numel


class _Tensor:
    def __init__(self, storage, shape):
        self.storage, self.shape = storage, shape


def main():
    out = sys.argv[1]
    megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 100
    rng = random.Random(7)
    total = int(megabytes * 1e6 / 4)
    tensors, blobs = collections.OrderedDict(), []
    k = 0
    while total > 0:
        cout, cin = rng.choice([64, 128, 256, 512]), rng.choice([64, 128, 256, 512])
        n = min(total, cout * cin * 9)
        s = _Storage(str(k), n)
        tensors[f"model.{k}.conv.weight"] = _Tensor(s, [n])
        blobs.append((str(k), struct.pack("<f", 0.01) * n))
        total -= n
        k += 1
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        import io
        buf = io.BytesIO()
        _Pickler(buf, None).dump(tensors)
        z.writestr("archive/data.pkl", buf.getvalue())
        z.writestr("archive/byteorder", "little")
        for key, data in blobs:
            z.writestr(f"archive/data/{key}", data)
        z.writestr("archive/version", "3\n")


if __name__ == "__main__":
    main()
