// Tests for NCReport live in this folder.
