// Tests for NCTrace live in this folder.
