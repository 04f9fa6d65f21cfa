// Tests for NCModel live in this folder.
