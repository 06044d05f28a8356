"""Job task graphs read from job definition files (facts/configs/job_tasks.py)."""
from pytest_mllens.facts.configs.job_tasks import job_tasks

BUNDLE = """\
resources:
  jobs:
    retrain:
      tasks:
        - task_key: train
          spark_python_task:
            python_file: ../src/train.py
        - task_key: validate
          depends_on:
            - task_key: train
          notebook_task:
            notebook_path: ../src/validate
        -
          depends_on:
            - task_key: validate
          task_key: promote   # own key after its dependencies
          notebook_task:
            notebook_path: ${workspace.file_path}/src/promote
"""


def test_tasks_with_scripts_and_upstream_keys() -> None:
    """Each task gives its line, key, script as written and the keys it depends on."""
    assert job_tasks(BUNDLE) == (
        (5, "train", "../src/train.py", (), ()),
        (8, "validate", "../src/validate", ("train",), ()),
        (13, "promote", "${workspace.file_path}/src/promote", ("validate",), ()),
    )


CONDITIONED = """resources:
  jobs:
    weekly:
      tasks:
        - task_key: evaluate
          spark_python_task:
            python_file: ../src/evaluate.py
        - task_key: better
          condition_task:
            op: EQUAL_TO
            left: "{{tasks.evaluate.values.is_better}}"
            right: "true"
          depends_on:
            - task_key: evaluate
        - task_key: deploy
          depends_on:
            - task_key: better
              outcome: "true"
          spark_python_task:
            python_file: ../src/deploy.py
"""


def test_condition_tasks_keep_their_operands() -> None:
    """A condition_task is kept with no script and its (left, op, right); the tasks after it name it upstream."""
    assert job_tasks(CONDITIONED) == (
        (5, "evaluate", "../src/evaluate.py", (), ()),
        (8, "better", "", ("evaluate",), ("{{tasks.evaluate.values.is_better}}", "EQUAL_TO", "true")),
        (15, "deploy", "../src/deploy.py", ("better",), ()),
    )


def test_no_order_no_tasks() -> None:
    """A file with no depends_on orders nothing, so nothing is read."""
    assert job_tasks("tasks:\n  - task_key: a\n    notebook_task:\n      notebook_path: a\n") == ()


def test_unreadable_text_yields_nothing() -> None:
    """Text that is not a task list yields nothing rather than failing."""
    assert job_tasks("task_key depends_on: [\n  - : :\n\t- x") == ()


NESTED = """\
resources:
  jobs:
    fanout:
      tasks:
        - task_key: train  # trains every region
          for_each_task:
            inputs: "[1, 2]"
            task:
              task_key: train_region
              notebook_task:
                notebook_path: ../src/train_region
        - task_key: "publish"
          depends_on: [{task_key: train}]
          notebook_task: {notebook_path: ../src/publish}
        - task_key: deploy
          depends_on:
            - task_key: publish
          spark_python_task:
            python_file: '../src/deploy.py'
"""


def test_nested_tasks_quotes_comments_and_flow_values() -> None:
    """A for-each task's inner task is its own (its key nested, its notebook the task's script);
    quotes and comments are dropped; flow-style depends_on and script mappings are not read."""
    assert job_tasks(NESTED) == (
        (5, "train", "../src/train_region", ("train_region",), ()),
        (15, "deploy", "../src/deploy.py", ("publish",), ()),
    )
