"""Update the BentoCloud deployment when the canary's accuracy holds up."""
import bentoml

from checks import canary_accuracy


def release(bento_tag: str) -> None:
    assert canary_accuracy(bento_tag) >= 0.92, "canary accuracy regressed"
    bentoml.deployment.update(name="digits", bento=bento_tag)
