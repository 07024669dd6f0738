"""data/*.yml → a checked `Plan`, or every problem found, each with file, line and field.

YAML is read with safe loading only. Problems are collected across all files and raised
together as `DataErrors`, so that an editor sees everything wrong in one run.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml
from pydantic import BaseModel, ValidationError

from plan.data import data_links, published
from plan.domain import model, progress
from plan.markup import data_markdown
from plan.site import pages, urls

MAX_FILE_BYTES = 256 * 1024  # a plan file is a few kilobytes; anything far bigger is a mistake
# Bounds checked before YAML sees the text, so that no file keeps the check busy (the real data
# has 10 and 2): indentation, counting "- " and "? " that nest without indenting, and open brackets.
MAX_INDENT = 100
MAX_FLOW_DEPTH = 20
MAX_NODE_DEPTH = 60


@dataclass(frozen=True)
class DataError:
    """One problem in the data, addressed the way an editor finds it."""

    file: Path
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{shown_path(self.file)}:{self.line}:{self.column}"
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        return printable(text)


def printable(text: str) -> str:
    """Control and invisible formatting characters as escapes (\\x0b, \\u202e): a message printed to a
    terminal, a log or a page can neither move the cursor nor reorder what the editor reads."""
    return "".join(
        (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}")
        if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") else c
        for c in text
    )


class LoadBug(Exception):
    """An unexpected failure of ours while reading one file: not the editor's mistake."""

    def __init__(self, file: Path, exc: BaseException):
        super().__init__(f"{shown_path(file)}: {type(exc).__name__}: {exc}")
        self.file = file


def shown_path(file: Path) -> str:
    """A path as the editor typed it: relative to the working directory when inside it."""
    # abspath, not resolve: a symbolic link is named as itself, not as the file it points to.
    try:
        return Path(os.path.abspath(file)).relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(file)


class DataErrors(Exception):
    def __init__(self, errors: list[DataError]):
        super().__init__(f"{len(errors)} virhettä datassa")
        self.errors = sorted(errors, key=lambda e: (str(e.file), e.line, e.column))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


Path_ = tuple[str | int, ...]


# libyaml when present (ten times faster; the check must stay under half a second).
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """Safe loading: no Python objects, only plain YAML values."""


class _NodeError(Exception):
    """A problem found while walking the composed YAML, before any value is built."""

    def __init__(self, path: Path_, mark: yaml.Mark, message: str):
        super().__init__(message)
        self.path, self.mark, self.message = path, mark, message


_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


def _refuse_anchors(text: str) -> None:
    # Aliases could multiply a small file into a huge one (an "alias bomb"); no plan needs them.
    for event in yaml.parse(text, Loader=_Base):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.MarkedYAMLError(
                None, None, "ankkurit ja viittaukset (& ja *) eivät ole sallittuja: kirjoita teksti auki",
                event.start_mark,
            )


def _check_nodes(
    loader: yaml.SafeLoader, node: yaml.Node, marks: dict[Path_, yaml.Mark], lines: list[str], path: Path_ = ()
) -> None:
    """Record where every value stands; refuse tags, duplicate keys, impossible dates, cut texts."""
    marks[path] = node.start_mark
    if len(path) > MAX_NODE_DEPTH:
        raise _NodeError(path, node.start_mark, "rakenne on sisäkkäin liian syvä: tiedostossa ei tarvita näin syvää rakennetta")
    if isinstance(node, yaml.ScalarNode) and node.style == '"' and (bad := _SUSPECT.search(node.value)):
        # Written as an escape inside double quotes ("\x01", "\u202e"), the only place where a
        # character can hide from the scan of the file.
        raise _NodeError(path, node.start_mark, f"tekstissä on {character_problem(bad.group(0))} (kirjoitettu \\-koodina lainausmerkkeihin)")
    implicit = _implicit_tag(loader, node)
    if node.tag != implicit:
        shown = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise _NodeError(path, node.start_mark, (
            f"YAML-tagi {shown} ei ole sallittu: jos !-merkki kuuluu tekstiin, kirjoita koko teksti "
            "lainausmerkkeihin; muuten poista tagi"
        ))
    if implicit == _TIMESTAMP_TAG:
        try:
            loader.construct_yaml_timestamp(node)
        except ValueError:
            raise _NodeError(
                path, node.start_mark, f"päivämäärää {node.value} ei ole olemassa: tarkista päivä ja kuukausi (VVVV-KK-PP)"
            ) from None
    if isinstance(node, yaml.ScalarNode) and not node.style and path and path[-1] in model.LANGUAGES:
        rest = lines[node.end_mark.line][node.end_mark.column :] if node.end_mark.line < len(lines) else ""
        if rest.lstrip().startswith("#"):  # YAML took the rest of the text for a comment
            raise _NodeError(path, node.start_mark, (
                "teksti katkeaa #-merkkiin, koska YAML lukee loppuosan kommentiksi: "
                "kirjoita koko teksti lainausmerkkeihin"
            ))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            if path + (key,) in marks:  # PyYAML would keep the last one silently
                raise _NodeError(path + (key,), key_node.start_mark, f"avain '{key}' on kahteen kertaan: poista toinen")
            _check_nodes(loader, value_node, marks, lines, path + (key,))
            marks[path + (key,)] = key_node.start_mark  # editors look for the key
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _check_nodes(loader, item, marks, lines, path + (i,))


def _implicit_tag(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    # The tag plain YAML would give; any other was written explicitly (!!str, !!python/…, !x).
    if isinstance(node, yaml.MappingNode):
        return yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
    if isinstance(node, yaml.SequenceNode):
        return yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
    if not node.style:  # plain scalar: None from PyYAML, "" from libyaml
        return loader.resolve(yaml.ScalarNode, node.value, (True, False))
    return yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG


@dataclass
class Source:
    """One data file as read: its values and where each value stands in it."""

    file: Path
    data: Any
    marks: dict[Path_, yaml.Mark]
    first_line: str = ""
    may_link: bool = True  # a Markdown link needs "](" or "]:"; without them no text is walked for links

    def error(self, loc: Iterable[str | int], message: str, missing: bool = False) -> DataError:
        """An error at `loc`; a missing field is named, at the line of its parent."""
        loc = tuple(loc)
        path = _known_prefix(loc, self.marks)
        mark = self.marks.get(path) or self.marks.get((), None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        shown = path + (loc[-1],) if missing and _names_a_field(loc, path) else path
        return DataError(self.file, line, col, field_path(shown), message)


def _names_a_field(loc: Path_, path: Path_) -> bool:
    # A missing field is named after its parent, unless its key is there (with an empty value);
    # pydantic's union member names ("function-after[…]") are no fields.
    return bool(loc) and path[-1:] != loc[-1:] and loc[-1] in _FIELD_NAMES


def field_path(path: Path_) -> str:
    """('tavoitteet', 2, 'mittarit', 0, 'sv') → 'tavoitteet[2].mittarit[0].sv'"""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _known_prefix(loc: Path_, marks: dict[Path_, yaml.Mark]) -> Path_:
    # pydantic puts union member names into locations; keep only the parts the file has.
    path: Path_ = ()
    for part in loc:
        if path + (part,) in marks:
            path += (part,)
    return path


def _read_regular(file: Path) -> bytes:
    """The bytes of a regular file no bigger than MAX_FILE_BYTES; anything else is refused by its
    `lstat`, before a byte is read (a FIFO would block, /dev/zero would never end)."""
    def refuse(message: str) -> DataErrors:
        return DataErrors([DataError(file, 1, 1, "", message)])

    info = os.lstat(file)
    if stat.S_ISLNK(info.st_mode):
        raise refuse("tiedosto on symbolinen linkki: data-kansiossa saa olla vain tavallisia tiedostoja; "
                      "korvaa linkki tiedoston kopiolla")
    if stat.S_ISDIR(info.st_mode):
        raise refuse("tämä on kansio eikä tiedosto: poista kansio tai anna sille nimi, joka ei pääty .yml")
    if not stat.S_ISREG(info.st_mode):
        raise refuse("tämä ei ole tavallinen tiedosto (vaan esim. laite tai putki): poista se data-kansiosta")
    if info.st_size > MAX_FILE_BYTES:
        raise refuse(f"tiedosto on {info.st_size} tavua, suurin sallittu koko on {MAX_FILE_BYTES}: jaa se osiin")
    # O_NOFOLLOW and O_NONBLOCK: should the file be swapped between lstat and open, no link is
    # followed and no FIFO blocks; fstat then says what was opened.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(file, flags)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise refuse("tämä ei ole tavallinen tiedosto: poista se data-kansiosta")
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise refuse(f"tiedosto on yli {MAX_FILE_BYTES} tavua: jaa se osiin")
    return raw


def _cp1252(c: str) -> str | None:
    try:
        return bytes([ord(c)]).decode("cp1252")
    except UnicodeDecodeError:
        return None


def character_problem(c: str) -> str | None:
    """Why the character `c` may not stand in a data file, in Finnish, or None."""
    code = f"U+{ord(c):04X}"
    if c == "\x0b":
        return (f"pystysarkain ({code}), jonka Word tekee vaihtorivistä (Vaihto+Enter): korvaa se rivinvaihdolla "
                "tai välilyönnillä")
    if c == "\x00":
        return f"NUL-merkki ({code}): tiedosto on vioittunut tai tallennettu väärin; poista merkki ja tallenna UTF-8-muodossa"
    if c in "\x0c":
        return f"sivunvaihtomerkki ({code}): poista se"
    if ord(c) < 0x20 and c not in "\t\n\r" or c == "\x7f":
        return f"näkymätön ohjausmerkki {code} (tulee usein kopioitaessa toisesta ohjelmasta): poista se"
    if 0x80 <= ord(c) <= 0x9F:
        meant = _cp1252(c)
        guess = f", luultavasti väärin tallennettu merkki {meant}: kirjoita {meant} sen tilalle" if meant else ": poista se"
        return f"näkymätön ohjausmerkki {code}{guess}"
    if "\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069":
        return (f"näkymätön tekstin suunnan ohjausmerkki {code}: se voi näyttää tekstin toisessa järjestyksessä "
                "kuin se on tallennettu; poista se")
    if c in "\u2028\u2029":
        return f"näkymätön rivierotin {code}: korvaa se tavallisella rivinvaihdolla"
    if c == "\ufeff":
        return f"näkymätön merkki {code} (BOM) keskellä tekstiä: poista se"
    if 0xFDD0 <= ord(c) <= 0xFDEF or (ord(c) & 0xFFFE) == 0xFFFE:
        return f"merkki {code} ei ole tekstimerkki: poista se"
    return None


_SUSPECT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17)) + "]"
)
_MAX_CHARACTER_ERRORS = 20


def _character_errors(file: Path, text: str) -> list[DataError]:
    """Every character that may not stand in a data file, at its line and column (one per line)."""
    errors: dict[int, DataError] = {}
    for m in _SUSPECT.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        if line not in errors:
            col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
            errors[line] = DataError(file, line, col, "", character_problem(m.group(0)))
            if len(errors) >= _MAX_CHARACTER_ERRORS:
                break
    return list(errors.values())


def _nesting_error(file: Path, text: str) -> DataError | None:
    """Nesting deeper than any plan needs, found before YAML parses it (which would take minutes)."""
    start = 0
    for number, line in enumerate(text.split("\n"), 1):
        indent = len(line) - len(line.lstrip(" -?:"))
        if indent > MAX_INDENT:
            return DataError(file, number, 1, "", (
                f"rivin sisennys (välilyönnit ja luettelon viivat) on yli {MAX_INDENT} merkkiä: "
                "tarkista rivin alku; tiedostossa ei tarvita näin syvää rakennetta"
            ))
    depth = 0
    for m in re.finditer(r"[\[\]{}]", text):
        depth = depth + 1 if m.group(0) in "[{" else max(depth - 1, 0)
        if depth > MAX_FLOW_DEPTH:
            start = m.start()
            line = text.count("\n", 0, start) + 1
            col = start - (text.rfind("\n", 0, start) + 1) + 1
            return DataError(file, line, col, "", (
                f"sulkeita [ tai {{ on sisäkkäin yli {MAX_FLOW_DEPTH}: tarkista, puuttuuko lopettava ] tai }}"
            ))
    return None


def read_yaml(file: Path) -> Source:
    """Read one YAML file safely; raises DataErrors on anything unreadable."""
    raw = _read_regular(file)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataErrors([DataError(file, line, 1, "", "tiedosto ei ole UTF-8-muodossa: tallenna se UTF-8-merkistöllä")]) from None
    text = text.removeprefix("\ufeff")  # a BOM, which some Windows editors write: harmless
    if problems := _character_errors(file, text):
        raise DataErrors(problems)
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        col = len(text[: text.index("\t")].rsplit("\n", 1)[-1]) + 1
        raise DataErrors([DataError(file, line, col, "", "sarkainmerkki (tab): sisennä välilyönneillä")])
    if problem := _nesting_error(file, text):
        raise DataErrors([problem])
    loader = _Loader(text)
    try:
        _refuse_anchors(text)
        node = loader.get_single_node()
        marks: dict[Path_, yaml.Mark] = {}
        if node is None:
            raise DataErrors([DataError(file, 1, 1, "", "tiedosto on tyhjä")])
        _check_nodes(loader, node, marks, text.split("\n"))
        data = loader.construct_document(node)
    except _NodeError as exc:
        mark = exc.mark
        raise DataErrors([DataError(file, mark.line + 1, mark.column + 1, field_path(exc.path), exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        raise DataErrors([_syntax_error(file, text, exc)]) from None
    except yaml.YAMLError as exc:  # e.g. the reader's "special characters are not allowed", without a mark
        raise DataErrors([DataError(file, 1, 1, "", f"YAML-virhe: tiedostoa ei voi lukea ({_finnish_reader_error(exc)})")]) from None
    finally:
        loader.dispose()
    return Source(file, data, marks, text.split("\n", 1)[0].rstrip(), "](" in text or "]:" in text or "\\x5" in text)


def _finnish_reader_error(exc: yaml.YAMLError) -> str:
    return "tiedostossa on merkki, jota YAML ei hyväksy" if "special characters" in str(exc) else "rakenne on virheellinen"


# A text (fi/sv) YAML reads as something other than text when it starts with one of these.
# (`|` and `>` only with text after them: alone they begin a block of text, which is fine.)
_SPECIAL_START = re.compile(r"^\s*(?:- +)?(?:fi|sv): +([\[\]{}*&!%@`]|[|>](?![-+]?\d?\s*$))")


_OPEN_QUOTE = re.compile(r"""^\s*(?:- +)?(?:[^\s:#'"][^:#]*: +)?(["'])(?!.*\1\s*(#.*)?$)""")


def _syntax_error(file: Path, text: str, exc: yaml.MarkedYAMLError) -> DataError:
    """A YAML syntax error where the editor made it, with the likeliest fix."""
    lines = text.split("\n")
    problem, context = exc.problem or "", exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    opened = exc.context_mark
    # Not "while parsing a quoted scalar": that one is an unknown \-escape inside closed quotes.
    if context == "while scanning a quoted scalar" and opened and (found := _unclosed(file, lines, opened.line, opened.column, mark)):
        return found
    candidates = [m.line for m in (exc.context_mark, mark) if m is not None]
    for i in range(min(candidates, default=0), max(candidates, default=-1) + 1):
        quote = _OPEN_QUOTE.match(lines[i]) if i < len(lines) else None
        if quote and (found := _unclosed(file, lines, i, quote.start(1), mark, "rivin")):  # the text runs on over the following lines
            return found
    for i in dict.fromkeys(candidates):
        found = _SPECIAL_START.match(lines[i]) if i < len(lines) else None
        if found:
            return DataError(file, i + 1, found.start(1) + 1, "", (
                f"arvo alkaa merkillä {found.group(1)}, jolla YAML-teksti ei voi alkaa: "
                "kirjoita koko teksti lainausmerkkeihin"
            ))
    # On the same line the bracket may well be closed: today's message at the mistake fits better.
    if context in _FLOW and opened and mark and mark.line != opened.line:
        if found := _unclosed(file, lines, opened.line, opened.column, mark):
            return found
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return DataError(file, line, col, "", _yaml_message(problem))


_FLOW = ("while parsing a flow sequence", "while parsing a flow mapping")

# A [, {, " or ' left open: YAML notices it lines later, but the editor must act where it opened.
_OPENERS = {'"': "lainausmerkki", "'": "heittomerkki", "[": "YAML-virhe: hakasulku", "{": "YAML-virhe: aaltosulku"}
_BRACKET_FIXES = {
    "[": "lisää luettelon loppuun ] tai poista [ (jos ] on jo paikallaan, lisää puuttuva pilkku kohtien väliin)",
    "{": "lisää kenttien loppuun } tai poista { (jos } on jo paikallaan, lisää puuttuva pilkku kohtien väliin)",
}


def _unclosed(file: Path, lines: list[str], line: int, column: int, noticed: yaml.Mark | None,
              close_at: str = "tekstin") -> DataError | None:
    """The error at the opening character (0-based line and column), naming where YAML noticed it."""
    char = lines[line][column:column + 1] if line < len(lines) else ""
    if char not in _OPENERS:
        return None
    if noticed is None or noticed.line == line:
        where = ""
    elif not "\n".join(lines[noticed.line:])[noticed.column:].strip():
        where = " (huomattiin tiedoston lopussa)"
    else:
        where = f" (huomattiin rivillä {noticed.line + 1})"
    fix = _BRACKET_FIXES.get(char) or f"lisää lopettava {char} {close_at} loppuun tai poista alkava {char}"
    return DataError(file, line + 1, column + 1, "", f"{_OPENERS[char]} {char} jää sulkematta{where}: {fix}")


# PyYAML's wording of the mistakes editors make most, in Finnish with the fix.
_YAML_PROBLEMS = {
    "mapping values are not allowed": "kaksoispiste väärässä kohdassa: jos tekstissä on kaksoispiste, kirjoita teksti lainausmerkkeihin",
    "could not find expected ':'": "riviltä puuttuu kaksoispiste tai sisennys ei täsmää: kirjoita avain: arvo",
    "did not find expected key": "sisennys ei täsmää edellisiin riveihin: tarkista välilyönnit rivin alussa",
    "did not find expected '-' indicator": "luettelon kohta ei ala viivalla (- ) tai sisennys ei täsmää",
    "did not find expected ',' or ']'": "hakasulkeista puuttuu ] tai pilkku",
    "found unexpected end of stream": "tiedosto loppuu kesken: puuttuuko lopettava lainausmerkki?",
    "found character that cannot start any token": "arvo alkaa merkillä, jolla se ei voi alkaa (esim. @ tai `): kirjoita teksti lainausmerkkeihin",
    "but found another document": "tiedostossa on toinen YAML-dokumentti: poista rivi --- (tiedostossa on yksi dokumentti)",
    "found unknown escape character": "lainausmerkeissä on tuntematon \\-koodi: kirjoita \\\\ tai käytä heittomerkkejä '…'",
    "expected <block end>": "sisennys ei täsmää edellisiin riveihin: tarkista välilyönnit rivin alussa",
    "expected <document start>": "rivi ei kuulu rakenteeseen: tarkista sisennys ja kaksoispisteet",
    "expected a comment or a line break": "rivillä on ylimääräistä tekstiä: jos teksti jatkuu, kirjoita se lainausmerkkeihin",
    "found unexpected ':'": "kaksoispiste väärässä kohdassa: kirjoita teksti lainausmerkkeihin",
    "expected ',' or '}'": "aaltosulkeista puuttuu } tai pilkku",
    "expected ',' or ']'": "hakasulkeista puuttuu ] tai pilkku",
    "found a tab character": "sarkainmerkki (tab): sisennä välilyönneillä",
    "expected the node content": "arvo puuttuu tai alkaa merkillä, jolla se ei voi alkaa: kirjoita teksti lainausmerkkeihin",
    "found undefined": "tuntematon merkintä: kirjoita teksti lainausmerkkeihin",
    "expected alphabetic or numeric character": "merkki & tai * ei voi aloittaa arvoa: kirjoita teksti lainausmerkkeihin",
}


def _yaml_message(problem: str) -> str:
    if problem.startswith("ankkurit"):
        return problem  # ours, already in Finnish
    for english, finnish in _YAML_PROBLEMS.items():
        if problem.startswith(english):
            return f"YAML-virhe: {finnish}"
    # Only Finnish for editors; PyYAML's wording would not help them.
    return "YAML-virhe: tiedoston rakenne on tässä kohdassa virheellinen: tarkista sisennys, kaksoispisteet ja lainausmerkit"


_MESSAGES = {
    "missing": "pakollinen kenttä puuttuu: lisää se",
    "extra_forbidden": "tuntematon kenttä: tarkista kirjoitusasu tai poista se",
    "string_too_short": "teksti on tyhjä: kirjoita teksti",
    "string_type": "pitää olla teksti: jos teksti on pelkkä luku tai sana kuten on, off, yes, no tai true, kirjoita se lainausmerkkeihin",
    "float_parsing": "pitää olla luku: desimaalierotin on piste (esim. 7.5)",
    "float_type": "pitää olla luku: desimaalierotin on piste (esim. 7.5)",
    "string_pattern_mismatch": "muoto ei kelpaa",
    "int_type": "pitää olla kokonaisluku",
    "int_parsing": "pitää olla kokonaisluku",
    "bool_type": "pitää olla true tai false",
    "bool_parsing": "pitää olla true tai false: kirjoita true tai false (ei kyllä, ei tai muuta sanaa)",
    "date_parsing": "pitää olla päivämäärä muodossa VVVV-KK-PP ilman lainausmerkkejä",
    "date_from_datetime_parsing": "pitää olla päivämäärä muodossa VVVV-KK-PP ilman kellonaikaa",
    "string_too_long": "teksti on liian pitkä",
    "too_long": "luettelossa on liian monta kohtaa",
    "union_tag_invalid": "arvo ei ole sallittu",
    "union_tag_not_found": "arvo puuttuu tai on väärää muotoa",
    "int_from_float": "pitää olla kokonaisluku",
    "list_type": "pitää olla luettelo (rivit alkavat '- ')",
    "dict_type": "pitää olla kenttiä sisältävä rakenne",
    "model_type": "pitää olla kenttiä sisältävä rakenne (esim. fi: … ja sv: …)",
    "model_attributes_type": "pitää olla kenttiä sisältävä rakenne (esim. fi: … ja sv: …)",
    "too_short": "luettelo on tyhjä: lisää vähintään yksi kohta",
    "date_type": "pitää olla päivämäärä muodossa VVVV-KK-PP ilman lainausmerkkejä",
    "literal_error": "arvo ei ole sallittu",
}
_PATTERNS = {
    model.SLUG_PATTERN: "tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja yksittäisiä väliviivoja (esim. uusi-tavoite)",
    model.DEADLINE_PATTERN: 'määräaika on vuosi "VVVV", kuukausi "VVVV-KK" tai päivä VVVV-KK-PP, esim. "2026", "2025-05" tai 2025-12-31 (vuosi ja kuukausi lainausmerkeissä)',
    model.PERIOD_PATTERN: 'ajanjakso on vuosi "VVVV" tai kuukausi "VVVV-KK" lainausmerkeissä, esim. "2025" tai "2025-05"',
    model.APPROVAL_PATTERN: 'hyväksymispäivä on päivämäärä 2025-10-06 tai, jos vain kuukausi tiedetään, kuukausi lainausmerkeissä "2025-10"',
}
_MISSING_KINDS = ("missing", "translation_missing")
_FIELD_NAMES = {
    name for cls in vars(model).values()
    if isinstance(cls, type) and issubclass(cls, BaseModel) for name in cls.model_fields
}


def _message(err: dict) -> str:
    kind, ctx = err["type"], err.get("ctx", {})
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _PATTERNS:
        return _PATTERNS[ctx["pattern"]]
    if kind == "greater_than_equal":
        return f"arvo {err.get('input')!r} on liian pieni: pienin sallittu on {ctx.get('ge')}"
    if kind == "less_than_equal":
        return f"arvo {err.get('input')!r} on liian suuri: suurin sallittu on {ctx.get('le')}"
    if kind == "literal_error":
        allowed = str(ctx.get("expected", "")).replace(" or ", " tai ")
        return f"arvo {err.get('input')!r} ei ole sallittu: sallitut arvot ovat {allowed}"
    if kind in _MISSING_KINDS[1:]:
        return err["msg"]  # our own, in Finnish (model.py)
    # pydantic's own wording is English: never shown to editors.
    return _MESSAGES.get(kind, "arvo ei kelpaa tähän kenttään: tarkista muoto ohjeesta OHJEET.md")


def validate(
    source: Source, schema: type[BaseModel], allow_untranslated: bool = False
) -> tuple[BaseModel | None, list[DataError], list[DataError]]:
    """The file's value, its errors and its missing translations (errors unless allowed)."""
    try:
        return schema.model_validate(source.data), [], []
    except ValidationError as exc:
        found = exc.errors()
    # A union reports every alternative it tried; "should be null" is noise beside the real problem.
    real = [e for e in found if e["type"] != "none_required"] or found
    errors: dict[tuple, DataError] = {}
    untranslated: dict[tuple, DataError] = {}
    for err in real:
        error = source.error(err["loc"], _message(err), missing=err["type"] in _MISSING_KINDS)
        bucket = untranslated if err["type"] == "translation_missing" else errors
        bucket.setdefault((error.line, error.field), error)  # one line per place is enough
    if not allow_untranslated:
        return None, list(errors.values()) + list(untranslated.values()), []
    if errors:
        return None, list(errors.values()), list(untranslated.values())
    value = schema.model_validate(source.data, context={model.ALLOW_UNTRANSLATED: True})
    return value, [], list(untranslated.values())


AREA_DIR = "painopisteet"
DOCUMENTS_FILE = "asiakirjat.yml"
EVALUATION_FILE = "kasiarviointi.yml"
REVIEWS_FILE = "axe-tarkistettavat.yml"  # outcomes of axe's "needs review" items (the test report)
EASY_FILE = "selkokieli.yml"  # the easy-language pages' own texts; the site has no easy pages without it
FILES: dict[str, type[BaseModel]] = {
    DOCUMENTS_FILE: model.Asiakirjat,
    "suunnitelma.yml": model.Suunnitelma,
    "strategia.yml": model.Strategia,
    "sivusto.yml": model.Sivusto,
    "muutokset.yml": model.Muutokset,
    EVALUATION_FILE: model.Kasiarvioinnit,
    REVIEWS_FILE: model.AxeTarkistukset,
    EASY_FILE: model.Selkokieli,
    f"{AREA_DIR}/*.yml": model.Painopiste,
}


def schema_file(schema: type[BaseModel]) -> str:
    """Where the JSON Schema of a data file lives, relative to the project."""
    return f"schemas/{schema.__name__.lower()}.schema.json"


def modeline(name: str, schema: type[BaseModel]) -> str:
    """The first line of a data file: tells YAML-aware editors which schema to use."""
    return f"# yaml-language-server: $schema={posixpath.relpath(schema_file(schema), posixpath.dirname(f'data/{name}'))}"


def modeline_of(name: str) -> str:
    """The first line of the data file `name` (relative to data/, e.g. "painopisteet/x.yml")."""
    pattern = next(k for k in FILES if Path(name).match(k))  # matches from the right: also "x/painopisteet/y.yml"
    return modeline(name, FILES[pattern])


@dataclass(frozen=True)
class Loaded:
    plan: model.Plan
    untranslated: list[DataError]  # missing Swedish texts, allowed only in the preview
    # Internal links with an anchor: checked against the pages as rendered (anchor_errors), which
    # loading does not make.
    anchored: list[tuple[Source, Path_, data_markdown.Link]] = field(default_factory=list)


def area_files_in(folder: Path, errors: list[DataError]) -> list[Path]:
    """A plan's area files, without hidden files (macOS ._x.yml, Emacs .#x.yml) or editor backups
    (x.yml~ and .x.yml.swp end otherwise); a folder that is a link is refused."""
    if folder.is_symlink() or not folder.is_dir():
        what = "on symbolinen linkki: sen pitää olla tavallinen kansio" if folder.is_symlink() else "puuttuu"
        errors.append(DataError(folder, 1, 1, "", f"kansio {what}"))
        return []
    return sorted(f for f in folder.glob("*.yml") if not f.name.startswith("."))


def load_plan(data_dir: Path) -> model.Plan:
    """Read, check and cross-reference everything under data_dir, as published."""
    return load(data_dir).plan


def load(data_dir: Path, *, allow_untranslated: bool = False, as_of: dt.date | None = None) -> Loaded:
    """Read, check and cross-reference everything under data_dir as of a date (default: the
    settings' date); raise DataErrors with all problems."""
    as_of = as_of or progress.today()
    errors: list[DataError] = []
    untranslated: list[DataError] = []

    def read(name: str, schema: type[BaseModel]) -> tuple[Source | None, Any]:
        file = data_dir / name
        if not os.path.lexists(file):
            errors.append(DataError(file, 1, 1, "", "tiedosto puuttuu"))
            return None, None
        try:
            source = read_yaml(file)
            if source.first_line != modeline_of(name):
                errors.append(DataError(file, 1, 1, "", f"ensimmäisen rivin pitää olla: {modeline_of(name)}"))
            value, problems, missing = validate(source, schema, allow_untranslated)
        except DataErrors as exc:
            errors.extend(exc.errors)
            return None, None
        except RecursionError as exc:
            errors.append(DataError(file, 1, 1, "", "rakenne on sisäkkäin liian syvä: tiedostossa ei tarvita näin syvää rakennetta"))
            return None, None
        except Exception as exc:  # ours, not the editor's: say which file was being read
            raise LoadBug(file, exc) from exc
        errors.extend(problems)
        untranslated.extend(missing)
        return source, value

    docs_src, docs = read(DOCUMENTS_FILE, model.Asiakirjat)
    site_src, site = read("sivusto.yml", model.Sivusto)
    changes_src, changes = read("muutokset.yml", model.Muutokset)
    evaluation_src, evaluations = read(EVALUATION_FILE, model.Kasiarvioinnit)
    reviews_src, reviews = read(REVIEWS_FILE, model.AxeTarkistukset)
    easy_src, easy = read(EASY_FILE, model.Selkokieli) if os.path.lexists(data_dir / EASY_FILE) else (None, None)

    def read_plan(name: str) -> tuple[Source | None, Any, dict[str, tuple[Source, model.Painopiste]]]:
        """A plan's file and its areas, which lie in painopisteet/ beside it."""
        plan_src, plan = read(name, model.Suunnitelma)
        folder = str(Path(name).parent / AREA_DIR).removeprefix("./")
        areas: dict[str, tuple[Source, model.Painopiste]] = {}
        area_files = area_files_in(data_dir / folder, errors)
        for file in area_files:
            source, area = read(f"{folder}/{file.name}", model.Painopiste)
            if source and area:
                if area.id != file.stem:
                    errors.append(source.error(("id",), f"tunnisteen pitää olla sama kuin tiedoston nimi: {file.stem}"))
                areas[area.id] = (source, area)
        if plan_src and plan:
            listed = plan.painopisteet
            for i, area_id in enumerate(listed):
                if area_id not in {f.stem for f in area_files}:
                    errors.append(plan_src.error(("painopisteet", i), f"painopistettä '{area_id}' ei ole: tiedosto {folder}/{area_id}.yml puuttuu"))
                elif listed.index(area_id) != i:
                    errors.append(plan_src.error(("painopisteet", i), f"painopiste '{area_id}' on luettelossa kahdesti"))
            for area_id, (source, _) in areas.items():
                if area_id not in listed:
                    errors.append(source.error(("id",), f"painopistettä ei ole suunnitelman luettelossa: lisää se {name}:n kohtaan painopisteet"))
            for source, area in areas.values():
                _deadlines_in_period(source, area, plan.kausi, errors)
        return plan_src, plan, areas

    # Without a valid list of documents, the first documents' files are still checked.
    listed_docs = docs.asiakirjat if docs else [
        model.Asiakirja.model_construct(id=laji, laji=laji, sisalto=f"{laji}.yml", osoite=None)
        for laji in ("suunnitelma", "strategia")
    ]
    if docs_src and docs:
        _check_documents(docs_src, docs, errors)
    plans: dict[str, tuple[Source | None, Any, dict]] = {}  # document id → plan file, plan, areas
    strategies: dict[str, tuple[Source | None, Any]] = {}
    for i, doc in enumerate(listed_docs):
        if doc.sisalto is None:
            continue
        if doc.laji == "suunnitelma":
            plans[doc.id] = read_plan(doc.sisalto)
            content_src, content = plans[doc.id][:2]
        else:
            strategies[doc.id] = content_src, content = read(doc.sisalto, model.Strategia)
        if docs_src and docs and content_src and content:
            _check_content(docs_src, i, doc, content_src, content, errors)

    all_areas = [pair for _, _, areas in plans.values() for pair in areas.values()]
    _withdrawals: list[tuple[Source, Path_, dt.date]] = []
    strategy_pairs = [(src, strategy) for src, strategy in strategies.values() if src and strategy]
    _unique_ids(data_dir, all_areas, strategy_pairs, errors)
    # Nothing published disappears silently (issue 26): the register against the data.
    register_src, register = read_published(data_dir, errors)
    if register_src and register is not None:
        published.check(register, register_src, docs, docs_src, plans, errors)
    for source, area in all_areas:
        for i, goal in enumerate(area.tavoitteet):
            for j, record in enumerate(goal.poistetut_raportit):
                dates_at = ("tavoitteet", i, "poistetut_raportit", j, "poistettu", "paivamaara")
                _withdrawals.append((source, dates_at, record.poistettu.paivamaara))
        for i, record in enumerate(area.poistetut_tavoitteet):
            _withdrawals.append((source, ("poistetut_tavoitteet", i, "poistettu", "paivamaara"), record.poistettu.paivamaara))
    for plan_src, plan, _ in plans.values():
        for i, record in enumerate(plan.poistetut_painopisteet if plan_src and plan else []):
            _withdrawals.append((plan_src, ("poistetut_painopisteet", i, "poistettu", "paivamaara"), record.poistettu.paivamaara))
    # The earliest period of the listed documents (or, without a valid list, of the files read).
    periods = [(d.kausi, d.laji) for d in docs.asiakirjat] if docs else [
        *((p.kausi, "suunnitelma") for _, p, _ in plans.values() if p), *((s.kausi, "strategia") for _, s in strategy_pairs)
    ]
    dates = _Dates.of(periods, as_of)
    for source, at, day in _withdrawals:  # a withdrawal happened, like a report
        dates.check(source, at, day, errors)
    for source, area in all_areas:
        for i, goal in enumerate(area.tavoitteet):
            _reports(source, ("tavoitteet", i), goal, goal.indicators, errors, dates)
    for strategy_src, strategy in strategy_pairs:
        for li, line in enumerate(strategy.linjaukset):
            for gi, goal in enumerate(line.tavoitteet):
                _reports(strategy_src, ("linjaukset", li, "tavoitteet", gi), goal, [], errors, dates)
    if changes_src and changes:
        area_ids = [a.id for _, a in all_areas]
        known = set(area_ids) | {g.id for _, a in all_areas for g in a.tavoitteet}
        known |= {g.id for _, strategy in strategy_pairs for line in strategy.linjaukset for g in line.tavoitteet}
        for i, change in enumerate(changes.muutokset):
            if change.kohde and change.kohde not in known:
                errors.append(changes_src.error(("muutokset", i, "kohde"), (
                    f"painopistettä tai tavoitetta '{change.kohde}' ei ole: tarkista tunniste painopisteen tiedostosta"
                )))
            elif change.kohde and area_ids.count(change.kohde) > 1:
                errors.append(changes_src.error(("muutokset", i, "kohde"), (
                    f"painopiste '{change.kohde}' on useammassa suunnitelmassa: anna kohteeksi jonkin sen tavoitteen tunniste"
                )))
            dates.check(changes_src, ("muutokset", i, "paivamaara"), change.paivamaara, errors)
    if reviews_src and reviews:
        for i, review in enumerate(reviews.tarkistetut):
            dates.check(reviews_src, ("tarkistetut", i, "paivamaara"), review.paivamaara, errors)

    linkable = pages.linkable(_documents_pages(listed_docs, plans))
    if evaluation_src and evaluations:
        _evaluations(evaluation_src, evaluations, linkable, dates, errors)
    if site_src and site and evaluations is not None:
        _statement_status(site_src, site, evaluations, errors)
    if easy_src and easy and docs:
        _easy_promises(easy_src, easy, docs, errors)

    read_files = [(docs_src, docs), (site_src, site), (changes_src, changes), (easy_src, easy), *all_areas,
                  *((s, p) for s, p, _ in plans.values()), *strategies.values()]
    links = [(s, v) for s, v in read_files if s and v]
    _link_pages(links, linkable, errors)
    if errors:
        raise DataErrors(errors)
    built = []
    for doc in docs.asiakirjat:
        reviewed = docs.ruotsinnos_tarkistettu
        if doc.id in plans:
            _, plan, areas = plans[doc.id]
            ordered = [areas[area_id][1] for area_id in plan.painopisteet]
            reviewed = reviewed and plan.ruotsinnos_tarkistettu and all(a.ruotsinnos_tarkistettu for a in ordered)
            built.append(model.Document(meta=doc, reviewed=reviewed, suunnitelma=plan, painopisteet=ordered))
        elif doc.id in strategies:
            strategy = strategies[doc.id][1]
            built.append(model.Document(meta=doc, reviewed=reviewed and strategy.ruotsinnos_tarkistettu, strategia=strategy))
        else:
            built.append(model.Document(meta=doc, reviewed=reviewed))
    first = {d.meta.laji: d for d in reversed(built) if d.meta.osoite is None}
    whole = model.Plan(
        suunnitelma=first["suunnitelma"].suunnitelma, painopisteet=first["suunnitelma"].painopisteet,
        strategia=first["strategia"].strategia, sivusto=site, muutokset=changes.muutokset, asiakirjat=built,
        kasiarviointi=evaluations.latest,
        axe_tarkistukset=reviews.tarkistetut,
        selkokieli=easy,
    )
    anchored = [(s, w, link) for s, w, link in _internal_links(links) if link.anchor]
    return Loaded(whole, untranslated, anchored)


def read_published(data_dir: Path, errors: list[DataError]) -> tuple[Source | None, Register | None]:
    """The register of what was published (published.py) and its source, or (None, None) with the
    errors found."""
    file = data_dir / published.FILE
    if not file.exists():
        errors.append(DataError(file, 1, 1, "", (
            "julkaistujen luettelo puuttuu: palauta tiedosto (git restore data/julkaistut.yml) tai luo se: "
            "./scripts/check --paivita-julkaistut — På svenska: förteckningen över det publicerade saknas: "
            "återställ filen (git restore data/julkaistut.yml) eller skapa den: ./scripts/check --paivita-julkaistut"
        )))
        return None, None
    try:
        source = read_yaml(file)
    except DataErrors as exc:
        errors.extend(exc.errors)
        return None, None
    value, problems, _ = validate(source, model.Julkaistut)
    errors.extend(problems)
    return (source, value.asiakirjat) if value else (None, None)


def _check_documents(source: Source, docs: model.Asiakirjat, errors: list[DataError]) -> None:
    """Ids and addresses unique, successors known, one document per kind at the first addresses."""
    ids = [d.id for d in docs.asiakirjat]
    addresses: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, doc in enumerate(docs.asiakirjat):
        at = ("asiakirjat", i)
        if ids.index(doc.id) != i:
            errors.append(source.error(at + ("id",), f"tunniste '{doc.id}' on jo käytössä: valitse toinen"))
        if doc.osoite is None:
            if doc.laji in first:
                errors.append(source.error(at + ("osoite",), (
                    f"sivuston ensimmäiset osoitteet ovat jo asiakirjalla '{docs.asiakirjat[first[doc.laji]].id}': "
                    "anna tälle oma osoite, esim. sen tunniste"
                )))
            first.setdefault(doc.laji, i)
        elif doc.osoite in addresses or doc.osoite in pages.reserved_folders():
            errors.append(source.error(at + ("osoite",), f"osoite '{doc.osoite}' on jo käytössä: valitse toinen"))
        else:
            addresses[doc.osoite] = i
        successor = doc.korvaaja.asiakirja if doc.korvaaja else None
        if successor is not None and successor not in ids:
            errors.append(source.error(at + ("korvaaja", "asiakirja"), (
                f"asiakirjaa '{successor}' ei ole: tunnisteet ovat {', '.join(ids)}"
            )))
        elif successor == doc.id:
            errors.append(source.error(at + ("korvaaja", "asiakirja"), "asiakirja ei voi korvata itseään"))
    for laji in ("suunnitelma", "strategia"):
        if laji not in first:
            errors.append(source.error(("asiakirjat",), (
                f"yhdellä {laji}lla pitää olla sivuston ensimmäiset osoitteet: kirjoita sille osoite: null"
            )))




def _check_content(
    source: Source, index: int, doc: model.Asiakirja, content_src: Source, content, errors: list[DataError]
) -> None:
    """A content file names the same document: its name and period (and a plan's approval) agree."""
    fields = ["nimi", "kausi"] + (["hyvaksynta"] if doc.laji == "suunnitelma" else [])
    for name in fields:
        if getattr(content, name) != getattr(doc, name):
            errors.append(content_src.error((name,), (
                f"{name} ei ole sama kuin asiakirjan '{doc.id}' tiedostossa asiakirjat.yml "
                f"(rivi {source.error(('asiakirjat', index, name), '').line}): korjaa toinen"
            )))


def _evaluations(
    source: Source, evaluations: model.Kasiarvioinnit, pages: set[str], dates: _Dates, errors: list[DataError]
) -> None:
    """A manual evaluation happened (no date ahead of today) on pages the site has, against
    criteria the coverage map knows."""
    from plan.domain import wcag_coverage  # only when there is an evaluation to check

    coverage = wcag_coverage.load() if evaluations.arvioinnit else None
    for i, evaluation in enumerate(evaluations.arvioinnit):
        dates.check(source, ("arvioinnit", i, "paivamaara"), evaluation.paivamaara, errors)
        for j, result in enumerate(evaluation.tulokset):
            if coverage.get(result.kriteeri) is None:
                errors.append(source.error(("arvioinnit", i, "tulokset", j, "kriteeri"), (
                    f"kriteeriä {result.kriteeri} ei ole WCAG 2.1:n A- ja AA-tason kriteereissä: tarkista numero, esim. 1.4.3"
                )))
        for j, page in enumerate(evaluation.otos):
            if urls.page_of(page.osoite, pages) is None:
                errors.append(source.error(("arvioinnit", i, "otos", j, "osoite"), (
                    f"sivua {page.osoite} ei ole sivustolla: kirjoita osoite sellaisena kuin se näkyy selaimessa "
                    "sivuston nimen jälkeen, esim. /painopisteet/turvallisuus/"
                )))


def _statement_status(source: Source, site: model.Sivusto, evaluations: model.Kasiarvioinnit, errors: list[DataError]) -> None:
    """"Fully compliant" needs a recorded manual evaluation without failures: automated tests
    alone cannot show it (issue 15)."""
    if site.saavutettavuus.tila != "taysin":
        return
    latest = evaluations.latest
    if latest is None:
        errors.append(source.error(("saavutettavuus", "tila"), (
            "tila voi olla taysin vasta, kun käsin tehty arviointi on kirjattu tiedostoon kasiarviointi.yml: kirjoita tila: osittain"
        )))
    elif any(r.tulos == "hylatty" for r in latest.tulokset):
        errors.append(source.error(("saavutettavuus", "tila"), (
            "uusimmassa käsin tehdyssä arvioinnissa on hylättyjä kriteereitä: kirjoita tila: osittain"
        )))


def _easy_promises(source: Source, easy: model.Selkokieli, docs: model.Asiakirjat, errors: list[DataError]) -> None:
    """The easy-language promises are those of a listed strategy, one for each, in its order."""
    doc = next((d for d in docs.asiakirjat if d.id == easy.strategia), None)
    if doc is None or doc.laji != "strategia":
        strategies = ", ".join(d.id for d in docs.asiakirjat if d.laji == "strategia")
        errors.append(source.error(("strategia",), f"strategiaa '{easy.strategia}' ei ole tiedostossa asiakirjat.yml: tunnisteet ovat {strategies}"))
    elif len(easy.lupaukset) != len(doc.muutoslupaukset):
        errors.append(source.error(("lupaukset",), (
            f"strategialla '{doc.id}' on {len(doc.muutoslupaukset)} muutoslupausta, selkokielisiä lupauksia on {len(easy.lupaukset)}: "
            "kirjoita yksi jokaista lupausta kohden, samassa järjestyksessä"
        )))


def _internal_links(read_files: list[tuple[Source, BaseModel]]):
    for source, value in read_files:
        if not source.may_link:
            continue
        for where, _, text in data_links.markdown_texts(value):
            for link in data_markdown.links(text):
                yield source, where, link


def _documents_pages(docs: list[model.Asiakirja], plans: dict[str, tuple[Source | None, Any, dict]]) -> list[str]:
    """The pages of every listed document (urls.Paths) and the list of earlier ones."""
    found = [pages.EARLIER.path]
    for doc in docs:
        paths = urls.Paths(doc)
        found.append(paths.main)
        if doc.id in plans:
            found += [paths.whole, *(paths.area(area) for _, area in plans[doc.id][2].values())]
            plan = plans[doc.id][1]
            found += [paths.area(record) for record in (plan.poistetut_painopisteet if plan else [])]
    return found


def _link_pages(read_files: list[tuple[Source, BaseModel]], linkable: set[str], errors: list[DataError]) -> None:
    """Internal links in Markdown texts lead to pages of the site (the strict build would refuse
    them otherwise, after the check had passed)."""
    for source, where, link in _internal_links(read_files):
        if problem := data_links.page_problem(link, linkable):
            errors.append(source.error(where, problem))


def anchor_errors(loaded: Loaded, pages_markdown: dict[str, str]) -> list[DataError]:
    """Internal links with an anchor lead to an id of their page: `pages_markdown` is the Markdown of
    the Finnish pages as they will be built (by source path; the ids are the same in Swedish)."""
    ids = data_links.anchors(pages_markdown)
    return [source.error(where, problem) for source, where, link in loaded.anchored
            if (problem := data_links.anchor_problem(link, ids))]


_KIND_WORDS = {"prosentti": "prosentti", "lukumaara": "lukumäärä", "per-1000": "tuhatta kohden", "kylla-ei": "kyllä/ei"}


def _value_problem(kind: str, level: model.Taso | model.MittarinArvo) -> tuple[str, str] | None:
    """Which field of a value does not fit its indicator's kind and why, or None."""
    if kind == "kylla-ei":
        if level.kylla_ei is None:
            return "arvo", "kyllä/ei-mittarin arvo kirjoitetaan kenttään kylla_ei: true tai false (ja kenttä arvo pois)"
        return None
    if level.arvo is None:
        return "kylla_ei", f"mittarin laji on {_KIND_WORDS[kind]}: kirjoita luku kenttään arvo (ja kenttä kylla_ei pois)"
    if level.arvo < 0:
        return "arvo", "arvo ei voi olla negatiivinen"
    if kind == "prosentti" and level.arvo > 100:
        return "arvo", "prosenttiarvo on enintään 100"
    return None


def _reports(
    source: Source, at: Path_, goal, indicators: list[model.Mittari], errors: list[DataError], dates: _Dates
) -> None:
    """Reports refer to this goal's own indicators, with values of the right kind, and are not from the future."""
    by_id: dict[str, model.Mittari] = {}
    for i, indicator in enumerate(indicators):
        if indicator.id in by_id:
            errors.append(source.error(at + ("mittarit",), f"mittarin tunniste '{indicator.id}' on kahdesti: valitse toinen"))
        by_id[indicator.id] = indicator
        for level in ("lahtotaso", "tavoitetaso"):
            value = getattr(indicator, level)
            problem = value and _value_problem(indicator.laji, value)
            if problem:
                index = goal.mittarit.index(indicator)
                errors.append(source.error(at + ("mittarit", index, level, problem[0]), problem[1]))
    for r, report in enumerate(goal.raportit):
        dates.check(source, at + ("raportit", r, "paivamaara"), report.paivamaara, errors)
        for v, value in enumerate(report.arvot):
            where = at + ("raportit", r, "arvot", v)
            indicator = by_id.get(value.mittari)
            if indicator is None:
                known = ", ".join(by_id) or "ei yhtään (anna mittarille id, nimi ja laji)"
                errors.append(source.error(where + ("mittari",), (
                    f"tavoitteella ei ole mittaria '{value.mittari}': mittarien tunnisteet ovat {known}"
                )))
            elif problem := _value_problem(indicator.laji, value):
                errors.append(source.error(where + (problem[0],), problem[1]))


@dataclass(frozen=True)
class _Dates:
    """Report and change dates lie between the start of the earliest document's period and today
    (in Helsinki): 1999 or 0001-01-01 is a slip of the keyboard, not a report."""

    earliest: dt.date | None
    why: str
    today: dt.date

    @classmethod
    def of(cls, kinds: list[tuple[model.Kausi, str]], today: dt.date) -> _Dates:
        periods = [(period.alku, f"{kind}kauden") for period, kind in kinds]
        if not periods:
            return cls(None, "", today)
        year, what = min(periods)
        return cls(dt.date(year, 1, 1), f"{what} {year} alku", today)

    def check(self, source: Source, at: Path_, day: dt.date, errors: list[DataError]) -> None:
        if day > self.today:
            errors.append(source.error(at, f"päivämäärä {day.isoformat()} on tulevaisuudessa: raportoi vain tapahtunutta"))
        elif self.earliest and day < self.earliest:
            errors.append(source.error(at, (
                f"päivämäärä {day.isoformat()} on ennen {self.why}a ({self.earliest.isoformat()}): tarkista vuosi"
            )))


def _deadlines_in_period(source: Source, area: model.Painopiste, period: model.Kausi, errors: list[DataError]) -> None:
    for i, goal in enumerate(area.tavoitteet):
        deadline = goal.deadline
        if deadline is None or deadline.last_day is None:
            continue
        inside = period.alku <= deadline.last_day.year <= period.loppu
        if not inside and not goal.maaraaika_kauden_ulkopuolella:
            errors.append(source.error(("tavoitteet", i, "maaraaika"), (
                f"määräaika on suunnitelmakauden {period.alku}–{period.loppu} ulkopuolella: korjaa se, tai jos se on "
                "tarkoituksellinen, lisää tavoitteelle rivi maaraaika_kauden_ulkopuolella: true"
            )))
        elif inside and goal.maaraaika_kauden_ulkopuolella:
            errors.append(source.error(("tavoitteet", i, "maaraaika_kauden_ulkopuolella"), (
                f"määräaika on suunnitelmakaudella {period.alku}–{period.loppu}: poista rivi maaraaika_kauden_ulkopuolella"
            )))


def _unique_ids(data_dir: Path, areas, strategies, errors: list[DataError]) -> None:
    # Goal ids are anchors, feed ids and open-data ids: unique across every document.
    seen: dict[str, str] = {}
    for source, area in areas:
        for i, goal in enumerate(area.tavoitteet):
            if goal.id in seen:
                errors.append(source.error(("tavoitteet", i, "id"), f"tunniste '{goal.id}' on jo käytössä ({seen[goal.id]}): valitse toinen"))
            seen.setdefault(goal.id, source.file.relative_to(data_dir).as_posix())
    for strategy_src, strategy in strategies:
        for li, line in enumerate(strategy.linjaukset):
            for gi, goal in enumerate(line.tavoitteet):
                if goal.id in seen:
                    errors.append(strategy_src.error(("linjaukset", li, "tavoitteet", gi, "id"), f"tunniste '{goal.id}' on jo käytössä ({seen[goal.id]}): valitse toinen"))
                seen.setdefault(goal.id, strategy_src.file.relative_to(data_dir).as_posix())
