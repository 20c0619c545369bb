from __future__ import annotations

import pytest

from dateline.errors import StageError
from dateline.models import Article
from dateline.pipeline import Pipeline, available_stages, stage, stage_info


@stage("test_upper", requires=["sentences"], sets=["meta"])
def make_upper() -> object:
    def upper(article: Article) -> Article:
        article.meta["first"] = article.sentences[0].text.upper()
        return article
    return upper


def test_stages_run_in_order_and_are_recorded(article: Article) -> None:
    pipeline = Pipeline.from_names(["sentences", "test_upper"])
    out = pipeline(article)
    assert out.meta["first"].startswith("GUNMEN ATTACKED")
    assert out.stages == ["sentences", "test_upper"]
    assert len(out.sentences) == 2


def test_requirements_are_checked_when_the_pipeline_is_built() -> None:
    with pytest.raises(StageError, match="requires sentences"):
        Pipeline.from_names(["test_upper"])


def test_unknown_stage_lists_known_ones() -> None:
    with pytest.raises(StageError, match="known stages: .*sentences"):
        stage_info("nonsense")


def test_available_stages_skips_what_is_not_installed() -> None:
    assert available_stages(["sentences", "nonsense"]) == ["sentences"]
