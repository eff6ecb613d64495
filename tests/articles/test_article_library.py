"""ArticleLibrary: articles by path under a root, read once, and a reason when one cannot be had."""

from __future__ import annotations

from quizapp.articles import ArticleLibrary
from tests.conftest import ROOT

KUWAIT = "seeds/000_239a2713105e4f37.txt"


def test_an_article_is_parsed_once_and_shared():
    library = ArticleLibrary(ROOT)
    article = library.get(KUWAIT)
    assert article.title == "Kuwait–Palestine relations" and article.path == KUWAIT
    assert library.get(KUWAIT) is article
    assert library.error(KUWAIT) is None


def test_a_missing_article_suggests_the_nearest_file_name():
    library = ArticleLibrary(ROOT)
    assert library.get("seeds/000_239a2713105e4f3.txt") is None
    assert library.error("seeds/000_239a2713105e4f3.txt") == "does not exist (did you mean '" + KUWAIT + "'?)"
    assert library.error("nowhere/at/all.txt") == "does not exist"


def test_paths_outside_the_root_are_refused(tmp_path):
    (tmp_path / "root").mkdir()
    (tmp_path / "outside.txt").write_text("= Outside =\n\nText.\n", encoding="utf-8")
    library = ArticleLibrary(tmp_path / "root")
    for path in ("../outside.txt", str(tmp_path / "outside.txt")):
        assert library.get(path) is None
        assert library.error(path).startswith("must be a path inside the project folder")


def test_malformed_or_undecodable_articles_say_why(tmp_path):
    (tmp_path / "notitle.txt").write_text("\nNo title here.\n", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("= Caf\xe9 =\n".encode("latin-1"))
    library = ArticleLibrary(tmp_path)
    assert library.error("notitle.txt") == (
        "is not in the article format (line 2: an article must start with a '= Title =' line)"
    )
    assert library.error("latin.txt") == "is not UTF-8 text"
    assert library.get("notitle.txt") is None
