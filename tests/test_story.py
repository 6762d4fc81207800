"""Stepping through statements or years, and a statement's opening (geo.story)."""

from __future__ import annotations

from geo import story


def test_neighbour_steps_and_stops_at_the_ends() -> None:
    order = ["a", "b", "c"]
    assert story.neighbour(order, "", 1) == "a"
    assert story.neighbour(order, "", -1) == "c"
    assert story.neighbour(order, "b", 1) == "c"
    assert story.neighbour(order, "c", 1) == "c"
    assert story.neighbour(order, "a", -1) == "a"


def test_excerpt_paragraphs_keeps_paragraphs_and_cuts_at_a_word() -> None:
    text = "First line\nof one paragraph.\n\n  \nSecond paragraph here.\n\nThird one."
    assert story.excerpt_paragraphs(text) == [
        "First line of one paragraph.",
        "Second paragraph here.",
        "Third one.",
    ]
    assert story.excerpt_paragraphs(text, limit=40) == [
        "First line of one paragraph.",
        "Second …",
    ]
    assert story.excerpt_paragraphs(text, limit=29) == ["First line of one paragraph. …"]
    assert story.excerpt_paragraphs("") == []
