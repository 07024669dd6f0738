"""The plan and what follows from it as of a date: the model, progress, the documents' periods, the accessibility statement's facts and the WCAG maps. No Jinja, no HTML, no site addresses."""
