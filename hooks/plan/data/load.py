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
from plan.messages import Message, joined, prefixed, swedish
from plan.site import pages, urls

MAX_FILE_BYTES = 256 * 1024  # a plan file is a few kilobytes; anything far bigger is a mistake
# Bounds checked before YAML sees the text, so that no file keeps the check busy (the real data
# has 10 and 2): indentation, counting "- " and "? " that nest without indenting, and open brackets.
MAX_INDENT = 100
MAX_FLOW_DEPTH = 20
MAX_NODE_DEPTH = 60
TOO_DEEP = Message("rakenne on sisäkkäin liian syvä: tiedostossa ei tarvita näin syvää rakennetta",
                   "strukturen har för många nivåer inuti varandra: filen behöver inte en så djup struktur")


@dataclass(frozen=True)
class DataError:
    """One problem in the data, addressed the way an editor finds it."""

    file: Path
    line: int
    column: int
    field: str
    message: str  # in Finnish; a messages.Message has its Swedish too
    both: bool = False  # printed in both languages where none is chosen (published.py)

    def __str__(self) -> str:
        where = f"{shown_path(self.file)}:{self.line}:{self.column}"
        message = f"{self.message}{BOTH}{swedish(self.message)}" if self.both and swedish(self.message) else self.message
        text = f"{where}: {self.field}: {message}" if self.field else f"{where}: {message}"
        return printable(text)


BOTH = " — På svenska: "


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
                None, None, Message("ankkurit ja viittaukset (& ja *) eivät ole sallittuja: kirjoita teksti auki",
                                    "ankare och referenser (& och *) är inte tillåtna: skriv texten i sin helhet"),
                event.start_mark,
            )


def _check_nodes(
    loader: yaml.SafeLoader, node: yaml.Node, marks: dict[Path_, yaml.Mark], lines: list[str], path: Path_ = ()
) -> None:
    """Record where every value stands; refuse tags, duplicate keys, impossible dates, cut texts."""
    marks[path] = node.start_mark
    if len(path) > MAX_NODE_DEPTH:
        raise _NodeError(path, node.start_mark, TOO_DEEP)
    if isinstance(node, yaml.ScalarNode) and node.style == '"' and (bad := _SUSPECT.search(node.value)):
        # Written as an escape inside double quotes ("\x01", "\u202e"), the only place where a
        # character can hide from the scan of the file.
        problem = character_problem(bad.group(0))
        raise _NodeError(path, node.start_mark, Message(
            f"tekstissä on {problem} (kirjoitettu \\-koodina lainausmerkkeihin)",
            f"texten innehåller {problem.sv} (skrivet som \\-kod inom citattecken)",
        ))
    implicit = _implicit_tag(loader, node)
    if node.tag != implicit:
        shown = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise _NodeError(path, node.start_mark, Message(
            f"YAML-tagi {shown} ei ole sallittu: jos !-merkki kuuluu tekstiin, kirjoita koko teksti "
            "lainausmerkkeihin; muuten poista tagi",
            f"YAML-taggen {shown} är inte tillåten: om tecknet ! hör till texten, skriv hela texten inom "
            "citattecken; annars ta bort taggen",
        ))
    if implicit == _TIMESTAMP_TAG:
        try:
            loader.construct_yaml_timestamp(node)
        except ValueError:
            raise _NodeError(
                path, node.start_mark, model.no_such_date(node.value)
            ) from None
    if isinstance(node, yaml.ScalarNode) and not node.style and path and path[-1] in model.LANGUAGES:
        rest = lines[node.end_mark.line][node.end_mark.column :] if node.end_mark.line < len(lines) else ""
        if rest.lstrip().startswith("#"):  # YAML took the rest of the text for a comment
            raise _NodeError(path, node.start_mark, Message(
                "teksti katkeaa #-merkkiin, koska YAML lukee loppuosan kommentiksi: "
                "kirjoita koko teksti lainausmerkkeihin",
                "texten bryts vid tecknet #, eftersom YAML läser resten som en kommentar: "
                "skriv hela texten inom citattecken",
            ))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            if path + (key,) in marks:  # PyYAML would keep the last one silently
                raise _NodeError(path + (key,), key_node.start_mark, Message(
                    f"avain '{key}' on kahteen kertaan: poista toinen", f"nyckeln '{key}' finns två gånger: ta bort den ena"))
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

    def error(self, loc: Iterable[str | int], message: str, missing: bool = False, both: bool = False) -> DataError:
        """An error at `loc`; a missing field is named, at the line of its parent."""
        loc = tuple(loc)
        path = _known_prefix(loc, self.marks)
        mark = self.marks.get(path) or self.marks.get((), None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        shown = path + (loc[-1],) if missing and _names_a_field(loc, path) else path
        return DataError(self.file, line, col, field_path(shown), message, both)


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
        raise refuse(Message("tiedosto on symbolinen linkki: data-kansiossa saa olla vain tavallisia tiedostoja; "
                             "korvaa linkki tiedoston kopiolla",
                             "filen är en symbolisk länk: i mappen data får det bara finnas vanliga filer; "
                             "ersätt länken med en kopia av filen"))
    if stat.S_ISDIR(info.st_mode):
        raise refuse(Message("tämä on kansio eikä tiedosto: poista kansio tai anna sille nimi, joka ei pääty .yml",
                             "det här är en mapp och inte en fil: ta bort mappen eller ge den ett namn som inte slutar på .yml"))
    if not stat.S_ISREG(info.st_mode):
        raise refuse(Message("tämä ei ole tavallinen tiedosto (vaan esim. laite tai putki): poista se data-kansiosta",
                             "det här är ingen vanlig fil (utan t.ex. en enhet eller ett rör): ta bort den ur mappen data"))
    if info.st_size > MAX_FILE_BYTES:
        raise refuse(Message(f"tiedosto on {info.st_size} tavua, suurin sallittu koko on {MAX_FILE_BYTES}: jaa se osiin",
                             f"filen är {info.st_size} byte, den största tillåtna storleken är {MAX_FILE_BYTES}: dela upp den"))
    # O_NOFOLLOW and O_NONBLOCK: should the file be swapped between lstat and open, no link is
    # followed and no FIFO blocks; fstat then says what was opened.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(file, flags)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise refuse(Message("tämä ei ole tavallinen tiedosto: poista se data-kansiosta",
                                 "det här är ingen vanlig fil: ta bort den ur mappen data"))
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise refuse(Message(f"tiedosto on yli {MAX_FILE_BYTES} tavua: jaa se osiin",
                             f"filen är större än {MAX_FILE_BYTES} byte: dela upp den"))
    return raw


def _cp1252(c: str) -> str | None:
    try:
        return bytes([ord(c)]).decode("cp1252")
    except UnicodeDecodeError:
        return None


def character_problem(c: str) -> Message | None:
    """Why the character `c` may not stand in a data file, in Finnish and Swedish, or None."""
    code = f"U+{ord(c):04X}"
    if c == "\x0b":
        return Message(f"pystysarkain ({code}), jonka Word tekee vaihtorivistä (Vaihto+Enter): korvaa se rivinvaihdolla "
                       "tai välilyönnillä",
                       f"ett vertikalt tabbtecken ({code}), som Word gör av en manuell radbrytning (Skift+Enter): ersätt det med ett "
                       "radbyte eller ett mellanslag")
    if c == "\x00":
        return Message(f"NUL-merkki ({code}): tiedosto on vioittunut tai tallennettu väärin; poista merkki ja tallenna UTF-8-muodossa",
                       f"ett NUL-tecken ({code}): filen är skadad eller felaktigt sparad; ta bort tecknet och spara i UTF-8-format")
    if c in "\x0c":
        return Message(f"sivunvaihtomerkki ({code}): poista se", f"ett sidbrytningstecken ({code}): ta bort det")
    if ord(c) < 0x20 and c not in "\t\n\r" or c == "\x7f":
        return Message(f"näkymätön ohjausmerkki {code} (tulee usein kopioitaessa toisesta ohjelmasta): poista se",
                       f"ett osynligt styrtecken {code} (följer ofta med när man kopierar från ett annat program): ta bort det")
    if 0x80 <= ord(c) <= 0x9F:
        meant = _cp1252(c)
        if meant:
            return Message(f"näkymätön ohjausmerkki {code}, luultavasti väärin tallennettu merkki {meant}: kirjoita {meant} sen tilalle",
                           f"ett osynligt styrtecken {code}, troligen ett felaktigt sparat tecken {meant}: skriv {meant} i stället")
        return Message(f"näkymätön ohjausmerkki {code}: poista se", f"ett osynligt styrtecken {code}: ta bort det")
    if "\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069":
        return Message(f"näkymätön tekstin suunnan ohjausmerkki {code}: se voi näyttää tekstin toisessa järjestyksessä "
                       "kuin se on tallennettu; poista se",
                       f"ett osynligt tecken för textriktning {code}: det kan visa texten i en annan ordning än den "
                       "är sparad i; ta bort det")
    if c in "\u2028\u2029":
        return Message(f"näkymätön rivierotin {code}: korvaa se tavallisella rivinvaihdolla",
                       f"en osynlig radavgränsare {code}: ersätt den med ett vanligt radbyte")
    if c == "\ufeff":
        return Message(f"näkymätön merkki {code} (BOM) keskellä tekstiä: poista se",
                       f"ett osynligt tecken {code} (BOM) mitt i texten: ta bort det")
    if 0xFDD0 <= ord(c) <= 0xFDEF or (ord(c) & 0xFFFE) == 0xFFFE:
        return Message(f"merkki {code} ei ole tekstimerkki: poista se", f"tecknet {code} är inget texttecken: ta bort det")
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
            return DataError(file, number, 1, "", Message(
                f"rivin sisennys (välilyönnit ja luettelon viivat) on yli {MAX_INDENT} merkkiä: "
                "tarkista rivin alku; tiedostossa ei tarvita näin syvää rakennetta",
                f"radens indrag (mellanslag och listans streck) är över {MAX_INDENT} tecken: "
                "kontrollera radens början; filen behöver inte en så djup struktur",
            ))
    depth = 0
    for m in re.finditer(r"[\[\]{}]", text):
        depth = depth + 1 if m.group(0) in "[{" else max(depth - 1, 0)
        if depth > MAX_FLOW_DEPTH:
            start = m.start()
            line = text.count("\n", 0, start) + 1
            col = start - (text.rfind("\n", 0, start) + 1) + 1
            return DataError(file, line, col, "", Message(
                f"sulkeita [ tai {{ on sisäkkäin yli {MAX_FLOW_DEPTH}: tarkista, puuttuuko lopettava ] tai }}",
                f"över {MAX_FLOW_DEPTH} parenteser [ eller {{ står inuti varandra: kontrollera om en avslutande ] eller }} saknas",
            ))
    return None


def read_yaml(file: Path) -> Source:
    """Read one YAML file safely; raises DataErrors on anything unreadable."""
    raw = _read_regular(file)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataErrors([DataError(file, line, 1, "", Message(
            "tiedosto ei ole UTF-8-muodossa: tallenna se UTF-8-merkistöllä",
            "filen är inte i UTF-8-format: spara den med teckenkodningen UTF-8"))]) from None
    text = text.removeprefix("\ufeff")  # a BOM, which some Windows editors write: harmless
    if problems := _character_errors(file, text):
        raise DataErrors(problems)
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        col = len(text[: text.index("\t")].rsplit("\n", 1)[-1]) + 1
        raise DataErrors([DataError(file, line, col, "", TAB)])
    if problem := _nesting_error(file, text):
        raise DataErrors([problem])
    loader = _Loader(text)
    try:
        _refuse_anchors(text)
        node = loader.get_single_node()
        marks: dict[Path_, yaml.Mark] = {}
        if node is None:
            raise DataErrors([DataError(file, 1, 1, "", Message("tiedosto on tyhjä", "filen är tom"))])
        _check_nodes(loader, node, marks, text.split("\n"))
        data = loader.construct_document(node)
    except _NodeError as exc:
        mark = exc.mark
        raise DataErrors([DataError(file, mark.line + 1, mark.column + 1, field_path(exc.path), exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        raise DataErrors([_syntax_error(file, text, exc)]) from None
    except yaml.YAMLError as exc:  # e.g. the reader's "special characters are not allowed", without a mark
        reason = _reader_error(exc)
        raise DataErrors([DataError(file, 1, 1, "", Message(f"YAML-virhe: tiedostoa ei voi lukea ({reason})",
                                                              f"YAML-fel: filen kan inte läsas ({reason.sv})"))]) from None
    finally:
        loader.dispose()
    return Source(file, data, marks, text.split("\n", 1)[0].rstrip(), "](" in text or "]:" in text or "\\x5" in text)


def _reader_error(exc: yaml.YAMLError) -> Message:
    if "special characters" in str(exc):
        return Message("tiedostossa on merkki, jota YAML ei hyväksy", "filen innehåller ett tecken som YAML inte godtar")
    return Message("rakenne on virheellinen", "strukturen är felaktig")


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
        if quote and (found := _unclosed(file, lines, i, quote.start(1), mark, Message("rivin", "raden"))):  # the text runs on over the following lines
            return found
    for i in dict.fromkeys(candidates):
        found = _SPECIAL_START.match(lines[i]) if i < len(lines) else None
        if found:
            return DataError(file, i + 1, found.start(1) + 1, "", Message(
                f"arvo alkaa merkillä {found.group(1)}, jolla YAML-teksti ei voi alkaa: "
                "kirjoita koko teksti lainausmerkkeihin",
                f"värdet börjar med tecknet {found.group(1)}, som en YAML-text inte kan börja med: "
                "skriv hela texten inom citattecken",
            ))
    # On the same line the bracket may well be closed: today's message at the mistake fits better.
    if context in _FLOW and opened and mark and mark.line != opened.line:
        if found := _unclosed(file, lines, opened.line, opened.column, mark):
            return found
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return DataError(file, line, col, "", _yaml_message(problem))


_FLOW = ("while parsing a flow sequence", "while parsing a flow mapping")

# A [, {, " or ' left open: YAML notices it lines later, but the editor must act where it opened.
_OPENERS = {'"': Message("lainausmerkki", "citattecknet"), "'": Message("heittomerkki", "apostrofen"),
            "[": Message("YAML-virhe: hakasulku", "YAML-fel: hakparentesen"),
            "{": Message("YAML-virhe: aaltosulku", "YAML-fel: klammerparentesen")}
_BRACKET_FIXES = {
    "[": Message("lisää luettelon loppuun ] tai poista [ (jos ] on jo paikallaan, lisää puuttuva pilkku kohtien väliin)",
                 "lägg till ] i slutet av listan eller ta bort [ (om ] redan finns, lägg till det saknade kommatecknet mellan punkterna)"),
    "{": Message("lisää kenttien loppuun } tai poista { (jos } on jo paikallaan, lisää puuttuva pilkku kohtien väliin)",
                 "lägg till } efter fälten eller ta bort { (om } redan finns, lägg till det saknade kommatecknet mellan punkterna)"),
}


def _unclosed(file: Path, lines: list[str], line: int, column: int, noticed: yaml.Mark | None,
              close_at: Message = Message("tekstin", "texten")) -> DataError | None:
    """The error at the opening character (0-based line and column), naming where YAML noticed it."""
    char = lines[line][column:column + 1] if line < len(lines) else ""
    if char not in _OPENERS:
        return None
    if noticed is None or noticed.line == line:
        where = Message("", "")
    elif not "\n".join(lines[noticed.line:])[noticed.column:].strip():
        where = Message(" (huomattiin tiedoston lopussa)", " (upptäcktes i slutet av filen)")
    else:
        where = Message(f" (huomattiin rivillä {noticed.line + 1})", f" (upptäcktes på rad {noticed.line + 1})")
    fix = _BRACKET_FIXES.get(char) or Message(f"lisää lopettava {char} {close_at} loppuun tai poista alkava {char}",
                                              f"lägg till ett avslutande {char} i slutet av {close_at.sv} eller ta bort det inledande {char}")
    opener = _OPENERS[char]
    return DataError(file, line + 1, column + 1, "", Message(f"{opener} {char} jää sulkematta{where}: {fix}",
                                                             f"{opener.sv} {char} stängs inte{where.sv}: {fix.sv}"))


# PyYAML's wording of the mistakes editors make most, in Finnish and Swedish with the fix.
_QUOTE_IT = ("kirjoita teksti lainausmerkkeihin", "skriv texten inom citattecken")
_INDENT = ("sisennys ei täsmää edellisiin riveihin: tarkista välilyönnit rivin alussa",
           "indraget stämmer inte med raderna före: kontrollera mellanslagen i början av raden")
_YAML_PROBLEMS = {english: Message(*words) for english, words in {
    "mapping values are not allowed": ("kaksoispiste väärässä kohdassa: jos tekstissä on kaksoispiste, " + _QUOTE_IT[0],
                                       "ett kolon på fel ställe: om texten innehåller ett kolon, " + _QUOTE_IT[1]),
    "could not find expected ':'": ("riviltä puuttuu kaksoispiste tai sisennys ei täsmää: kirjoita avain: arvo",
                                    "raden saknar ett kolon eller indraget stämmer inte: skriv nyckel: värde"),
    "did not find expected key": _INDENT,
    "did not find expected '-' indicator": ("luettelon kohta ei ala viivalla (- ) tai sisennys ei täsmää",
                                            "listans punkt börjar inte med ett streck (- ) eller indraget stämmer inte"),
    "did not find expected ',' or ']'": ("hakasulkeista puuttuu ] tai pilkku", "det saknas ] eller ett kommatecken i hakparenteserna"),
    "found unexpected end of stream": ("tiedosto loppuu kesken: puuttuuko lopettava lainausmerkki?",
                                       "filen tar slut för tidigt: saknas ett avslutande citattecken?"),
    "found character that cannot start any token": ("arvo alkaa merkillä, jolla se ei voi alkaa (esim. @ tai `): " + _QUOTE_IT[0],
                                                    "värdet börjar med ett tecken som det inte kan börja med (t.ex. @ eller `): " + _QUOTE_IT[1]),
    "but found another document": ("tiedostossa on toinen YAML-dokumentti: poista rivi --- (tiedostossa on yksi dokumentti)",
                                   "filen innehåller ett andra YAML-dokument: ta bort raden --- (filen har ett dokument)"),
    "found unknown escape character": ("lainausmerkeissä on tuntematon \\-koodi: kirjoita \\\\ tai käytä heittomerkkejä '…'",
                                       "inom citattecknen finns en okänd \\-kod: skriv \\\\ eller använd apostrofer '…'"),
    "expected <block end>": _INDENT,
    "expected <document start>": ("rivi ei kuulu rakenteeseen: tarkista sisennys ja kaksoispisteet",
                                  "raden hör inte till strukturen: kontrollera indraget och kolonen"),
    "expected a comment or a line break": ("rivillä on ylimääräistä tekstiä: jos teksti jatkuu, kirjoita se lainausmerkkeihin",
                                           "raden har extra text: om texten fortsätter, skriv den inom citattecken"),
    "found unexpected ':'": ("kaksoispiste väärässä kohdassa: " + _QUOTE_IT[0], "ett kolon på fel ställe: " + _QUOTE_IT[1]),
    "expected ',' or '}'": ("aaltosulkeista puuttuu } tai pilkku", "det saknas } eller ett kommatecken i klammerparenteserna"),
    "expected ',' or ']'": ("hakasulkeista puuttuu ] tai pilkku", "det saknas ] eller ett kommatecken i hakparenteserna"),
    "found a tab character": ("sarkainmerkki (tab): sisennä välilyönneillä", "ett tabbtecken: gör indraget med mellanslag"),
    "expected the node content": ("arvo puuttuu tai alkaa merkillä, jolla se ei voi alkaa: " + _QUOTE_IT[0],
                                  "värdet saknas eller börjar med ett tecken som det inte kan börja med: " + _QUOTE_IT[1]),
    "found undefined": ("tuntematon merkintä: " + _QUOTE_IT[0], "okänd markering: " + _QUOTE_IT[1]),
    "expected alphabetic or numeric character": ("merkki & tai * ei voi aloittaa arvoa: " + _QUOTE_IT[0],
                                                 "tecknet & eller * kan inte inleda ett värde: " + _QUOTE_IT[1]),
}.items()}
TAB = _YAML_PROBLEMS["found a tab character"]


def _yaml_message(problem: str) -> str:
    if swedish(problem):
        return problem  # ours (the anchors), already in both languages
    for english, words in _YAML_PROBLEMS.items():
        if problem.startswith(english):
            return prefixed("YAML-virhe: ", "YAML-fel: ", words)
    # Only Finnish and Swedish for editors; PyYAML's wording would not help them.
    return Message("YAML-virhe: tiedoston rakenne on tässä kohdassa virheellinen: tarkista sisennys, kaksoispisteet ja lainausmerkit",
                   "YAML-fel: filens struktur är felaktig här: kontrollera indraget, kolonen och citattecknen")


_A_DATE = ("pitää olla päivämäärä muodossa VVVV-KK-PP ilman lainausmerkkejä", "ska vara ett datum i formen ÅÅÅÅ-MM-DD utan citattecken")
_AN_INTEGER = ("pitää olla kokonaisluku", "ska vara ett heltal")
_A_NUMBER = ("pitää olla luku: desimaalierotin on piste (esim. 7.5)", "ska vara ett tal: decimaltecknet är en punkt (t.ex. 7.5)")
_FIELDS = ("pitää olla kenttiä sisältävä rakenne (esim. fi: … ja sv: …)", "ska vara en struktur med fält (t.ex. fi: … och sv: …)")
_NOT_ALLOWED = ("arvo ei ole sallittu", "värdet är inte tillåtet")
_MESSAGES = {kind: Message(*words) for kind, words in {
    "missing": ("pakollinen kenttä puuttuu: lisää se", "ett obligatoriskt fält saknas: fyll i det"),
    "extra_forbidden": ("tuntematon kenttä: tarkista kirjoitusasu tai poista se", "okänt fält: kontrollera stavningen eller ta bort det"),
    "string_too_short": ("teksti on tyhjä: kirjoita teksti", "texten är tom: skriv en text"),
    "string_type": ("pitää olla teksti: jos teksti on pelkkä luku tai sana kuten on, off, yes, no tai true, kirjoita se lainausmerkkeihin",
                    "ska vara en text: om texten bara är ett tal eller ett ord som on, off, yes, no eller true, skriv den inom citattecken"),
    "float_parsing": _A_NUMBER,
    "float_type": _A_NUMBER,
    "string_pattern_mismatch": ("muoto ei kelpaa", "formatet är inte giltigt"),
    "int_type": _AN_INTEGER,
    "int_parsing": _AN_INTEGER,
    "bool_type": ("pitää olla true tai false", "ska vara true eller false"),
    "bool_parsing": ("pitää olla true tai false: kirjoita true tai false (ei kyllä, ei tai muuta sanaa)",
                     "ska vara true eller false: skriv true eller false (inte ja, nej eller något annat ord)"),
    "date_parsing": _A_DATE,
    "date_from_datetime_parsing": ("pitää olla päivämäärä muodossa VVVV-KK-PP ilman kellonaikaa",
                                   "ska vara ett datum i formen ÅÅÅÅ-MM-DD utan klockslag"),
    "string_too_long": ("teksti on liian pitkä", "texten är för lång"),
    "too_long": ("luettelossa on liian monta kohtaa", "listan har för många punkter"),
    "union_tag_invalid": _NOT_ALLOWED,
    "union_tag_not_found": ("arvo puuttuu tai on väärää muotoa", "värdet saknas eller har fel form"),
    "int_from_float": _AN_INTEGER,
    "list_type": ("pitää olla luettelo (rivit alkavat '- ')", "ska vara en lista (raderna börjar med '- ')"),
    "dict_type": ("pitää olla kenttiä sisältävä rakenne", "ska vara en struktur med fält"),
    "model_type": _FIELDS,
    "model_attributes_type": _FIELDS,
    "too_short": ("luettelo on tyhjä: lisää vähintään yksi kohta", "listan är tom: lägg till minst en punkt"),
    "date_type": _A_DATE,
    "literal_error": _NOT_ALLOWED,
}.items()}
_PATTERNS = {
    model.SLUG_PATTERN: Message(
        "tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja yksittäisiä väliviivoja (esim. uusi-tavoite)",
        "beteckningen får bara innehålla små bokstäver a–z, siffror och enstaka bindestreck (t.ex. uusi-tavoite)"),
    model.DEADLINE_PATTERN: Message(
        'määräaika on vuosi "VVVV", kuukausi "VVVV-KK" tai päivä VVVV-KK-PP, esim. "2026", "2025-05" tai 2025-12-31 (vuosi ja kuukausi lainausmerkeissä)',
        'tidsfristen är ett år "ÅÅÅÅ", en månad "ÅÅÅÅ-MM" eller en dag ÅÅÅÅ-MM-DD, t.ex. "2026", "2025-05" eller 2025-12-31 (år och månad inom citattecken)'),
    model.PERIOD_PATTERN: Message(
        'ajanjakso on vuosi "VVVV" tai kuukausi "VVVV-KK" lainausmerkeissä, esim. "2025" tai "2025-05"',
        'perioden är ett år "ÅÅÅÅ" eller en månad "ÅÅÅÅ-MM" inom citattecken, t.ex. "2025" eller "2025-05"'),
    model.APPROVAL_PATTERN: Message(
        'hyväksymispäivä on päivämäärä 2025-10-06 tai, jos vain kuukausi tiedetään, kuukausi lainausmerkeissä "2025-10"',
        'dagen för godkännandet är ett datum 2025-10-06 eller, om bara månaden är känd, månaden inom citattecken "2025-10"'),
}
_MISSING_KINDS = ("missing", "translation_missing")
_FIELD_NAMES = {
    name for cls in vars(model).values()
    if isinstance(cls, type) and issubclass(cls, BaseModel) for name in cls.model_fields
}


def _message(err: dict) -> str:
    kind, ctx = err["type"], err.get("ctx", {})
    if kind == "value_error":
        error = ctx.get("error")
        # model.py's validators raise ValueError(Message(…)): the message in both languages.
        return error.args[0] if error is not None and error.args and swedish(error.args[0]) else str(error or err["msg"])
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _PATTERNS:
        return _PATTERNS[ctx["pattern"]]
    value = repr(err.get("input"))
    if kind == "greater_than_equal":
        return Message(f"arvo {value} on liian pieni: pienin sallittu on {ctx.get('ge')}",
                       f"värdet {value} är för litet: det minsta tillåtna är {ctx.get('ge')}")
    if kind == "less_than_equal":
        return Message(f"arvo {value} on liian suuri: suurin sallittu on {ctx.get('le')}",
                       f"värdet {value} är för stort: det största tillåtna är {ctx.get('le')}")
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        return Message(f"arvo {value} ei ole sallittu: sallitut arvot ovat {expected.replace(' or ', ' tai ')}",
                       f"värdet {value} är inte tillåtet: de tillåtna värdena är {expected.replace(' or ', ' eller ')}")
    if kind in _MISSING_KINDS[1:]:
        return Message(err["msg"], ctx["sv"])  # our own (model.py)
    # pydantic's own wording is English: never shown to editors.
    return _MESSAGES.get(kind, Message("arvo ei kelpaa tähän kenttään: tarkista muoto ohjeesta OHJEET.md",
                                       "värdet godtas inte i det här fältet: kontrollera formatet i anvisningarna"))


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
        errors.append(DataError(folder, 1, 1, "", Message("kansio on symbolinen linkki: sen pitää olla tavallinen kansio",
                                                          "mappen är en symbolisk länk: den ska vara en vanlig mapp")
                                if folder.is_symlink() else Message("kansio puuttuu", "mappen saknas")))
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
            errors.append(DataError(file, 1, 1, "", Message("tiedosto puuttuu", "filen saknas")))
            return None, None
        try:
            source = read_yaml(file)
            if source.first_line != modeline_of(name):
                errors.append(DataError(file, 1, 1, "", Message(f"ensimmäisen rivin pitää olla: {modeline_of(name)}",
                                                                f"den första raden ska vara: {modeline_of(name)}")))
            value, problems, missing = validate(source, schema, allow_untranslated)
        except DataErrors as exc:
            errors.extend(exc.errors)
            return None, None
        except RecursionError as exc:
            errors.append(DataError(file, 1, 1, "", TOO_DEEP))
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
                    errors.append(source.error(("id",), Message(f"tunnisteen pitää olla sama kuin tiedoston nimi: {file.stem}",
                                                                f"beteckningen ska vara densamma som filens namn: {file.stem}")))
                areas[area.id] = (source, area)
        if plan_src and plan:
            listed = plan.painopisteet
            for i, area_id in enumerate(listed):
                if area_id not in {f.stem for f in area_files}:
                    errors.append(plan_src.error(("painopisteet", i), Message(
                        f"painopistettä '{area_id}' ei ole: tiedosto {folder}/{area_id}.yml puuttuu",
                        f"det finns inget fokusområde '{area_id}': filen {folder}/{area_id}.yml saknas")))
                elif listed.index(area_id) != i:
                    errors.append(plan_src.error(("painopisteet", i), Message(f"painopiste '{area_id}' on luettelossa kahdesti",
                                                                              f"fokusområdet '{area_id}' finns två gånger i listan")))
            for area_id, (source, _) in areas.items():
                if area_id not in listed:
                    errors.append(source.error(("id",), Message(
                        f"painopistettä ei ole suunnitelman luettelossa: lisää se {name}:n kohtaan painopisteet",
                        f"fokusområdet finns inte i planens lista: lägg till det under painopisteet i {name}")))
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
                errors.append(changes_src.error(("muutokset", i, "kohde"), Message(
                    f"painopistettä tai tavoitetta '{change.kohde}' ei ole: tarkista tunniste painopisteen tiedostosta",
                    f"det finns inget fokusområde eller mål '{change.kohde}': kontrollera beteckningen i fokusområdets fil",
                )))
            elif change.kohde and area_ids.count(change.kohde) > 1:
                errors.append(changes_src.error(("muutokset", i, "kohde"), Message(
                    f"painopiste '{change.kohde}' on useammassa suunnitelmassa: anna kohteeksi jonkin sen tavoitteen tunniste",
                    f"fokusområdet '{change.kohde}' finns i flera planer: ange som föremål beteckningen för ett av dess mål",
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


def read_published(data_dir: Path, errors: list[DataError]) -> tuple[Source | None, published.Register | None]:
    """The register of what was published (published.py) and its source, or (None, None) with the
    errors found."""
    file = data_dir / published.FILE
    if not file.exists():
        errors.append(DataError(file, 1, 1, "", Message(
            "julkaistujen luettelo puuttuu: palauta tiedosto (git restore data/julkaistut.yml) tai luo se: "
            "./scripts/check --paivita-julkaistut",
            "förteckningen över det publicerade saknas: "
            "återställ filen (git restore data/julkaistut.yml) eller skapa den: ./scripts/check --paivita-julkaistut",
        ), both=True))
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
            errors.append(source.error(at + ("id",), id_in_use(doc.id)))
        if doc.osoite is None:
            if doc.laji in first:
                holder = docs.asiakirjat[first[doc.laji]].id
                errors.append(source.error(at + ("osoite",), Message(
                    f"sivuston ensimmäiset osoitteet ovat jo asiakirjalla '{holder}': anna tälle oma osoite, esim. sen tunniste",
                    f"webbplatsens första adresser har redan dokumentet '{holder}': ge det här en egen adress, t.ex. dess beteckning",
                )))
            first.setdefault(doc.laji, i)
        elif doc.osoite in addresses or doc.osoite in pages.reserved_folders():
            errors.append(source.error(at + ("osoite",), Message(f"osoite '{doc.osoite}' on jo käytössä: valitse toinen",
                                                                 f"adressen '{doc.osoite}' används redan: välj en annan")))
        else:
            addresses[doc.osoite] = i
        successor = doc.korvaaja.asiakirja if doc.korvaaja else None
        if successor is not None and successor not in ids:
            errors.append(source.error(at + ("korvaaja", "asiakirja"), Message(
                f"asiakirjaa '{successor}' ei ole: tunnisteet ovat {', '.join(ids)}",
                f"det finns inget dokument '{successor}': beteckningarna är {', '.join(ids)}",
            )))
        elif successor == doc.id:
            errors.append(source.error(at + ("korvaaja", "asiakirja"), Message("asiakirja ei voi korvata itseään",
                                                                               "ett dokument kan inte ersätta sig självt")))
    for laji in ("suunnitelma", "strategia"):
        if laji not in first:
            errors.append(source.error(("asiakirjat",), Message(
                f"yhdellä {laji}lla pitää olla sivuston ensimmäiset osoitteet: kirjoita sille osoite: null",
                f"ett dokument med laji: {laji} ska ha webbplatsens första adresser: skriv osoite: null för det",
            )))


def _check_content(
    source: Source, index: int, doc: model.Asiakirja, content_src: Source, content, errors: list[DataError]
) -> None:
    """A content file names the same document: its name and period (and a plan's approval) agree."""
    fields = ["nimi", "kausi"] + (["hyvaksynta"] if doc.laji == "suunnitelma" else [])
    for name in fields:
        if getattr(content, name) != getattr(doc, name):
            line = source.error(("asiakirjat", index, name), "").line
            errors.append(content_src.error((name,), Message(
                f"{name} ei ole sama kuin asiakirjan '{doc.id}' tiedostossa asiakirjat.yml (rivi {line}): korjaa toinen",
                f"{name} är inte densamma som för dokumentet '{doc.id}' i filen asiakirjat.yml (rad {line}): rätta den ena",
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
                errors.append(source.error(("arvioinnit", i, "tulokset", j, "kriteeri"), Message(
                    f"kriteeriä {result.kriteeri} ei ole WCAG 2.1:n A- ja AA-tason kriteereissä: tarkista numero, esim. 1.4.3",
                    f"kriteriet {result.kriteeri} finns inte bland WCAG 2.1:s kriterier på nivå A och AA: kontrollera numret, t.ex. 1.4.3",
                )))
        for j, page in enumerate(evaluation.otos):
            if urls.page_of(page.osoite, pages) is None:
                errors.append(source.error(("arvioinnit", i, "otos", j, "osoite"), Message(
                    f"sivua {page.osoite} ei ole sivustolla: kirjoita osoite sellaisena kuin se näkyy selaimessa "
                    "sivuston nimen jälkeen, esim. /painopisteet/turvallisuus/",
                    f"sidan {page.osoite} finns inte på webbplatsen: skriv adressen så som den syns i webbläsaren "
                    "efter webbplatsens namn, t.ex. /painopisteet/turvallisuus/",
                )))


def _statement_status(source: Source, site: model.Sivusto, evaluations: model.Kasiarvioinnit, errors: list[DataError]) -> None:
    """"Fully compliant" needs a recorded manual evaluation without failures: automated tests
    alone cannot show it (issue 15)."""
    if site.saavutettavuus.tila != "taysin":
        return
    latest = evaluations.latest
    if latest is None:
        errors.append(source.error(("saavutettavuus", "tila"), Message(
            "tila voi olla taysin vasta, kun käsin tehty arviointi on kirjattu tiedostoon kasiarviointi.yml: kirjoita tila: osittain",
            "tila kan vara taysin först när en manuell utvärdering har förts in i filen kasiarviointi.yml: skriv tila: osittain",
        )))
    elif any(r.tulos == "hylatty" for r in latest.tulokset):
        errors.append(source.error(("saavutettavuus", "tila"), Message(
            "uusimmassa käsin tehdyssä arvioinnissa on hylättyjä kriteereitä: kirjoita tila: osittain",
            "den senaste manuella utvärderingen har underkända kriterier: skriv tila: osittain",
        )))


def _easy_promises(source: Source, easy: model.Selkokieli, docs: model.Asiakirjat, errors: list[DataError]) -> None:
    """The easy-language promises are those of a listed strategy, one for each, in its order."""
    doc = next((d for d in docs.asiakirjat if d.id == easy.strategia), None)
    if doc is None or doc.laji != "strategia":
        strategies = ", ".join(d.id for d in docs.asiakirjat if d.laji == "strategia")
        errors.append(source.error(("strategia",), Message(
            f"strategiaa '{easy.strategia}' ei ole tiedostossa asiakirjat.yml: tunnisteet ovat {strategies}",
            f"det finns ingen strategi '{easy.strategia}' i filen asiakirjat.yml: beteckningarna är {strategies}",
        )))
    elif len(easy.lupaukset) != len(doc.muutoslupaukset):
        errors.append(source.error(("lupaukset",), Message(
            f"strategialla '{doc.id}' on {len(doc.muutoslupaukset)} muutoslupausta, selkokielisiä lupauksia on {len(easy.lupaukset)}: "
            "kirjoita yksi jokaista lupausta kohden, samassa järjestyksessä",
            f"strategin '{doc.id}' har {len(doc.muutoslupaukset)} förändringslöften, löftena på lättläst språk är {len(easy.lupaukset)}: "
            "skriv ett för varje löfte, i samma ordning",
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


_KIND_WORDS = {"prosentti": ("prosentti", "procent"), "lukumaara": ("lukumäärä", "antal"),
               "per-1000": ("tuhatta kohden", "per tusen"), "kylla-ei": ("kyllä/ei", "ja/nej")}


def _value_problem(kind: str, level: model.Taso | model.MittarinArvo) -> tuple[str, str] | None:
    """Which field of a value does not fit its indicator's kind and why, or None."""
    if kind == "kylla-ei":
        if level.kylla_ei is None:
            return "arvo", Message("kyllä/ei-mittarin arvo kirjoitetaan kenttään kylla_ei: true tai false (ja kenttä arvo pois)",
                                   "värdet för en ja/nej-indikator skrivs i fältet kylla_ei: true eller false (och fältet arvo bort)")
        return None
    if level.arvo is None:
        fi, sv = _KIND_WORDS[kind]
        return "kylla_ei", Message(f"mittarin laji on {fi}: kirjoita luku kenttään arvo (ja kenttä kylla_ei pois)",
                                   f"indikatorns typ är {sv}: skriv ett tal i fältet arvo (och fältet kylla_ei bort)")
    if level.arvo < 0:
        return "arvo", Message("arvo ei voi olla negatiivinen", "värdet kan inte vara negativt")
    if kind == "prosentti" and level.arvo > 100:
        return "arvo", Message("prosenttiarvo on enintään 100", "ett procentvärde är högst 100")
    return None


def _reports(
    source: Source, at: Path_, goal, indicators: list[model.Mittari], errors: list[DataError], dates: _Dates
) -> None:
    """Reports refer to this goal's own indicators, with values of the right kind, and are not from the future."""
    by_id: dict[str, model.Mittari] = {}
    for i, indicator in enumerate(indicators):
        if indicator.id in by_id:
            errors.append(source.error(at + ("mittarit",), Message(f"mittarin tunniste '{indicator.id}' on kahdesti: valitse toinen",
                                                                   f"indikatorns beteckning '{indicator.id}' finns två gånger: välj en annan")))
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
                if by_id:
                    known = ", ".join(by_id)
                    message = Message(f"tavoitteella ei ole mittaria '{value.mittari}': mittarien tunnisteet ovat {known}",
                                      f"målet har ingen indikator '{value.mittari}': indikatorernas beteckningar är {known}")
                else:
                    message = Message(f"tavoitteella ei ole mittaria '{value.mittari}': mittarien tunnisteet ovat ei yhtään "
                                      "(anna mittarille id, nimi ja laji)",
                                      f"målet har ingen indikator '{value.mittari}': målets indikatorer har inga beteckningar "
                                      "(ge indikatorn en beteckning, ett namn och en typ)")
                errors.append(source.error(where + ("mittari",), message))
            elif problem := _value_problem(indicator.laji, value):
                errors.append(source.error(where + (problem[0],), problem[1]))


@dataclass(frozen=True)
class _Dates:
    """Report and change dates lie between the start of the earliest document's period and today
    (in Helsinki): 1999 or 0001-01-01 is a slip of the keyboard, not a report."""

    earliest: dt.date | None
    kind: str  # the earliest period's document: suunnitelma or strategia
    today: dt.date

    @classmethod
    def of(cls, kinds: list[tuple[model.Kausi, str]], today: dt.date) -> _Dates:
        periods = [(period.alku, kind) for period, kind in kinds]
        if not periods:
            return cls(None, "", today)
        year, kind = min(periods)
        return cls(dt.date(year, 1, 1), kind, today)

    def check(self, source: Source, at: Path_, day: dt.date, errors: list[DataError]) -> None:
        shown = day.isoformat()
        if day > self.today:
            errors.append(source.error(at, Message(f"päivämäärä {shown} on tulevaisuudessa: raportoi vain tapahtunutta",
                                                   f"datumet {shown} ligger i framtiden: rapportera bara det som har hänt")))
        elif self.earliest and day < self.earliest:
            year, start = self.earliest.year, self.earliest.isoformat()
            period_sv = {"suunnitelma": "planperioden", "strategia": "strategiperioden"}[self.kind]
            errors.append(source.error(at, Message(
                f"päivämäärä {shown} on ennen {self.kind}kauden {year} alkua ({start}): tarkista vuosi",
                f"datumet {shown} är före början av {period_sv} {year} ({start}): kontrollera året",
            )))


def _deadlines_in_period(source: Source, area: model.Painopiste, period: model.Kausi, errors: list[DataError]) -> None:
    for i, goal in enumerate(area.tavoitteet):
        deadline = goal.deadline
        if deadline is None or deadline.last_day is None:
            continue
        inside = period.alku <= deadline.last_day.year <= period.loppu
        if not inside and not goal.maaraaika_kauden_ulkopuolella:
            errors.append(source.error(("tavoitteet", i, "maaraaika"), Message(
                f"määräaika on suunnitelmakauden {period.alku}–{period.loppu} ulkopuolella: korjaa se, tai jos se on "
                "tarkoituksellinen, lisää tavoitteelle rivi maaraaika_kauden_ulkopuolella: true",
                f"tidsfristen ligger utanför planperioden {period.alku}–{period.loppu}: rätta den, eller om den är "
                "avsiktlig, lägg för målet till raden maaraaika_kauden_ulkopuolella: true",
            )))
        elif inside and goal.maaraaika_kauden_ulkopuolella:
            errors.append(source.error(("tavoitteet", i, "maaraaika_kauden_ulkopuolella"), Message(
                f"määräaika on suunnitelmakaudella {period.alku}–{period.loppu}: poista rivi maaraaika_kauden_ulkopuolella",
                f"tidsfristen ligger inom planperioden {period.alku}–{period.loppu}: ta bort raden maaraaika_kauden_ulkopuolella",
            )))


def id_in_use(id_: str, where: str = "") -> Message:
    """A goal's or document's id that another one has (in `where`)."""
    at = f" ({where})" if where else ""
    return Message(f"tunniste '{id_}' on jo käytössä{at}: valitse toinen", f"beteckningen '{id_}' används redan{at}: välj en annan")


def _unique_ids(data_dir: Path, areas, strategies, errors: list[DataError]) -> None:
    # Goal ids are anchors, feed ids and open-data ids: unique across every document.
    seen: dict[str, str] = {}
    for source, area in areas:
        for i, goal in enumerate(area.tavoitteet):
            if goal.id in seen:
                errors.append(source.error(("tavoitteet", i, "id"), id_in_use(goal.id, seen[goal.id])))
            seen.setdefault(goal.id, source.file.relative_to(data_dir).as_posix())
    for strategy_src, strategy in strategies:
        for li, line in enumerate(strategy.linjaukset):
            for gi, goal in enumerate(line.tavoitteet):
                if goal.id in seen:
                    errors.append(strategy_src.error(("linjaukset", li, "tavoitteet", gi, "id"), id_in_use(goal.id, seen[goal.id])))
                seen.setdefault(goal.id, strategy_src.file.relative_to(data_dir).as_posix())
