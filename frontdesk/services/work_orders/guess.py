"""A first guess at an order's required choices (报修类别, 有偿/无偿) from what the caller said.

A new order starts with both empty; an order converted from a call may start with this guess,
which the form shows as a guess (按来电内容推测) until the receptionist confirms or changes it.
Pure: words in, codes out; a category is only guessed when the centre has it configured.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.services.core.guess import best_choice

#: words that point at a category (the shipped categories; a centre's own have no words)
_CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "水": (
        "漏水", "渗水", "返水", "滴水", "积水", "水渍", "水管", "水龙头", "龙头", "水槽", "水表", "没水",
        "停水", "水压", "热水", "阀门", "总阀", "爆管", "水箱",
    ),
    "电": (
        "停电", "没电", "断电", "跳闸", "漏电", "短路", "插座", "开关", "电路", "电线", "电表", "灯",
        "空开",
    ),
    "门窗": ("门锁", "锁芯", "入户门", "房门", "门把", "合页", "窗户", "窗", "纱窗", "玻璃", "门"),
    "墙地面": ("墙面", "墙皮", "墙", "地砖", "瓷砖", "地板", "空鼓", "开裂", "裂缝", "天花板", "吊顶", "脱落"),
    "管道疏通": ("堵塞", "堵了", "堵", "疏通", "下水道", "下水慢", "排水慢", "马桶", "地漏", "反味", "返味", "化粪池"),
    "电梯": ("电梯", "困人", "扶梯"),
    "公共设施": ("路灯", "门禁", "对讲", "单元门", "大堂", "车库", "道闸", "消防", "健身器材", "楼道灯", "公共"),
}  # fmt: skip

#: words that say the repair is free to the owner (warranty, the developer's defect, public area)
_FREE_WORDS = ("保修", "质保", "开发商", "公区", "公共区域", "大堂", "楼道", "电梯", "路灯", "车库")


@dataclass(frozen=True)
class ChoiceGuess:
    """The guessed category ("" none) and charging (None: no guess)."""

    category: str = ""
    paid: bool | None = None


def guess_category(text: str, categories: list[str]) -> str:
    """The configured category whose words the text uses most (core.guess.best_choice)."""
    return best_choice(text, categories, _CATEGORY_WORDS)


def guess_paid(text: str, *, public: bool, room: bool) -> bool | None:
    """无偿 for a public area or a warranty repair, 有偿 for a repair inside a room, else no guess."""
    if public or any(word in text for word in _FREE_WORDS):
        return False
    if room:
        return True
    return None


def guess_choices(text: str, categories: list[str], *, public: bool, room: bool) -> ChoiceGuess:
    return ChoiceGuess(guess_category(text, categories), guess_paid(text, public=public, room=room))
