"""TimeML: reading annotated corpora (TempEval-3, TimeBank, AQUAINT)."""
