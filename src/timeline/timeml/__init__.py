"""TimeML: reading annotated corpora (TempEval-3, TimeBank, AQUAINT) and writing system annotations."""
