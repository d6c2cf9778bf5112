"""A first guess at a complaint's 投诉类别 from what the caller said (a complaint accepted from a
call); the form shows it as a guess until the receptionist confirms or changes it. Only a category
the centre has configured is guessed (core.guess.best_choice)."""

from __future__ import annotations

from frontdesk.services.core.guess import best_choice

#: words that point at a category (the shipped categories; a centre's own have no words)
_CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "服务态度": ("态度", "不理", "推诿", "敷衍", "不耐烦", "骂人", "凶", "不礼貌", "没人管", "不回电"),
    "维修质量": ("修不好", "又坏", "返修", "没修好", "维修", "修了", "师傅", "漏水", "渗水"),
    "环境卫生": ("垃圾", "卫生", "清洁", "保洁", "异味", "臭", "蚊虫", "老鼠", "蟑螂", "落叶", "绿化"),
    "安全秩序": ("保安", "门岗", "陌生人", "被盗", "偷", "停车", "乱停", "占用车位", "消防通道", "监控", "门禁"),
    "收费": ("物业费", "收费", "费用", "多收", "乱收费", "发票", "收据", "押金", "退费", "停车费"),
    "噪音扰民": ("噪音", "噪声", "吵", "电钻", "敲打", "装修声", "广场舞", "音响", "半夜", "早上七点"),
    "装修": ("装修", "施工", "拆墙", "砸墙", "开槽", "装修垃圾", "违建", "搭建"),
    "邻里纠纷": ("邻居", "楼上", "楼下", "对门", "吵架", "纠纷", "宠物", "狗"),
}  # fmt: skip


def guess_category(text: str, categories: list[str]) -> str:
    """The configured category whose words the text uses most; "" when no word matches."""
    return best_choice(text, categories, _CATEGORY_WORDS)
