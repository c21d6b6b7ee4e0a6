"""The exception tree. Every error names what was wrong and where.

    EventcoderError
    ├── InputError          bad input: file, line, what was wrong (the batch goes on)
    │   ├── InputWarning    input that is used with a caveat (e.g. a bad date -> date: null)
    │   └── CodingError     the coder failed on one article: reported, skipped, the run goes on
    ├── DataFileError       a dictionary/lexicon/gazetteer file is malformed (file, line)
    ├── ModelError          the spaCy pipeline cannot be loaded
    └── StoreError          database problems (including refused writes in `query`)
"""

from __future__ import annotations


class EventcoderError(Exception):
    """Base of all errors the library raises on purpose."""


class InputError(EventcoderError):
    def __init__(self, path: str, line: int | None, message: str):
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")

    def __reduce__(self):
        # picklable with its fields, so errors can cross process boundaries (--workers)
        return (type(self), (self.path, self.line, self.message))


class InputWarning(InputError):
    """Not fatal: the article is still coded (e.g. its date was malformed and is dropped)."""


class CodingError(InputError):
    """The coder failed on one article (a bug to report): that article is reported with its
    origin and left uncoded (a store retries it on the next run); the run goes on."""

    @classmethod
    def of(cls, article, exc: BaseException) -> CodingError:
        path, _, line = (article.origin or article.id or "<article>").rpartition(":")
        if not line.isdigit():
            path, line = article.origin or f"article {article.id}", ""
        return cls(path, int(line) if line else None,
                   f"coding failed ({type(exc).__name__}: {exc}); article {article.id} skipped")


class DataFileError(EventcoderError):
    def __init__(self, path: str, line: int | None, message: str):
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")

    def __reduce__(self):
        return (type(self), (self.path, self.line, self.message))


class ModelError(EventcoderError):
    pass


class StoreError(EventcoderError):
    pass
