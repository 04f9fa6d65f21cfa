// Tests for NCHardware live in this folder.
