"""Writes deterministic, calibrated SpikeYOLO checkpoints and letterboxed photo inputs.

usage: python build_models.py OUTDIR [scales, default n s]

For each scale: OUTDIR/spikeyolo-<scale>.pt (the ultralytics trainer's dict: `model` and `ema` are
whole pickled FP16 DetectionModels) and OUTDIR/spikeyolo-<scale>.safetensors (the same FP16
state_dict). Inputs: OUTDIR/<photo>_<size>.npy, [1,3,size,size] float32 in [0,1], for the
scikit-image photos in spikeyolo_torch.IMAGES at 320 and 640 (the fork's LetterBox, auto=False).
"""
import copy
import datetime
import sys
from pathlib import Path

import numpy as np
import torch

import spikeyolo_torch

SEED = {'n': 2025, 's': 2026}
CALIB = 'immunohistochemistry'  # a photo not among the test images


def save_checkpoint(model, path):
    half = copy.deepcopy(model).half()
    for p in half.parameters():
        p.requires_grad_(False)
    ckpt = {'epoch': -1, 'best_fitness': None, 'model': half, 'ema': copy.deepcopy(half), 'updates': 0,
            'optimizer': None, 'train_args': {}, 'date': datetime.datetime(2026, 12, 1).isoformat(),
            'version': '8.0.197'}
    torch.save(ckpt, path)


def save_safetensors(model, path):
    from safetensors.torch import save_file
    sd = {k: (v.half() if v.is_floating_point() else v).contiguous() for k, v in model.state_dict().items()}
    save_file(sd, str(path))


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(2)
    for scale in (sys.argv[2:] or ['n', 's']):
        m = spikeyolo_torch.build_model(scale, SEED[scale], spikeyolo_torch.skimage_photo(CALIB))
        save_checkpoint(m, out / f'spikeyolo-{scale}.pt')
        save_safetensors(m, out / f'spikeyolo-{scale}.safetensors')
        print(scale, sum(p.numel() for p in m.parameters()), 'parameters')
    for name in spikeyolo_torch.IMAGES:
        for size in (320, 640):
            np.save(out / f'{name}_{size}.npy', spikeyolo_torch.letterbox(spikeyolo_torch.skimage_photo(name), size))


if __name__ == '__main__':
    main()
