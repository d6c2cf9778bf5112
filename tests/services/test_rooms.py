"""Reading room numbers the way residents say them (services/registry/rooms.py), and their natural order."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontdesk.models.registry import code_sort_key
from frontdesk.services.registry.rooms import parse_room


@pytest.mark.parametrize(
    "text",
    [
        "3-2-1502",
        "3栋2单元1502",
        "3#2-1502",
        "3号楼2单元1502室",
        "３－２－１５０２",
        "３栋２单元１５０２",
        " 3 - 2 - 1502 ",
        "3幢2单元1502",
        "03-02-1502",
        "3/2/1502",
        "3＃2－1502",
    ],
)
def test_common_spellings_name_one_room(text: str) -> None:
    q = parse_room(text)
    assert q is not None and q.codes == ("3-2-1502",)


def test_compact_digits_list_every_split() -> None:
    q = parse_room("321502")
    assert q is not None
    assert "3-2-1502" in q.codes and "32-1-502" in q.codes
    assert ("3", "21502") not in q.building_room


def test_building_and_room_without_unit() -> None:
    q = parse_room("A座1201")
    assert q is not None and q.building_room == (("A", "1201"),) and q.codes == ()
    assert parse_room("a-1-1201").codes == ("A-1-1201",)  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["", "张伟", "13812345678", "hello", "3-2-1502😀", "\x00", "x" * 100, "---"])
def test_text_that_is_no_room(text: str) -> None:
    assert parse_room(text) is None


buildings = st.one_of(st.integers(1, 99).map(str), st.sampled_from(["A", "B", "C"]))
units = st.integers(1, 9).map(str)
rooms = st.builds(lambda f, k: f"{f}{k:02d}", st.integers(1, 45), st.integers(1, 20))


@given(
    buildings,
    units,
    rooms,
    st.sampled_from(["{b}-{u}-{r}", "{b}栋{u}单元{r}", "{b}#{u}-{r}", "{b}号楼{u}单元{r}室", "{b}幢{u}单元{r}"]),
    st.booleans(),
)
def test_every_spelling_gives_the_canonical_code(b: str, u: str, r: str, pattern: str, wide: bool) -> None:
    text = pattern.format(b=b, u=u, r=r)
    if wide:  # what a Chinese input method in full-width mode types
        text = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
        assert unicodedata.normalize("NFKC", text) != text
    q = parse_room(text)
    assert q is not None
    assert q.codes == (f"{b}-{u}-{r}",)


@given(st.integers(1, 99), st.integers(1, 9), st.integers(1, 45), st.integers(1, 20))
def test_compact_spelling_contains_the_room(b: int, u: int, f: int, k: int) -> None:
    room = f"{f}{k:02d}"
    q = parse_room(f"{b}{u}{room}")
    assert q is not None
    assert f"{b}-{u}-{room}" in q.codes


@given(st.text(max_size=60))
def test_parser_never_crashes(text: str) -> None:
    q = parse_room(text)
    if q is not None:
        for code in q.codes:
            assert code.count("-") == 2


@given(
    st.lists(
        st.tuples(st.integers(1, 30), st.integers(1, 4), st.integers(1, 40), st.integers(1, 12)),
        min_size=2,
        max_size=30,
    )
)
def test_sort_key_orders_like_numbers(parts: list[tuple[int, int, int, int]]) -> None:
    codes = [f"{b}-{u}-{f}{k:02d}" for b, u, f, k in parts]
    by_key = sorted(codes, key=code_sort_key)
    by_numbers = sorted(codes, key=lambda c: tuple(int(x) for x in c.split("-")))
    assert by_key == by_numbers
