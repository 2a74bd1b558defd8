"""Option values read without pydantic: the adapter to Typer's value coercion.

Typer 0.29 turns every option and argument value into its Python type through a
pydantic TypeAdapter, built on the first value it sees; importing pydantic and building
the adapters costs a `referat search` more than its query (about 50-100 ms of a
150 ms start). referat's options are plain text, whole numbers, decimal numbers, yes/no
flags, paths and closed lists (Enums): those are converted here, with Typer's own
choice and path checks and the same usage errors. Any other type keeps Typer's
coercion. Typer is pinned (pyproject.toml); tests/test_cli_start.py shows that a
search reads its options without pydantic and that wrong values still fail as usage
errors.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from typer._click.exceptions import BadParameter
from typer._coercion import RuntimeParam, build_runtime_param
from typer.core import _TyperParameter
from typer._param_types import coerce_cli_choice, coerce_cli_path, lenient_issubclass

# The words pydantic (and so Typer) reads as yes and no, compared lower-cased.
_YES = frozenset({"1", "on", "t", "true", "y", "yes"})
_NO = frozenset({"", "0", "off", "f", "false", "n", "no"})
_NUMBERS = {int: "a whole number", float: "a number"}


@dataclass(frozen=True)
class PlainValue(RuntimeParam):
    """One option's value converted to text, a number, a flag, a path or an Enum member."""

    def _coerce_value(self, value, param, ctx):
        kind, info = self.annotation, self.parameter_info
        try:
            if lenient_issubclass(kind, Enum):
                return coerce_cli_choice(value, choices=list(kind),
                                         case_sensitive=info.case_sensitive, ctx=ctx)
            if kind is Path:
                return coerce_cli_path(value if isinstance(value, Path) else Path(value),
                                       info, path_type=Path, param=param, ctx=ctx)
            if kind is bool:
                return _flag(value)
            if kind in _NUMBERS:
                return kind(value)
            return value if isinstance(value, str) else str(value)
        except ValueError as exc:
            raise BadParameter(_why(value, kind, exc), ctx=ctx, param=param) from None


def _flag(value) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in _YES or word in _NO:
        return word in _YES
    raise ValueError("not a yes/no value")


def _why(value, kind, exc: ValueError) -> str:
    if kind in _NUMBERS:
        return f"{value!r} is not {_NUMBERS[kind]}."
    if kind is bool:
        return f"{value!r} is not one of yes, no, true, false, 1, 0."
    return str(exc)


def _plain(param) -> bool:
    """Whether a parameter's type is one PlainValue converts exactly as Typer would."""
    desc = getattr(param, "type_descriptor", None)
    if desc is None or desc.file_annotation is not None:
        return False
    info = desc.parameter_info
    if info.parser is not None or info.min is not None or info.max is not None:
        return False
    if desc.annotation is Path:
        return info.path_type is None
    return desc.annotation in (str, int, float, bool) or lenient_issubclass(desc.annotation,
                                                                           Enum)


def _runtime_param(param) -> RuntimeParam:
    """Typer's `get_runtime_param`, with PlainValue for the plain types."""
    if param._runtime_param is None:
        if _plain(param):
            desc = param.type_descriptor
            param._runtime_param = PlainValue(parameter_info=desc.parameter_info,
                                              annotation=desc.annotation)
        else:
            param._runtime_param = build_runtime_param(param.type_descriptor)
    return param._runtime_param


def install() -> None:
    """Read every command's plain option values with PlainValue (the help and completion
    options included, which Typer makes while it parses)."""
    _TyperParameter.get_runtime_param = _runtime_param
