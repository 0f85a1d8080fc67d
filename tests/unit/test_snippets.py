"""A search hit's snippet: which property it comes from, which words are marked, where it is cut."""

from __future__ import annotations

from graph.queries.snippets import WIDTH, Snippet, find_snippet, words_of


def snippet(fields: list[tuple[str, object]], typed: str) -> Snippet | None:
    return find_snippet(fields, words_of(typed))


def test_words_typed_are_matched_without_case_or_punctuation() -> None:
    assert words_of("Home  Secretary's, HOME") == ["home", "secretary", "s"]


def test_a_word_typed_marks_every_word_it_starts_and_neighbours_share_one_mark() -> None:
    found = snippet([("name", "Training to detect fraudulent documents")], "fraud doc")
    assert found == Snippet("Training to detect «fraudulent documents»", "name")


def test_words_apart_are_marked_apart_and_a_word_inside_a_word_is_not_a_match() -> None:
    found = snippet([("summary", "Home Office and Home-Secretary; not a homesteader")], "home")
    assert found is not None
    assert found.snippet == "«Home» Office and «Home»-Secretary; not a «homesteader»"
    assert snippet([("name", "Kurdistan")], "stan") is None


def test_the_property_with_most_distinct_words_wins_and_ties_go_to_the_first() -> None:
    fields: list[tuple[str, object]] = [
        ("name", "Yvette Cooper"),
        ("title", "Home Secretary"),
        ("aliases", ["Secretary of State for the Home Department"]),
    ]
    found = snippet(fields, "home secretary")
    assert found == Snippet("«Home Secretary»", "title")
    assert snippet([("name", "Home Office"), ("summary", "the Home Office")], "home") == Snippet(
        "«Home» Office", "name"
    )


def test_a_list_is_joined_and_hard_line_breaks_become_spaces() -> None:
    audiences = ["potential irregular\nmigrants", "teachers", "religious leaders"]
    found = snippet([("name", "Grassroots"), ("audiences", audiences)], "Teachers")
    assert found == Snippet(
        "potential irregular migrants; «teachers»; religious leaders", "audiences"
    )


def test_a_long_text_is_cut_around_its_densest_matches_at_word_boundaries() -> None:
    filler = " ".join(["crime"] * 60)
    text = f"border alone {filler} the border security commander said {filler}"
    found = snippet([("text", text)], "border security commander")
    assert found is not None and found.field == "text"
    assert found.snippet.startswith("…") and found.snippet.endswith("…")
    assert "«border security commander»" in found.snippet
    assert "alone" not in found.snippet
    shown = found.snippet.strip("…").replace("«", "").replace("»", "")
    assert len(shown) <= WIDTH and shown in text
    assert not shown.startswith(" ") and not shown.endswith(" ")


def test_a_text_that_opens_with_the_match_is_not_cut_at_its_start() -> None:
    text = "Dismantle " + " ".join(["networks"] * 80)
    found = snippet([("text", text)], "dismantle")
    assert found is not None
    assert found.snippet.startswith("«Dismantle»") and found.snippet.endswith("…")


def test_no_snippet_without_a_word_typed_in_any_property() -> None:
    assert snippet([("name", "Border Security Command"), ("title", None)], "visa") is None
    assert snippet([("name", "Border")], "!!!") is None
