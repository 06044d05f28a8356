"""The constructs of the release-flow graph, as data (``data/release_flow.toml``).

``[[order]]`` says how a pipeline orders steps (a keyword such as ``depends_on=``, a method
such as ``.after()``), ``[[read]]`` which calls read a model back from a registry and what
they keep (approved versions, a promoted stage or alias), ``[[write]]`` which releases
write what those reads read. A malformed table stops the run with a message naming it.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from ...facts.records import NON_LITERAL
from ..knowledge import KnowledgeError
from ..shipped import data_table

__all__ = ["ApproveRule", "ModelArgRule", "ArtifactRule", "ComponentRule", "DecisionRule", "EntityRule", "FlagRule", "HostedRule", "SubclassRule", "TrainStepRule", "NotModelRule", "SpecRule", "FileRule", "FlowRules", "GraphRule", "OpRule", "OrderRule", "ReadRule", "RetireRule", "StopRule", "TagRule", "ScratchRule", "WorkloadRule", "WriteRule", "flow_rules", "flow_rules_from_table"]


def _glob(name: str) -> re.Pattern[str]:
    return re.compile("^" + ".*".join(re.escape(part) for part in name.split("*")) + "$")


class _NamedByGlob:
    """A rule whose ``name`` is a glob over qualified call names: compiled once, on first use."""

    name: str

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return _glob(self.name)


@dataclass(frozen=True)
class OrderRule:
    says: str
    keyword: str = ""
    method: str = ""
    functions: bool = False


@dataclass(frozen=True)
class ReadRule(_NamedByGlob):
    name: str
    registry: str
    reads: str
    says: str
    match: str = "call"
    requires_import: tuple[str, ...] = ()
    entry: str = ""
    filter: str = ""
    equals: str = ""
    also: tuple[str, ...] = ()
    """Other registries whose writes this read reads (an Azure ML workspace is the MLflow
    model registry of the runs tracked in it)."""
    pinned: str = ""
    """A keyword that, given as a literal (``version="3"``), pins a version a person chose:
    then the call is no read of what the project's registrations wrote last."""
    picked: bool = False
    """Without its ``filter`` keyword the read still keeps only ``equals`` entries when an
    ``if`` after it in the same scope compares an item with that literal (a loop picking the
    newest Approved package out of the whole list)."""
    label: str = ""
    """The keyword naming the alias or stage read: a read of ``champion`` is fed by the
    writes of ``champion``, not by those of ``previous_champion``."""
    label_position: int = -1
    """The positional index of that argument, when it is passed without its keyword."""

    def names_method(self, method: str) -> bool:
        """``match = "words"``: every word of ``name`` is a word of the method (a plural
        counts as its singular): ``get_latest_approved_packages`` for "approved package"."""
        lowered = method.lower()
        if not all(_singular(w) in lowered for w in self.name.split()):
            return False  # most calls: no word is even a substring
        wanted = {_singular(w) for w in self.name.split()}
        return wanted <= {_singular(w) for w in words_of(method)}


@dataclass(frozen=True)
class WriteRule(_NamedByGlob):
    name: str
    registry: str
    entry: str = ""
    approval: str = ""
    label: str = ""
    """The keyword naming the alias or stage written (see ReadRule)."""
    label_position: int = -1
    """The positional index of that argument, when it is passed without its keyword."""


@dataclass(frozen=True)
class ArtifactRule:
    """A release verb that releases a model only when what it logs has a model type."""

    release: str
    types: tuple[str, ...]
    constructor: str = ""
    keyword: str = ""
    position: int = 0
    default: str = ""
    """The type when the call does not say (``HfApi.upload_folder`` uploads to a model repo
    unless ``repo_type=`` says otherwise)."""
    receiver: bool = False
    """The constructor is that of the call's receiver, not of its first argument:
    ``repo = Repository(dir, repo_type="dataset"); repo.push_to_hub()`` pushes no model."""
    files: tuple[str, ...] = ()
    """File-name endings of a model artefact (``.pkl``, ``.safetensors``): when given, the call
    releases a model only if one of its ``file_keywords`` arguments (a literal or a string
    bound to a name) ends so; ``HfApi.upload_file`` also uploads READMEs and configs."""
    file_keywords: tuple[str, ...] = ()
    superseded_by: str = ""
    """A release verb that, called in the same file, is the one release: ``trainer.push_to_hub()``
    after ``TrainingArguments(push_to_hub=True)`` pushes the same model to the same repository."""

    @cached_property
    def constructor_pattern(self) -> re.Pattern[str]:
        return _glob(self.constructor)


@dataclass(frozen=True)
class RetireRule:
    """A release verb that releases nothing for some values of one argument: moving a
    version to ``Archived`` takes it out of service, it does not put a model into it."""

    release: str
    values: tuple[str, ...]
    keyword: str = ""
    position: int = -1

    def retires(self, keywords: Sequence[tuple[str, object]], positional: Sequence[object], names: Sequence[str] = (), labels: Mapping[str, str] | None = None) -> str:
        """The literal value that makes the call a retirement (``""``: it is a release); or,
        for a keyword computed from names (``stage=ModelVersionStage.ARCHIVED``), the name;
        or, for a label an f-string computes (``labels``: slot -> template, ``f"challenger{i}"``
        as ``challenger{}``), the template whose fixed leading word is one of the values."""
        wanted = {v.lower() for v in self.values}
        value = next((v for k, v in keywords if k == self.keyword), None) if self.keyword else None
        slot = self.keyword if value is not None else ""
        if value is None and 0 <= self.position < len(positional):
            value, slot = positional[self.position], str(self.position)
        if isinstance(value, str) and value != NON_LITERAL and value.lower() in wanted:
            return value
        template = labels.get(slot, "") if slot and labels else ""
        if template and template.partition("{}")[0].rstrip("_-").lower() in wanted:
            return template
        return next((n for n in names if n.lower() in wanted), "")


@dataclass(frozen=True)
class CallbackRule(_NamedByGlob):
    """A framework callback class (``transformers.TrainerCallback``) whose hook methods are
    handed the trained model under a known argument (``model``, or ``kwargs["model"]``): a
    release verb called on it in a subclass's hook is called on that class."""

    name: str
    argument: str
    type: str


@dataclass(frozen=True)
class RollbackRule:
    """Words that name a rollback flag (``rolled_back``, ``should_rollback``): a release verb
    in the branch such a flag takes (``if rolled_back: shift traffic to the old variant``)
    restores the model that served before, it releases none."""

    words: tuple[str, ...]
    says: str
    settings: tuple[str, ...] = ()
    """Words that make the flag a setting (``auto_rollback``, ``enable_rollback``): a release
    under it goes forward, with rollback armed."""

    def names_rollback(self, test: str) -> str:
        """The flag ``test`` is, when the whole test is a bare flag (``rolled_back``,
        ``not result.rolled_back``) one of whose words, or two adjacent words joined
        (``rolled`` ``back``), is a rollback word and none a setting word; else ""."""
        flag = test.strip().removeprefix("not ").strip().strip("()")
        if not _BARE_FLAG.fullmatch(flag):
            return ""
        words = [w.lower() for w in _FLAG_WORDS.findall(flag.rpartition(".")[2])]
        if any(w in self.settings for w in words):
            return ""
        joined = words + [a + b for a, b in zip(words, words[1:])]
        return flag if any(w in self.words for w in joined) else ""


_BARE_FLAG = re.compile(r"[A-Za-z_][\w.]*")
_FLAG_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


@dataclass(frozen=True)
class StopRule:
    """A method that stops the running job or pipeline (Azure ML ``run.cancel()``): under a
    metric decision, a gate for everything after it in the run."""

    method: str
    says: str


@dataclass(frozen=True)
class ComponentRule(_NamedByGlob):
    """A factory that turns a function or a component file into a pipeline step
    (``func_to_container_op``, ``load_component_from_url``): the step releases a model when
    the name it is bound to, the function it wraps or its literal source names a serving or
    deploying tool."""

    name: str
    framework: str
    says: str
    words: tuple[str, ...]

    def names_a_release(self, texts: Sequence[str]) -> str:
        """The text (binding, function, literal source) whose words name a release."""
        for text in texts:
            tokens = set(_TOKENS.split(_snake(text)))
            if any(word in tokens for word in self.words):
                return text
        return ""


def _snake(text: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text).lower()


@dataclass(frozen=True)
class SpecRule:
    """A resource spec written in the code as text (a Kubernetes manifest in a string) that
    serves a model: applying it is a release. ``marker`` says the text is such a spec,
    ``words`` that it serves a model, ``verbs`` which calls apply it."""

    marker: str
    words: tuple[str, ...]
    verbs: tuple[str, ...]
    framework: str
    says: str
    not_verbs: tuple[str, ...] = ()
    action: str = "deploys"

    def serves(self, text: str) -> str:
        if self.marker not in text:
            return ""
        lowered = text.lower()
        return next((w for w in self.words if w in lowered), "")

    def applies(self, method: str) -> bool:
        # `create_file(path, spec)` writes the manifest, it does not apply it
        words = set(_TOKENS.split(_snake(method)))
        return bool(words & set(self.verbs)) and not words & set(self.not_verbs)


@dataclass(frozen=True)
class FlagRule:
    """A variable named as a release decision (``deploy_flag``, ``should_promote``): one word
    of ``subjects`` and one of ``decisions`` among its words."""

    subjects: tuple[str, ...]
    decisions: tuple[str, ...]
    says: str
    not_from: tuple[str, ...] = ()
    not_reports: tuple[str, ...] = ()
    """Parameters whose fields are switches someone passes in (``args.should_deploy``), not
    an evaluation's report."""

    def read_from_outside(self, call: str) -> bool:
        """The flag is read from the environment or the command line (``os.getenv``): what
        someone passed in, not what an evaluation decided."""
        return any(fnmatch.fnmatchcase(call, pattern) for pattern in self.not_from)

    def names_a_decision(self, name: str) -> bool:
        words = set(_TOKENS.split(_snake(name)))
        return bool(words & set(self.subjects)) and bool(words & set(self.decisions))


@dataclass(frozen=True)
class LaunchRule(_NamedByGlob):
    """A serving launcher (``serve.run(App.bind(...))``) that releases a model when the same
    function, or the same module-level code, trained or tuned one before it."""

    name: str
    framework: str
    says: str
    after_training: bool = False
    """Any earlier training call in the scope makes it a release (no ``.bind`` of a value
    needed): a Lambda created from a container image right after the notebook trained the
    model that the image was built with."""
    keyword: str = ""
    equals: str = ""
    """Only when the call's ``keyword`` is this literal (``PackageType="Image"``); with no
    ``equals``, only when the call gives ``keyword`` at all (``ImageUri=``)."""


@dataclass(frozen=True)
class HostedRule(_NamedByGlob):
    """An infrastructure resource that puts a model into service when a model resource of the
    same file is given a model artefact: a CDK ``CfnEndpoint`` serves the ``CfnModel`` whose
    container names ``model_data_url=`` (a training job's output) or ``model_package_name=``
    (a registered package). An endpoint whose model is only a container image (the weights
    baked in, or fetched at start-up) releases no trained model."""

    name: str
    models: tuple[str, ...]
    artefacts: tuple[str, ...]
    framework: str
    says: str
    packages: tuple[str, ...] = ()
    """Those of ``artefacts`` that name a registered model package (the registry's approval
    then decides what a package read gets), not a file a training job wrote."""

    @cached_property
    def model_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_glob(m) for m in self.models)


@dataclass(frozen=True)
class SubclassRule(_NamedByGlob):
    """A release verb that only project subclasses call (``bentoml.BentoService.save`` on an
    instance of ``class ChurnService(bentoml.BentoService)``): the base is never instantiated
    itself, so the verb is matched on the base's method name of a project subclass."""

    name: str
    action: str
    framework: str
    says: str


@dataclass(frozen=True)
class TagRule:
    """A tag verb that promotes a model version when its tag says where the version serves
    (``set_model_version_tag(name, v, "app_stage", "Production")``); ordinary tags are no release."""

    method: str
    words: tuple[str, ...]
    framework: str
    says: str
    requires_import: tuple[str, ...] = ()
    key: str = "key"
    key_position: int = -1
    value: str = "value"
    value_position: int = -1
    not_values: tuple[str, ...] = ()
    record_words: tuple[str, ...] = ()
    """Words of a key that records a promotion made elsewhere (``promoted_to_champion`` =
    a timestamp, ``deployed_at``): such a key promotes nothing by itself, only its value can."""


@dataclass(frozen=True)
class ScratchRule(_NamedByGlob):
    """A release verb that writes a model into a store on the machine that runs it (BentoML's
    local model store): in a notebook it is a release only when the project serves from that
    store elsewhere (a module that reads it with a call one of ``reads`` names, or one of ``files``)."""

    name: str
    reads: tuple[str, ...]
    files: tuple[str, ...] = ()

    @cached_property
    def read_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_glob(name) for name in self.reads)


@dataclass(frozen=True)
class WorkloadRule(_NamedByGlob):
    """A generic workload create call (a Kubernetes Deployment) that releases a model when the
    text of its function or module names a registered model or a model server (``words``)."""

    name: str
    words: tuple[str, ...]
    framework: str
    says: str


@dataclass(frozen=True)
class TrainStepRule(_NamedByGlob):
    """A pipeline step that trains the model (``TrainingStep``, ``TuningStep``): a step ordered
    before it judges the data, not the model it trains, so it gates nothing after it."""

    name: str


@dataclass(frozen=True)
class ModelArgRule(_NamedByGlob):
    """A generic platform call that deploys a model when its ``keyword`` argument passes a name
    with one of ``words`` among its words: ``lambda_client.create_function(...,
    Environment={"Variables": {"MODEL_KEY": model_key}})`` creates a function that serves the
    model it is configured with; the same call with no model is plain infrastructure."""

    name: str
    keyword: str
    words: tuple[str, ...]
    framework: str
    says: str
    action: str = "deploys"

    def model_name(self, names: Sequence[str]) -> str:
        """The name passed in the keyword whose words say it is a model (``""``: none)."""
        return next((n for n in names if words_of(n) & set(self.words)), "")


@dataclass(frozen=True)
class RouteRule:
    """A platform REST route that releases a model (``serving-endpoints``: create a Databricks
    serving endpoint; ``mlflow/model-versions/create``: register a version). An HTTP write
    (a call whose name has one of ``verbs`` as a word, or that is given the verb as a literal,
    ``api_client.do("POST", path)``) to a URL whose path ends with ``route`` is the release;
    ``{}`` in the route stands for one path segment. Teams reach serving and registry APIs
    through their own small REST clients when the SDK is not at hand."""

    route: str
    verbs: tuple[str, ...]
    action: str
    framework: str
    says: str

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        head = "" if self.route.startswith(":") else "(?:^|/)"
        return re.compile(head + re.escape(self.route).replace(re.escape("{}"), "[^/]+") + "/?$")

    def ends(self, url: str) -> bool:
        """Does the path of ``url`` (query and fragment left out) end with this route?"""
        return bool(self.pattern.search(url.split("?", 1)[0].split("#", 1)[0]))


@dataclass(frozen=True)
class ApproveRule:
    """A pipeline execution started with an argument that approves what it registers
    (``pipeline.start(parameters=dict(ModelApprovalStatus="Approved"))``): a promotion."""

    method: str
    key: str
    value: str
    framework: str
    says: str

    def approving_key(self, keywords: Sequence[tuple[str, object]]) -> str:
        return next((k for k, v in keywords if self.key in k and v == self.value), "")


@dataclass(frozen=True)
class GraphRule:
    """A decorator whose function body declares a task graph instead of running in order."""

    decorator: str
    says: str
    params: bool = False
    """The decorated function runs after the project functions its parameters name."""

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return _glob(self.decorator)


@dataclass(frozen=True)
class FileRule(_NamedByGlob):
    """A call that saves (or loads) a model file: where its path is."""

    name: str
    position: int = -1
    keyword: str = ""
    handle: bool = False
    key: bool = False
    """The path is an object-store key (S3): the same wherever the code runs."""
    receiver: bool = False
    """The path is an argument (``position`` / ``keyword``) of the call the method is called
    on: ``bucket.blob("models/m.joblib").upload_from_filename(...)``."""
    exports: bool = False
    """The call can write a SavedModel, the format a TF Serving folder serves (a ``joblib.dump``
    into that folder writes no model the server loads)."""


@dataclass(frozen=True)
class OpRule(_NamedByGlob):
    """A generic pipeline step (``dsl.ContainerOp``) that is a release when its literal
    image or command (``words``), or its step name (``name_words``), names a serving or
    deploying tool: the step's code is a container we cannot read, its words we can."""

    name: str
    says: str
    framework: str
    action: str = "deploys"
    keywords: tuple[str, ...] = ("image", "command")
    words: tuple[str, ...] = ()
    name_keyword: str = "name"
    name_words: tuple[str, ...] = ()
    positional: bool = False
    """Positional literals are read with ``words`` too (``create_namespaced_custom_object(group, ...)``)."""
    keyword_names: tuple[str, ...] = ()
    """A step called with one of these keywords releases, whatever their values: the inputs
    of a loaded deployer component (``inferenceservice_yaml=`` of the KServe component)."""

    def names_a_release(self, keywords: Sequence[tuple[str, object]], positional: Sequence[object] = ()) -> str:
        """The literal that names the release (``""``: none does)."""
        named = next((key for key, _ in keywords if key in self.keyword_names), "")
        if named:
            return f"{named}="
        arguments = [*keywords, *((self.keywords[0] if self.keywords else "", value) for value in positional if self.positional)]
        for key, value in arguments:
            if not isinstance(value, str) or value == NON_LITERAL:
                continue
            words = self.words if key in self.keywords else self.name_words if key == self.name_keyword else ()
            tokens = set(_TOKENS.split(value.lower()))
            if any(w in tokens or (not w.isalnum() and w in value.lower()) for w in words):
                return value
        return ""


_TOKENS = re.compile(r"[^a-z0-9]+")


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def words_of(text: str) -> frozenset[str]:
    """The lower-case words of a name or literal (snake_case, camelCase, dots and dashes split)."""
    return frozenset(w for w in _TOKENS.split(_snake(text)) if w)


@dataclass(frozen=True)
class NotModelRule(_NamedByGlob):
    """A release verb that serves whatever entity it is given (a Databricks serving endpoint
    serves models and feature specs alike): it releases no model when every entity built for
    it (a ``constructor`` call nested in it or earlier in its scope) names, in ``keyword``, an
    entity whose words include all the words of one of ``words`` (``feature_spec_name``), or,
    for a rule without ``keyword``, was built by ``constructor`` at all (Azure ML's
    ``PipelineComponentBatchDeployment`` deploys a pipeline, not a model)."""

    name: str
    constructor: str
    keyword: str
    words: tuple[tuple[str, ...], ...]
    says: str

    @cached_property
    def constructor_pattern(self) -> re.Pattern[str]:
        return _glob(self.constructor)

    def names_no_model(self, texts: Sequence[str]) -> str:
        """The text whose words say the entity is no model (``""``: none does)."""
        for text in texts:
            found = words_of(text)
            if any(all(w in found for w in group) for group in self.words):
                return text
        return ""


@dataclass(frozen=True)
class EntityRule(_NamedByGlob):
    """A generic create call (``ml_client.begin_create_or_update(entity)``) that releases a
    model when the entity it is passed was built by one of ``constructors``: in the same
    scope, or by the callers that fill the parameter it is passed (a helper that deploys
    whatever deployment it is given)."""

    name: str
    constructors: tuple[str, ...]
    action: str
    framework: str
    says: str

    @cached_property
    def constructor_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_glob(c) for c in self.constructors)

    def builds(self, call: str) -> bool:
        return any(p.match(call) for p in self.constructor_patterns)


@dataclass(frozen=True)
class DecisionRule(_NamedByGlob):
    """A release step that releases only when its ``keyword`` input is true (ZenML's
    ``mlflow_model_deployer_step(deploy_decision=...)``)."""

    name: str
    keyword: str


@dataclass(frozen=True)
class FlowRules:
    order: tuple[OrderRule, ...]
    read: tuple[ReadRule, ...]
    write: tuple[WriteRule, ...]
    artifact: tuple[ArtifactRule, ...] = ()
    graph: tuple[GraphRule, ...] = ()
    save: tuple[FileRule, ...] = ()
    load: tuple[FileRule, ...] = ()
    op: tuple[OpRule, ...] = ()
    retire: tuple[RetireRule, ...] = ()
    stop: tuple[StopRule, ...] = ()
    component: tuple[ComponentRule, ...] = ()
    spec: tuple[SpecRule, ...] = ()
    flag: tuple[FlagRule, ...] = ()
    approve: tuple[ApproveRule, ...] = ()
    launch: tuple[LaunchRule, ...] = ()
    route: tuple[RouteRule, ...] = ()
    model_arg: tuple[ModelArgRule, ...] = ()
    not_model: tuple[NotModelRule, ...] = ()
    entity: tuple[EntityRule, ...] = ()
    decision: tuple[DecisionRule, ...] = ()
    hosted: tuple[HostedRule, ...] = ()
    trains: tuple[TrainStepRule, ...] = ()
    subclass: tuple[SubclassRule, ...] = ()
    tag: tuple[TagRule, ...] = ()
    scratch: tuple[ScratchRule, ...] = ()
    workload: tuple[WorkloadRule, ...] = ()
    callback: tuple[CallbackRule, ...] = ()
    rollback: tuple[RollbackRule, ...] = ()

    @cached_property
    def retire_methods(self) -> dict[str, tuple[RetireRule, ...]]:
        index: dict[str, list[RetireRule]] = {}
        for rule in self.retire:
            index.setdefault(rule.release, []).append(rule)
        return {method: tuple(rules) for method, rules in index.items()}

    @cached_property
    def stop_methods(self) -> dict[str, StopRule]:
        return {rule.method: rule for rule in self.stop}

    @cached_property
    def order_keywords(self) -> dict[str, OrderRule]:
        return {r.keyword: r for r in self.order if r.keyword}

    @cached_property
    def order_methods(self) -> dict[str, OrderRule]:
        return {r.method: r for r in self.order if r.method}

    @cached_property
    def op_roots(self) -> dict[str, tuple[OpRule, ...]]:
        """Op rules keyed by the root package their name starts with, so that each call is
        tried only against the few rules that could match it."""
        index: dict[str, list[OpRule]] = {}
        for rule in self.op:
            index.setdefault(rule.name.split(".")[0], []).append(rule)
        return {root: tuple(rules) for root, rules in index.items()}

    @cached_property
    def read_methods(self) -> dict[str, list[ReadRule]]:
        """Read rules keyed by the method name a call must end with (not ``match = "words"``)."""
        index: dict[str, list[ReadRule]] = {}
        for rule in self.read:
            if rule.match != "words":
                index.setdefault(rule.name.rpartition(".")[2], []).append(rule)
        return index

    @cached_property
    def read_words(self) -> tuple[ReadRule, ...]:
        """Read rules that name a team's own helper by the words of its method."""
        return tuple(rule for rule in self.read if rule.match == "words")


_KEYS = {
    "order": {"keyword": str, "method": str, "functions": bool, "says": str},
    "read": {"match": str, "name": str, "requires-import": list, "registry": str, "entry": str, "filter": str, "equals": str, "reads": str, "says": str, "also": list, "pinned": str, "picked": bool, "label": str, "label-position": int},
    "write": {"name": str, "registry": str, "entry": str, "approval": str, "label": str, "label-position": int},
    "graph": {"decorator": str, "says": str, "params": bool},
    "save": {"name": str, "position": int, "keyword": str, "handle": bool, "key": bool, "receiver": bool, "exports": bool},
    "load": {"name": str, "position": int, "keyword": str, "handle": bool, "key": bool, "receiver": bool},
    "op": {"name": str, "says": str, "framework": str, "action": str, "keywords": list, "words": list, "name-keyword": str, "name-words": list, "positional": bool, "keyword-names": list},
    "artifact": {"release": str, "constructor": str, "keyword": str, "position": int, "types": list, "default": str, "receiver": bool, "files": list, "file-keywords": list, "superseded-by": str},
    "retire": {"release": str, "keyword": str, "position": int, "values": list},
    "stop": {"method": str, "says": str},
    "component": {"name": str, "framework": str, "says": str, "words": list},
    "spec": {"marker": str, "words": list, "verbs": list, "not_verbs": list, "framework": str, "says": str, "action": str},
    "flag": {"subjects": list, "decisions": list, "says": str, "not_from": list, "not_reports": list},
    "approve": {"method": str, "key": str, "value": str, "framework": str, "says": str},
    "launch": {"name": str, "framework": str, "says": str, "after-training": bool, "keyword": str, "equals": str},
    "route": {"route": str, "verbs": list, "action": str, "framework": str, "says": str},
    "model-arg": {"name": str, "keyword": str, "words": list, "framework": str, "says": str, "action": str},
    "not-model": {"name": str, "constructor": str, "keyword": str, "words": list, "says": str},
    "entity": {"name": str, "constructors": list, "action": str, "framework": str, "says": str},
    "decision": {"name": str, "keyword": str},
    "hosted": {"name": str, "models": list, "artefacts": list, "packages": list, "framework": str, "says": str},
    "trains": {"name": str},
    "subclass": {"name": str, "action": str, "framework": str, "says": str},
    "tag": {"method": str, "words": list, "framework": str, "says": str, "requires-import": list, "key": str, "key-position": int, "value": str, "value-position": int, "not-values": list, "record-words": list},
    "scratch": {"name": str, "reads": list, "files": list},
    "workload": {"name": str, "words": list, "framework": str, "says": str},
    "callback": {"name": str, "argument": str, "type": str},
    "rollback": {"words": list, "says": str, "settings": list},
}


def flow_rules_from_table(table: Mapping[str, Any], source: str) -> FlowRules:
    """Validate and build the rules of one document; every problem at once."""
    problems = [f"{source}: unknown table [[{key}]] (expected one of {', '.join(_KEYS)})" for key in table if key not in _KEYS]
    for kind, keys in _KEYS.items():
        for number, raw in enumerate(table.get(kind, ()), start=1):
            for key, value in raw.items():
                if key not in keys:
                    problems.append(f"{source}: {kind} {number}: unknown key {key!r}")
                elif not isinstance(value, keys[key]):
                    problems.append(f"{source}: {kind} {number}: {key}: expected {keys[key].__name__} (got {value!r})")
            if kind == "read" and raw.get("reads") not in ("approved", "promoted", "registered"):
                problems.append(f"{source}: read {number}: reads: expected 'approved', 'promoted' or 'registered' (got {raw.get('reads')!r})")
            if kind == "op" and (not all(raw.get(k) for k in ("name", "says", "framework")) or str(raw.get("name", "")).startswith("*") or raw.get("action", "deploys") not in ("deploys", "registers", "promotes")):
                problems.append(f"{source}: op {number}: expected name (starting with its package), says, framework and an action of deploys, registers or promotes")
            required = {"retire": ("release", "values"), "stop": ("method", "says"), "component": ("name", "framework", "says", "words"), "spec": ("marker", "words", "verbs", "framework", "says"), "flag": ("subjects", "decisions", "says"), "approve": ("method", "key", "value", "framework", "says"), "launch": ("name", "framework", "says"), "route": ("route", "verbs", "action", "framework", "says"), "model-arg": ("name", "keyword", "words", "framework", "says"), "not-model": ("name", "constructor", "says"), "entity": ("name", "constructors", "action", "framework", "says"), "decision": ("name", "keyword"), "hosted": ("name", "models", "artefacts", "framework", "says"), "trains": ("name",), "subclass": ("name", "action", "framework", "says"), "tag": ("method", "words", "framework", "says"), "scratch": ("name", "reads"), "workload": ("name", "words", "framework", "says"), "callback": ("name", "argument", "type"), "rollback": ("words", "says")}
            if kind in required and not all(raw.get(k) for k in required[kind]):
                problems.append(f"{source}: {kind} {number}: missing a required key")
            if kind == "spec" and raw.get("action", "deploys") not in ("deploys", "registers", "promotes"):
                problems.append(f"{source}: spec {number}: action: expected deploys, registers or promotes (got {raw.get('action')!r})")
            if kind == "route" and raw.get("action") not in ("deploys", "registers", "promotes"):
                problems.append(f"{source}: route {number}: action: expected deploys, registers or promotes (got {raw.get('action')!r})")
            if kind == "subclass" and raw.get("action") not in ("deploys", "registers", "promotes"):
                problems.append(f"{source}: subclass {number}: action: expected deploys, registers or promotes (got {raw.get('action')!r})")
            if kind == "entity" and raw.get("action") not in ("deploys", "registers", "promotes"):
                problems.append(f"{source}: entity {number}: action: expected deploys, registers or promotes (got {raw.get('action')!r})")
            if kind == "order" and bool(raw.get("keyword")) == bool(raw.get("method")):
                problems.append(f"{source}: order {number}: expected exactly one of keyword or method")
    if problems:
        raise KnowledgeError("; ".join(problems))
    return FlowRules(
        order=tuple(OrderRule(r["says"], r.get("keyword", ""), r.get("method", ""), r.get("functions", False)) for r in table.get("order", ())),
        read=tuple(
            ReadRule(
                name=r["name"],
                registry=r["registry"],
                reads=r["reads"],
                says=r["says"],
                match=r.get("match", "call"),
                requires_import=tuple(r.get("requires-import", ())),
                entry=r.get("entry", ""),
                filter=r.get("filter", ""),
                equals=r.get("equals", ""),
                also=tuple(r.get("also", ())),
                pinned=r.get("pinned", ""),
                picked=r.get("picked", False),
                label=r.get("label", ""),
                label_position=r.get("label-position", -1),
            )
            for r in table.get("read", ())
        ),
        write=tuple(WriteRule(r["name"], r["registry"], r.get("entry", ""), r.get("approval", ""), r.get("label", ""), r.get("label-position", -1)) for r in table.get("write", ())),
        artifact=tuple(
            ArtifactRule(r["release"], tuple(r["types"]), r.get("constructor", ""), r.get("keyword", ""), r.get("position", 0), r.get("default", ""), r.get("receiver", False), tuple(r.get("files", ())), tuple(r.get("file-keywords", ())), r.get("superseded-by", "")) for r in table.get("artifact", ())
        ),
        graph=tuple(GraphRule(r["decorator"], r["says"], r.get("params", False)) for r in table.get("graph", ())),
        save=tuple(FileRule(r["name"], r.get("position", -1), r.get("keyword", ""), r.get("handle", False), r.get("key", False), r.get("receiver", False), r.get("exports", False)) for r in table.get("save", ())),
        load=tuple(FileRule(r["name"], r.get("position", -1), r.get("keyword", ""), r.get("handle", False), r.get("key", False), r.get("receiver", False)) for r in table.get("load", ())),
        op=tuple(
            OpRule(
                r["name"],
                r["says"],
                r["framework"],
                r.get("action", "deploys"),
                tuple(r.get("keywords", ("image", "command"))),
                tuple(r.get("words", ())),
                r.get("name-keyword", "name"),
                tuple(r.get("name-words", ())),
                r.get("positional", False),
                tuple(r.get("keyword-names", ())),
            )
            for r in table.get("op", ())
        ),
        retire=tuple(RetireRule(r["release"], tuple(r["values"]), r.get("keyword", ""), r.get("position", -1)) for r in table.get("retire", ())),
        stop=tuple(StopRule(r["method"], r["says"]) for r in table.get("stop", ())),
        component=tuple(ComponentRule(r["name"], r["framework"], r["says"], tuple(r["words"])) for r in table.get("component", ())),
        approve=tuple(ApproveRule(r["method"], r["key"], r["value"], r["framework"], r["says"]) for r in table.get("approve", ())),
        launch=tuple(LaunchRule(r["name"], r["framework"], r["says"], r.get("after-training", False), r.get("keyword", ""), r.get("equals", "")) for r in table.get("launch", ())),
        model_arg=tuple(ModelArgRule(r["name"], r["keyword"], tuple(str(w).lower() for w in r["words"]), r["framework"], r["says"], r.get("action", "deploys")) for r in table.get("model-arg", ())),
        route=tuple(RouteRule(r["route"], tuple(str(v).lower() for v in r["verbs"]), r["action"], r["framework"], r["says"]) for r in table.get("route", ())),
        not_model=tuple(NotModelRule(r["name"], r["constructor"], r.get("keyword", ""), tuple(tuple(str(w).lower().split()) for w in r.get("words", ())), r["says"]) for r in table.get("not-model", ())),
        decision=tuple(DecisionRule(r["name"], r["keyword"]) for r in table.get("decision", ())),
        entity=tuple(EntityRule(r["name"], tuple(r["constructors"]), r["action"], r["framework"], r["says"]) for r in table.get("entity", ())),
        flag=tuple(FlagRule(tuple(r["subjects"]), tuple(r["decisions"]), r["says"], tuple(r.get("not_from", ())), tuple(str(n).lower() for n in r.get("not_reports", ()))) for r in table.get("flag", ())),
        hosted=tuple(HostedRule(r["name"], tuple(r["models"]), tuple(r["artefacts"]), r["framework"], r["says"], tuple(r.get("packages", ()))) for r in table.get("hosted", ())),
        trains=tuple(TrainStepRule(r["name"]) for r in table.get("trains", ())),
        subclass=tuple(SubclassRule(r["name"], r["action"], r["framework"], r["says"]) for r in table.get("subclass", ())),
        tag=tuple(
            TagRule(r["method"], tuple(str(w).lower() for w in r["words"]), r["framework"], r["says"], tuple(r.get("requires-import", ())), r.get("key", "key"), r.get("key-position", -1), r.get("value", "value"), r.get("value-position", -1), tuple(str(v).lower() for v in r.get("not-values", ())), tuple(str(w).lower() for w in r.get("record-words", ())))
            for r in table.get("tag", ())
        ),
        scratch=tuple(ScratchRule(r["name"], tuple(r["reads"]), tuple(r.get("files", ()))) for r in table.get("scratch", ())),
        workload=tuple(WorkloadRule(r["name"], tuple(str(w).lower() for w in r["words"]), r["framework"], r["says"]) for r in table.get("workload", ())),
        rollback=tuple(RollbackRule(tuple(str(w).lower().replace("_", "") for w in r["words"]), r["says"], tuple(str(w).lower() for w in r.get("settings", ()))) for r in table.get("rollback", ())),
        callback=tuple(CallbackRule(r["name"], r["argument"], r["type"]) for r in table.get("callback", ())),
        spec=tuple(SpecRule(r["marker"], tuple(w.lower() for w in r["words"]), tuple(r["verbs"]), r["framework"], r["says"], tuple(r.get("not_verbs", ())), r.get("action", "deploys")) for r in table.get("spec", ())),
    )


@lru_cache(maxsize=1)
def flow_rules() -> FlowRules:
    """The built-in rules (static package data: loaded once per process)."""
    return flow_rules_from_table(data_table("release_flow.toml"), "release_flow.toml")
