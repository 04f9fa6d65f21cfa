"""The authors' SpikeYOLO in PyTorch, for the held-out checks: their code on sys.path, their
letterbox, deterministic calibrated models, and a forward pass that records every I-LIF population.

Environment: SPIKEYOLO_REPO = a checkout of github.com/BICLab/SpikeYOLO (309ef5e) with the two
hard-coded `.cuda()` calls in ultralytics/nn/tasks.py removed (DetectionModel.__init__).
"""
import os
import sys

os.environ.setdefault('TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD', '1')
REPO = os.environ.get('SPIKEYOLO_REPO', 'SpikeYOLO')
sys.path.insert(0, REPO)

import cv2  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402

from ultralytics.data.augment import LetterBox  # noqa: E402
from ultralytics.nn.modules.yolo_spikformer import mem_update  # noqa: E402
from ultralytics.nn.tasks import DetectionModel  # noqa: E402

cv2.setNumThreads(1)

IMAGES = ['astronaut', 'coffee', 'chelsea', 'rocket', 'motorcycle_left']


def skimage_photo(name):
    """One of scikit-image's bundled photos as uint8 HxWx3 RGB."""
    import skimage.data
    a = skimage.data.stereo_motorcycle()[0] if name == 'motorcycle_left' else getattr(skimage.data, name)()
    if a.ndim == 2:
        a = np.stack([a] * 3, -1)
    return a[..., :3]


def letterbox(rgb, size):
    """The fork's predictor preprocessing for a non-.pt backend (LetterBox auto=False, square):
    BGR image -> LetterBox -> RGB CHW -> float32 / 255. Returns [1,3,size,size] float32."""
    bgr = np.ascontiguousarray(rgb[..., ::-1])
    im = LetterBox((size, size), auto=False, stride=32)(image=bgr)
    im = np.ascontiguousarray(im[..., ::-1].transpose(2, 0, 1))[None]
    return im.astype(np.float32) / np.float32(255)


def build_model(scale, seed, calib_rgb, calib_size=320):
    """SpikeYOLO at `scale` ('n', 's', ...) from the authors' snn_yolov8.yaml, with deterministic
    random weights: convolutions keep PyTorch's default init (seeded), every BatchNorm gets a
    random affine (weight U(0.6, 1.4), bias U(-0.2, 0.8)) and running statistics equal to the batch
    statistics of one train-mode forward of `calib_rgb` (momentum 1.0), so every population fires.
    Finally every floating tensor is rounded to FP16, as the released checkpoints store them.
    Returns the eval-mode FP32 model (values exactly representable in FP16)."""
    torch.manual_seed(seed)
    yaml = os.path.join(REPO, 'ultralytics/cfg/models/v8', f'snn_yolov8{scale}.yaml')
    m = DetectionModel(yaml, verbose=False)
    g = torch.Generator().manual_seed(seed + 1)
    for mod in m.modules():
        if isinstance(mod, torch.nn.BatchNorm2d):
            with torch.no_grad():
                mod.weight.copy_(0.6 + 0.8 * torch.rand(mod.weight.shape, generator=g))
                mod.bias.copy_(-0.2 + torch.rand(mod.bias.shape, generator=g))
            mod.momentum = 1.0
            mod.reset_running_stats()
    x = torch.from_numpy(letterbox(calib_rgb, calib_size))
    m.train()
    with torch.no_grad():
        m(x)
    m.eval()
    with torch.no_grad():
        for t in list(m.parameters()) + list(m.buffers()):
            if t.is_floating_point():
                t.copy_(t.half().float())
    for mod in m.modules():
        if isinstance(mod, torch.nn.BatchNorm2d):
            mod.momentum = 0.03  # back to ultralytics' value; eps stays at its 1e-3
    return m


def run_populations(model, x):
    """Forward `x` (a tensor of the model's dtype) in eval mode; returns (y, {population: [spike
    sum, hist0..hist4]}) recorded by forward hooks on every mem_update module."""
    rec, hooks = {}, []
    for n, mod in model.named_modules():
        if isinstance(mod, mem_update):
            def f(mod, inp, out, n=n):
                o = out.detach()
                assert n not in rec, f'{n} called twice'
                hist = [int((o == k).sum()) for k in range(5)]
                assert sum(hist) == o.numel(), 'non-integer or out-of-range spike value'
                rec[n] = [int(o.sum().item())] + hist
            hooks.append(mod.register_forward_hook(f))
    try:
        with torch.no_grad():
            y = model(x)
    finally:
        for h in hooks:
            h.remove()
    y0 = y[0] if isinstance(y, (list, tuple)) else y
    return y0, rec
