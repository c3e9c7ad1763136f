import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_readme_and_python_guide_snippets_run():
    """Every Python block of the README and of docs/python.md runs, each page in one namespace."""
    for page in ("README.md", "docs/python.md"):
        text = (ROOT / page).read_text()
        snippets = re.findall(r"```python\n(.*?)```", text, re.S)
        assert snippets, f"{page} has Python snippets"
        for s in snippets:
            exec(compile(s, page, "exec"), {})
