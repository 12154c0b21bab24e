"""``brobygger match``: the matching contract on files, without Django or a database.

    brobygger match --directory SERVICES.json --citizen CITIZEN.json [--top N] [--json]

With ``--json`` the output is the contract's JSON (one object per citizen, an array for an
array of citizens); without it a readable Danish listing. Bad input ends with exit status 2 and
one Danish line naming the file and the place in it (a JSON pointer), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

from brobygger.matching.engine import (
    Citizen,
    MatchInputError,
    Offer,
    OfferIndex,
    Proposal,
    citizens_from_json,
    offers_from_json,
    propose,
)

EXIT_BAD_INPUT = 2


class _Stop(Exception):
    """A message for the user; main() prints it and exits non-zero."""


# argparse's own messages are English; the common ones in Danish.
_ARGPARSE_DA = (
    ("the following arguments are required:", "mangler påkrævet argument:"),
    ("unrecognized arguments:", "ukendte argumenter:"),
    ("expected one argument", "forventede en værdi"),
)


class _Parser(argparse.ArgumentParser):
    # One Danish line instead of argparse's usage block and English message.
    def error(self, message: str) -> NoReturn:
        for english, danish in _ARGPARSE_DA:
            message = message.replace(english, danish)
        raise _Stop(f"brobygger match: {message}. Se 'brobygger match --help'.")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="brobygger match",
        description="Foreslå tilbud og fællesskaber til borgere, bedst egnede først.",
        add_help=True,
    )
    parser.add_argument(
        "--directory",
        required=True,
        metavar="SERVICES.json",
        help="JSON-liste af tilbud i HSDS 3-formatet 'service_full'",
    )
    parser.add_argument(
        "--citizen",
        required=True,
        metavar="CITIZEN.json",
        help="ét borger-objekt eller en JSON-liste af dem",
    )
    parser.add_argument(
        "--top", type=_positive, default=10, metavar="N", help="højst N forslag pr. borger (10)"
    )
    parser.add_argument("--json", action="store_true", help="skriv kontraktens JSON")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--top skal være et helt tal, ikke {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"--top skal være mindst 1, ikke {value}")
    return value


def _load(path: str) -> Any:
    file = Path(path)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise _Stop(f"Fejl: filen {path} findes ikke.") from None
    except IsADirectoryError:
        raise _Stop(f"Fejl: {path} er en mappe, ikke en fil.") from None
    except OSError as problem:
        raise _Stop(f"Fejl: filen {path} kan ikke læses ({problem.strerror}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise _Stop(f"Fejl i {path}: filen er ikke UTF-8-tekst (byte {problem.start}).") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as problem:
        raise _Stop(
            f"Fejl i {path}: ikke gyldig JSON – {_json_problem(problem.msg)} "
            f"(linje {problem.lineno}, kolonne {problem.colno})."
        ) from None
    except RecursionError:
        raise _Stop(f"Fejl i {path}: JSON'en er for dybt indlejret.") from None


_JSON_PROBLEMS = {
    "Expecting value": "forventede en værdi",
    "Expecting property name enclosed in double quotes": "forventede et feltnavn i anførselstegn",
    "Expecting ',' delimiter": "mangler et komma",
    "Expecting ':' delimiter": "mangler et kolon",
    "Extra data": "der står mere efter JSON-værdien",
    "Unterminated string starting at": "en tekst slutter aldrig",
    "Invalid control character at": "ugyldigt kontroltegn i en tekst",
}


def _json_problem(message: str) -> str:
    return _JSON_PROBLEMS.get(message, message)


def _where(path: str, problem: MatchInputError) -> str:
    place = f" ved {problem.pointer}" if problem.pointer else ""
    message = problem.message.rstrip(".")
    return f"Fejl i {path}{place}: {message}."


def _read_inputs(directory: str, citizen: str) -> tuple[list[Offer], list[Citizen], bool]:
    services_data = _load(directory)
    try:
        offers = offers_from_json(services_data)
    except MatchInputError as problem:
        raise _Stop(_where(directory, problem)) from None
    citizens_data = _load(citizen)
    try:
        citizens, many = citizens_from_json(citizens_data)
    except MatchInputError as problem:
        raise _Stop(_where(citizen, problem)) from None
    seen: set[str] = set()
    unique: list[Offer] = []
    for offer in offers:
        if offer.id in seen:
            # Two services with one id cannot both be answered by id; keep the first, say so.
            sys.stderr.write(
                f"Advarsel: {directory} har id'et {offer.id!r} mere end én gang; "
                "kun det første bruges.\n"
            )
            continue
        seen.add(offer.id)
        unique.append(offer)
    return unique, citizens, many


def _score_text(score: float) -> str:
    return f"{score:.2f}".replace(".", ",")


def _text_listing(proposal: Proposal, top: int) -> str:
    lines = [f"Borger {proposal.citizen.id}: {len(proposal.matches)} forslag (højst {top})"]
    if not proposal.matches:
        lines.append("  Ingen tilbud opfylder alle borgerens krav.")
    for n, match in enumerate(proposal.matches, 1):
        lines.append(
            f"  {n:>2}. {match.name or match.service_id}  (score {_score_text(match.score)})"
        )
        lines.extend(f"      – {reason}" for reason in match.reasons)
    if proposal.relaxed:
        lines.append("  Næsten – bryder én af borgerens betingelser:")
        for match in proposal.relaxed:
            lines.append(f"    • {match.name or match.service_id}: {'; '.join(match.broken)}")
            lines.extend(f"      – {reason}" for reason in match.reasons)
    return "\n".join(lines)


def _json_entry(proposal: Proposal) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "citizen": proposal.citizen.id,
        "matches": [m.to_json() for m in proposal.matches],
    }
    if proposal.relaxed:
        # Labelled near misses, never part of "matches" (the contract allows this key).
        entry["relaxed"] = [m.to_json() for m in proposal.relaxed]
    return entry


def _write(text: str) -> None:
    # UTF-8 whatever the terminal's locale: the reasons are Danish.
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    offers, citizens, many = _read_inputs(args.directory, args.citizen)
    index = OfferIndex(offers)
    proposals = [propose(c, index, top=args.top) for c in citizens]
    if args.json:
        entries = [_json_entry(p) for p in proposals]
        payload: Any = entries if many else entries[0]
        _write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        _write("\n\n".join(_text_listing(p, args.top) for p in proposals) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status (0 ok, 2 bad input or arguments)."""
    try:
        return run(list(sys.argv[1:] if argv is None else argv))
    except _Stop as stop:
        sys.stderr.write(f"{stop}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # "… | head" closed the pipe: not an error of ours
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("Afbrudt.\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
