"""The pipeline stage ``places``: every toponym of an article, resolved, with its sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..models import Article
from ..pipeline import stage
from .gazetteer import Gazetteer
from .geoparse import geoparse


@stage("places", requires=["sentences"], sets=["places"])
def make_places_stage(gazetteer: str | None = None) -> Callable[[Article], Article]:
    """Find toponyms and resolve them to GeoNames places (reuses the entities stage's NER)."""
    state: dict[str, Any] = {}

    def places(article: Article) -> Article:
        if "gazetteer" not in state:
            state["gazetteer"] = Gazetteer(gazetteer) if gazetteer else Gazetteer.default()
        entities = article.entities if "entities" in article.stages else None
        article.places = geoparse(article.text, state["gazetteer"], entities, article.sentence_at)
        return article

    return places
