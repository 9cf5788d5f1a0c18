"""typer plumbing of the ``bisumm`` command line, imported with :mod:`bisumm.cli.commands` (keep it light).

:class:`DefaultGroup` sends ``bisumm FILE`` to the default command; :class:`LightCommand`
converts the simple option types itself instead of through pydantic (see its docstring).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

__all__ = ["DefaultGroup", "LightCommand"]


class _LightParams:
    """Mixin: convert our simple option types without pydantic (see :class:`LightCommand`)."""

    params: list[Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _install_light_params(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            _install_light_params([option])
        return option


class DefaultGroup(_LightParams, TyperGroup):
    """A group whose first argument, when not a command name, goes to the default command.

    ``bisumm a.txt`` runs ``bisumm summarize a.txt``; a file named like a command is
    reached with ``bisumm -- quotes`` or ``bisumm ./quotes``.
    """

    default_command = "summarize"
    group_options = frozenset({"--help", "-h", "--version"})

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in self.group_options):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


class LightCommand(_LightParams, TyperCommand):
    """A typer command that converts our simple option types itself.

    typer ≥ 0.16 validates every non-flag value with pydantic, whose import alone costs
    ~0.1 s of CPU per run; the types used here (str, int, float, Path, Enum, lists and
    optionals of them) are converted without it. Other types, or a typer without the
    hook, keep typer's own conversion.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _install_light_params(self.params)


# --- value conversion without pydantic (see LightCommand) ------------------------------------------

def _install_light_params(params: list[Any]) -> None:
    try:
        from typer._coercion import RuntimeParam
    except ImportError:  # another typer: its own conversion applies
        return

    class _Light(RuntimeParam):  # type: ignore[misc, valid-type]
        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            convert = _converter(self.annotation)
            assert convert is not None
            try:
                if isinstance(value, (list, tuple)):
                    return [convert(v, self.parameter_info) for v in value]
                return convert(value, self.parameter_info)
            except ValueError as exc:
                raise typer.BadParameter(str(exc), ctx=ctx, param=param) from None

    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if "_runtime_param" in vars(param) and descriptor is not None and _converter(descriptor.annotation):
            param._runtime_param = _Light(parameter_info=descriptor.parameter_info,
                                          annotation=descriptor.annotation)


def _converter(annotation: Any) -> Any:
    """The converter of ``annotation`` (unwrapping Optional and list), or ``None``."""
    import typing

    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, list) and len(args) == 1:
        return _converter(args[0])
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return lambda v, info: _to_enum(annotation, v)
    return {str: lambda v, info: str(v), bool: lambda v, info: bool(v), Path: _to_path,
            int: lambda v, info: _to_number(v, info, int),
            float: lambda v, info: _to_number(v, info, float)}.get(annotation)


def _to_enum(enum: Any, value: Any) -> Any:
    if isinstance(value, enum):
        return value
    names = [m.value for m in enum]
    if value not in names:
        raise ValueError(f"{value!r} is not one of {', '.join(map(repr, names))}.")
    return enum(value)


def _to_number(value: Any, info: Any, kind: type) -> Any:
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a number.") from None
    if info.min is not None and number < info.min or info.max is not None and number > info.max:
        low = "" if info.min is None else f"{info.min}<="
        high = "" if info.max is None else f"<={info.max}"
        raise ValueError(f"{number} is not in the range {low}x{high}.")
    return number


def _to_path(value: Any, info: Any) -> Path:
    path = Path(value)
    if str(value) == "-":
        return path
    if info.exists and not path.exists():
        raise ValueError(f"Path '{value}' does not exist.")
    if info.dir_okay is False and path.is_dir():
        raise ValueError(f"Path '{value}' is a directory.")
    return path
