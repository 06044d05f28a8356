"""What a Dockerfile builds into its image: the files it copies, where, and the scripts it runs.

A file-based release often happens inside an image build: ``COPY train.py ./`` then
``RUN python train.py`` writes the model into the image, and ``COPY app.py ./`` puts the code
that loads it beside it. The release-flow graph needs the order of those steps to tell that
the training script's relative output path is the serving code's relative input path. Read
as text with a token scan (no shell), like ``deploy_config``; it never fails: text it cannot
read yields nothing. Stored as plain tuples in ``FileFacts.extra["build_steps"]``:

- ``("workdir", line, path)``
- ``("copy", line, destination, source, ...)`` (``COPY``/``ADD`` without ``--from``)
- ``("run", line, script, argument, ...)`` for each ``python[3.x] script.py ...`` in a
  ``RUN``, ``CMD`` or ``ENTRYPOINT`` (the kind is ``"run"`` for RUN, ``"cmd"`` otherwise).
"""

from __future__ import annotations

import re
import shlex

from .continued_lines import continued_lines

__all__ = ["dockerfile_steps"]

_PYTHON = re.compile(r"^(?:/usr/(?:local/)?bin/)?python[\d.]*$")


def dockerfile_steps(text: str) -> tuple[tuple[object, ...], ...]:
    steps: list[tuple[object, ...]] = []
    for line, instruction in continued_lines(text):
        stripped = instruction.strip()
        if not stripped or stripped.startswith("#"):
            continue
        keyword, _, rest = stripped.partition(" ")
        keyword = keyword.upper()
        if keyword == "WORKDIR" and rest.strip():
            steps.append(("workdir", line, rest.strip().strip("\"'")))
        elif keyword in ("COPY", "ADD"):
            words = _words(rest)
            if any(w.startswith("--from") for w in words):
                continue  # from another stage or image: not a project file
            operands = [w for w in words if not w.startswith("--")]
            if len(operands) >= 2:
                steps.append(("copy", line, operands[-1], *operands[:-1]))
        elif keyword in ("RUN", "CMD", "ENTRYPOINT"):
            kind = "run" if keyword == "RUN" else "cmd"
            for command in _commands(rest):
                if command and _PYTHON.match(command[0]) and len(command) > 1 and command[1].endswith(".py"):
                    steps.append((kind, line, command[1], *command[2:]))
    return tuple(steps)


def _words(rest: str) -> list[str]:
    rest = rest.strip()
    if rest.startswith("["):
        return [w.strip().strip("\"'") for w in rest.strip("[]").split(",") if w.strip()]
    try:
        return shlex.split(rest, comments=False)
    except ValueError:
        return rest.split()


def _commands(rest: str) -> list[list[str]]:
    words = _words(rest)
    commands: list[list[str]] = [[]]
    for word in words:
        if word in ("&&", "||", ";", "|"):
            commands.append([])
        else:
            commands[-1].append(word)
    return commands
