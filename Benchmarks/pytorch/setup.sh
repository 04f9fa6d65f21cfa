#!/bin/sh
# Sets up the authors' SpikeYOLO code for the PyTorch peer checks (optional; not part of the tests).
# usage: sh Benchmarks/pytorch/setup.sh [VENV] [DIR]     (defaults: ./venv-pytorch, ./SpikeYOLO)
# Creates VENV if missing, installs what the authors' modules import, clones
# github.com/BICLab/SpikeYOLO at 309ef5e into DIR and removes the two hard-coded .cuda() calls in
# DetectionModel.__init__ (ultralytics/nn/tasks.py) so that the model builds on a CPU.
set -eu
VENV=${1:-venv-pytorch}
DIR=${2:-SpikeYOLO}
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
# torch and torchvision from PyPI (CPU is enough); spikingjelly pinned as in the fixtures.
"$VENV/bin/pip" install torch torchvision numpy opencv-python-headless pillow scikit-image \
    spikingjelly==0.0.0.0.14 timm einops torchinfo safetensors pyyaml matplotlib pandas tqdm \
    requests psutil py-cpuinfo thop seaborn scipy
if [ ! -d "$DIR" ]; then
    git clone https://github.com/BICLab/SpikeYOLO "$DIR"
    git -C "$DIR" checkout 309ef5e
fi
sed -i 's/^        self.model = self.model.cuda()$/        pass  # CPU: the hard-coded move to CUDA removed/' "$DIR/ultralytics/nn/tasks.py"
sed -i 's/forward(torch.zeros(1, ch, s, s).cuda())/forward(torch.zeros(1, ch, s, s))/' "$DIR/ultralytics/nn/tasks.py"
if grep -n 'cuda()' "$DIR/ultralytics/nn/tasks.py"; then echo "setup.sh: .cuda() still in tasks.py" >&2; exit 1; fi
echo "ready: SPIKEYOLO_REPO=$DIR $VENV/bin/python Benchmarks/pytorch/build_models.py DATADIR"
