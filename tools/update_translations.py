"""Collect every translatable string of frontdesk/ into the English .ts files.

Each feature keeps its own file: the strings of its folders (``frontdesk/*/<feature>/``) go to
``resources/translations/<feature>/frontdesk_en.ts``; everything else (the shell, the shared
machinery, the flat modules) to ``resources/translations/frontdesk_en.ts``. A new record kind so
adds a file of its own instead of editing a shared one, and the app loads them all
(``ui/shell/appsetup.install_translation``).

Runs Qt's lupdate (from the PySide6 wheel) over the Python sources. New strings appear in the
.ts as unfinished; write their English in the .ts (Qt Linguist: ``pyside6-linguist``, or any
text editor) and commit it. ``tools/build_translations.py`` turns the .ts into the .qm the app
loads. Strings no longer in the code are dropped. No line numbers are stored, so a .ts only
changes when texts change.

lupdate's Python parser misses two patterns this code base uses, so they are collected here (with
``ast``) and handed to lupdate as ``QT_TRANSLATE_NOOP`` lines in a generated file:

* a module helper ``def _t(text): return QCoreApplication.translate("ctx", text)`` called as
  ``_t("…")`` — collected under ``ctx``;
* ``self.tr("…")`` / ``QCoreApplication.translate("ctx", "…")`` inside an f-string — collected
  under the enclosing class (``tr``) or ``ctx``;
* ``Vocabulary("Context", "name", states={...}, counts={...})`` in the services (which never import
  Qt): its words, collected under its context (the dictionaries' values, not their keys);
* ``QT_TRANSLATE_NOOP`` or ``QCoreApplication.translate`` under another name
  (``_N = QT_TRANSLATE_NOOP``, ``import … as _N``, ``t = QCoreApplication.translate``).

Texts chosen at run time (``self.tr(name)``) are not seen by either: mark the table they come from
with ``QT_TRANSLATE_NOOP("Context", "…")``.

    python tools/update_translations.py            update the .ts
    python tools/update_translations.py --check    exit 1 if the .ts lacks strings or English
    python tools/update_translations.py --unfinished > todo.json
                                                   the strings without English, as JSON
    python tools/update_translations.py --fill todo.json
                                                   write the English given in that JSON
    python tools/update_translations.py --reuse [other.ts ...]
                                                   give unfinished strings the English the same
                                                   text has in another context (after a move)
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "frontdesk"
TS_DIR = ROOT / "resources" / "translations"
TS_FILE = TS_DIR / "frontdesk_en.ts"
#: folders under frontdesk/<layer>/ that are shared machinery, not a feature
NOT_FEATURES = frozenset({"core", "common", "shell", "admin", "layout", "__pycache__"})
LAYERS = ("models", "services", "printing", "ui")


def lupdate() -> Path:
    import PySide6

    base = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe", "Qt/libexec/lupdate", "Qt/bin/lupdate.exe"):
        p = base / name
        if p.exists():
            return p
    raise SystemExit("lupdate not found in the PySide6 wheel")


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def feature_of(path: Path) -> str | None:
    """The feature a source file belongs to: ``frontdesk/<layer>/<feature>/…``, else None."""
    parts = path.relative_to(SOURCES).parts
    if len(parts) >= 3 and parts[0] in LAYERS and parts[1] not in NOT_FEATURES:
        return parts[1]
    return None


def units() -> dict[Path, list[Path]]:
    """Each .ts file and the sources whose strings it holds."""
    out: dict[Path, list[Path]] = {TS_FILE: []}
    for p in source_files():
        feature = feature_of(p)
        ts = TS_FILE if feature is None else TS_DIR / feature / TS_FILE.name
        out.setdefault(ts, []).append(p)
    return out


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helper_context(func: ast.FunctionDef) -> str | None:
    """``ctx`` when ``func`` is ``def _t(text): return QCoreApplication.translate("ctx", text)``."""
    body = [n for n in func.body if not (isinstance(n, ast.Expr) and _literal(n.value) is not None)]
    if len(func.args.args) != 1 or len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and len(call.args) == 2
        and isinstance(call.args[1], ast.Name)
        and call.args[1].id == func.args.args[0].arg
    ):
        return _literal(call.args[0])
    return None


#: the generic record tab's context (ui/common/field_widgets.CONTEXT) and the declarations whose
#: words it shows: the call's name → the positions of its texts (and the keywords below)
RECORD_KIND = "RecordKind"
_DECLARED = {"FormField": {1}, "KindAction": {1}, "View": {1}, "RecordForm": {0}}
_DECLARED_KEYWORDS = {"label", "placeholder", "title", "confirm", "print_label"}


class _Collector(ast.NodeVisitor):
    """(context, source) pairs that lupdate's Python parser does not see (see the module docstring)."""

    def __init__(self, helpers: dict[str, str], noops: set[str]) -> None:
        self.helpers = helpers
        self.noops = noops
        self.classes: list[str] = []
        self.in_fstring = 0
        self.found: set[tuple[str, str]] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.in_fstring += 1
        self.generic_visit(node)
        self.in_fstring -= 1

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        if isinstance(f, ast.Name) and f.id == "Vocabulary" and node.args and _literal(node.args[0]):
            # a record kind's words (services.core.features.Vocabulary): every string literal in
            # the call but the context is a text the UI translates under that context
            ctx = _literal(node.args[0])
            for sub in [*node.args[1:], *(k.value for k in node.keywords)]:
                for lit in ast.walk(sub):
                    text = _literal(lit)
                    if text and ctx and not _is_dict_key(sub, lit):
                        self.found.add((ctx, text))
        elif isinstance(f, ast.Name) and f.id == "Option":
            # an option's words (Option.doc), shown in 管理 → 选项 under "Option"
            for kw in node.keywords:
                if kw.arg == "doc" and _literal(kw.value):
                    self.found.add(("Option", str(_literal(kw.value))))
        elif isinstance(f, ast.Name) and f.id in ("Feature", "RecordForm") and any(k.arg == "summary" for k in node.keywords):
            # a tab's one-sentence purpose (帮助 → 使用指南), under "Guide"
            for kw in node.keywords:
                if kw.arg == "summary" and _literal(kw.value):
                    self.found.add(("Guide", str(_literal(kw.value))))
            if f.id == "RecordForm":
                for i, arg in enumerate(node.args):
                    if i in _DECLARED["RecordForm"] and _literal(arg):
                        self.found.add((RECORD_KIND, str(_literal(arg))))
                for kw in node.keywords:
                    if kw.arg in _DECLARED_KEYWORDS and _literal(kw.value):
                        self.found.add((RECORD_KIND, str(_literal(kw.value))))
        elif isinstance(f, ast.Name) and f.id in ("TabSpec", "record_feature"):
            # a tab group's words (TabSpec.group), translated under "TabGroup"
            for kw in node.keywords:
                if kw.arg == "group" and _literal(kw.value):
                    self.found.add(("TabGroup", str(_literal(kw.value))))
        elif isinstance(f, ast.Name) and f.id in _DECLARED:
            # a record kind's declared form (services.core.fields / records): its labels,
            # placeholders, titles and questions, translated under "RecordKind"
            for i, arg in enumerate(node.args):
                if i in _DECLARED[f.id] and _literal(arg):
                    self.found.add((RECORD_KIND, str(_literal(arg))))
            for kw in node.keywords:
                if kw.arg in _DECLARED_KEYWORDS and _literal(kw.value):
                    self.found.add((RECORD_KIND, str(_literal(kw.value))))
        elif isinstance(f, ast.Name) and f.id in self.helpers and len(node.args) == 1:
            text = _literal(node.args[0])
            if text:
                self.found.add((self.helpers[f.id], text))
        elif isinstance(f, ast.Name) and f.id in self.noops and len(node.args) == 2:
            ctx, text = _literal(node.args[0]), _literal(node.args[1])
            if ctx and text:
                self.found.add((ctx, text))
        elif self.in_fstring and isinstance(f, ast.Attribute):
            if f.attr == "tr" and len(node.args) == 1 and self.classes:
                text = _literal(node.args[0])
                if text:
                    self.found.add((self.classes[-1], text))
            elif f.attr == "translate" and len(node.args) == 2:
                ctx, text = _literal(node.args[0]), _literal(node.args[1])
                if ctx and text:
                    self.found.add((ctx, text))
        self.generic_visit(node)


def _is_dict_key(tree: ast.AST, node: ast.AST) -> bool:
    """Codes are the keys of a vocabulary's tables; only the values are words."""
    return any(isinstance(d, ast.Dict) and any(k is node for k in d.keys) for d in ast.walk(tree))


def hidden_messages(files: list[Path]) -> list[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = {node.name: ctx for node in tree.body if isinstance(node, ast.FunctionDef) and (ctx := _helper_context(node))}
        noops = (
            {
                target.id
                for node in tree.body
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id == "QT_TRANSLATE_NOOP"
                for target in node.targets
                if isinstance(target, ast.Name)
            }
            | {
                alias.asname
                for node in tree.body
                if isinstance(node, ast.ImportFrom)
                for alias in node.names
                if alias.name == "QT_TRANSLATE_NOOP" and alias.asname
            }
            | {
                target.id
                for node in ast.walk(tree)
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "translate"
                for target in node.targets
                if isinstance(target, ast.Name)
            }
        )
        collector = _Collector(helpers, noops)
        collector.visit(tree)
        found |= collector.found
    return sorted(found)


def _quote(text: str) -> str:
    """A Python string literal lupdate reads back as ``text`` (it does not know ``\\uXXXX``)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def run_lupdate(ts: Path, sources: list[Path]) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources]
    with tempfile.TemporaryDirectory() as d:
        extra = Path(d) / "hidden_messages.py"
        lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
        lines += [f"QT_TRANSLATE_NOOP({_quote(c)}, {_quote(t)})" for c, t in hidden_messages(sources)]
        extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
        _lupdate([*files, str(extra)], ts)


def _lupdate(files: list[str], ts: Path) -> None:
    subprocess.check_call(
        [
            str(lupdate()),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            *files,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
    )


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → English, or None when unfinished."""
    out: dict[tuple[str, str], str | None] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and tr.text
            out[(name, msg.findtext("source") or "")] = tr.text if done and tr is not None else None
    return out


def check() -> list[str]:
    """What is wrong with the committed .ts: strings missing from it, or without English."""
    problems = []
    for ts, sources in units().items():
        committed = messages(ts) if ts.exists() else {}
        with tempfile.TemporaryDirectory() as d:
            fresh = Path(d) / "fresh.ts"
            run_lupdate(fresh, sources)
            wanted = messages(fresh)
        where = ts.relative_to(ROOT)
        for key in wanted:
            if key not in committed:
                problems.append(f"not in {where}: {key[0]}: {key[1]}")
            elif committed[key] is None:
                problems.append(f"no English yet in {where}: {key[0]}: {key[1]}")
    return problems


def fill(ts: Path, english: dict[tuple[str, str], str], extra_sources: list[Path] = ()) -> int:  # type: ignore[assignment]
    """Give unfinished strings their English: from ``english`` ((context, source) → text), else
    from the same source text already translated in another context of ``ts`` or of
    ``extra_sources`` (other .ts files, e.g. a branch's, when code moved between classes)."""
    known: dict[str, str] = {}
    exact = dict(english)
    for other in [ts, *extra_sources]:
        for (ctx_name, src), text in messages(other).items():
            if text:
                known.setdefault(src, text)
                exact.setdefault((ctx_name, src), text)
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            src = msg.findtext("source") or ""
            text = exact.get((name, src)) or known.get(src)
            if text:
                tr.text = text
                del tr.attrib["type"]
                n += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return n


def main(argv: list[str]) -> int:
    if "--unfinished" in argv:
        # the strings still without English, as a JSON object to fill in and hand to --fill
        import json

        todo = {src: "" for ts in units() if ts.exists() for (_c, src), v in messages(ts).items() if v is None}
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    if "--fill" in argv:
        # English for unfinished strings from a JSON object {source text: English}
        import json

        given = json.loads(Path(argv[argv.index("--fill") + 1]).read_text(encoding="utf-8"))
        for ts, sources in units().items():
            if ts.exists():
                keys = {k: given[k[1]] for k in messages(ts) if given.get(k[1])}
                n = fill(ts, keys)
                run_lupdate(ts, sources)
                if n:
                    print(f"{ts.relative_to(ROOT)}: filled {n} strings")
        return 0
    if "--check" in argv:
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    found = units()
    for ts, sources in found.items():
        ts.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(ts, sources)
    if "--reuse" in argv:
        # after moving code between classes or files: reuse the English of the same text elsewhere
        # (in any of our .ts files, or in the ones named, e.g. a branch's)
        others = [Path(a) for a in argv if a.endswith(".ts")] + list(found)
        for ts, sources in found.items():
            n = fill(ts, {}, [o for o in others if o != ts and o.exists()])
            run_lupdate(ts, sources)  # back to lupdate's own layout, so diffs stay small
            if n:
                print(f"{ts.relative_to(ROOT)}: filled {n} strings")
    for ts in found:
        unfinished = [k for k, v in messages(ts).items() if v is None]
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} strings, {len(unfinished)} without English")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
