import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_readme_python_snippets_run():
    text = (ROOT / "README.md").read_text()
    snippets = re.findall(r"```python\n(.*?)```", text, re.S)
    assert snippets, "the README has Python snippets"
    for s in snippets:
        exec(compile(s, "README.md", "exec"), {})
