"""Plain classes of named fields for the records a search makes (its filters, plan,
hits and results), without dataclasses.

A dataclass writes the source of its methods and compiles it when its class is made:
for the seven such classes a search uses, that was about 5 % of the instructions of a
`referat search`. These classes name their fields in __slots__ and write their own
__init__; Struct gives them what the dataclass did from those __slots__: the repr
(`Hit(id='…', …)`), equality of the same class with equal fields, and for FrozenStruct a
hash of the fields and an error for an assignment (dataclasses.FrozenInstanceError).
"""
from __future__ import annotations


class Struct:
    __slots__ = ()

    def _astuple(self) -> tuple:
        """The fields' values, in the order of __slots__."""
        return tuple(getattr(self, name) for name in self.__slots__)

    def as_dict(self) -> dict:
        """Each field's name and value (dataclasses.asdict of these flat fields)."""
        return {name: getattr(self, name) for name in self.__slots__}

    def __repr__(self) -> str:
        return (f"{type(self).__qualname__}("
                + ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")")

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._astuple() == other._astuple()
        return NotImplemented

    __hash__ = None  # mutable: unhashable, as a dataclass with equality is


class FrozenStruct(Struct):
    """Set once by __init__ (through object.__setattr__), never assigned afterwards."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._astuple())

    def __getstate__(self) -> list:  # copy and pickle, as for a frozen dataclass
        return list(self._astuple())

    def __setstate__(self, state: list) -> None:
        for name, value in zip(self.__slots__, state):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")
