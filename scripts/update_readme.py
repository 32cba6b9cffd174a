"""Regenerate the parts of README.md that come from the code: the table of validation codes.

    python scripts/update_readme.py          # rewrite README.md
    python scripts/update_readme.py --check  # exit 1 if README.md is out of date
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from xlkpi.core.codes import markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"


def render(text: str) -> str:
    return re.sub(r"(<!-- codes:start -->\n).*?(<!-- codes:end -->)",
                  lambda m: m.group(1) + markdown_table() + "\n" + m.group(2), text, flags=re.S)


if __name__ == "__main__":
    current = README.read_text(encoding="utf-8")
    wanted = render(current)
    if "--check" in sys.argv:
        sys.exit(0 if wanted == current else 1)
    README.write_text(wanted, encoding="utf-8")
    print(f"updated {README}")
