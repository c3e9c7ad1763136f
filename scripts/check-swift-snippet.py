#!/usr/bin/env python3
"""Checks the README's Swift snippet against the generated Swift bindings, as far as can be done
without a Swift compiler (none runs on our build machines): every call of a generated type's
initialiser, an enum case or a generated function or method names labels the declaration has, in
the declaration's order, and gives every label that has no default. Swift refuses a call that
breaks any of these, so a change of the generated API that the snippet does not follow fails here.

Usage: scripts/check-swift-snippet.py README.md bindings-mobile/generated/swift/PostPurchase.swift
"""

import re
import sys

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def parameter_lists(swift: str, head: str) -> list[list[tuple[str, bool]]]:
    """The (label, has default) lists of every declaration opened by the regex `head` + "(" ."""
    out = []
    for m in re.finditer(head + r"\(", swift):
        depth, i = 1, m.end()
        while depth and i < len(swift):
            depth += {"(": 1, ")": -1}.get(swift[i], 0)
            i += 1
        params = re.sub(r"/\*.*?\*/", "", swift[m.end(): i - 1], flags=re.S)
        out.append([(p.group(1), "=" in p.group(2)) for p in re.finditer(rf"({IDENT})\s*:\s*([^,]*(?:\[[^\]]*\][^,]*)?)(?:,|$)", top_level(params))])
    return out


def top_level(text: str) -> str:
    """The text with everything inside nested brackets removed."""
    out, depth = [], 0
    for c in text:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth == 0:
            out.append(c)
        if depth == 0 and c in ")]":
            continue
    return "".join(out)


def call_labels(snippet: str, start: int) -> list[str]:
    """The labels of the call whose argument list opens at `start` (just after its "(")."""
    depth, i = 1, start
    while depth and i < len(snippet):
        depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(snippet[i], 0)
        i += 1
    return re.findall(rf"(?:^|,)\s*({IDENT})\s*:(?!:)", top_level(snippet[start: i - 1]))


def fits(labels: list[str], params: list[tuple[str, bool]]) -> bool:
    names = [p for p, _ in params]
    if any(label not in names for label in labels):
        return False
    positions = [names.index(label) for label in labels]
    required = {p for p, default in params if not default}
    return positions == sorted(positions) and required <= set(labels)


def main() -> int:
    readme, generated = open(sys.argv[1]).read(), open(sys.argv[2]).read()
    blocks = re.findall(r"```swift\n(.*?)```", readme, re.S)
    if not blocks:
        print("the README has no Swift snippet", file=sys.stderr)
        return 1
    snippet = "\n".join(blocks)
    structs = set(re.findall(rf"public struct ({IDENT})\b", generated)) | set(re.findall(rf"(?:public class|open class) ({IDENT})\b", generated))
    problems, checked = [], 0
    for m in re.finditer(rf"(\.?)({IDENT})\(", snippet):
        dot, name = m.group(1), m.group(2)
        labels = call_labels(snippet, m.end())
        if dot and name[0].islower():
            decls = parameter_lists(generated, rf"(?:case|func) {name}") + parameter_lists(generated, rf"(?:public )?(?:static )?func {name}")
        elif name in structs:
            at = re.search(rf"(?:public struct|public class|open class) {name}\b", generated)
            body = generated[at.start():] if at else ""
            decls = parameter_lists(body[: body.find("\n}\n") + 1 or len(body)], r"public (?:convenience )?init")
        elif not dot and name[0].islower():
            decls = parameter_lists(generated, rf"public func {name}")
        else:
            continue
        if not decls:
            continue
        checked += 1
        if not any(fits(labels, d) for d in decls):
            problems.append(f"{name}({', '.join(l + ':' for l in labels)}) fits no declaration: " + " | ".join("(" + ", ".join(p + (" = …" if d else "") for p, d in ps) + ")" for ps in decls))
    for p in problems:
        print("README Swift snippet: " + p, file=sys.stderr)
    print(f"README Swift snippet: {checked} calls checked against the generated Swift, {len(problems)} problems")
    return 1 if problems or checked < 10 else 0


if __name__ == "__main__":
    sys.exit(main())
