// Tests for NCEnergy live in this folder.
