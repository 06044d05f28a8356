"""Where a project monitors its deployed models, and which of its models are exposed.

ML003 asks two questions of the project model: is a model served or deployed here, and is
anything watching data drift or model quality? Both answers are lists of evidence (path,
line, reason) so that a finding can say what it saw and what it looked for.

Monitoring evidence is a module with the ``monitoring`` role, or a call to a function the user
listed in ``monitor-functions``. A module has the role when

1. a knowledge rule matches: a monitoring library or a managed monitor, called or declared
   (CDK resources, pipeline check steps, ...); or, derived here while the project model is built,
2. a pipeline step that wraps a drift library (``[[comparison]]`` in ``data/monitoring_signals.toml``),
   counted only when the call names current data as well as a reference: in training
   pipelines the same step compares train with test, which is validation, not monitoring;
3. a hand-written drift statistic: a scipy two-sample test or distance, or a called PSI/KL
   function, comparing reference with current data;
4. hand-written model-quality monitoring: in one function, a metric over recent or
   ground-truth data *and* a call that publishes or stores it for alerting (CloudWatch
   ``put_metric_data``, a Prometheus gauge, a monitoring table). Either half alone is
   evaluation or operational telemetry. The metric is a library metric, a project function
   named like one (``mape(actual, forecast)``), or an error written out (``abs`` then
   ``mean``) in a scope that names observed outcomes (``[quality]`` in monitoring_signals.toml);
5. an alarm on a metric a monitor emits (SageMaker Model Monitor's CloudWatch namespaces, a
   metric named for drift or skew; ``[alarm]``).

Exposure: a hosting module, a call that deploys an endpoint, an endpoint declared as
infrastructure (``[[endpoint]]``: CDK ``CfnEndpoint``; ``[[declared]]``: a CloudFormation
``AWS::SageMaker::Endpoint`` in YAML, whose monitors count the same way), a TFX ``Pusher``
(it copies the model to where it is served), a promotion to a serving stage or alias, or a
registration straight to ``Approved`` (the same promotion in one call: what deploys the approved
version may be code this tool cannot read, such as a JavaScript Lambda or a console action),
and any other release that publishes a model (a registration waiting for approval, a hub push,
a W&B model artifact): benchmarks/realworld/LABELLING.md counts "a deploy/release call" as
serving, since a published model is there to be served, here or elsewhere. These rank after
deploys and hosting modules as the finding's anchor. Saving a file exposes nothing by itself
(the module that loads the file is the exposure).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ...facts.configs.deploy_config import launchers, model_server_ref
from ...facts.records import NON_LITERAL, CallFact, FileFacts
from ..releases.flow_rules import flow_rules
from ..releases.gates import DeploySite, approval_status, deploy_sites
from ..knowledge import imported_roots, matches_any
from ..project import Project, RoleReason
from ..shipped import data_table
from .launched_scripts import launch_command
from .served_models import served_model

__all__ = ["Exposure", "Monitor", "derived_monitoring_roles", "exposures", "is_local_mode", "monitoring_evidence", "words"]

TWO_SAMPLE_TESTS = frozenset(
    {
        "scipy.stats.ks_2samp",
        "scipy.stats.kstest",
        "scipy.stats.cramervonmises_2samp",
        "scipy.stats.anderson_ksamp",
        "scipy.stats.epps_singleton_2samp",
        "scipy.stats.chisquare",
        "scipy.stats.chi2_contingency",
        "scipy.stats.wasserstein_distance",
        "scipy.stats.energy_distance",
        "scipy.stats.entropy",
        "scipy.spatial.distance.jensenshannon",
    }
)
"""Two-sample tests and distribution distances: drift evidence when they compare a reference with current data."""

DRIFT_WORDS = frozenset({"drift", "drifts", "drifted", "skew"})
"""Words of a function's name that say it checks for drift (a name, not a docstring)."""
REFERENCE_WORDS = frozenset({"reference", "ref", "baseline", "train", "training", "expected", "historical", "previous", "prev", "old"})
CURRENT_WORDS = frozenset({"current", "cur", "curr", "production", "prod", "live", "serving", "online", "inference", "recent", "latest", "incoming", "actual", "analysis", "new", "today", "captured", "logged"})
RECENT_OR_TRUTH_WORDS = frozenset(
    {
        # observed outcomes joined with predictions
        "actual", "actuals", "truth", "groundtruth", "observed", "feedback", "outcome", "outcomes", "label", "labels", "labeled", "labelled",
        # a time window over recent traffic
        "window", "recent", "since", "last", "yesterday", "daily", "hourly", "nightly", "weekly", "monthly", "timedelta", "hours", "days",
        # production data
        "production", "prod", "live", "current", "captured", "inference", "serving",
    }
)
"""Words that say a metric is computed over recent production data or observed labels."""
_STATISTICS_PACKAGES = frozenset({"scipy", "numpy", "math", "pandas"})
"""A drift statistic calls one of these; a file that imports none of them has none."""
STATISTIC_WORDS = frozenset({"psi", "kl", "kld", "jsd", "divergence"})
"""Words of a function's own name that say it is a drift statistic (``psi(p_ref, p_prod)``)."""
LOG_CALLS = frozenset({"numpy.log", "numpy.log2", "numpy.log10", "math.log"})
BINNING_CALLS = frozenset({"numpy.histogram", "numpy.histogram_bin_edges", "numpy.percentile", "numpy.quantile", "numpy.digitize", "pandas.cut", "pandas.qcut"})
NON_PRODUCTION_TARGETS = frozenset({"staging", "archived", "none", "challenger", "candidate", "dev", "development", "test", "testing", "shadow", "qa"})
"""A promotion to one of these stages or aliases exposes no model to production traffic."""


@dataclass(frozen=True, order=True)
class Monitor:
    """One piece of monitoring evidence."""

    path: str
    line: int
    reason: str


@dataclass(frozen=True, order=True)
class Exposure:
    """A place where the project serves or deploys a model."""

    path: str
    line: int
    reason: str
    facts: FileFacts
    rank: int = 0
    """How clearly it serves a model, most clearly first: 0 a deploy call, a declared endpoint, or
    a hosting module that serves a model by what it is or loads one itself; 1 an app whose model
    is loaded in a module it imports (model/roles/served_models.py)."""


@dataclass(frozen=True)
class _Knowledge:
    comparisons: tuple[tuple[re.Pattern[str], str, str, bool], ...]
    """(pattern, framework, says, needs a reference as well as current data)"""
    publish_names: tuple[tuple[re.Pattern[str], str], ...]
    publish_methods: dict[str, str]
    stores: tuple[tuple[frozenset[str], frozenset[str], str], ...]
    endpoints: tuple[tuple[re.Pattern[str], str], ...]
    """(pattern of a resolved call name, says): a call that stands up or feeds a serving endpoint"""
    endpoint_methods: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    """method name -> (packages one of which the file imports, says): the receiver is often a client in a parameter"""
    endpoint_imports: tuple[tuple[re.Pattern[str], str], ...] = ()
    """(pattern of an imported name, says): a deploy step imported to be wired into a pipeline, often under another name"""
    declared: dict[str, tuple[str, str]] = field(default_factory=dict)
    """declared resource kind -> (role: "endpoint" or "monitoring", says)"""
    alarm_imports: frozenset[str] = frozenset()
    alarm_methods: frozenset[str] = frozenset()
    alarm_namespaces: tuple[str, ...] = ()
    alarm_words: frozenset[str] = frozenset()
    metric_functions: frozenset[str] = frozenset()
    error_calls: frozenset[str] = frozenset()
    aggregate_calls: frozenset[str] = frozenset()
    truth_words: frozenset[str] = frozenset()

    @cached_property
    def comparison_roots(self) -> tuple[str, ...]:
        """Literal prefixes of the comparison patterns: a cheap test before the regex."""
        return tuple(re.sub(r"\\(.)", r"\1", p.pattern[1:].split(".*")[0]).rstrip("$") for p, _, _, _ in self.comparisons)

    @cached_property
    def publish_last(self) -> frozenset[str]:
        """Last segments of the publish name patterns (``set``, ``gauge``, ``send``)."""
        return frozenset(p.pattern.rstrip("$").rpartition(".")[2] for p, _ in self.publish_names)

    @cached_property
    def publishing_methods(self) -> frozenset[str]:
        """Every called attribute name that can publish or store: one set lookup per call."""
        return frozenset(self.publish_methods).union(self.publish_last, *(methods for methods, _, _ in self.stores))

    @cached_property
    def endpoint_last(self) -> frozenset[str]:
        """Last segments of the endpoint patterns (``CfnEndpoint``, ``Pusher``): one set lookup per call."""
        return frozenset(p.pattern.rstrip("$").rpartition(".")[2] for p, _ in self.endpoints)

    @cached_property
    def comparison_packages(self) -> frozenset[str]:
        """Top-level packages of the comparison steps: a file that imports none is skipped."""
        return frozenset(root.split(".")[0] for root in self.comparison_roots)


def _glob(pattern: str) -> re.Pattern[str]:
    return re.compile("^" + ".*".join(re.escape(part) for part in pattern.split("*")) + "$")


@lru_cache(maxsize=1)
def _knowledge() -> _Knowledge:
    """The ``[[comparison]]``, ``[[publish]]``, ``[[store]]`` and ``[[endpoint]]`` tables of ``data/monitoring_signals.toml``."""
    table = data_table("monitoring_signals.toml")
    return _Knowledge(
        comparisons=tuple((_glob(row["name"]), row.get("framework", ""), row["says"], row.get("needs", "both") == "both") for row in table.get("comparison", ())),
        publish_names=tuple((_glob(row["name"]), row["says"]) for row in table.get("publish", ()) if "method" not in row),
        publish_methods={row["method"]: row["says"] for row in table.get("publish", ()) if "method" in row},
        stores=tuple((frozenset(row["methods"]), frozenset(row["words"]), row["says"]) for row in table.get("store", ())),
        endpoints=tuple((_glob(row["name"]), row["says"]) for row in table.get("endpoint", ()) if "name" in row and not row.get("imported")),
        endpoint_methods={row["method"]: (frozenset(row["requires-import"]), row["says"]) for row in table.get("endpoint", ()) if "method" in row},
        endpoint_imports=tuple((_glob(row["name"]), row["says"]) for row in table.get("endpoint", ()) if row.get("imported")),
        declared={row["resource"]: (row["role"], row["says"]) for row in table.get("declared", ())},
        alarm_imports=frozenset(table.get("alarm", {}).get("imports", ())),
        alarm_methods=frozenset(table.get("alarm", {}).get("methods", ())),
        alarm_namespaces=tuple(table.get("alarm", {}).get("namespaces", ())),
        alarm_words=frozenset(table.get("alarm", {}).get("words", ())),
        metric_functions=frozenset(table.get("quality", {}).get("metric-functions", ())),
        error_calls=frozenset(table.get("quality", {}).get("error-calls", ())),
        aggregate_calls=frozenset(table.get("quality", {}).get("aggregate-calls", ())),
        truth_words=frozenset(table.get("quality", {}).get("truth-words", ())),
    )


# -- monitoring evidence ---------------------------------------------------------------------
def monitoring_evidence(project: Project, monitor_functions: Sequence[str] = ()) -> list[Monitor]:
    """Every piece of monitoring evidence in the project, sorted: modules with the monitoring
    role (knowledge rules, and the derived roles below) and calls to ``monitor-functions``."""
    key = ("monitoring_evidence", tuple(monitor_functions))
    cached = project.memo.get(key)
    if cached is None:
        found: set[Monitor] = set()
        for facts in project.files:
            role = project.role(facts, "monitoring")
            if role is not None:
                found.add(Monitor(facts.path, role.line, role.reason))
            if monitor_functions:
                for call in facts.calls:
                    if matches_any(call.name, monitor_functions):
                        found.add(Monitor(facts.path, call.line, f"calls {call.name}() (listed in monitor-functions)"))
        found.update(Monitor(config.path, line, f"{config.path}:{line} {says}") for config, line, role, says in _declared(project) if role == "monitoring")
        cached = project.memo[key] = sorted(found)
    return cached  # type: ignore[no-any-return]


def derived_monitoring_roles(project: Project) -> Iterator[tuple[FileFacts, RoleReason]]:
    """The monitoring role of modules that knowledge rules alone cannot recognise: a drift step
    on current data, a hand-written drift statistic, published model quality. The first piece
    of evidence per module gives its reason. Called once, while the project model is built."""
    knowledge = _knowledge()
    for facts in project.files:
        if facts.error:
            continue
        # the first piece of evidence in this order; the steps that read one file's facts and the
        # package's data only are kept per file (``Knowledge.file_summary``), so a run with one
        # file changed does not walk every other file's calls again
        monitor = (
            project.knowledge.file_summary(facts, ("comparison-step",), _first_comparison_step)
            or next(_statistical_drift(project, facts), None)
            or next(_published_quality(project, facts, knowledge), None)
            or next(_window_shifts(project, facts, knowledge), None)
            or project.knowledge.file_summary(facts, ("drift-alarm",), _first_drift_alarm)
        )
        if monitor is not None:
            yield facts, RoleReason("monitoring", monitor.reason, monitor.line)


VALIDATION_WORDS = frozenset({"test", "val", "valid", "validation", "holdout", "eval", "dev"})
"""Words of the data a training script compares with its training data: a held-out split."""


def validates_splits_only(project: Project, facts: FileFacts) -> bool:
    """A training module whose monitoring library compares the training data with a held-out
    split (``report.run(reference_data=X_train, current_data=X_test)``) and names no current
    data anywhere: a check of the split before fitting, not a monitor of what the model meets
    in production. Its knowledge-rule monitoring role is dropped (ML003 keeps asking)."""
    role = project.role(facts, "monitoring")
    if role is None or project.role(facts, "training") is None or role.reason == "assigned in [tool.mllens] roles":
        return False
    # only the monitoring library's own calls, and the data they are given, not the parameter
    # names (Evidently's `current_data=` says nothing): every one that is given data compares the
    # training split with a held-out one; a schedule on an endpoint, a baseline on captured
    # traffic or anything naming current data keeps the role
    called = {call.name.rpartition(".")[2] for call in facts.calls}  # `Report(metrics=[DataDriftPreset()])` passes no data
    given = [
        names
        for call in facts.calls
        if project.knowledge.call_matches(facts, call, ("monitoring",))
        for names in [words([n for n in (*call.arg_names, *(n for _, group in call.keyword_names for n in group)) if n not in called])]
        if names
    ]
    return bool(given) and all(named & VALIDATION_WORDS and named & REFERENCE_WORDS and not named & CURRENT_WORDS for named in given)


def _comparison_steps(facts: FileFacts, knowledge: _Knowledge) -> Iterator[Monitor]:
    """A call that compares data with a reference, counted only when it names current data."""
    roots = knowledge.comparison_roots
    if not roots or not imported_roots(facts) & knowledge.comparison_packages:
        return
    for call in facts.calls:
        if not call.name.startswith(roots):
            continue
        for pattern, framework, says, needs_reference in knowledge.comparisons:
            if not pattern.match(call.name):
                continue
            found = words([*_call_names(call), *_literals([call])])
            if found & CURRENT_WORDS and (found & REFERENCE_WORDS or not needs_reference):
                yield Monitor(facts.path, call.line, f"calls {call.name}() at line {call.line} ({framework}: {says})")
                break


def _first_comparison_step(facts: FileFacts) -> Monitor | None:
    return next(_comparison_steps(facts, _knowledge()), None)


def _first_drift_alarm(facts: FileFacts) -> Monitor | None:
    return next(_drift_alarms(facts, _knowledge()), None)


def _drift_candidates(facts: FileFacts) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Positions of the two-sample-test calls and of the functions that compute a binned log
    ratio (named for drift or taking reference and current data): what :func:`_statistical_drift`
    judges against the project, a function of this file's facts only."""
    if not imported_roots(facts) & _STATISTICS_PACKAGES:
        return (), ()
    tests = tuple(i for i, call in enumerate(facts.calls) if call.name in TWO_SAMPLE_TESTS)
    functions = []
    for index, function in enumerate(facts.functions):
        enclosing = _enclosing_scopes(function.qualname)
        named = any(words([scope.rpartition(".")[2]]) & DRIFT_WORDS for scope in enclosing)
        if not named and not _compares_reference_with_current(function.params):
            continue
        # the body with its nested helpers (a PSI often takes its log in an inner sub_psi())
        inner = function.qualname + "."
        body = [c for c in facts.calls if c.scope == function.qualname or c.scope.startswith(inner)]
        helpers = _helpers_called(facts, function.qualname, body)  # or bins in a helper it calls (self._bin_shares())
        body += [c for c in facts.calls if c.scope in helpers]
        takes_log = any(c.name in LOG_CALLS for c in body)
        bins = any(c.name in BINNING_CALLS or c.method == "value_counts" for c in body)
        # a PSI over rates already computed (two bins, p and 1 - p) bins nothing: its name and
        # its reference/current parameters say what it is
        statistic = bool(words([function.qualname.rpartition(".")[2]]) & STATISTIC_WORDS) and _compares_reference_with_current(function.params)
        if takes_log and (bins or statistic):
            functions.append(index)
    return tests, tuple(functions)


def _helpers_called(facts: FileFacts, qualname: str, body: Sequence[CallFact]) -> frozenset[str]:
    """The functions of the same file that ``qualname`` calls directly: a sibling method through
    ``self``/``cls`` (``self._bin_shares(scores)``) or a top-level function by its bare name. A
    PSI method often leaves the histogram to such a helper; one level is followed."""
    defined = {f.qualname for f in facts.functions}
    owner = qualname.rpartition(".")[0]
    found = set()
    for call in body:
        receiver = call.name.rpartition(".")[0]
        if owner and receiver in ("self", "cls", f"{facts.module}.{owner}") and f"{owner}.{call.method}" in defined:
            found.add(f"{owner}.{call.method}")
        elif receiver in ("", facts.module) and call.method in defined:
            found.add(call.method)
    found.discard(qualname)
    return frozenset(found)


def _statistical_drift(project: Project, facts: FileFacts) -> Iterator[Monitor]:
    """A scipy two-sample test, or a called PSI/KL function, comparing reference with current data."""
    tests, functions = project.knowledge.file_summary(facts, ("drift-candidates",), _drift_candidates)
    if not tests and not functions:
        return
    params = {f.qualname: f.params for f in facts.functions}
    for call in (facts.calls[i] for i in tests):
        enclosing = _enclosing_scopes(call.scope)
        if _compares_reference_with_current(_call_names(call)) or any(_compares_reference_with_current(params.get(scope, ())) for scope in enclosing):
            yield Monitor(facts.path, call.line, f"calls {call.name}() at line {call.line} comparing reference with current data (hand-written drift test)")
            continue
        # a drift check written as one function (often a pipeline component with its helpers
        # nested inside): named for drift, and run by the project
        named = next((scope for scope in enclosing if words([scope.rpartition(".")[2]]) & DRIFT_WORDS), "")
        if named and _is_called(project, enclosing[0]):
            yield Monitor(
                facts.path, call.line,
                f"calls {call.name}() at line {call.line} inside {named}(), a drift check the project runs (hand-written drift test)",
            )
    for function in (facts.functions[i] for i in functions):
        enclosing = _enclosing_scopes(function.qualname)
        named = any(words([scope.rpartition(".")[2]]) & DRIFT_WORDS for scope in enclosing)
        if named and not _compares_reference_with_current(function.params):
            if _is_called(project, enclosing[0]):
                yield Monitor(facts.path, function.line, f"defines {function.qualname}() at line {function.line}, a binned log-ratio (PSI/KL) drift statistic in a drift check the project runs")
        elif _is_called(project, function.qualname.rpartition(".")[2]):
            yield Monitor(facts.path, function.line, f"defines {function.qualname}() at line {function.line}, a PSI/KL drift statistic between reference and current data, and calls it")


def _publishing_positions(facts: FileFacts) -> tuple[int, ...]:
    """Positions of the calls whose method a publishing rule names (``publishing_methods``)."""
    candidates = _knowledge().publishing_methods
    return tuple(i for i, call in enumerate(facts.calls) if call.name.rpartition(".")[2] in candidates)


def _published_quality(project: Project, facts: FileFacts, knowledge: _Knowledge) -> Iterator[Monitor]:
    """A metric over recent or ground-truth data, and its publication, in one scope."""
    if project.role(facts, "training") is not None:
        return  # a training script that reports its test score is evaluation, whatever it writes to
    # the calls named like publishing, kept per file (a function of its facts and the package's data)
    positions = project.knowledge.file_summary(facts, ("publishing-calls",), _publishing_positions)
    if not positions:
        return  # the file's calls are not read (a file loaded from the cache decodes them on first read)
    calls = facts.calls
    publishing = {id(call): says for call in (calls[i] for i in positions) for says in [_publishes(project, call, knowledge)] if says}
    if not publishing:
        return
    by_scope: dict[str, list[CallFact]] = {}
    for call in facts.calls:
        by_scope.setdefault(call.scope, []).append(call)
    params = {f.qualname: f.params for f in facts.functions}
    for scope, calls in sorted(by_scope.items()):
        published = [(call, publishing[id(call)]) for call in calls if id(call) in publishing]
        if not published:
            continue
        # the publishing calls (and gauge.labels(...) before .set) are left out: they say nothing about ground truth
        others = [c for c in calls if all(c is not p and not p.name.startswith(c.name + ".") for p, _ in published)]
        vocabulary = words([scope, *params.get(scope, ()), *(n for c in others for n in _call_names(c)), *(c.name for c in others), *_literals(others)])
        metric = next((c for c in calls if _is_metric(project, facts, c, knowledge)), None)
        if metric is not None:
            computed = f"computes {metric.name}() at line {metric.line}"
            # a project metric function's parameters say what it is given: mape(actual, estimated)
            found = project.function(metric.name) if metric.resolved else project.function(f"{facts.module}.{metric.name}" if facts.module else metric.name)
            if found is not None:
                vocabulary |= words(found[1].params)
        else:
            error = _written_out_error(calls, knowledge) if vocabulary & knowledge.truth_words else None
            if error is None:
                continue
            computed = f"computes an error by hand (.{error[0].method}() at line {error[0].line}, .{error[1].method}() at line {error[1].line})"
        if not vocabulary & RECENT_OR_TRUTH_WORDS:
            continue
        call, says = published[0]
        where = f"{scope}()" if scope else "module code"
        yield Monitor(
            facts.path,
            call.line,
            f"{where} {computed} over recent or ground-truth data and {says} at line {call.line} (hand-written model-quality monitoring)",
        )


@lru_cache(maxsize=1)
def _window_shift() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(statistics, threshold words, record calls, not-data words) of ``[window-shift]`` in
    monitoring_signals.toml."""
    table = data_table("monitoring_signals.toml").get("window-shift", {})
    return (
        frozenset(table.get("statistics", ())), frozenset(table.get("threshold-words", ())),
        frozenset(table.get("record-calls", ())), frozenset(table.get("not-data-words", ())),
    )


def _window_shifts(project: Project, facts: FileFacts, knowledge: _Knowledge) -> Iterator[Monitor]:
    """A drift check written by hand over two windows of one series (``[window-shift]``):
    ``recent.mean()`` against ``prev.mean()``, an ``if`` on a threshold, and the result recorded,
    in one function the project calls. A training module is left out: comparing train with test
    statistics there is validation."""
    statistics, threshold_words, records, not_data = _window_shift()
    if not statistics or project.role(facts, "training") is not None:
        return
    by_scope: dict[str, list[CallFact]] = {}
    for call in facts.calls:
        # a window of latencies or request counts is operations, not the model's data
        if call.scope and call.method in statistics and call.receiver and not call.receiver.startswith("#") and not words([call.receiver, call.scope]) & not_data:
            by_scope.setdefault(call.scope, []).append(call)
    for scope, stats in sorted(by_scope.items()):
        pair = _reference_and_current(stats)
        if pair is None or not _is_called(project, scope.rpartition(".")[2]):
            continue
        threshold = next((g for g in facts.guards if g.scope == scope and g.kind == "if" and any(_names_threshold(n, threshold_words) for n in g.names)), None)
        if threshold is None:
            continue
        record = next((c for c in facts.calls if c.scope == scope and c.line > pair[0].line and (c.name in records or (c.name.rpartition(".")[2] in knowledge.publishing_methods and _publishes(project, c, knowledge)))), None)
        if record is None:
            continue
        current, reference = pair
        yield Monitor(
            facts.path, current.line,
            f"{scope}() compares {current.receiver}.{current.method}() (line {current.line}) with {reference.receiver}.{reference.method}() (line {reference.line}), "
            f"tests a threshold at line {threshold.line} and records the result with {record.name}() at line {record.line} (hand-written drift check over two windows)",
        )


def _reference_and_current(stats: Sequence[CallFact]) -> tuple[CallFact, CallFact] | None:
    """The same statistic of a window named as current data and of one named as reference."""
    for current in stats:
        if not words([current.receiver]) & CURRENT_WORDS or words([current.receiver]) & REFERENCE_WORDS:
            continue
        for reference in stats:
            if reference.method == current.method and reference.receiver != current.receiver and words([reference.receiver]) & REFERENCE_WORDS and not words([reference.receiver]) & CURRENT_WORDS:
                return current, reference
    return None


def _names_threshold(name: str, threshold_words: frozenset[str]) -> bool:
    """``DRIFT_MEAN_SHIFT_THRESHOLD``, ``max_shift``: a bar a value is compared with (by its
    words: an upper-case name alone, ``DEBUG``, is no bar)."""
    return bool(words([name]) & threshold_words)


def _drift_alarms(facts: FileFacts, knowledge: _Knowledge) -> Iterator[Monitor]:
    """An alarm on a metric a drift or quality monitor emits (``[alarm]`` in monitoring_signals.toml)."""
    if not knowledge.alarm_methods or not imported_roots(facts) & knowledge.alarm_imports:
        return
    for call in facts.calls:
        if call.method not in knowledge.alarm_methods:
            continue
        literals = _literals([call])
        namespace = next((n for n in knowledge.alarm_namespaces for text in literals if text.startswith(n)), "")
        named = words(literals) & knowledge.alarm_words
        if namespace or named:
            on = f"namespace {namespace}" if namespace else f"a metric named for {sorted(named)[0]}"
            yield Monitor(facts.path, call.line, f"calls {call.name}() at line {call.line}, an alarm on {on} (alerting on model monitoring)")
            return


def _written_out_error(calls: Sequence[CallFact], knowledge: _Knowledge) -> tuple[CallFact, CallFact] | None:
    """An absolute or squared difference and its average in one scope (``abs(...).mean()``)."""
    error = next((c for c in calls if c.method in knowledge.error_calls), None)
    average = next((c for c in calls if c.method in knowledge.aggregate_calls), None)
    return (error, average) if error is not None and average is not None else None


def _is_metric(project: Project, facts: FileFacts, call: CallFact, knowledge: _Knowledge) -> bool:
    """A known metric or two-sample test, or a project function named like a metric or whose
    body computes one."""
    if call.name in TWO_SAMPLE_TESTS or project.knowledge.call_matches(facts, call, ("evaluation",)):
        return True
    found = project.function(call.name) if call.resolved else project.function(f"{facts.module}.{call.name}" if facts.module else call.name)
    if found is None:
        return False
    if words([call.method]) & knowledge.metric_functions:
        return True
    owner, function = found
    return any(c.scope == function.qualname and (c.name in TWO_SAMPLE_TESTS or project.knowledge.call_matches(owner, c, ("evaluation",))) for c in owner.calls)


def _publishes(project: Project, call: CallFact, knowledge: _Knowledge) -> str:
    """What the call does with a value, if it publishes or stores it for alerting ("" if not)."""
    method = call.method
    says = knowledge.publish_methods.get(method)
    if says:
        return says
    if method in knowledge.publish_last:
        name = _gauge_name(project, call)
        for pattern, says in knowledge.publish_names:
            if pattern.match(name):
                return says
    for methods, table_words, says in knowledge.stores:
        if method in methods and words(_literals([call])) & table_words:
            return says
    return ""


def _gauge_name(project: Project, call: CallFact) -> str:
    """``metrics.ACCURACY.set`` where ``metrics`` assigns ``ACCURACY = Gauge(...)`` reads as ``prometheus_client.Gauge.set``."""
    if not call.resolved or call.name.startswith("prometheus_client."):
        return call.name
    head, _, method = call.name.rpartition(".")
    module_name, _, variable = head.rpartition(".")
    module = project.modules.get(module_name)
    if module is None:
        return call.name
    created = next((c.name for c in module.calls if c.assigned_to == variable and c.scope == ""), "")
    return f"{created}.{method}" if created else call.name


# -- exposure --------------------------------------------------------------------------------
def exposures(project: Project) -> list[Exposure]:
    """Hosting modules that serve a model, endpoint deployments, endpoints declared as
    infrastructure and promotions to a serving stage, sorted by place (``Exposure.rank`` says
    which serve a model most clearly). A web app with no model behind it (a health check, a
    dashboard of run metadata) is hosting code but exposes nothing."""
    found = []
    for f in project.files_with_role("hosting"):
        role = project.role(f, "hosting")
        served = served_model(project, f) if role is not None else None
        if role is None or served is None:
            continue
        rank, evidence = served
        found.append(Exposure(f.path, role.line, f"{f.path} is hosting code: {role.reason}" + (f"; {evidence}" if evidence else ""), f, rank))
    for site in deploy_sites(project):
        if site.rule.framework == "file":
            continue  # a file-based release: the hosting module that loads the file is the exposure
        if (site.action == "deploys" and not is_local_mode(site.call)) or (site.action == "promotes" and _promotes_to_production(site.call)):
            found.append(Exposure(site.facts.path, site.call.line, f"{site.facts.location(site.call.line)} {site.rule.says} ({site.call.name})", site.facts))
        elif site.action == "registers" and site.rule.approval_keyword and approval_status(site.facts, site.call, site.rule.approval_keyword) == "Approved":
            found.append(Exposure(
                site.facts.path, site.call.line,
                f"{site.facts.location(site.call.line)} {site.rule.says} as Approved ({site.call.name}, {site.rule.approval_keyword}=): "
                "an approved version is the one the deployment picks up, wherever that deployment is written",
                site.facts,
            ))
        elif site.action == "registers":
            found.append(_published(site))
    for config, line, role, says in _declared(project):
        if role == "endpoint":
            found.append(Exposure(config.path, line, f"{config.path}:{line} {says}", config))
    for config in project.configs:
        for ref in config.extra.get("entry_refs", ()):  # type: ignore[union-attr]
            if ref.kind == "model":  # `mlflow models serve -m models:/churn/Production` in a script or CMD
                model = f"the model {ref.target}" if ref.target and "$" not in ref.target else "a model named when it runs"
                found.append(Exposure(config.path, ref.line, f"{config.location(ref.line)} serves {model}: `{ref.how}` ({ref.label})", config))
    for facts in project.files:
        # a function of the file's facts and monitoring_signals.toml: kept with its knowledge matches
        for line, reason in project.knowledge.file_summary(facts, ("endpoint-exposures",), _endpoint_exposures):
            found.append(Exposure(facts.path, line, reason, facts))
    return sorted(found, key=lambda e: (e.path, e.line, e.reason))


PUBLISHED_RANK = 2
"""Anchor rank of a model published to a registry or hub: after deploys and hosting modules,
which say more clearly where the model meets production data."""


def _published(site: DeploySite) -> Exposure:
    """A model published to a registry, a hub or an artifact store (an ML002 release that is
    not a deploy): published so that something serves it, so it is exposed. The serving side
    may be another repository or a console action the tool cannot read; what the project can
    do is watch the model it publishes (a monitor keyed to the registered model), which is why
    the lens asks for monitoring here as well (benchmarks/realworld/LABELLING.md, ML003)."""
    where = f" through {site.rule.framework}" if site.rule.framework else ""
    return Exposure(
        site.facts.path, site.call.line,
        f"{site.facts.location(site.call.line)} {site.rule.says} ({site.call.name}): the model is published{where} for whatever serves it, "
        "inside this repository or not, and the lens asks for every published model to be watched for data drift and model quality",
        site.facts, PUBLISHED_RANK,
    )


def _endpoint_exposures(facts: FileFacts) -> tuple[tuple[int, str], ...]:
    """(line, reason) of each endpoint one file stands up, feeds or imports to wire into a pipeline."""
    knowledge = _knowledge()
    last = knowledge.endpoint_last
    found: list[tuple[int, str]] = []
    for call in facts.calls:
        says = ""
        if call.method in last and call.resolved:
            says = next((says for pattern, says in knowledge.endpoints if pattern.match(call.name)), "")
        if not says and call.method in knowledge.endpoint_methods:
            packages, method_says = knowledge.endpoint_methods[call.method]
            says = method_says if imported_roots(facts) & packages else ""
        if says and not is_local_mode(call):
            found.append((call.line, f"{facts.location(call.line)} {says} ({call.name})"))
    found.extend(_model_server_launches(facts))
    if knowledge.endpoint_imports:
        for imported in facts.imports:
            if imported.type_checking:
                continue
            says = next((says for pattern, says in knowledge.endpoint_imports if pattern.match(imported.target)), "")
            if says:
                found.append((imported.line, f"{facts.location(imported.line)} imports {imported.target}: {says}"))
    return tuple(found)


def _model_server_launches(facts: FileFacts) -> Iterator[tuple[int, str]]:
    """``os.system('mlflow models serve -m models:/churn/Production ...')``: a literal command
    a Python file runs that starts a model server on a registry or run URI, read as the same
    command in a shell script is (``[[model-server]]`` of data/entrypoints.toml)."""
    launch_calls = launchers()
    for index, call in enumerate(facts.calls):
        if not call.resolved or call.name not in launch_calls:
            continue
        command = launch_command(facts, index)
        if "serve" not in command:
            continue
        try:
            words = shlex.split(command.replace("{}", "$X"))
        except ValueError:
            continue
        for i in range(len(words) - 1):
            ref = model_server_ref(words, i, call.line, f"{facts.location(call.line)} {call.name}(...) runs")
            if ref is not None:
                model = f"the model {ref.target}" if "$" not in ref.target else "a model named when it runs"
                yield call.line, f"{ref.how} and serves {model} ({ref.label})"
                break


def _declared(project: Project) -> list[tuple[FileFacts, int, str, str]]:
    """Endpoints and monitors declared in YAML (``[[declared]]`` in monitoring_signals.toml)."""
    known = _knowledge().declared
    return [
        (config, line, *known[kind])
        for config in project.configs
        for line, kind in config.extra.get("resources", ())  # type: ignore[union-attr]
        if kind in known
    ]


def is_local_mode(call: CallFact) -> bool:
    """``deploy(instance_type="local")`` runs the serving container on the notebook's own
    machine (SageMaker local mode): a test, not an endpoint that takes traffic."""
    return call.keyword("instance_type") in ("local", "local_gpu")


def _promotes_to_production(call: CallFact) -> bool:
    """False only when the stage or alias is a literal that names a non-serving target (for a
    tag promotion, the tag's value: ``set_model_version_tag(name, v, "stage", "Staging")``)."""
    tag = next((rule for rule in flow_rules().tag if rule.method == call.method), None)
    if tag is not None:
        targets = [v for k, v in call.keywords if k == tag.value]
        targets += [call.positional[tag.value_position]] if 0 <= tag.value_position < len(call.positional) else []
    else:
        targets = [v for k, v in call.keywords if k in ("stage", "alias", "new_stage", "ModelApprovalStatus")]
        targets += [v for v in call.positional[1:3]]
    literal = [v.lower() for v in targets if isinstance(v, str) and v != NON_LITERAL and not v.isdigit()]
    return not literal or not all(v in NON_PRODUCTION_TARGETS for v in literal)


# -- words -----------------------------------------------------------------------------------
def words(names: Iterable[str]) -> set[str]:
    """Lower-case words of identifiers: ``X_ref``, ``refDf`` and ``reference_df`` all give ``ref``/``reference``."""
    found: set[str] = set()
    for name in names:
        found.update(_name_words(name))
    return found


@lru_cache(maxsize=65536)
def _name_words(name: str) -> frozenset[str]:
    """Identifiers repeat across a project (``df``, ``reference``, ``model``): split each once."""
    return frozenset(part.lower() for part in _SPLIT.split(name) if part)


_SPLIT = re.compile(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")


def _compares_reference_with_current(names: Iterable[str]) -> bool:
    found = words(names)
    return bool(found & REFERENCE_WORDS) and bool(found & CURRENT_WORDS)


def _call_names(call: CallFact) -> list[str]:
    """Names passed to a call: positional names, keyword names and the keywords themselves."""
    return [*call.arg_names, *(n for _, group in call.keyword_names for n in group), *(k for k, _ in call.keywords)]


def _literals(calls: Iterable[CallFact]) -> list[str]:
    return [v for c in calls for v in (*c.positional, *(value for _, value in c.keywords)) if isinstance(v, str) and v != NON_LITERAL]


def _enclosing_scopes(scope: str) -> list[str]:
    """``a.b.c`` -> ``["a", "a.b", "a.b.c"]``: the function a call is in, and every one around it."""
    parts = scope.split(".") if scope else []
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def _is_called(project: Project, short_name: str) -> bool:
    """The function is called, or handed to a call (``component(func=drift_check)``)."""
    return any(
        call.method == short_name or short_name in call.arg_names or any(short_name in group for _, group in call.keyword_names)
        for facts in project.files
        for call in facts.calls
    )
