"""Documents in: a province's plan read from .docx, PDF or pasted text into one import model.

Beside ``documents/`` (documents out: rendering), this package turns what the level above sends
into the template shape of docs/template-format.md:

- ``read_docx`` (Word), ``read_pdf`` (a PDF's text layer, by position), ``read_text`` (pasted
  text) → ``model.RawDocument`` (paragraphs and tables);
- ``assemble`` decides what each paragraph is (letterhead, sections, signer, appendix …);
- ``decode`` (bytes of a text file), ``ocr`` (recognition damage), ``spilled`` (tables pasted one
  cell per line), ``columns`` (appendix columns by header text) help them.
"""
