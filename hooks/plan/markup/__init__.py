"""Data text → markup: the language marks, the escapers and the sanitiser. No knowledge of the plan or the site; below the domain because the model refuses text the sanitiser would change."""
