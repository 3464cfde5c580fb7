"""Templates with merge fields ({{ contact.first_name }}) for letters, and later for emails.

Rendered by Jinja2's sandbox (a template cannot reach Python objects or files), with two promises:
- a field the template does not know ({{ contact.frist_name }}) is refused when the template is checked,
  with its line and the fields there are;
- a field that has no value for one recipient is caught before anything is produced, never printed as a
  blank: `problems()` names the recipient and the field. `{% if contact.title %}…{% endif %}` is how a
  template says a field may be empty.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import Template, TemplateError, TemplateSyntaxError, Undefined, UndefinedError, nodes
from jinja2.sandbox import SandboxedEnvironment

from app.services.core.errors import FieldError, ValidationError


class _NoValue(Undefined):
    """An empty or unknown field: false in an `if`, an error when printed."""

    __slots__ = ()

    def __str__(self) -> str:
        self._fail_with_undefined_error()
        return ""  # not reached


_ENV = SandboxedEnvironment(undefined=_NoValue, autoescape=False, keep_trailing_newline=True)


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> Template:
    """Compiled once per text: a mail merge renders one template for thousands of recipients."""
    return _ENV.from_string(source)


@dataclass(frozen=True)
class Problem:
    recipient: str
    field: str


@dataclass(frozen=True)
class MergeTemplate:
    source: str
    fields: tuple[str, ...]  # "contact.first_name", ... as used by the template

    def render(self, context: Mapping[str, Mapping[str, Any]]) -> str:
        """The text for one recipient; raises MissingValue naming the first field with no value."""
        return self.render_prepared(prepare(context))

    def render_prepared(self, prepared: Mapping[str, Any]) -> str:
        """`render` of a context already passed through `prepare` (several templates, one recipient)."""
        try:
            return _compiled(self.source).render(prepared)
        except UndefinedError as exc:
            raise MissingValue(str(exc)) from None
        except TemplateError as exc:  # the sandbox refusing an attribute, a filter failing on a value
            raise ValidationError(FieldError("template", f"cannot be filled in: {exc}")) from None


class MissingValue(Exception):
    """A merge field with no value for this recipient (the message names the field)."""


def compile_template(
    source: str, known: Mapping[str, Iterable[str]], field: str = "template"
) -> MergeTemplate:
    """Check the template's syntax and that every field it uses exists in `known` (group -> field names)."""
    try:
        tree = _ENV.parse(source)
    except TemplateSyntaxError as exc:
        raise ValidationError(FieldError(field, f"line {exc.lineno}: {exc.message}")) from None
    used: list[str] = []
    errors: list[FieldError] = []
    for node in tree.find_all(nodes.Getattr):
        if isinstance(node.node, nodes.Name):
            group, name = node.node.name, node.attr
            if group in known and name not in set(known[group]):
                choices = ", ".join(f"{group}.{f}" for f in known[group])
                errors.append(
                    FieldError(field, f"line {node.lineno}: no field {group}.{name} (there are {choices})")
                )
            used.append(f"{group}.{name}")
    bound = _bound_names(tree)
    for name_node in tree.find_all(nodes.Name):
        if name_node.ctx == "load" and name_node.name not in known and name_node.name not in bound:
            errors.append(
                FieldError(
                    field,
                    f"line {name_node.lineno}: no field group {name_node.name!r} (there are {', '.join(known)})",
                )
            )
    if errors:
        raise ValidationError(errors)
    return MergeTemplate(source, tuple(dict.fromkeys(used)))


def _bound_names(tree: nodes.Template) -> set[str]:
    """Names the template binds itself ({% for x in … %}, {% set x = … %})."""
    return {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}


def problems(
    template: MergeTemplate, recipients: Iterable[tuple[str, Mapping[str, Mapping[str, Any]]]]
) -> list[Problem]:
    """Every (recipient, field) the template would print with no value."""
    found = []
    for name, context in recipients:
        try:
            template.render(context)
        except MissingValue as exc:
            found.append(Problem(name, str(exc)))
    return found


def prepare(context: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The context with every empty value made a missing one (an error when printed)."""
    return _blank_to_missing(context)


def _blank_to_missing(context: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for group, values in context.items():
        out[group] = {
            key: _NoValue(hint=f"{group}.{key} has no value") if value is None or value == "" else value
            for key, value in values.items()
        }
    return out
