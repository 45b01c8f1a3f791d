"""One document model (model.py) built from plans/reports, rendered to PDF and DOCX (spec nd30-format)."""
