"""Pipeline: an ordered list of named stages, each ``Article -> Article``.

A stage is a callable with a ``name`` and the article fields it ``requires`` and ``sets``
(spaCy's ``@Language.component(..., requires=..., assigns=...)``). Stages are registered by
name with :func:`stage`; the modules that define them are imported only when the stage is used,
so ``dateline ingest`` never loads a language model.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from .errors import StageError
from .models import Article

#: Fields an article has before any stage runs.
BASE_FIELDS = frozenset({"text", "published", "title", "source"})

#: Where each known stage is defined; imported on first use.
STAGE_MODULES: dict[str, str] = {
    "sentences": "dateline.sentences",
    "time": "dateline.time",
    "entities": "dateline.entities",
    "places": "dateline.places",
    "events": "dateline.events",
}


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    sets: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


@dataclass
class StageInfo:
    name: str
    factory: Callable[..., Callable[[Article], Article]]
    requires: tuple[str, ...]
    sets: tuple[str, ...]
    help: str = ""


_REGISTRY: dict[str, StageInfo] = {}


@dataclass
class _BoundStage:
    name: str
    requires: tuple[str, ...]
    sets: tuple[str, ...]
    func: Callable[[Article], Article]

    def __call__(self, article: Article) -> Article:
        return self.func(article)


def stage(name: str, *, requires: Iterable[str] = (), sets: Iterable[str] = (),
          help: str = "") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a stage factory: a callable that returns an ``Article -> Article`` function.

    >>> @stage("shout", requires=["text"], sets=["meta"])
    ... def make_shout():
    ...     def shout(article):
    ...         article.meta["shout"] = article.text.upper()
    ...         return article
    ...     return shout
    """
    def register(factory: Callable[..., Any]) -> Callable[..., Any]:
        _REGISTRY[name] = StageInfo(name, factory, tuple(requires), tuple(sets),
                                    help or (factory.__doc__ or "").strip().split("\n")[0])
        return factory
    return register


def stage_info(name: str) -> StageInfo:
    if name not in _REGISTRY and name in STAGE_MODULES:
        try:
            importlib.import_module(STAGE_MODULES[name])
        except ModuleNotFoundError as exc:
            if exc.name and STAGE_MODULES[name].startswith(exc.name):
                raise StageError(f"stage {name!r} is not installed in this version of dateline") from None
            raise
    if name not in _REGISTRY:
        known = ", ".join(sorted(set(_REGISTRY) | set(STAGE_MODULES)))
        raise StageError(f"unknown stage {name!r}; known stages: {known}")
    return _REGISTRY[name]


def available_stages(names: Iterable[str]) -> list[str]:
    """The stages of ``names`` that this installation provides, in order."""
    found = []
    for name in names:
        try:
            stage_info(name)
        except StageError:
            continue
        found.append(name)
    return found


@dataclass
class Pipeline:
    """Run articles through stages in order. ``Pipeline.from_names(["sentences", "time"])``."""

    stages: list[Stage] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.check()

    @classmethod
    def from_names(cls, names: Iterable[str], **config: Any) -> Pipeline:
        """Build stages by name; ``config[name]`` holds keyword arguments for that factory."""
        built: list[Stage] = []
        for name in names:
            info = stage_info(name)
            func = info.factory(**config.get(name, {}))
            built.append(_BoundStage(name, info.requires, info.sets, func))
        return cls(built)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def check(self) -> None:
        """Every stage's requirements are set by an earlier stage or present from ingest."""
        available = set(BASE_FIELDS)
        for s in self.stages:
            missing = [r for r in s.requires if r not in available]
            if missing:
                raise StageError(
                    f"stage {s.name!r} requires {', '.join(missing)}, which no earlier stage sets; "
                    f"add the stage that sets it before {s.name!r}"
                )
            available.update(s.sets)

    def __call__(self, article: Article) -> Article:
        for s in self.stages:
            article = s(article)
            if s.name not in article.stages:
                article.stages.append(s.name)
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)
