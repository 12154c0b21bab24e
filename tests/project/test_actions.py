"""Every state change is one action function that writes a typed audit event, and nothing
else writes the models: the rules of docs/architecture.md, checked on the source itself."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "brobygger"
WRITES = {
    "save",
    "create",
    "update",
    "delete",
    "bulk_create",
    "bulk_update",
    "get_or_create",
    "update_or_create",
    "create_user",
    "set",
    "add",
    "remove",
    "clear",
}
# Calls named like a write that are not the ORM: sets, the session, calendars, documents.
NOT_ORM = {"session", "cal", "calendar", "event", "seen", "codes", "names", "found", "keys"}


def _action_modules() -> list[Path]:
    found = [p for p in ROOT.glob("*/actions.py")]
    found += [p for p in ROOT.glob("*/actions/*.py") if p.name != "__init__.py"]
    return sorted(found)


def _functions(path: Path) -> dict[str, ast.FunctionDef]:
    tree = ast.parse(path.read_text())
    return {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}


def _called(node: ast.AST) -> set[str]:
    names = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            if isinstance(call.func, ast.Name):
                names.add(call.func.id)
            elif isinstance(call.func, ast.Attribute):
                names.add(call.func.attr)
    return names


def _orm_writes(node: ast.AST) -> list[str]:
    """Calls like ``x.save()``, ``Model.objects.create()``, ``qs.update()`` in ``node``."""
    writes = []
    for call in ast.walk(node):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
            continue
        if call.func.attr not in WRITES:
            continue
        receiver = call.func.value
        base = receiver
        while isinstance(base, ast.Attribute | ast.Call | ast.Subscript):
            base = base.func if isinstance(base, ast.Call) else base.value
        name = base.id if isinstance(base, ast.Name) else ""
        if name in NOT_ORM or (isinstance(receiver, ast.Attribute) and receiver.attr in NOT_ORM):
            continue
        if call.func.attr in {"set", "add", "remove", "clear"} and not _is_related(receiver):
            continue
        writes.append(f"{ast.unparse(call.func)} (line {call.lineno})")
    return writes


def _is_related(receiver: ast.AST) -> bool:
    # offer.terms.set(…), user.local_areas.add(…): a many-to-many manager on a model.
    return isinstance(receiver, ast.Attribute) and isinstance(receiver.value, ast.Name)


def _is_atomic(fn: ast.FunctionDef) -> bool:
    return any("atomic" in ast.unparse(d) for d in fn.decorator_list)


ALL_ACTIONS = {
    f"{path.relative_to(ROOT)}:{name}": fn
    for path in _action_modules()
    for name, fn in _functions(path).items()
}


def _writes_an_event(name: str, seen: frozenset[str] = frozenset()) -> bool:
    fn = ALL_ACTIONS[name]
    called = _called(fn)
    if "record_event" in called:
        return True
    return any(
        other_fn.name in called
        and other not in seen
        and other != name
        and _writes_an_event(other, seen | {name})
        for other, other_fn in ALL_ACTIONS.items()
    )


STATE_CHANGES = sorted(
    name
    for name, fn in ALL_ACTIONS.items()
    if not fn.name.startswith("_") and (_is_atomic(fn) or _orm_writes(fn))
)


def test_the_walk_finds_the_action_modules():
    apps = {path.relative_to(ROOT).parts[0] for path in _action_modules()}
    assert {"referrals", "volunteers", "directory"} <= apps
    assert len(STATE_CHANGES) > 40


@pytest.mark.parametrize("action", STATE_CHANGES)
def test_every_state_change_writes_a_typed_audit_event(action):
    assert _writes_an_event(action), f"{action} changes data but writes no record_event"


def test_no_action_uses_the_untyped_audit_call():
    untyped = [
        f"{path.relative_to(ROOT)}"
        for path in _action_modules()
        if "record" in _called(ast.parse(path.read_text()))
    ]
    assert untyped == []


def _entry_points() -> list[Path]:
    files = [*ROOT.glob("*/views.py"), *ROOT.glob("*/*_views.py"), *ROOT.glob("*/forms.py")]
    files += [*ROOT.glob("*/management/commands/*.py")]
    return sorted(files)


# Entry points that may write without an action, and why.
ALLOWED = {
    # Refreshing a derived search document and loading reference data are not user data.
}


@pytest.mark.parametrize("path", _entry_points(), ids=lambda p: str(p.relative_to(ROOT)))
def test_views_forms_and_commands_change_nothing_themselves(path):
    writes = [
        w
        for fn in ast.walk(ast.parse(path.read_text()))
        if isinstance(fn, ast.FunctionDef)
        for w in _orm_writes(fn)
    ]
    writes = sorted(set(writes) - ALLOWED.get(str(path.relative_to(ROOT)), set()))
    assert writes == [], f"{path.relative_to(ROOT)} writes models directly: {writes}"
