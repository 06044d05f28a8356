"""Which calls count as callers of a project function (model/project.py): the gates of callers decide releases."""

from __future__ import annotations

from pytest_mllens.testing import analyse_sources

REGISTRY = "import mlflow\n\n\ndef register(run_id):\n    return mlflow.register_model(f'runs:/{run_id}/model', 'churn')\n"


def test_an_import_resolved_from_the_run_folder_makes_a_caller() -> None:
    """`from utils import registry` in pipeline/blocks/export.py is pipeline/utils/registry.py (the pipeline folder runs first on sys.path): its call is a caller."""
    project, _ = analyse_sources({
        "pipeline/__init__.py": "", "pipeline/utils/__init__.py": "", "pipeline/blocks/__init__.py": "",
        "pipeline/utils/registry.py": REGISTRY,
        "pipeline/blocks/export.py": "from utils import registry\n\n\ndef export(run_id):\n    registry.register(run_id)\n",
    })
    assert [(f.path, c.line) for f, c in project.callers_of("pipeline.utils.registry.register")] == [("pipeline/blocks/export.py", 5)]


def test_a_method_called_on_a_parameter_names_no_module() -> None:
    """`registry.register(m)` on a parameter called `registry` is no call of pipeline/registry.py's function, though the enclosing folder holds one."""
    project, _ = analyse_sources({
        "pipeline/__init__.py": "", "pipeline/blocks/__init__.py": "",
        "pipeline/registry.py": REGISTRY,
        "pipeline/blocks/export.py": "def export(registry, run_id):\n    registry.register(run_id)\n",
    })
    assert project.callers_of("pipeline.registry.register") == []


def test_a_method_calls_another_method_of_its_class_through_self() -> None:
    """`self.promote(v)` inside ChampionRegistry calls ChampionRegistry.promote; an inherited or unknown method stays unresolved."""
    source = (
        "class Base:\n    def audit(self):\n        pass\n\n\n"
        "class ChampionRegistry(Base):\n    def promote(self, v):\n        pass\n\n    def run(self, v):\n        self.promote(v)\n        self.audit()\n"
    )
    project, _ = analyse_sources({"reg.py": source})
    assert [(f.path, c.line) for f, c in project.callers_of("reg.ChampionRegistry.promote")] == [("reg.py", 11)]
    assert project.callers_of("reg.Base.audit") == []


def test_self_in_a_nested_class_is_that_class() -> None:
    """`self.promote()` in a class nested inside another that defines promote() is not a call of the outer class's method."""
    source = (
        "class Outer:\n    def promote(self, v):\n        pass\n\n"
        "    class Helper:\n        def run(self, v):\n            self.promote(v)\n"
    )
    project, _ = analyse_sources({"reg.py": source})
    assert project.callers_of("reg.Outer.promote") == []
