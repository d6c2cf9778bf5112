"""A first guess at a required choice from what someone said: the choice whose words the text uses
most. A form shows the guess as one (按来电内容推测) until the receptionist confirms or changes it.
Pure: words in, a code out; each feature keeps its own table of words (services/<feature>/guess.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def best_choice(text: str, choices: Iterable[str], words: Mapping[str, tuple[str, ...]]) -> str:
    """The choice among ``choices`` (those the centre has configured) whose ``words`` the text uses
    most; longer words weigh more (电梯 over 门 in 电梯门打不开) and a word is counted once, not again
    inside a shorter one (漏水 is not also 水); ties go to the choice listed first; "" when none."""
    best, best_score = "", 0
    for choice in choices:
        score = 0
        rest = text
        for word in sorted(words.get(choice, ()), key=len, reverse=True):
            if word in rest:
                score += len(word) * rest.count(word)
                rest = rest.replace(word, "·")
        if score > best_score:
            best, best_score = choice, score
    return best
