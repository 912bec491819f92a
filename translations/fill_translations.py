#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill keyward_de.ts and keyward_fr.ts from the translation maps in translations/l10n/.

The .ts files are regenerated from the sources by `cmake --build build --target
update_translations` (lupdate); the translations themselves live in two JSON maps that this
script writes into the .ts files, so they survive any re-run of lupdate:

    translations/l10n/de.json   {context: {source: translation}}
    translations/l10n/fr.json   (a plural message maps to a list of forms: [singular, plural])

Usage (from anywhere; paths are relative to this script):

  fill_translations.py apply
      Write every known translation into the .ts files and mark it finished. Run it after
      update_translations. Prints what is still missing. A message whose context has no entry
      for its source takes the translation of the same source from another context (strings
      that moved class keep their translation). Idempotent.

  fill_translations.py todo [FILE]
      List every message still unfinished in either language into FILE (default
      translations/todo.json) as {"1": {"context", "source", "numerus", "comment"}, ...}, print
      them, and write translations/todo-batch.json: the same messages as a blank keyed batch,
      {context: {source: ["", ""]}} (plurals [["", ""], ["", ""]]), to fill in and `add`.
      Entries left blank are skipped by `add`, so a batch may be filled in part.

  fill_translations.py add BATCH.json [BATCH2.json ...]
      Merge a batch of translations into the maps, then apply. A batch is either
        numbered, answering the numbers of todo.json:
          {"1": ["Deutsch", "Français"], "2": [["%n Schlüssel", "%n Schlüssel"], ["%n clé", "%n clés"]]}
        or keyed by context and source:
          {"keyward::ui::KeysPage": {"Keys": ["Schlüssel", "Clés"]}}
      Every entry is checked first (placeholders %1..%99, %n, %L1, number of plural forms,
      HTML tags, the same number of '&' accelerators, leading/trailing spaces); a batch with a bad entry changes nothing.

  fill_translations.py check
      Exit 1 when a .ts message lacks a finished translation or a translation loses a
      placeholder (the rule tests/ui/tst_translations.cpp enforces).

After merging branches that add strings (the usual round, run from the source folder):

  cmake --build build --target update_translations   # lupdate: new strings arrive unfinished
  translations/fill_translations.py apply            # re-fills from the maps; moved strings too
  translations/fill_translations.py todo             # what is left -> todo-batch.json
  # ... translate todo-batch.json (German, French; see the glossary) ...
  translations/fill_translations.py add translations/todo-batch.json
  translations/fill_translations.py check            # or: ctest -R tst_translations

Terminology: translations/GLOSSARY.md. Numerus forms: German and French have two, [one, other];
Qt picks the French singular for n = 0 and 1.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("de", "fr")
TS = {lang: HERE / f"keyward_{lang}.ts" for lang in LANGS}
MAPS = {lang: HERE / "l10n" / f"{lang}.json" for lang in LANGS}
TODO = HERE / "todo.json"
TODO_BATCH = HERE / "todo-batch.json"

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n|Ln)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


# ---- .ts reading and writing, byte for byte in lupdate's format ----------------------------

def escape(text, attribute=False):
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif (ord(ch) < 0x20 or (ord(ch) > 0x7f and ch.isspace())) and ch not in "\n\t":
            # As lupdate writes them: control characters and non-ASCII spaces as numeric entities.
            out.append(f"&#x{ord(ch):x};")
        else:
            out.append(ch)
    return "".join(out)


def read_ts(path):
    return ET.parse(path).getroot()


def write_ts(root, path):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in root.attrib.items())
    lines.append(f"<TS{attrs}>")
    for ctx in root.findall("context"):
        lines.append("<context>")
        lines.append(f"    <name>{escape(ctx.find('name').text or '')}</name>")
        for msg in ctx.findall("message"):
            mattrs = "".join(f' {k}="{escape(v)}"' for k, v in msg.attrib.items())
            lines.append(f"    <message{mattrs}>")
            for child in msg:
                if child.tag == "translation":
                    tattrs = "".join(f' {k}="{escape(v)}"' for k, v in child.attrib.items())
                    forms = child.findall("numerusform")
                    if msg.get("numerus") == "yes":
                        lines.append(f"        <translation{tattrs}>")
                        for form in forms:
                            lines.append(f"            <numerusform>{escape(form.text or '')}</numerusform>")
                        lines.append("        </translation>")
                    else:
                        lines.append(f"        <translation{tattrs}>{escape(child.text or '')}</translation>")
                else:
                    cattrs = "".join(f' {k}="{escape(v)}"' for k, v in child.attrib.items())
                    lines.append(f"        <{child.tag}{cattrs}>{escape(child.text or '')}</{child.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def messages(root):
    """(context name, message element) for every message lupdate still finds in the sources."""
    for ctx in root.findall("context"):
        name = ctx.find("name").text or ""
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            yield name, msg


def source_of(msg):
    return msg.find("source").text or ""


def is_numerus(msg):
    return msg.get("numerus") == "yes"


def is_finished(msg):
    tr = msg.find("translation")
    if tr is None or tr.get("type") == "unfinished":
        return False
    if is_numerus(msg):
        forms = tr.findall("numerusform")
        return len(forms) == 2 and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


# ---- checks -----------------------------------------------------------------------------------

def placeholders(text):
    found = sorted(PLACEHOLDER.findall(text))
    # %Ln and %n count the same number; %L1 and %1 the same argument.
    return sorted(set(p.replace("L", "") for p in found))


def problems(source, translation, numerus):
    """Why a translation may not stand for a source, or [] when it may."""
    forms = translation if isinstance(translation, list) else [translation]
    if numerus and len(forms) != 2:
        return [f"needs 2 plural forms, has {len(forms)}"]
    if not numerus and isinstance(translation, list):
        return ["a plain message takes one string, not a list of plural forms"]
    out = []
    want = placeholders(source)
    for form in forms:
        if not isinstance(form, str) or not form.strip():
            out.append("empty translation")
            continue
        have = placeholders(form)
        if form[:1].isspace() != source[:1].isspace() or form[-1:].isspace() != source[-1:].isspace():
            out.append(f"leading/trailing space differs from the source: {form!r}")
        wanted_args = [p for p in want if p != "%n"]
        if [p for p in have if p != "%n"] != wanted_args:
            out.append(f"placeholders {have} instead of {want}: {form!r}")
        # A plural form may spell the number out ("one key"), so %n may be missing there only.
        if "%n" in want and "%n" not in have and not numerus:
            out.append(f"drops %n: {form!r}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(form)) and \
                sorted(t.lower() for t in TAG.findall(source)) != sorted(t.lower() for t in TAG.findall(form)):
            out.append(f"HTML tags differ: {form!r}")
        if source.replace("&&", "").count("&") != form.replace("&&", "").count("&") and "&" in source.replace("&&", "").replace("&amp;", ""):
            if not re.search(r"&[a-z]+;", source):
                out.append(f"accelerator '&' count differs: {form!r}")
    if numerus and "%n" in want and not any("%n" in f for f in forms if isinstance(f, str)):
        out.append("no plural form shows %n")
    return out


# ---- maps ----------------------------------------------------------------------------------------

def load_map(lang):
    if MAPS[lang].exists():
        return json.loads(MAPS[lang].read_text(encoding="utf-8"))
    return {}


def save_map(lang, data):
    MAPS[lang].parent.mkdir(exist_ok=True)
    ordered = {ctx: dict(sorted(data[ctx].items())) for ctx in sorted(data)}
    MAPS[lang].write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def by_source(data):
    """source → translation from any context, for strings that moved class."""
    out = {}
    for ctx in sorted(data):
        for src, tr in data[ctx].items():
            out.setdefault(src, tr)
    return out


def apply():
    missing_total = 0
    for lang in LANGS:
        data = load_map(lang)
        anywhere = by_source(data)
        root = read_ts(TS[lang])
        filled = missing = 0
        for ctx, msg in messages(root):
            src = source_of(msg)
            tr = data.get(ctx, {}).get(src, anywhere.get(src))
            if tr is None or problems(src, tr, is_numerus(msg)):
                if not is_finished(msg):
                    missing += 1
                continue
            # A string that moved class keeps its translation, now also under its new context.
            data.setdefault(ctx, {})[src] = tr
            element = msg.find("translation")
            if element is None:
                element = ET.SubElement(msg, "translation")
            element.attrib.pop("type", None)
            if is_numerus(msg):
                for form in element.findall("numerusform"):
                    element.remove(form)
                element.text = None
                for text in tr:
                    ET.SubElement(element, "numerusform").text = text
            else:
                element.text = tr
            filled += 1
        write_ts(root, TS[lang])
        save_map(lang, data)
        print(f"{TS[lang].name}: {filled} translations written, {missing} missing")
        missing_total += missing
    return missing_total


def todo(out_path):
    roots = {lang: read_ts(TS[lang]) for lang in LANGS}
    done = {lang: {(c, source_of(m)) for c, m in messages(roots[lang]) if is_finished(m)} for lang in LANGS}
    items = {}
    for ctx, msg in messages(roots["de"]):
        key = (ctx, source_of(msg))
        if all(key in done[lang] for lang in LANGS):
            continue
        comment = msg.find("extracomment")
        comment2 = msg.find("comment")
        items[str(len(items) + 1)] = {
            "context": ctx, "source": key[1], "numerus": is_numerus(msg),
            "comment": " ".join(c.text for c in (comment2, comment) if c is not None and c.text)}
    out_path.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    # The same list as a batch to fill in place: {context: {source: [German, French]}}.
    batch = {}
    for item in items.values():
        blank = [["", ""], ["", ""]] if item["numerus"] else ["", ""]
        batch.setdefault(item["context"], {})[item["source"]] = blank
    TODO_BATCH.write_text(json.dumps(batch, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for n, item in items.items():
        flag = " [plural]" if item["numerus"] else ""
        note = f"  // {item['comment']}" if item["comment"] else ""
        print(f"{n}\t{item['context']}{flag}\t{item['source']!r}{note}")
    print(f"{len(items)} messages to translate, listed in {out_path} and as a blank batch in "
          f"{TODO_BATCH}", file=sys.stderr)


FRENCH_SPACE = re.compile(r" (?=[:;!?»])|(?<=«) ")


def french_typography(text):
    """A non-breaking space before : ; ! ? » and after «, as French typesetting wants, so a
    translator may type ordinary spaces."""
    return FRENCH_SPACE.sub("\u00a0", text)


def add(batch_paths):
    maps = {lang: load_map(lang) for lang in LANGS}
    numerus_of = {}
    for ctx, msg in messages(read_ts(TS["de"])):
        numerus_of[(ctx, source_of(msg))] = is_numerus(msg)
    listed = json.loads(TODO.read_text(encoding="utf-8")) if TODO.exists() else {}
    errors = []
    added = 0
    for path in batch_paths:
        batch = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = []
        for key, value in batch.items():
            if isinstance(value, dict):
                entries += [(key, src, pair) for src, pair in value.items()]
            elif key in listed:
                entries.append((listed[key]["context"], listed[key]["source"], value))
            else:
                errors.append(f"{path}: {key} is neither a context nor a number in {TODO.name}")
        for ctx, src, pair in entries:
            if pair in (["", ""], [["", ""], ["", ""]]):
                continue  # not translated yet: left for a later batch
            if not isinstance(pair, list) or len(pair) != 2:
                errors.append(f"{path}: {ctx} {src!r}: give [German, French]")
                continue
            numerus = numerus_of.get((ctx, src))
            if numerus is None:
                errors.append(f"{path}: {ctx} {src!r}: no such message in {TS['de'].name}")
                continue
            for lang, tr in zip(LANGS, pair):
                if lang == "fr":
                    tr = [french_typography(t) for t in tr] if isinstance(tr, list) else french_typography(tr)
                bad = problems(src, tr, numerus)
                if bad:
                    errors.append(f"{path}: {ctx} {src!r} [{lang}]: " + "; ".join(bad))
                else:
                    maps[lang].setdefault(ctx, {})[src] = tr
            added += 1
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing was changed.", file=sys.stderr)
        return 1
    for lang in LANGS:
        save_map(lang, maps[lang])
    print(f"{added} messages added to the maps")
    apply()
    return 0


def check():
    failures = 0
    for lang in LANGS:
        for ctx, msg in messages(read_ts(TS[lang])):
            src = source_of(msg)
            if not is_finished(msg):
                print(f"{lang}: unfinished: {ctx} {src!r}")
                failures += 1
                continue
            tr = msg.find("translation")
            value = [f.text or "" for f in tr.findall("numerusform")] if is_numerus(msg) else (tr.text or "")
            for bad in problems(src, value, is_numerus(msg)):
                print(f"{lang}: {ctx} {src!r}: {bad}")
                failures += 1
    print(f"{failures} problem(s)")
    return 1 if failures else 0


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0
    command = argv[1]
    if command == "apply":
        apply()
        return 0
    if command == "todo":
        todo(Path(argv[2]) if len(argv) > 2 else TODO)
        return 0
    if command == "add" and len(argv) > 2:
        return add(argv[2:])
    if command == "check":
        return check()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
