"""Mappings to stories and back, with validation errors a person can act on.

Every reader builds each record through :func:`build_record`, the one place where a
failure nobody foresaw (a library's limit, a bug) becomes that record's
:class:`~scoring.errors.RecordError`, so a bad record never ends the source around it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar

from pydantic import ValidationError

from scoring.errors import RecordError
from scoring.records.errors import RecordValidationError, unexpected_error
from scoring.records.model import Origin, Story, _attach, _key_order

_SHOWN = 60
#: How to write a number as text, when the source format has no words of its own for it.
TEXT_HINT = "give it as text"

_P = ParamSpec("_P")
_T = TypeVar("_T")


def build_record(
    origin: Origin, build: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs
) -> _T | RecordError:
    """``build(*args, **kwargs)``, or the error of the record at ``origin`` if it fails.

    Example:
        >>> print(build_record(Origin("s.jsonl", "line 3"), int, "4" * 5000))  # doctest: +ELLIPSIS
        s.jsonl, line 3: cannot be read (ValueError: Exceeds the limit (4300 digits)...
    """
    try:
        return build(*args, **kwargs)
    except RecordError as exc:
        return exc
    except Exception as exc:  # one record's failure, whatever it is, must not end the run
        return unexpected_error(exc, origin)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else part)
    return path


def _reason(error: Mapping[str, Any], field: str, text_hint: str) -> str:
    kind = error["type"]
    given = error.get("input")
    if kind == "missing":
        if field.startswith("citations["):
            return "is missing: every citation needs a name and a url"
        return "is missing: add it"
    if kind in ("string_type",):
        hint = f"; {text_hint}" if isinstance(given, int | float) else ""
        return f"must be text, got {type(given).__name__} {_shown(given)}{hint}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind in ("float_parsing", "float_type", "finite_number"):
        return f"must be a number, got {_shown(given)}"
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"must be between 0 and 1, got {_shown(given)}"
    if kind in ("tuple_type", "list_type"):
        return f"must be a list, got {type(given).__name__} {_shown(given)}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"must be a mapping with a name and a url, got {_shown(given)}"
    if kind == "value_error":
        message = str(error["ctx"]["error"]) if "ctx" in error else error["msg"]
        return message
    return f"{error['msg']}, got {_shown(given)}"


def validation_error(
    exc: ValidationError, origin: Origin, *, text_hint: str = TEXT_HINT
) -> RecordValidationError:
    """The first problem of ``exc`` as a :class:`RecordValidationError` naming its field.

    ``text_hint`` says, in the source format's words, how to write a number as text.
    """
    errors = exc.errors(include_url=False)
    first = errors[0]
    field = _field_path(tuple(first["loc"])) or "record"
    reason = _reason(first, field, text_hint)
    if len(errors) > 1:
        more = len(errors) - 1
        reason += f" (and {more} more problem{'s' if more > 1 else ''} in this record)"
    return RecordValidationError(
        reason, source=origin.source, location=origin.location, field=field
    )


def story_from_mapping(
    data: Mapping[str, Any],
    origin: Origin,
    *,
    markdown_text: str | None = None,
    text_hint: str = TEXT_HINT,
) -> Story:
    """Validate ``data`` into a story that remembers ``origin`` and its key order."""
    try:
        story = Story.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, origin, text_hint=text_hint) from None
    return _attach(story, origin=origin, key_order=tuple(data), markdown_text=markdown_text)


def story_to_dict(story: Story) -> dict[str, Any]:
    """The fields ``story`` carries, in its source's order, new fields last.

    Fields the story never set are left out, so a written record has exactly the fields
    its source had, plus the engine's scores once they are filled.
    """
    data = story.model_dump(exclude_unset=True)
    for name in ("citations", "key_points"):  # the model holds tuples; records hold lists
        if name in data:
            data[name] = list(data[name])
    order = _key_order(story)
    if not order:
        return data
    ordered = {key: data[key] for key in order if key in data}
    if len(ordered) != len(data):
        ordered.update((key, value) for key, value in data.items() if key not in ordered)
    return ordered
