"""Checks of what people type: ID numbers (GB 11643), phones, names, free text; masking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontdesk.services.validation import (
    FieldError,
    clean_id_number,
    clean_name,
    clean_phone,
    clean_plates,
    clean_text,
    id_check_digit,
    mask_id_number,
    mask_phone,
)


def _code(fn, *args, **kw) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(FieldError) as info:
        fn(*args, **kw)
    return info.value.code


# --- ID numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["11010519491231002X", "440524188001010014"])
def test_known_good_id_numbers(number: str) -> None:
    assert clean_id_number(number) == number


def test_check_digit_values() -> None:
    # the example in GB 11643-1999 itself
    assert id_check_digit("11010519491231002") == "X"
    assert id_check_digit("44052418800101001") == "4"


def test_lowercase_x_full_width_and_spaces_are_accepted() -> None:
    assert clean_id_number("11010519491231002x") == "11010519491231002X"
    assert clean_id_number("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"
    assert clean_id_number(" 110105 19491231 002X ") == "11010519491231002X"


def test_wrong_check_digit_is_refused() -> None:
    assert _code(clean_id_number, "110105194912310021") == "bad_id_check"


@given(st.text(alphabet="0123456789", min_size=17, max_size=17), st.sampled_from("0123456789X"))
def test_only_the_right_check_digit_passes(first17: str, last: str) -> None:
    number = first17 + last
    try:
        clean_id_number(number)
    except FieldError as exc:
        assert exc.code in ("bad_id_check", "bad_id_birthdate")
        if exc.code == "bad_id_check":
            assert last != id_check_digit(first17)
    else:
        assert last == id_check_digit(first17)


def test_old_fifteen_digit_numbers() -> None:
    assert clean_id_number("110105491231002") == "110105491231002"  # born 1949-12-31
    assert _code(clean_id_number, "110105491331002") == "bad_id_birthdate"  # month 13


@pytest.mark.parametrize(
    "bad", ["12345", "1101051949123100XX", "11010519491231002Y", "abcdefghijklmnopqr", "1101051949123100212"]
)
def test_malformed_id_numbers(bad: str) -> None:
    assert _code(clean_id_number, bad) == "bad_id_format"


def test_impossible_birth_date() -> None:
    first17 = "11010519490230002"  # 30 February
    assert _code(clean_id_number, first17 + id_check_digit(first17)) == "bad_id_birthdate"


# --- phones ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed,stored",
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("0755-86123456", "075586123456"),
        ("0755-81234567转123", "075581234567转123"),
        ("0755-81234567-123", "075581234567转123"),
        ("0755-81234567 ext 123", "075581234567转123"),
        ("(0755) 8123 4567 EXT.9", "075581234567转9"),
        ("81234567", "81234567"),  # a local landline, no area code known
        ("8123456", "8123456"),
        ("400-123-4567", "4001234567"),
        ("800 810 8888", "8008108888"),
        ("95598", "95598"),
        ("95105105", "95105105"),
        ("+852 9123 4567", "+85291234567"),
        ("+853 6612 3456", "+85366123456"),
        ("00852-91234567", "+85291234567"),
    ],
)
def test_phones_are_normalised(typed: str, stored: str) -> None:
    assert clean_phone(typed) == stored


@pytest.mark.parametrize("bad", ["1381234567", "138123456789", "12345678901", "abc", "138****5678", "00000000", "12345", "110"])
def test_malformed_phones(bad: str) -> None:
    assert _code(clean_phone, bad) == "bad_phone"


def test_a_local_landline_takes_the_projects_area_code() -> None:
    assert clean_phone("8123 4567", area_code="0755") == "075581234567"
    assert clean_phone("8123 4567", area_code="") == "81234567"


@pytest.mark.parametrize(
    "typed,reason,params",
    [
        ("12345", "mobile_length", {"digits": 5}),
        ("1381234567", "mobile_length", {"digits": 10}),
        ("12345678901", "mobile_range", {"prefix": "123"}),
        ("138****5678", "characters", {}),
        ("400-123-456", "service_length", {"prefix": "400", "digits": 9}),
        ("0755-8123", "landline_length", {"digits": 8}),
        ("123456", "mobile_length", {"digits": 6}),
        ("23456", "too_short", {"digits": 5}),
        ("+852 1234", "hk_macau", {"digits": 4}),
        ("+1 415 555 0100", "country", {}),
        ("13812345678转12", "mobile_extension", {}),
        ("0755-81234567转1234567", "extension", {"max": 6}),
    ],
)
def test_each_refused_phone_says_why(typed: str, reason: str, params: dict[str, object]) -> None:
    from frontdesk.services.validation import FieldError

    with pytest.raises(FieldError) as info:
        clean_phone(typed)
    assert info.value.code == "bad_phone" and info.value.params == {"reason": reason, **params}


def test_the_words_for_a_refused_phone() -> None:
    from frontdesk.ui.common.messages import field_message

    assert (
        field_message("bad_phone", {"reason": "mobile_length", "digits": 5})
        == "电话号码格式不正确：手机号应为 11 位，现在是 5 位"
    )
    assert field_message("bad_phone", {"reason": "area_code", "area": "0001"}) == "电话号码格式不正确：区号 0001 不存在，请核对"
    assert field_message("bad_phone", {}) == "电话号码格式不正确"


# --- names and text -----------------------------------------------------------------------------


def test_names() -> None:
    assert clean_name(" 欧阳 娜娜 ") == "欧阳 娜娜"
    assert clean_name("阿卜杜·热合曼") == "阿卜杜·热合曼"
    assert _code(clean_name, "张伟😀") == "emoji_not_allowed"
    assert _code(clean_name, "张伟2") == "bad_name"
    assert _code(clean_name, "张\x07伟") == "control_chars"
    assert _code(clean_name, "") == "required"
    assert _code(clean_name, "张" * 51) == "too_long"


def test_free_text() -> None:
    assert clean_text("漏水了😀\r\n请尽快") == "漏水了😀\n请尽快"  # emoji are fine in notes
    assert _code(clean_text, "a\x1bb") == "control_chars"
    assert _code(clean_text, "字" * 10_000) == "too_long"
    assert clean_text("   ") is None


def test_plates() -> None:
    assert clean_plates("粤b12345，粤BD12345") == "粤B12345,粤BD12345"
    assert _code(clean_plates, "粤B1234") == "bad_plate"


# --- masking ------------------------------------------------------------------------------------


def test_masks() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number("110105491231002") == "110105*****1002"
    assert mask_phone("") == "" and mask_id_number(None) == ""
