"""Hook specifications: how an installed package adds checks and ML-API knowledge.

A plugin is a module whose hook functions are marked with :data:`hookimpl` (also exported
as ``pytest_mllens.hookimpl``) and which is named in the ``mllens`` entry-point group of its
distribution::

    [project.entry-points.mllens]
    acme = "mllens_acme"

The built-in checks are registered in exactly this way: ``pytest_mllens.checks`` is the
entry point ``builtin`` of pytest-mllens itself and implements :func:`mllens_checks` like any
other plugin. See ``docs/plugins.md`` for a complete guide.

Every hook is called once per run, while pytest configures itself (``pytest_configure``,
only with ``--mllens`` or ``--mllens-only``), before any file is read and before any check
runs; :mod:`pytest_mllens.testing` calls them the same way for each example. Hooks take no
arguments. Loading is strict: a plugin that fails to import, defines a hook function without
``@hookimpl`` or implements an unknown hook, raises from a hook, or returns something
malformed stops the run with a usage error (exit code 4) that names the plugin. Once the
registry is built, a check that raises while it runs fails only its own test item.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pluggy

__all__ = ["PROJECT_NAME", "hookimpl", "hookspec", "mllens_checks", "mllens_knowledge"]

PROJECT_NAME = "mllens"
"""The pluggy project name, which is also the entry-point group plugins are found in."""

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)
"""Marks a plugin's hook functions: ``@hookimpl`` above ``def mllens_checks(): ...``."""


@hookspec
def mllens_checks() -> Sequence[type]:  # type: ignore[empty-body]
    """Return the check classes this plugin contributes.

    **When:** once per run, before any check runs. Every plugin's implementation is
    called; the built-in checks arrive through this hook too.

    **Return:** a list (or any iterable) of classes, each a subclass of
    :class:`pytest_mllens.Check` that sets ``id``, ``name`` and ``summary``, implements
    ``run``, cites only lens practices and principles known to the shipped catalogue, and
    declares its options as :class:`pytest_mllens.OptionSpec` values whose defaults fit
    their kind. Each check becomes a pytest item ``mllens::<name>``; ``[tool.mllens]``
    ``select``, ``ignore``, ``per-file-ignores``, ``checks.<name>`` and suppression
    comments accept its id and its name. Return an empty list to contribute none.

    **Failure:** a check whose ``id`` or ``name`` is already taken (by a built-in check,
    another plugin, or the reserved ``ML000``/``unused-suppression``), a class that is not
    a valid check, or an exception raised by this hook stops the run with a usage error
    naming the plugin (and, for a duplicate, both checks). An exception raised later by the
    check's own ``run`` does not stop the run: that check's item fails with
    ``<name>: the check itself failed: <module>.<Class> raised <Error>: <message>`` and
    every other check still runs and reports.
    """


@hookspec
def mllens_knowledge() -> Sequence[Mapping[str, Any]]:  # type: ignore[empty-body]
    """Return knowledge documents that teach mllens about more ML APIs.

    **When:** once per run, before any file is analysed; the rules apply to every module
    of the analysed project and to every check, built-in or not.

    **Return:** a list of mappings, each shaped like a file in ``pytest_mllens/knowledge``
    read with ``tomllib``::

        {"framework": "Acme Serving",
         "rule": [{"kind": "hosting", "name": "acme_serving.Server",
                   "says": "creates an Acme model server"}]}

    Document keys: ``framework`` (optional default for its rules) and ``rule`` (a list).
    Rule keys: ``kind`` (``hosting``, ``training``, ``evaluation``, ``pipeline``,
    ``monitoring``, ``deploy``, ``gate``, ``capture``), ``match`` (``call``, the default;
    ``method``, ``base``, ``decorator``, ``class``, ``functions``, ``any``), ``name`` (a
    qualified name, ``*`` matching any characters; for ``functions``, ``names`` instead),
    ``says`` (what the construct does, shown in every reason), and optionally
    ``framework``, ``keywords``, ``requires-import``, ``min-positional``, ``action``
    (required for ``deploy``: ``deploys``, ``registers`` or ``promotes``) and
    ``capture-keyword``. A module matched by a ``hosting`` rule is hosting code with the
    reason ``calls acme_serving.Server() at line 4 (Acme Serving: creates an Acme model
    server)``, shown in findings and in the JSON report's ``modules[].roles[].reason``.

    **Failure:** an unknown key (with a did-you-mean), a value of the wrong type, an
    unknown kind or match, or an exception raised by this hook stops the run with a usage
    error naming the plugin, the document and the rule.
    """
