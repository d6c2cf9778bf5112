"""Typed settings options, declared once (MusicBrainz Picard's option registry).

Each option has a key, a type (``str``, ``int``, ``bool``, ``list[str]``, ``dict[str, int]``,
``list[dict[str, str]]`` …), a default and an optional extra check. The settings service only
knows declared options: an unknown key or a value of the wrong type is an error at once, never a
silent ``None``. Options are declared by the core and by features (``Feature.options``)."""

from __future__ import annotations

import copy
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class UnknownOption(KeyError):
    """A key no one declared: a typo in code, never a value from the user."""


class OptionTypeError(TypeError):
    """A value that does not have the option's type (or fails its check)."""


def conforms(value: Any, tp: Any) -> bool:
    """Whether a JSON-like value has the type ``tp`` (str, int, float, bool, list[X], dict[K, V],
    tuple[X, ...], unions, Any). ``bool`` is not an ``int`` here, and an int is not a str."""
    if tp is Any:
        return True
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, a) for a in args)
    if tp is type(None):
        return value is None
    if origin is None:
        if tp is int:
            return isinstance(value, int) and not isinstance(value, bool)
        if tp is float:
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        return isinstance(value, tp)
    if origin is list:
        return isinstance(value, list) and all(conforms(v, args[0]) for v in value)
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(conforms(v, args[0]) for v in value)
        return len(value) == len(args) and all(conforms(v, a) for v, a in zip(value, args, strict=True))
    if origin is dict:
        return isinstance(value, dict) and all(conforms(k, args[0]) and conforms(v, args[1]) for k, v in value.items())
    raise TypeError(f"option type {tp!r} is not supported")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: Any
    default: T
    check: Callable[[T], bool] | None = None
    doc: str = ""

    def __post_init__(self) -> None:
        if not conforms(self.default, self.type):
            raise OptionTypeError(f"default of {self.key!r} is not {self.type!r}")

    def validate(self, value: Any) -> T:
        if not conforms(value, self.type) or (self.check is not None and not self.check(value)):
            raise OptionTypeError(f"{self.key!r}: {value!r} is not a valid {self.type!r}")
        return typing.cast(T, value)


class Options:
    """The declared options of one application."""

    def __init__(self, options: Iterable[Option[Any]] = ()) -> None:
        self._options: dict[str, Option[Any]] = {}
        self.declare(*options)

    def declare(self, *options: Option[Any]) -> None:
        for o in options:
            if o.key in self._options and self._options[o.key] is not o:
                raise ValueError(f"option {o.key!r} declared twice")
            self._options[o.key] = o

    def option(self, key: str) -> Option[Any]:
        try:
            return self._options[key]
        except KeyError:
            raise UnknownOption(key) from None

    def default(self, key: str) -> Any:
        return copy.deepcopy(self.option(key).default)

    def defaults(self) -> dict[str, Any]:
        return {k: copy.deepcopy(o.default) for k, o in self._options.items()}

    def __contains__(self, key: object) -> bool:
        return key in self._options

    def keys(self) -> list[str]:
        return list(self._options)
