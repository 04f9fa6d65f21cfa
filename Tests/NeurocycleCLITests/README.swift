// Tests for NeurocycleCLI live in this folder.
